#include "server/sign_in.h"

#include "engine/store/activity_log.h"
#include "server/workspace.h"

namespace genaudit::server {

SignIn sign_in(Workspace& workspace, const httplib::Request& request, const std::string& user,
               const std::string& password) {
  SignIn result;
  const std::string address = workspace.client_address(request);
  result.wait = workspace.throttle().wait(user, address);
  if (result.wait.count() > 0) {
    result.outcome = SignIn::Outcome::kThrottled;
    return result;
  }
  Accounts accounts(workspace.store().database());
  result.account = accounts.verify(user, password);
  if (!result.account) {
    workspace.throttle().failed(user, address);
    ActivityLog(workspace.store().database()).record(user, "sign_in_failed", address);
    return result;
  }
  workspace.throttle().succeeded(user);
  result.session = workspace.sessions().open(result.account->name);
  ActivityLog(workspace.store().database()).record(result.account->name, "sign_in", address);
  result.outcome = SignIn::Outcome::kSignedIn;
  return result;
}

void sign_out(Workspace& workspace, const Caller& caller) {
  workspace.sessions().close(caller.session.token);
  ActivityLog(workspace.store().database()).record(caller.account.name, "sign_out", "");
}

}  // namespace genaudit::server
