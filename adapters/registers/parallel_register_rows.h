// A register's rows from a large CSV file or XLSX worksheet, read and
// converted on several threads: the parallel reader's workers
// (ParallelCsvReader, ParallelXlsxReader) convert each range's records where
// they read them, and the rows come out in file order, with their problems,
// exactly as RegisterReader::next gives them when it reads alone.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <utility>

#include "adapters/csv/csv_reader.h"
#include "adapters/csv/parallel_csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/ranges/parallel_records.h"
#include "adapters/registers/record_source.h"
#include "adapters/registers/register_row.h"

namespace genaudit {

class ParallelRegisterRows {
 public:
  // Converts a record into a row, adding its cells' problems to `errors`;
  // false when the record gives no row (it is blank). Called on several
  // threads at once; the record's row counts within its range and the row's
  // and errors' rows are moved to spreadsheet rows here.
  using Convert =
      std::function<bool(const CsvRecord& record, RegisterRow* row, InputErrors* errors)>;

  // The rest of `source` read on several threads
  // (RecordSource::read_rest_in_parallel), or nullptr when it cannot be.
  // Throws std::system_error when a thread cannot be started.
  static std::unique_ptr<ParallelRegisterRows> start(RecordSource& source, Convert convert,
                                                     const ParallelCsvOptions& options);

  // As RegisterReader::next, from where the source stood on.
  bool next(RegisterRow* row, InputErrors* errors);

 private:
  class RowSink;

  explicit ParallelRegisterRows(Convert convert) : convert_(std::move(convert)) {}

  Convert convert_;
  std::unique_ptr<ParallelRecords> reader_;
  ParallelRecords::Piece piece_;
  std::size_t position_ = 0;  // in piece_'s rows
};

}  // namespace genaudit
