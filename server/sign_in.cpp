#include "server/sign_in.h"

#include <semaphore>

#include "engine/store/activity_log.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

// Each check of a password takes 64 MiB and a tenth of a second of a core
// (Argon2id, engine/store/accounts.h): at most this many at once, the
// others wait their turn, so that a burst of sign-ins cannot take the
// server's memory.
std::counting_semaphore<4> password_checks(4);

}  // namespace

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
  password_checks.acquire();
  try {
    result.account = accounts.verify(user, password);
  } catch (...) {
    password_checks.release();
    throw;
  }
  password_checks.release();
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
