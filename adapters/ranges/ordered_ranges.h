// Cuts a stream into ranges one after another and reads each range on one of
// several worker threads, handing the results out in the order the ranges
// were cut: the engine under the parallel CSV and XLSX readers. What a range
// is and what reading it gives are the caller's.
//
// Contract:
//  - `cut` runs under the lock, one call at a time, in order: a cut may read
//    the stream on from where the cut before it stopped.
//  - `read` runs on the worker threads at once, each call on one range.
//  - At most `in_flight` ranges are cut and not yet taken by next(), which
//    bounds memory whatever the stream.
//  - An exception thrown by `cut` or `read` (out of memory) stops the workers
//    and is thrown by next().
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace genaudit {

template <typename Range, typename Result>
class OrderedRanges {
 public:
  // Cuts the next range into *range; sets *last when no range follows it.
  using Cut = std::function<void(Range* range, bool* last)>;
  // Reads a range on worker thread `slot` (0 to threads - 1).
  using Read = std::function<Result(std::size_t slot, Range range)>;

  // Starts `threads` workers (at least 1). Throws std::system_error when a
  // thread cannot be started, after stopping those that were.
  OrderedRanges(unsigned threads, std::size_t in_flight, Cut cut, Read read)
      : cut_(std::move(cut)), read_(std::move(read)), in_flight_(in_flight) {
    workers_.reserve(threads);
    try {
      for (std::size_t slot = 0; slot < threads; ++slot) {
        workers_.emplace_back([this, slot] { work(slot); });
      }
    } catch (...) {
      stop();
      throw;
    }
  }
  ~OrderedRanges() { stop(); }
  OrderedRanges(const OrderedRanges&) = delete;
  OrderedRanges& operator=(const OrderedRanges&) = delete;

  // The next range's result, in cut order; false once the last range's
  // result has been taken, or after stop().
  bool next(Result* result) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (stopped_ || (cutting_done_ && taken_ == cut_count_)) return false;
    changed_.wait(lock, [this] { return failure_ || done_.count(taken_) != 0; });
    if (failure_) {
      std::exception_ptr failure = failure_;
      lock.unlock();
      stop();
      std::rethrow_exception(failure);
    }
    auto found = done_.find(taken_);
    *result = std::move(found->second);
    done_.erase(found);
    ++taken_;
    lock.unlock();
    changed_.notify_all();  // room for another range
    return true;
  }

  // Stops the workers and waits for them; the results read and not taken
  // are dropped, and so is an exception a worker threw. next() returns false
  // from then on.
  void stop() { take_rest(); }

  // As stop(), and returns the results of the ranges cut and not taken, in
  // cut order: each range cut is read before its worker stops. Throws what a
  // worker threw, if one did: a range is then missing from them.
  std::vector<Result> stop_and_take_rest() {
    std::vector<Result> rest = take_rest();
    std::lock_guard<std::mutex> lock(mutex_);
    if (failure_) std::rethrow_exception(failure_);
    return rest;
  }

 private:
  std::vector<Result> take_rest() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    for (std::thread& worker : workers_) worker.join();
    workers_.clear();
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    std::vector<Result> rest;
    for (auto& [index, result] : done_) rest.push_back(std::move(result));
    done_.clear();
    return rest;
  }

  void work(std::size_t slot) {
    try {
      while (work_on_next_range(slot)) {
      }
    } catch (...) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!failure_) failure_ = std::current_exception();
        stop_ = true;
      }
      changed_.notify_all();
    }
  }

  bool work_on_next_range(std::size_t slot) {
    std::size_t index = 0;
    Range range{};
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [&] {
        return stop_ || cutting_done_ || cut_count_ < taken_ + in_flight_;
      });
      if (stop_ || cutting_done_) return false;
      index = cut_count_++;
      cutting_done_ = true;  // until cut: a throw ends the cutting
      bool last = false;
      cut_(&range, &last);
      cutting_done_ = last;
    }
    Result result = read_(slot, std::move(range));
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_.emplace(index, std::move(result));
    }
    changed_.notify_all();
    return true;
  }

  Cut cut_;
  Read read_;
  const std::size_t in_flight_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t cut_count_ = 0;  // ranges cut
  std::size_t taken_ = 0;      // results handed out by next()
  bool cutting_done_ = false;  // the last range is cut, or a cut threw
  bool stop_ = false;          // workers: take no more ranges
  bool stopped_ = false;       // stop() has run
  std::map<std::size_t, Result> done_;  // by range number
  std::exception_ptr failure_;
  std::vector<std::thread> workers_;  // last: started when everything else exists
};

}  // namespace genaudit
