#include "server/parsed_reports.h"

#include "engine/store/run_history.h"
#include "engine/store/store_error.h"

namespace genaudit::server {

std::shared_ptr<const nlohmann::json> ParsedReports::get(AuditStore& store, long run) {
  {
    std::lock_guard lock(mutex_);
    for (auto it = recent_.begin(); it != recent_.end(); ++it) {
      if (it->first == run) {
        recent_.splice(recent_.begin(), recent_, it);
        return recent_.front().second;
      }
    }
  }
  // Read and parsed outside the lock: other pages go on meanwhile (two
  // first views of one run may both parse it; either result is the same).
  std::optional<std::string> text;
  try {
    text = RunHistory(store.database()).report(run, "json");
  } catch (const StoreError& e) {
    if (e.kind() != StoreError::Kind::kCorrupt) throw;
    return nullptr;  // a kept report that cannot be read: as one that does not parse
  }
  if (!text) return nullptr;
  auto parsed = std::make_shared<nlohmann::json>(nlohmann::json::parse(*text, nullptr, false));
  if (!parsed->is_object()) return nullptr;
  std::lock_guard lock(mutex_);
  recent_.emplace_front(run, parsed);
  if (recent_.size() > kKept) recent_.pop_back();
  return parsed;
}

}  // namespace genaudit::server
