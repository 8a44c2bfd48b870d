#include "server/session_store.h"

#include "server/random_token.h"

namespace genaudit::server {

bool SessionStore::expired(const Session& s, Clock::time_point now) const {
  return now - s.last_seen > limits_.idle || now - s.signed_in > limits_.lifetime;
}

Session SessionStore::open(const std::string& user, Clock::time_point now) {
  Session s{random_token(), random_token(), user, now, now};
  std::lock_guard lock(mutex_);
  // Forget the expired ones now and then, so that abandoned sessions do
  // not accumulate in a server that runs for months.
  if (sessions_.size() % 64 == 63) {
    for (auto it = sessions_.begin(); it != sessions_.end();) {
      it = expired(it->second, now) ? sessions_.erase(it) : std::next(it);
    }
  }
  sessions_[s.token] = s;
  return s;
}

std::optional<Session> SessionStore::use(const std::string& token, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  const auto found = sessions_.find(token);
  if (found == sessions_.end()) return std::nullopt;
  if (expired(found->second, now)) {
    sessions_.erase(found);
    return std::nullopt;
  }
  found->second.last_seen = now;
  return found->second;
}

void SessionStore::close(const std::string& token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

void SessionStore::close_user(const std::string& user) {
  std::lock_guard lock(mutex_);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    it = it->second.user == user ? sessions_.erase(it) : std::next(it);
  }
}

std::size_t SessionStore::open_count() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

}  // namespace genaudit::server
