// The workspace's sessions, in the server's memory: a person signed in is
// a random token in an HttpOnly, SameSite=Strict cookie, and a CSRF token
// that every change must send back. A session ends when its owner signs
// out, after `idle` without a request, or `lifetime` after signing in,
// whichever comes first; a restart of the server ends them all (people
// sign in again; nothing else is lost).
//
// Thread-safe: every request of the server's pool reads it.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace genaudit::server {

using Clock = std::chrono::steady_clock;

struct Session {
  std::string token;  // the cookie's value
  std::string csrf;   // sent back in X-CSRF-Token or the form's `csrf` field
  std::string user;   // the account's name; its role is read again per request
  Clock::time_point signed_in;
  Clock::time_point last_seen;
};

struct SessionLimits {
  std::chrono::seconds idle{30 * 60};
  std::chrono::seconds lifetime{12 * 60 * 60};
};

class SessionStore {
 public:
  explicit SessionStore(SessionLimits limits) : limits_(limits) {}

  // A new session for `user`, with fresh tokens.
  Session open(const std::string& user, Clock::time_point now = Clock::now());
  // The session of `token` when it is still open at `now`, which counts as
  // its latest use; nullopt (and the session forgotten) when it has
  // expired or never was.
  std::optional<Session> use(const std::string& token, Clock::time_point now = Clock::now());
  void close(const std::string& token);
  // Ends every session of `user` (an account disabled).
  void close_user(const std::string& user);
  std::size_t open_count() const;

 private:
  bool expired(const Session& s, Clock::time_point now) const;

  SessionLimits limits_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Session> sessions_;
};

}  // namespace genaudit::server
