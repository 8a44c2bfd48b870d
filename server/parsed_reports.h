// The JSON reports of runs, parsed once: a run's report never changes once
// recorded, and its page and every finding's page read it. The reports of
// the last kKept runs asked for are kept parsed; a national run's report
// parses in a few hundred milliseconds, which each page would otherwise
// pay again.
//
// Thread-safe.
#pragma once

#include <list>
#include <memory>
#include <mutex>
#include <utility>

#include <nlohmann/json.hpp>

#include "engine/store/audit_store.h"

namespace genaudit::server {

class ParsedReports {
 public:
  static constexpr std::size_t kKept = 4;

  // Run `run`'s report, read through `store` the first time; nullptr when
  // the run kept none (or there is no such run), or it is damaged or does
  // not parse.
  std::shared_ptr<const nlohmann::json> get(AuditStore& store, long run);

 private:
  std::mutex mutex_;
  std::list<std::pair<long, std::shared_ptr<const nlohmann::json>>> recent_;  // newest first
};

}  // namespace genaudit::server
