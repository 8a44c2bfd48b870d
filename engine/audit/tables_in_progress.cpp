#include "engine/audit/tables_in_progress.h"

#include <chrono>
#include <system_error>
#include <utility>

namespace genaudit {

void TablesInProgress::start(Table table, std::function<bool(Table&)> finish) {
  Pending pending{std::make_unique<Table>(std::move(table)), {}};
  Table* const held = pending.table.get();
  const auto task = std::make_shared<std::function<bool(Table&)>>(std::move(finish));
  try {
    pending.finished = std::async(std::launch::async, [held, task] { return (*task)(*held); });
  } catch (const std::system_error&) {
    // No thread to be had: finished here, now.
    std::promise<bool> done;
    done.set_value((*task)(*held));
    pending.finished = done.get_future();
  }
  pending_.push_back(std::move(pending));
}

bool TablesInProgress::collect(Dataset* dataset, bool wait, std::size_t* added) {
  *added = 0;
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (!wait && it->finished.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
      ++it;
      continue;
    }
    const bool usable = it->finished.get();  // rethrows what the finish threw
    if (!usable) return false;
    dataset->add(std::move(*it->table));
    ++*added;
    it = pending_.erase(it);
  }
  return true;
}

}  // namespace genaudit
