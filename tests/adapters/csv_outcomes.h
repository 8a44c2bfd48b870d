// What reading a CSV text gives, by CsvReader alone and by ParallelCsvReader
// after a CsvReader has read the file's head, and what differs between two
// such outcomes: for the tests and the fuzzer that compare the two readers.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/csv/parallel_csv_reader.h"

namespace genaudit::testing {

struct CsvOutcome {
  bool opened = false;
  std::vector<CsvRecord> records;  // rows are spreadsheet rows
  std::optional<InputError> error;
  char delimiter = 0;
  bool fell_back = false;  // the parallel reader fell back to one reader
};

// Keeps a range's records.
class RecordsSink : public RangeSink {
 public:
  void add(CsvRecord& record) override { records.push_back(record); }
  void clear() override { records.clear(); }
  std::vector<CsvRecord> records;
};

// Opens `text` as CsvReader::from_string does, noting in *out whether it
// opened, the delimiter, or the error.
inline std::unique_ptr<CsvReader> open_text(const std::string& text, std::size_t chunk_size,
                                            const CsvLimits& limits, CsvOutcome* out) {
  InputError open_error{};
  auto reader = CsvReader::from_string(text, "t.csv", &open_error, chunk_size, limits);
  out->opened = reader != nullptr;
  if (reader) {
    out->delimiter = reader->delimiter();
  } else {
    out->error = open_error;
  }
  return reader;
}

inline CsvOutcome read_serially(const std::string& text, std::size_t chunk_size,
                                const CsvLimits& limits) {
  CsvOutcome out;
  auto reader = open_text(text, chunk_size, limits, &out);
  if (!reader) return out;
  CsvRecord record;
  while (reader->next(record)) out.records.push_back(record);
  out.error = reader->error();
  return out;
}

// Reads `lead_rows` records (at least 1) with a CsvReader, then the rest
// with a ParallelCsvReader from where it stands, when it can say
// (CsvReader::resume_point: UTF-8, no error yet).
inline CsvOutcome read_in_parallel(const std::string& text, const ParallelCsvOptions& options,
                                   long lead_rows) {
  CsvOutcome out;
  auto lead = open_text(text, options.chunk_size, options.limits, &out);
  if (!lead) return out;
  CsvRecord record;
  while (static_cast<long>(out.records.size()) < lead_rows && lead->next(record)) {
    out.records.push_back(record);
  }
  std::optional<CsvResumePoint> point = lead->resume_point();
  if (!point) {  // the lead reader reads alone
    while (lead->next(record)) out.records.push_back(record);
    out.error = lead->error();
    return out;
  }
  ParallelCsvReader reader(std::move(*point), [] { return std::make_unique<RecordsSink>(); },
                           options);
  ParallelCsvReader::Piece piece;
  while (reader.next(&piece)) {
    for (CsvRecord& r : static_cast<RecordsSink*>(piece.sink.get())->records) {
      r.row += piece.row_before;
      out.records.push_back(std::move(r));
    }
  }
  out.error = reader.error();
  out.fell_back = reader.fell_back();
  return out;
}

inline std::string describe(const std::optional<InputError>& e) {
  if (!e) return "no error";
  return "error kind " + std::to_string(static_cast<int>(e->kind)) + " file " + e->file +
         " row " + std::to_string(e->row) + " column '" + e->column + "' value '" + e->value +
         "' expected '" + e->expected + "'";
}

// "" when `a` and `b` are the same records (rows and fields), delimiter and
// error;
// else the first difference.
inline std::string difference(const CsvOutcome& a, const CsvOutcome& b) {
  if (a.opened != b.opened) return "opened differs";
  if (a.delimiter != b.delimiter) return "delimiter differs";
  if (describe(a.error) != describe(b.error)) {
    return describe(a.error) + " vs " + describe(b.error);
  }
  for (std::size_t i = 0; i < a.records.size() && i < b.records.size(); ++i) {
    if (a.records[i].row != b.records[i].row || a.records[i].fields != b.records[i].fields) {
      return "record " + std::to_string(i) + " (row " + std::to_string(a.records[i].row) +
             " vs " + std::to_string(b.records[i].row) + ") differs";
    }
  }
  if (a.records.size() != b.records.size()) {
    return std::to_string(a.records.size()) + " records vs " + std::to_string(b.records.size());
  }
  return "";
}

}  // namespace genaudit::testing
