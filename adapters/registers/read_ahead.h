// Reads a register's rows on a second thread while the caller stores them.
// Reading, converting and normalising cells is about half of an import, and
// storing them (SQLite) the other half; on two cores they overlap. Rows come
// out in file order with their problems, exactly as RegisterReader::next
// hands them, through a bounded queue: memory stays bounded (a few thousand
// rows) whatever the size of the file.
#pragma once

#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/register_reader.h"
#include "adapters/registers/register_row.h"
#include "engine/core/batch_queue.h"

namespace genaudit {

class ReadAhead {
 public:
  // Starts reading `reader` on a second thread. The caller leaves `reader`
  // alone (but for its const accessors of the header and sheet) until
  // next() has returned false or this object is gone.
  explicit ReadAhead(RegisterReader& reader);
  // Stops the reading thread, if still running, and waits for it.
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // As RegisterReader::next: the next row that is not blank, its cells'
  // problems added to `errors`; false at the end of the file, with the error
  // that stopped reading, if any, added to `errors`. An exception thrown
  // while reading (out of memory) is thrown here, after the batches handed
  // over before it.
  bool next(RegisterRow* row, InputErrors* errors);

  // Rows per hand-over, and hand-overs the queue holds at most: enough to
  // keep both threads busy, small enough to stay in the caches. Each
  // hand-over to a waiting caller is a futex wake-up, about 10 µs on these
  // machines: at 256 rows they were 7% of the reading thread.
  static constexpr std::size_t kBatchRows = 2048;
  static constexpr std::size_t kQueuedBatches = 8;

 private:
  struct Item {
    RegisterRow row;
    InputErrors errors;
  };
  using Batch = std::vector<Item>;

  void read_all();

  RegisterReader& reader_;
  BatchQueue<Batch> queue_{kQueuedBatches};
  // Written by the reading thread before it finishes the queue; read once
  // take() says it has.
  InputErrors final_errors_;  // what stopped reading
  std::exception_ptr failure_;
  Batch current_;             // the batch next() is handing out
  std::size_t position_ = 0;
  std::thread thread_;        // last: started when everything else exists
};

}  // namespace genaudit
