// Who is asking, and whether they may: every request of the workspace
// but signing in passes here first.
//
// A request is someone's when its session cookie names an open session
// (session_store.h) of an account that is still enabled; the account's
// role is read from the database on every request, so that a role changed
// or an account disabled takes effect at once. A change (any POST) must
// also send the session's CSRF token, in the X-CSRF-Token header or a
// form's `csrf` field: a page of another site can make the browser send
// the cookie, never the token.
#pragma once

#include <optional>
#include <string>

#include "engine/core/language.h"
#include "engine/store/accounts.h"
#include "server/session_store.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace genaudit::server {

class Workspace;

struct Caller {
  Session session;
  Account account;
  Language lang = Language::kVietnamese;
};

struct Needs {
  Role role = Role::kViewer;
  bool change = false;  // then the CSRF token must match
};

enum class Denied {
  kNone,
  kNoSession,  // 401: no cookie, an unknown or expired session, a disabled account
  kRole,       // 403
  kCsrf,       // 403
};

struct AccessCheck {
  std::optional<Caller> caller;  // when kNone
  Denied denied = Denied::kNone;
};

AccessCheck check_access(Workspace& workspace, const httplib::Request& request, Needs needs);

// For the JSON interface: the caller, or nullopt after answering 401 or
// 403 with the reason in the caller's language.
std::optional<Caller> api_caller(Workspace& workspace, const httplib::Request& request,
                                 httplib::Response& response, Needs needs);

// The CSRF token a request sends: the X-CSRF-Token header, else the form
// field `csrf` (URL-encoded or multipart).
std::string sent_csrf_token(const httplib::Request& request);

}  // namespace genaudit::server
