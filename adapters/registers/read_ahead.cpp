#include "adapters/registers/read_ahead.h"

#include <utility>

namespace genaudit {

ReadAhead::ReadAhead(RegisterReader& reader) : reader_(reader) {
  thread_ = std::thread([this] { read_all(); });
}

ReadAhead::~ReadAhead() {
  queue_.stop();
  thread_.join();
}

void ReadAhead::read_all() {
  InputErrors stopped;
  std::exception_ptr failure;
  try {
    BatchFiller<Batch> batches(queue_, kBatchRows);
    for (;;) {
      Item& item = batches.slot();
      item.errors.clear();
      if (!reader_.next(&item.row, &item.errors)) {
        stopped = std::move(item.errors);
        break;
      }
      if (!batches.commit()) return;
    }
    if (!batches.flush()) return;
  } catch (...) {
    failure = std::current_exception();
  }
  final_errors_ = std::move(stopped);
  failure_ = failure;
  queue_.finish();
}

bool ReadAhead::next(RegisterRow* row, InputErrors* errors) {
  if (position_ == current_.size()) {
    if (!current_.empty()) queue_.give_back(std::move(current_));
    current_.clear();
    position_ = 0;
    if (!queue_.take(&current_)) {
      if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
      for (InputError& e : final_errors_) errors->push_back(std::move(e));
      final_errors_.clear();
      return false;
    }
  }
  Item& item = current_[position_++];
  std::swap(*row, item.row);  // the caller's old row goes back for reuse
  for (InputError& e : item.errors) errors->push_back(std::move(e));
  item.errors.clear();
  return true;
}

}  // namespace genaudit
