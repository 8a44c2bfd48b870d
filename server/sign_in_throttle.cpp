#include "server/sign_in_throttle.h"

#include <algorithm>

namespace genaudit::server {
namespace {

std::string name_key(const std::string& user) { return "u:" + user; }
std::string address_key(const std::string& address) { return "a:" + address; }

}  // namespace

std::chrono::seconds SignInThrottle::wait_for(const std::string& key, Clock::time_point now) {
  const auto found = failures_.find(key);
  if (found == failures_.end()) return std::chrono::seconds(0);
  std::deque<Clock::time_point>& times = found->second;
  while (!times.empty() && now - times.front() >= kWindow) times.pop_front();
  if (times.empty()) {
    failures_.erase(found);
    return std::chrono::seconds(0);
  }
  if (static_cast<int>(times.size()) < kMaxFailures) return std::chrono::seconds(0);
  const auto until = times[times.size() - kMaxFailures] + kWindow;
  return std::chrono::ceil<std::chrono::seconds>(until - now);
}

std::chrono::seconds SignInThrottle::wait(const std::string& user, const std::string& address,
                                          Clock::time_point now) {
  std::lock_guard lock(mutex_);
  return std::max(wait_for(name_key(user), now), wait_for(address_key(address), now));
}

void SignInThrottle::failed(const std::string& user, const std::string& address,
                            Clock::time_point now) {
  std::lock_guard lock(mutex_);
  for (const std::string& key : {name_key(user), address_key(address)}) {
    std::deque<Clock::time_point>& times = failures_[key];
    times.push_back(now);
    // Only the latest kMaxFailures decide; keep no more.
    while (static_cast<int>(times.size()) > kMaxFailures) times.pop_front();
  }
}

void SignInThrottle::succeeded(const std::string& user) {
  std::lock_guard lock(mutex_);
  failures_.erase(name_key(user));
}

}  // namespace genaudit::server
