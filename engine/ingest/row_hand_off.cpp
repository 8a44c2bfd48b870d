#include "engine/ingest/row_hand_off.h"

#include <utility>

namespace genaudit {

RowHandOff::RowHandOff(Work work) : work_(std::move(work)) {
  thread_ = std::thread([this] { work_all(); });
}

RowHandOff::~RowHandOff() {
  if (joined_) return;
  queue_.stop();
  thread_.join();
}

void RowHandOff::work_all() {
  try {
    Batch batch;
    while (queue_.take(&batch)) {
      for (const Entry& entry : batch) work_(entry.row, entry.rowid);
      queue_.give_back(std::move(batch));
    }
  } catch (...) {
    failure_ = std::current_exception();
    queue_.stop();  // the importing thread learns of it at its next hand-over
  }
}

void RowHandOff::add(RegisterRow* row, std::int64_t rowid) {
  Entry& entry = batches_.slot();
  std::swap(entry.row, *row);
  entry.rowid = rowid;
  if (!batches_.commit()) join_and_rethrow();
}

void RowHandOff::finish() {
  if (joined_) return;
  if (!batches_.flush()) join_and_rethrow();
  queue_.finish();
  join_and_rethrow();
}

void RowHandOff::join_and_rethrow() {
  if (!joined_) {
    thread_.join();  // it leaves when the queue is finished and drained, or stopped
    joined_ = true;
  }
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

}  // namespace genaudit
