// Batches of work handed from one thread (the producer) to another (the
// consumer) in order, through a bounded queue: memory stays bounded however
// long the stream. Consumed batches go back to the producer for reuse, as
// they are (a batch of rows keeps its strings' capacity), so a steady
// stream allocates nothing.
//
// Either side may stop() the other: the producer's hand_over() and the
// consumer's take() then return false at once; batches still queued are
// dropped. Used by the importer's two threads beside the inserting one
// (adapters/registers/read_ahead.h, engine/ingest/row_hand_off.h).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <utility>
#include <vector>

namespace genaudit {

template <typename Batch>
class BatchQueue {
 public:
  // At most `capacity` batches wait, handed over and not yet taken.
  explicit BatchQueue(std::size_t capacity) : capacity_(capacity) {}
  BatchQueue(const BatchQueue&) = delete;
  BatchQueue& operator=(const BatchQueue&) = delete;

  // Producer: a batch given back by the consumer, as it was, or a new one.
  Batch take_spare() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (spare_.empty()) return Batch();
    Batch batch = std::move(spare_.back());
    spare_.pop_back();
    return batch;
  }

  // Producer: queues `batch`, waiting while the queue is full. False, and
  // `batch` left alone, when stopped.
  bool hand_over(Batch& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return stop_ || ready_.size() < capacity_; });
    if (stop_) return false;
    ready_.push_back(std::move(batch));
    lock.unlock();
    changed_.notify_all();
    return true;
  }

  // Producer: nothing more comes. What the producer wrote before this call
  // is seen by the consumer once take() has returned false.
  void finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      finished_ = true;
    }
    changed_.notify_all();
  }

  // Consumer: the next batch, in the order handed over, into `*batch`
  // (whose old content is dropped: give it back first to reuse it). Waits
  // for one; false when finished and none is left, or when stopped.
  bool take(Batch* batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return stop_ || finished_ || !ready_.empty(); });
    if (stop_ || ready_.empty()) return false;
    *batch = std::move(ready_.front());
    ready_.pop_front();
    lock.unlock();
    changed_.notify_all();  // room in the queue
    return true;
  }

  // Consumer: a batch done with, for the producer to fill again.
  void give_back(Batch&& batch) {
    std::lock_guard<std::mutex> lock(mutex_);
    spare_.push_back(std::move(batch));
  }

  // Either side: the other is to give up (see above).
  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> ready_;   // handed over, in order
  std::vector<Batch> spare_;  // given back, for reuse
  bool finished_ = false;
  bool stop_ = false;
};

}  // namespace genaudit
