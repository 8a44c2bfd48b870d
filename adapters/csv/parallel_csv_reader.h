// Reads the rest of a large UTF-8 delimited file on several threads, with
// the same outcome as CsvReader reading it alone: the same records with the
// same rows, in file order, and the same error at the same row.
//
// The file is cut into ranges of about half a MiB (CsvRangeSplitter); each
// worker thread reads a range with a range reader (CsvReader::for_range) and
// hands its records to a sink made for that range, which may do the caller's
// work on them (convert cells) on the same thread. The caller takes the sinks
// in file order. A cut is only a guess until the range before it has been
// read: that range's reader started at a record boundary, so if it ends
// exactly at its range's end its cut was a boundary too; if it ends inside a
// record, the ranges after it are thrown away and the rest of the file, from
// that record on, is read by one reader on the caller's thread (the file is
// ambiguous for the splitter: it holds quotes the lenient rules read as
// ordinary characters, or a line longer than the splitter looks).
//
// Memory: at most threads + 2 ranges are cut and not yet taken, each with
// its sink. The first error in file order stops reading; sinks after it are
// never handed out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "adapters/csv/csv_range_splitter.h"
#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/ranges/ordered_ranges.h"
#include "adapters/ranges/parallel_records.h"

namespace genaudit {

// How a large file is read on several threads: a CSV file
// (ParallelCsvReader) or an XLSX worksheet (ParallelXlsxReader).
struct ParallelCsvOptions {
  // Threads reading ranges. Default (0): the environment's
  // GENAUDIT_CSV_THREADS if set, else one less than
  // std::thread::hardware_concurrency(): the caller's own thread (the
  // importer's inserts, the columns filled for an audit) keeps a core. On two
  // cores that is 1: measured, two readers beside the caller gained nothing
  // there (bench/PERFORMANCE.md, round 7). A register reader reads with one
  // thread (the serial reader, on ReadAhead's thread) when this resolves to 1.
  // An XLSX worksheet has its own default (resolved_xlsx_threads).
  unsigned threads = 0;
  // About how much of the file each range holds. Tests make it tiny to cut
  // files everywhere.
  std::size_t range_bytes = std::size_t{1} << 19;
  // The CSV range readers' chunk size (CsvReader::from_string).
  std::size_t chunk_size = CsvReader::kDefaultChunkSize;
  // A register reader reads a CSV file, or an XLSX worksheet (the inflated
  // size its archive declares), on several threads only from this size on:
  // below it, starting threads costs more than it saves.
  std::uint64_t min_file_bytes = std::uint64_t{8} << 20;
  CsvLimits limits;
};

// `options.threads`, or its default when 0; from 1 to kMaxThreads.
inline constexpr unsigned kMaxThreads = 64;
unsigned resolved_threads(const ParallelCsvOptions& options);
// `options.threads`, else the environment's GENAUDIT_CSV_THREADS; 0 when
// neither says (each format then has its own default).
unsigned configured_threads(const ParallelCsvOptions& options);

class ParallelCsvReader : public ParallelRecords {
 public:
  // Starts reading from `start` (CsvReader::resume_point of the reader that
  // read the file's head) on resolved_threads(options) threads. `make_sink`
  // is called on the worker threads. Throws std::system_error when a thread
  // cannot be started.
  ParallelCsvReader(CsvResumePoint start, SinkFactory make_sink, const ParallelCsvOptions& options);
  // Stops the worker threads and waits for them.
  ~ParallelCsvReader() override;
  ParallelCsvReader(const ParallelCsvReader&) = delete;
  ParallelCsvReader& operator=(const ParallelCsvReader&) = delete;

  bool next(Piece* piece) override;
  void recycle(Piece& piece) override { sinks_.give_back(piece); }
  const std::optional<InputError>& error() const override { return error_; }

  // True once a cut proved not to be a record boundary and the rest of the
  // file is read by one reader (tests).
  bool fell_back() const { return serial_ != nullptr; }

  // Records per piece once reading has fallen back to one reader.
  static constexpr std::size_t kFallbackRecords = 2048;

 private:
  // A range as cut: its bytes, or a read error (`cut` false).
  struct Range {
    std::string bytes;
    std::uint64_t offset = 0;
    bool after_cr = false;
    bool last = false;
    bool cut = false;
  };
  // What a worker made of one range.
  struct RangeResult {
    std::unique_ptr<RangeSink> sink;
    long records = 0;  // read whole
    std::optional<InputError> error;
    bool ended_inside_record = false;
    std::uint64_t open_record_offset = 0;  // in the file
    bool last = false;
    std::size_t filled_by = 0;
  };

  void cut(Range* range, bool* last);
  RangeResult read_range(std::size_t slot, Range range);
  bool start_fallback(std::uint64_t offset);
  bool next_from_fallback(Piece* piece);
  // Ends reading with `error`, its row in the range counted from `row_before`.
  void fail(InputError error, long row_before);

  CsvResumePoint start_;
  ParallelCsvOptions options_;
  const unsigned threads_;  // resolved_threads(options_)
  RangeSinkPool sinks_;
  CsvRangeSplitter splitter_;  // used by cut() only, under the ranges' lock

  long row_before_ = 0;  // the spreadsheet row before the next range
  bool finished_ = false;
  std::optional<InputError> error_;
  std::unique_ptr<CsvReader> serial_;  // the fallback
  // Last: its workers start when everything else exists.
  std::unique_ptr<OrderedRanges<Range, RangeResult>> ranges_;
};

// The rest of `reader`'s file on several threads, from the record after the
// last one it returned, or nullptr when that cannot be (fewer than two
// threads; a file under options.min_file_bytes; no resume point: not UTF-8,
// an error). After a reader is returned, `reader` must not be read. Throws
// std::system_error when a thread cannot be started.
std::unique_ptr<ParallelRecords> read_rest_in_parallel(const CsvReader& reader,
                                                       ParallelRecords::SinkFactory make_sink,
                                                       const ParallelCsvOptions& options);

}  // namespace genaudit
