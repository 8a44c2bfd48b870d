// Signing in and out, for the JSON interface and the sign-in page alike:
// throttled (sign_in_throttle.h), checked against the accounts (Argon2id,
// engine/store/accounts.h), recorded in the activity log.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "engine/store/accounts.h"
#include "server/access.h"
#include "server/session_store.h"

namespace httplib {
struct Request;
}

namespace genaudit::server {

class Workspace;

struct SignIn {
  enum class Outcome { kSignedIn, kRefused, kThrottled };
  Outcome outcome = Outcome::kRefused;
  std::optional<Session> session;  // kSignedIn
  std::optional<Account> account;  // kSignedIn
  std::chrono::seconds wait{0};    // kThrottled: until the next attempt
};

// A wrong name and a wrong password are refused alike, after the same work.
// At most four passwords are checked at once (each takes 64 MiB).
SignIn sign_in(Workspace& workspace, const httplib::Request& request, const std::string& user,
               const std::string& password);

void sign_out(Workspace& workspace, const Caller& caller);

}  // namespace genaudit::server
