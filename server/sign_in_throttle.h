// Sign-in attempts throttled: after kMaxFailures failed attempts within
// kWindow for one account name, or from one client address, further
// attempts for it are refused (HTTP 429) until the oldest of those
// failures is kWindow old — whether or not the password would be right, so
// that guessing gains nothing. A success clears the name's failures.
//
// Thread-safe.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "server/session_store.h"

namespace genaudit::server {

class SignInThrottle {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{15};

  // How long until `user` may try again from `address`; zero: now.
  std::chrono::seconds wait(const std::string& user, const std::string& address,
                            Clock::time_point now = Clock::now());
  void failed(const std::string& user, const std::string& address,
              Clock::time_point now = Clock::now());
  void succeeded(const std::string& user);

 private:
  std::chrono::seconds wait_for(const std::string& key, Clock::time_point now);

  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> failures_;  // by key
};

}  // namespace genaudit::server
