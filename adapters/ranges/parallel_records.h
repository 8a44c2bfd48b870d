// The shape every reader of a file on several threads has (ParallelCsvReader,
// ParallelXlsxReader): the records of each range go into a sink made for it
// on the worker thread that reads it, and the caller takes the sinks in file
// order.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"

namespace genaudit {

// Where the records of one range go; made by the caller's factory, filled
// on one worker thread, then handed to the caller, who may give it back for
// another range (ParallelRecords::recycle) filled by the same thread: what
// the sink allocates is then freed by the thread that allocated it, which
// spares malloc the locking of another thread's arena.
class RangeSink {
 public:
  virtual ~RangeSink() = default;
  // Forgets the records added, keeping the memory they took for the next.
  virtual void clear() = 0;
  // One record of the range, in file order. Its row plus the piece's
  // row_before is its spreadsheet row. `record` may be taken apart.
  virtual void add(CsvRecord& record) = 0;
};

class ParallelRecords {
 public:
  using SinkFactory = std::function<std::unique_ptr<RangeSink>()>;

  struct Piece {
    std::unique_ptr<RangeSink> sink;
    // Added to a record's row in the sink, it gives its spreadsheet row.
    long row_before = 0;
    std::size_t filled_by = 0;  // the thread that filled the sink (recycle)
  };

  virtual ~ParallelRecords() = default;

  // The next piece of the file, in file order; false at the end of the file
  // or after an error (error() says which). An exception thrown on a worker
  // thread (out of memory) is thrown here.
  virtual bool next(Piece* piece) = 0;

  // Takes back the sink of a piece handed out by next() to fill it again on
  // the same thread: the memory its records took is not allocated again.
  virtual void recycle(Piece& piece) = 0;

  // The error that stopped reading, as the serial reader's error(); nullopt
  // at the end of the file.
  virtual const std::optional<InputError>& error() const = 0;
};

// The sinks given back, kept by the thread that filled them. Thread-safe.
class RangeSinkPool {
 public:
  // `threads` workers, plus the caller's own thread (slot `threads`).
  RangeSinkPool(std::size_t threads, ParallelRecords::SinkFactory make)
      : make_(std::move(make)), spare_(threads + 1) {}

  // A sink given back by thread `slot`, cleared, or a new one.
  std::unique_ptr<RangeSink> take(std::size_t slot) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      std::vector<std::unique_ptr<RangeSink>>& spare = spare_[slot];
      if (!spare.empty()) {
        std::unique_ptr<RangeSink> sink = std::move(spare.back());
        spare.pop_back();
        return sink;
      }
    }
    return make_();
  }

  // Clears the piece's sink and keeps it for the thread that filled it.
  void give_back(ParallelRecords::Piece& piece) {
    if (!piece.sink) return;
    piece.sink->clear();
    std::lock_guard<std::mutex> lock(mutex_);
    spare_[piece.filled_by].push_back(std::move(piece.sink));
  }

  // The slot of the caller's own thread.
  std::size_t caller_slot() const { return spare_.size() - 1; }

 private:
  ParallelRecords::SinkFactory make_;
  std::mutex mutex_;
  std::vector<std::vector<std::unique_ptr<RangeSink>>> spare_;
};

}  // namespace genaudit
