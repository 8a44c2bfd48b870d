// A register's rows from a large CSV file, read and converted on several
// threads: ParallelCsvReader's workers convert each range's records where
// they read them, and the rows come out in file order, with their problems,
// exactly as RegisterReader::next gives them when it reads alone.
#pragma once

#include <cstddef>
#include <functional>

#include "adapters/csv/csv_reader.h"
#include "adapters/csv/parallel_csv_reader.h"
#include "adapters/input_error.h"
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

  // Reads the file from `start` (CsvReader::resume_point).
  ParallelRegisterRows(CsvResumePoint start, Convert convert, const ParallelCsvOptions& options);

  // As RegisterReader::next, from the resume point on.
  bool next(RegisterRow* row, InputErrors* errors);

 private:
  class RowSink;

  Convert convert_;
  ParallelCsvReader reader_;
  ParallelCsvReader::Piece piece_;
  std::size_t position_ = 0;  // in piece_'s rows
};

}  // namespace genaudit
