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

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "adapters/csv/csv_range_splitter.h"
#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"

namespace genaudit {

struct ParallelCsvOptions {
  // Threads reading ranges. Default (0): the environment's
  // GENAUDIT_CSV_THREADS if set, else one less than
  // std::thread::hardware_concurrency(): the caller's own thread (the
  // importer's inserts, the columns filled for an audit) keeps a core. On two
  // cores that is 1: measured, two readers beside the caller gained nothing
  // there (bench/PERFORMANCE.md, round 7). A register reader reads with one
  // thread (the serial reader, on ReadAhead's thread) when this resolves to 1.
  unsigned threads = 0;
  // About how much of the file each range holds. Tests make it tiny to cut
  // files everywhere.
  std::size_t range_bytes = std::size_t{1} << 19;
  // The range readers' chunk size (CsvReader::from_string).
  std::size_t chunk_size = CsvReader::kDefaultChunkSize;
  // A register reader reads a CSV file on several threads only from this
  // size on: below it, starting threads costs more than it saves.
  std::uint64_t min_file_bytes = std::uint64_t{8} << 20;
  CsvLimits limits;
};

// `options.threads`, or its default when 0; from 1 to kMaxThreads.
inline constexpr unsigned kMaxThreads = 64;
unsigned resolved_threads(const ParallelCsvOptions& options);

// Where the records of one range go; made by the caller's factory, filled
// on one worker thread, then handed to the caller, who may give it back for
// another range (ParallelCsvReader::recycle) filled by the same thread: what
// the sink allocates is then freed by the thread that allocated it, which
// spares malloc the locking of another thread's arena.
class CsvRangeSink {
 public:
  virtual ~CsvRangeSink() = default;
  // Forgets the records added, keeping the memory they took for the next.
  virtual void clear() = 0;
  // One record of the range, in file order. Its row counts from 1 at the
  // range's first record: ParallelCsvReader::Piece::row_before turns it into
  // the spreadsheet row. `record` may be taken apart.
  virtual void add(CsvRecord& record) = 0;
};

class ParallelCsvReader {
 public:
  using SinkFactory = std::function<std::unique_ptr<CsvRangeSink>()>;

  // Starts reading from `start` (CsvReader::resume_point of the reader that
  // read the file's head) on resolved_threads(options) threads. `make_sink`
  // is called on the worker threads. Throws std::system_error when a thread
  // cannot be started.
  ParallelCsvReader(CsvResumePoint start, SinkFactory make_sink, const ParallelCsvOptions& options);
  // Stops the worker threads and waits for them.
  ~ParallelCsvReader();
  ParallelCsvReader(const ParallelCsvReader&) = delete;
  ParallelCsvReader& operator=(const ParallelCsvReader&) = delete;

  struct Piece {
    std::unique_ptr<CsvRangeSink> sink;
    // Added to a record's row in the sink, it gives its spreadsheet row.
    long row_before = 0;
    std::size_t filled_by = 0;  // the thread that filled the sink (recycle)
  };

  // The next piece of the file, in file order; false at the end of the file
  // or after an error (error() says which). An exception thrown on a worker
  // thread (out of memory) is thrown here.
  bool next(Piece* piece);

  // Takes back the sink of a piece handed out by next() to fill it again on
  // the same thread: the memory its records took is not allocated again.
  void recycle(Piece& piece);

  // The error that stopped reading, as CsvReader::error(); nullopt at the
  // end of the file.
  const std::optional<InputError>& error() const { return error_; }

  // True once a cut proved not to be a record boundary and the rest of the
  // file is read by one reader (tests).
  bool fell_back() const { return serial_ != nullptr; }

  // Records per piece once reading has fallen back to one reader.
  static constexpr std::size_t kFallbackRecords = 2048;

 private:
  // What a worker made of one range.
  struct RangeResult {
    std::unique_ptr<CsvRangeSink> sink;
    long records = 0;  // read whole
    std::optional<InputError> error;
    bool ended_inside_record = false;
    std::uint64_t open_record_offset = 0;  // in the file
    bool last = false;
    std::size_t filled_by = 0;
  };

  void work(std::size_t slot);
  // Cuts the next range and reads it; false when there is nothing to do.
  bool work_on_next_range(std::size_t slot);
  // A sink recycled from thread `slot`, cleared, or a new one.
  std::unique_ptr<CsvRangeSink> take_sink(std::size_t slot);
  RangeResult read_range(std::size_t slot, std::string bytes, std::uint64_t offset,
                         bool skip_lf, bool last);
  void stop_workers();
  bool start_fallback(std::uint64_t offset);
  bool next_from_fallback(Piece* piece);
  // Ends reading with `error`, its row in the range counted from `row_before`.
  void fail(InputError error, long row_before);

  CsvResumePoint start_;
  SinkFactory make_sink_;
  ParallelCsvOptions options_;

  std::mutex mutex_;
  std::condition_variable changed_;
  CsvRangeSplitter splitter_;  // guarded by mutex_: ranges are cut in order
  std::size_t in_flight_ = 0;  // ranges cut and not yet taken, at most
  std::size_t ranges_cut_ = 0;
  std::size_t ranges_taken_ = 0;
  bool cutting_done_ = false;  // the last range is cut, or cutting failed
  bool stop_ = false;
  std::map<std::size_t, RangeResult> done_;  // by range number
  // By thread: the workers', then the caller's (the fallback's).
  std::vector<std::vector<std::unique_ptr<CsvRangeSink>>> spare_sinks_;
  std::exception_ptr failure_;

  long row_before_ = 0;  // the spreadsheet row before the next range
  bool finished_ = false;
  std::optional<InputError> error_;
  std::unique_ptr<CsvReader> serial_;  // the fallback
  std::vector<std::thread> workers_;   // last: started when everything else exists
};

}  // namespace genaudit
