// The importer's work on each row that is not the insert itself — the
// evaluator's copy (imported_copy.h), the persons remembered
// (imported_persons.h), the references and unique codes seen
// (cross_row_checks.h) — done on a thread of its own, in row order, while
// the importing thread goes on inserting. At national size that work was a
// sixth of the inserting thread, the import's critical path, while the
// reading thread (read_ahead.h) was idle half of the time.
//
// Rows are handed off by swapping them into batches that come back for
// reuse: no cell is copied and, once the batches exist, nothing allocated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

#include "adapters/registers/register_row.h"
#include "engine/core/batch_queue.h"

namespace genaudit {

class RowHandOff {
 public:
  // Called on the worker thread, once per row handed off, in order: the
  // row and the rowid it was inserted as. What it touches belongs to the
  // worker until finish() has returned.
  using Work = std::function<void(const RegisterRow& row, std::int64_t rowid)>;

  explicit RowHandOff(Work work);
  // Abandons the rows not yet worked on (the import failed) and waits for
  // the worker.
  ~RowHandOff();
  RowHandOff(const RowHandOff&) = delete;
  RowHandOff& operator=(const RowHandOff&) = delete;

  // Hands `*row` off; `*row` gets back a row worked on earlier (or an
  // empty one), to be overwritten. Rethrows what the work threw, if it did.
  void add(RegisterRow* row, std::int64_t rowid);

  // Waits until every row handed off has been worked on. Rethrows what the
  // work threw, if it did.
  void finish();

  static constexpr std::size_t kBatchRows = 2048;
  static constexpr std::size_t kQueuedBatches = 4;

 private:
  struct Entry {
    RegisterRow row;
    std::int64_t rowid = 0;
  };
  using Batch = std::vector<Entry>;

  void work_all();
  void join_and_rethrow();

  Work work_;
  BatchQueue<Batch> queue_{kQueuedBatches};
  BatchFiller<Batch> batches_{queue_, kBatchRows};
  bool joined_ = false;
  std::exception_ptr failure_;  // written by the worker before it stops the queue
  std::thread thread_;          // last: started when everything else exists
};

}  // namespace genaudit
