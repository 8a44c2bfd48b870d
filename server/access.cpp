#include "server/access.h"

#include <httplib.h>

#include "server/http_exchange.h"
#include "server/random_token.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {

std::string sent_csrf_token(const httplib::Request& request) {
  if (request.has_header("X-CSRF-Token")) return request.get_header_value("X-CSRF-Token");
  if (request.has_param("csrf")) return request.get_param_value("csrf");
  if (request.has_file("csrf")) return request.get_file_value("csrf").content;
  return "";
}

AccessCheck check_access(Workspace& workspace, const httplib::Request& request, Needs needs) {
  AccessCheck check;
  const std::string token = cookie_value(request, kSessionCookie);
  std::optional<Session> session;
  if (!token.empty()) session = workspace.sessions().use(token);
  std::optional<Account> account;
  if (session) account = Accounts(workspace.store().database()).find(session->user);
  if (!session || !account || account->disabled) {
    if (session) workspace.sessions().close(session->token);
    check.denied = Denied::kNoSession;
    return check;
  }
  if (!role_allows(account->role, needs.role)) {
    check.denied = Denied::kRole;
    return check;
  }
  if (needs.change && !same_token(sent_csrf_token(request), session->csrf)) {
    check.denied = Denied::kCsrf;
    return check;
  }
  check.caller = Caller{*session, *account, workspace.language_of(request)};
  return check;
}

std::optional<Caller> api_caller(Workspace& workspace, const httplib::Request& request,
                                 httplib::Response& response, Needs needs) {
  AccessCheck check = check_access(workspace, request, needs);
  const Language lang = workspace.language_of(request);
  switch (check.denied) {
    case Denied::kNone:
      return std::move(check.caller);
    case Denied::kNoSession:
      send_error(response, 401, "not_signed_in", server_text(ServerText::kNotSignedIn, lang));
      break;
    case Denied::kRole:
      send_error(response, 403, "role",
                 server_text(ServerText::kRoleMayNot, lang, {role_name(needs.role)}));
      break;
    case Denied::kCsrf:
      send_error(response, 403, "csrf", server_text(ServerText::kBadCsrfToken, lang));
      break;
  }
  return std::nullopt;
}

}  // namespace genaudit::server
