#include "adapters/csv/parallel_csv_reader.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string>
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

unsigned resolved_threads(const ParallelCsvOptions& options) {
  unsigned threads = options.threads;
  if (threads == 0) {
    if (const char* configured = std::getenv("GENAUDIT_CSV_THREADS")) {
      threads = static_cast<unsigned>(std::strtoul(configured, nullptr, 10));
    }
  }
  if (threads == 0) {
    const unsigned cores = std::thread::hardware_concurrency();  // 0 when unknown
    threads = cores > 1 ? cores - 1 : 1;
  }
  return std::clamp(threads, 1u, kMaxThreads);
}

ParallelCsvReader::ParallelCsvReader(CsvResumePoint start, SinkFactory make_sink,
                                     const ParallelCsvOptions& options)
    : start_(std::move(start)),
      make_sink_(std::move(make_sink)),
      options_(options),
      splitter_(start_.open_at(start_.offset), start_.offset, options.range_bytes, start_.skip_lf),
      row_before_(start_.row - 1) {
  const unsigned threads = resolved_threads(options_);
  in_flight_ = std::size_t{threads} + 2;
  spare_sinks_.resize(std::size_t{threads} + 1);
  workers_.reserve(threads);
  try {
    for (std::size_t slot = 0; slot < threads; ++slot) {
      workers_.emplace_back([this, slot] { work(slot); });
    }
  } catch (...) {  // no thread to be had: stop those started, and say so
    stop_workers();
    throw;
  }
}

ParallelCsvReader::~ParallelCsvReader() { stop_workers(); }

void ParallelCsvReader::stop_workers() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  for (std::thread& worker : workers_) worker.join();
  workers_.clear();
}

void ParallelCsvReader::work(std::size_t slot) {
  try {
    while (work_on_next_range(slot)) {
    }
  } catch (...) {  // out of memory: the caller's next() throws it
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
      stop_ = true;
    }
    changed_.notify_all();
  }
}

bool ParallelCsvReader::work_on_next_range(std::size_t slot) {
  std::size_t index = 0;
  std::string bytes;
  std::uint64_t offset = 0;
  bool last = false;
  bool after_cr = false;
  bool cut = false;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] {
      return stop_ || cutting_done_ || ranges_cut_ < ranges_taken_ + in_flight_;
    });
    if (stop_ || cutting_done_) return false;
    index = ranges_cut_++;
    cutting_done_ = true;  // until cut: a throw ends the cutting
    cut = splitter_.next(&bytes, &offset, &last, &after_cr);
    cutting_done_ = last || !cut;
  }
  RangeResult result;
  if (cut) {
    result = read_range(slot, std::move(bytes), offset, after_cr, last);
  } else {
    result.sink = take_sink(slot);
    result.filled_by = slot;
    InputError error;
    error.kind = InputErrorKind::kCannotOpen;
    error.file = start_.display_name;
    result.error = std::move(error);
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    done_.emplace(index, std::move(result));
  }
  changed_.notify_all();
  return true;
}

ParallelCsvReader::RangeResult ParallelCsvReader::read_range(std::size_t slot, std::string bytes,
                                                             std::uint64_t offset, bool skip_lf,
                                                             bool last) {
  RangeResult result;
  result.sink = take_sink(slot);
  result.filled_by = slot;
  result.last = last;
  auto reader = CsvReader::for_range(std::make_unique<std::istringstream>(std::move(bytes)),
                                     range_of(start_, skip_lf, last), options_.chunk_size,
                                     options_.limits);
  CsvRecord record;
  while (reader->next(record)) result.sink->add(record);
  result.records = reader->records_read();
  result.error = reader->error();
  result.ended_inside_record = reader->ended_inside_record();
  result.open_record_offset = offset + reader->open_record_offset();
  return result;
}

std::unique_ptr<CsvRangeSink> ParallelCsvReader::take_sink(std::size_t slot) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::unique_ptr<CsvRangeSink>>& spare = spare_sinks_[slot];
    if (!spare.empty()) {
      std::unique_ptr<CsvRangeSink> sink = std::move(spare.back());
      spare.pop_back();
      return sink;
    }
  }
  return make_sink_();
}

void ParallelCsvReader::recycle(Piece& piece) {
  if (!piece.sink) return;
  piece.sink->clear();
  std::lock_guard<std::mutex> lock(mutex_);
  spare_sinks_[piece.filled_by].push_back(std::move(piece.sink));
}

bool ParallelCsvReader::next(Piece* piece) {
  if (finished_) return false;
  if (serial_) return next_from_fallback(piece);
  RangeResult range;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return failure_ || done_.count(ranges_taken_) != 0; });
    if (failure_) {
      finished_ = true;
      std::rethrow_exception(failure_);
    }
    auto found = done_.find(ranges_taken_);
    range = std::move(found->second);
    done_.erase(found);
    ++ranges_taken_;
  }
  changed_.notify_all();  // room for another range
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
  if (finished_) stop_workers();
  return true;
}

bool ParallelCsvReader::start_fallback(std::uint64_t offset) {
  stop_workers();
  done_.clear();
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
  piece->filled_by = spare_sinks_.size() - 1;  // the caller's thread
  piece->sink = take_sink(piece->filled_by);
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

}  // namespace genaudit
