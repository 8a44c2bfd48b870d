// Reads the rest of a large worksheet on several threads, with the same
// outcome as XlsxReader reading it alone: the same records with the same
// rows, in sheet order, and the same error (the same row, the same line of
// bad XML).
//
// How. The shared strings and styles are read first, once (XlsxReader); a
// worksheet's rows then depend on nothing before them but the row number
// before (for a row without `r`) and the sheet's text so far (a limit).
// From a row boundary (SheetHandler::boundary_after_row), SheetRowCutter
// inflates the part and cuts it into ranges right before row start tags;
// each worker parses the part's prefix (up to <sheetData ...>) followed by
// one range and a marker element, handing the range's records to a sink
// made for it. A range is taken as read only when the parse reached the
// marker between rows, at the rows' level, and its first row has its number;
// then it ended exactly where the next range begins. Anything else — bad XML,
// a cut inside a comment or an attribute, a row without a number first, a
// cell over a limit, the sheet's text over its limit with the ranges before
// it — and the rows from that range on are read again by one parser on the
// caller's thread, fed the prefix and the bytes from the range's start, its
// lines counted as in the part: whatever it finds, it finds as the serial
// reader does. The last range is parsed to the end of the part.
//
// Memory: at most threads + 2 ranges are cut and not yet taken, each with
// its bytes and its sink. The first error in sheet order stops reading.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/parallel_csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/ranges/ordered_ranges.h"
#include "adapters/ranges/parallel_records.h"
#include "adapters/xlsx/sheet_handler.h"
#include "adapters/xlsx/sheet_row_cutter.h"
#include "adapters/xlsx/xlsx_reader.h"
#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit {

class ParallelXlsxReader : public ParallelRecords {
 public:
  // Reads the rest of the sheet after `start.boundary`; `part` is the
  // worksheet part opened again, from its start. Returns nullptr when the
  // part cannot be read up to the boundary. Throws std::system_error when a
  // thread cannot be started.
  static std::unique_ptr<ParallelXlsxReader> start(XlsxResumePoint start,
                                                   std::unique_ptr<xlsx::PartStream> part,
                                                   SinkFactory make_sink,
                                                   const ParallelCsvOptions& options);
  ~ParallelXlsxReader() override;
  ParallelXlsxReader(const ParallelXlsxReader&) = delete;
  ParallelXlsxReader& operator=(const ParallelXlsxReader&) = delete;

  bool next(Piece* piece) override;
  void recycle(Piece& piece) override { sinks_.give_back(piece); }
  const std::optional<InputError>& error() const override { return error_; }

  // True once the rows are read again on one thread (tests).
  bool fell_back() const { return serial_parser_ != nullptr; }

  // Records per piece once reading is on one thread.
  static constexpr std::size_t kFallbackRecords = 2048;
  // A prefix longer than this (a sheet with thousands of column widths)
  // is not parsed again for every range: such a sheet is read serially.
  static constexpr std::size_t kMaxPrefixBytes = std::size_t{1} << 16;

 private:
  using Range = xlsx::SheetRowCutter::Range;
  // What a worker made of one range.
  struct RangeResult {
    Range range;  // kept: the rows may be read again from its start
    std::unique_ptr<RangeSink> sink;
    std::size_t filled_by = 0;
    bool clean = false;  // read as the serial reader would read it
    long last_row = 0;   // the number of its last row; 0 when it has none
    std::uint64_t text_bytes = 0;
    long line_breaks = 0;
  };

  ParallelXlsxReader(XlsxResumePoint start, std::unique_ptr<xlsx::SheetRowCutter> cutter,
                     SinkFactory make_sink, const ParallelCsvOptions& options);
  RangeResult read_range(std::size_t slot, Range range);
  // Reads the rows from `from`'s start on, on the caller's thread.
  void fall_back(RangeResult from);
  bool next_from_fallback(Piece* piece);

  XlsxResumePoint start_;
  const unsigned threads_;  // resolved_xlsx_threads()
  RangeSinkPool sinks_;
  std::unique_ptr<xlsx::SheetRowCutter> cutter_;  // used by the cuts only, under the ranges' lock
  const std::string prefix_;  // the part's bytes up to the end of <sheetData ...>

  xlsx::RowBoundary at_;      // the boundary before the next range
  // The sheet's text before the ranges, and the text of every range read
  // since (SheetHandler::share_text_budget).
  std::atomic<std::uint64_t> text_claimed_;
  long breaks_before_ = 0;    // line breaks in the part before the next range
  bool finished_ = false;
  std::optional<InputError> error_;
  std::unique_ptr<xlsx::SheetHandler> serial_handler_;  // the fallback
  std::unique_ptr<xlsx::XmlPartParser> serial_parser_;
  // Last: its workers start when everything else exists.
  std::unique_ptr<OrderedRanges<Range, RangeResult>> ranges_;
};

// Threads reading a worksheet's ranges: configured_threads(options) when set;
// by default one more than the cores (3 on two cores). Parsing a sheet's XML
// costs several times what filling its rows in does, so the workers, not the
// caller's thread, are the critical path; one worker more than the cores
// keeps them busy while another cuts the next range (measured in
// bench/PERFORMANCE.md, round 11). From 1 to kMaxThreads.
unsigned resolved_xlsx_threads(const ParallelCsvOptions& options);

// The rest of `reader`'s sheet on several threads, from the row after the
// last one it returned, or nullptr when that cannot be (fewer than two
// threads; a sheet part under options.min_file_bytes; no resume point; the
// part cannot be opened again). After a reader is returned, `reader` must
// not be read, and it must outlive the reader returned. Throws
// std::system_error when a thread cannot be started.
std::unique_ptr<ParallelRecords> read_rest_in_parallel(XlsxReader& reader,
                                                       ParallelRecords::SinkFactory make_sink,
                                                       const ParallelCsvOptions& options);

}  // namespace genaudit
