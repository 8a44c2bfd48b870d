#include "adapters/csv/parallel_csv_reader.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string>
#include <thread>
#include <utility>

namespace genaudit {
namespace {

CsvRange range_of(const CsvResumePoint& start, bool skip_lf, bool to_end_of_file) {
  CsvRange range;
  range.display_name = start.display_name;
  range.delimiter = start.delimiter;
  range.header = start.header;
  range.skip_lf = skip_lf;
  range.to_end_of_file = to_end_of_file;
  return range;
}

}  // namespace

unsigned configured_threads(const ParallelCsvOptions& options) {
  if (options.threads != 0) return options.threads;
  if (const char* configured = std::getenv("GENAUDIT_CSV_THREADS")) {
    return static_cast<unsigned>(std::strtoul(configured, nullptr, 10));
  }
  return 0;
}

unsigned resolved_threads(const ParallelCsvOptions& options) {
  unsigned threads = configured_threads(options);
  if (threads == 0) {
    const unsigned cores = std::thread::hardware_concurrency();  // 0 when unknown
    threads = cores > 1 ? cores - 1 : 1;
  }
  return std::clamp(threads, 1u, kMaxThreads);
}

ParallelCsvReader::ParallelCsvReader(CsvResumePoint start, SinkFactory make_sink,
                                     const ParallelCsvOptions& options)
    : start_(std::move(start)),
      options_(options),
      threads_(resolved_threads(options_)),
      sinks_(threads_, std::move(make_sink)),
      splitter_(start_.open_at(start_.offset), start_.offset, options.range_bytes, start_.skip_lf),
      row_before_(start_.row - 1) {
  ranges_ = std::make_unique<OrderedRanges<Range, RangeResult>>(
      threads_, std::size_t{threads_} + 2, [this](Range* range, bool* last) { cut(range, last); },
      [this](std::size_t slot, Range range) { return read_range(slot, std::move(range)); });
}

// `ranges_`, declared last, is destroyed first: its workers stop before
// anything they use goes.
ParallelCsvReader::~ParallelCsvReader() = default;

void ParallelCsvReader::cut(Range* range, bool* last) {
  range->cut = splitter_.next(&range->bytes, &range->offset, &range->last, &range->after_cr);
  *last = range->last || !range->cut;
}

ParallelCsvReader::RangeResult ParallelCsvReader::read_range(std::size_t slot, Range range) {
  RangeResult result;
  result.sink = sinks_.take(slot);
  result.filled_by = slot;
  result.last = range.last;
  if (!range.cut) {  // the file could not be read on
    InputError error;
    error.kind = InputErrorKind::kCannotOpen;
    error.file = start_.display_name;
    result.error = std::move(error);
    return result;
  }
  auto reader = CsvReader::for_range(std::make_unique<std::istringstream>(std::move(range.bytes)),
                                     range_of(start_, range.after_cr, range.last),
                                     options_.chunk_size, options_.limits);
  CsvRecord record;
  while (reader->next(record)) result.sink->add(record);
  result.records = reader->records_read();
  result.error = reader->error();
  result.ended_inside_record = reader->ended_inside_record();
  result.open_record_offset = range.offset + reader->open_record_offset();
  return result;
}

bool ParallelCsvReader::next(Piece* piece) {
  if (finished_) return false;
  if (serial_) return next_from_fallback(piece);
  RangeResult range;
  if (!ranges_->next(&range)) {
    finished_ = true;
    return false;
  }
  piece->sink = std::move(range.sink);
  piece->row_before = row_before_;
  piece->filled_by = range.filled_by;
  if (range.error) {
    fail(std::move(*range.error), row_before_);
  } else if (range.ended_inside_record) {
    // The cut after this range was not a record boundary: its records read
    // whole are right, the record it ended inside is read again.
    row_before_ += range.records;
    if (!start_fallback(range.open_record_offset)) finished_ = true;
  } else if (range.last) {
    finished_ = true;
  } else {
    row_before_ += range.records;
  }
  if (finished_) ranges_->stop();
  return true;
}

bool ParallelCsvReader::start_fallback(std::uint64_t offset) {
  ranges_->stop();
  std::unique_ptr<std::istream> rest = start_.open_at(offset);
  if (!rest) {
    InputError error;
    error.kind = InputErrorKind::kCannotOpen;
    error.file = start_.display_name;
    fail(std::move(error), 0);
    return false;
  }
  serial_ = CsvReader::for_range(std::move(rest), range_of(start_, false, true),
                                 options_.chunk_size, options_.limits);
  return true;
}

bool ParallelCsvReader::next_from_fallback(Piece* piece) {
  piece->filled_by = sinks_.caller_slot();
  piece->sink = sinks_.take(piece->filled_by);
  piece->row_before = row_before_;  // the fallback reader counts its rows from 1 on
  CsvRecord record;
  for (std::size_t i = 0; i < kFallbackRecords; ++i) {
    if (!serial_->next(record)) {
      if (serial_->error()) fail(*serial_->error(), row_before_);
      finished_ = true;
      break;
    }
    piece->sink->add(record);
  }
  return true;
}

void ParallelCsvReader::fail(InputError error, long row_before) {
  // A read failure is row 0 whatever the range, as in CsvReader.
  if (error.kind != InputErrorKind::kCannotOpen) error.row += row_before;
  error_ = std::move(error);
  finished_ = true;
}

std::unique_ptr<ParallelRecords> read_rest_in_parallel(const CsvReader& reader,
                                                       ParallelRecords::SinkFactory make_sink,
                                                       const ParallelCsvOptions& options) {
  if (resolved_threads(options) < 2) return nullptr;
  std::optional<CsvResumePoint> point = reader.resume_point();
  if (!point || point->file_bytes < options.min_file_bytes) return nullptr;
  return std::make_unique<ParallelCsvReader>(std::move(*point), std::move(make_sink), options);
}

}  // namespace genaudit
