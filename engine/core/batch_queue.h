// Batches of work handed from one thread (the producer) to another (the
// consumer) in order, through a bounded queue (BatchFiller, below, fills
// them on the producer's side): memory stays bounded however
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

// The producer's side of a BatchQueue of vectors: items written in place,
// slot by slot, into batches of `rows` items, each handed over when full.
// Slots keep what a batch given back held, to be overwritten (their
// strings' capacity reused).
template <typename Batch>
class BatchFiller {
 public:
  BatchFiller(BatchQueue<Batch>& queue, std::size_t rows) : queue_(queue), rows_(rows) {}
  BatchFiller(const BatchFiller&) = delete;
  BatchFiller& operator=(const BatchFiller&) = delete;

  // The next slot to write.
  typename Batch::value_type& slot() {
    if (filled_ == batch_.size()) batch_.emplace_back();
    return batch_[filled_];
  }

  // Counts the slot written; hands the batch over when it is full. False
  // when the queue is stopped.
  bool commit() {
    if (++filled_ < rows_) return true;
    if (!queue_.hand_over(batch_)) return false;
    batch_ = queue_.take_spare();
    filled_ = 0;
    return true;
  }

  // Hands over the slots counted so far, if any. False when the queue is
  // stopped.
  bool flush() {
    batch_.resize(filled_);
    const bool handed = filled_ == 0 || queue_.hand_over(batch_);
    filled_ = 0;
    return handed;
  }

 private:
  BatchQueue<Batch>& queue_;
  const std::size_t rows_;
  Batch batch_ = queue_.take_spare();
  std::size_t filled_ = 0;
};

}  // namespace genaudit
