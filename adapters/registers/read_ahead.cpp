#include "adapters/registers/read_ahead.h"

#include <utility>

namespace genaudit {

ReadAhead::ReadAhead(RegisterReader& reader) : reader_(reader) {
  thread_ = std::thread([this] { read_all(); });
}

ReadAhead::~ReadAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

ReadAhead::Batch ReadAhead::take_spare() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (spare_.empty()) return {};
  Batch batch = std::move(spare_.back());
  spare_.pop_back();
  return batch;
}

bool ReadAhead::hand_over(Batch& batch) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return stop_ || ready_.size() < kQueuedBatches; });
  if (stop_) return false;
  ready_.push_back(std::move(batch));
  lock.unlock();
  changed_.notify_all();
  return true;
}

void ReadAhead::read_all() {
  InputErrors stopped;
  std::exception_ptr failure;
  try {
    Batch batch = take_spare();
    std::size_t filled = 0;
    for (;;) {
      if (filled == batch.size()) batch.emplace_back();
      Item& item = batch[filled];
      item.errors.clear();
      if (!reader_.next(&item.row, &item.errors)) {
        stopped = std::move(item.errors);
        break;
      }
      if (++filled == kBatchRows) {
        if (!hand_over(batch)) return;
        batch = take_spare();
        filled = 0;
      }
    }
    batch.resize(filled);
    if (filled > 0 && !hand_over(batch)) return;
  } catch (...) {
    failure = std::current_exception();
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    finished_ = true;
    final_errors_ = std::move(stopped);
    failure_ = failure;
  }
  changed_.notify_all();
}

bool ReadAhead::next(RegisterRow* row, InputErrors* errors) {
  if (position_ == current_.size()) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!current_.empty()) spare_.push_back(std::move(current_));
    current_.clear();
    position_ = 0;
    changed_.notify_all();  // room in the queue
    changed_.wait(lock, [this] { return !ready_.empty() || finished_; });
    if (ready_.empty()) {
      if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
      for (InputError& e : final_errors_) errors->push_back(std::move(e));
      final_errors_.clear();
      return false;
    }
    current_ = std::move(ready_.front());
    ready_.pop_front();
  }
  Item& item = current_[position_++];
  std::swap(*row, item.row);  // the caller's old row goes back for reuse
  for (InputError& e : item.errors) errors->push_back(std::move(e));
  item.errors.clear();
  return true;
}

}  // namespace genaudit
