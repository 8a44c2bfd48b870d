// Cuts the rows of a worksheet part into ranges for ParallelXlsxReader:
// pieces of about a given size that end right before a row's start tag
// (<row ...> or <x:row ...>), so that each can be parsed on its own after
// the part's prefix (its bytes up to the end of <sheetData ...>).
//
// A cut is only a guess: text that looks like a row's start tag may be
// inside a comment, a CDATA section or an attribute. The range's reader
// checks it (ParallelXlsxReader reads the rows after a range that did not
// end between rows again, on one thread). The part is read in blocks of
// XmlPartParser::kReadBlockBytes from its start, as the serial reader reads
// it, so a damaged or oversized part fails at the same byte either way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "adapters/xlsx/part_stream.h"

namespace genaudit::xlsx {

// Line breaks as XML counts them: LF, CR LF and a CR alone each count one.
long line_breaks(std::string_view bytes);

class SheetRowCutter {
 public:
  enum class Kind {
    kRows,  // rows, cut right before a row's start tag; more follow
    kLast,  // everything up to the end of the part
    kRest,  // the bytes read so far, after which the rest of the part
            // must be read on one thread: the part failed to read (its
            // error comes on reading it), or no row started within
            // kLongestRange range sizes (and two read blocks)
  };
  struct Range {
    std::string bytes;
    std::uint64_t offset = 0;  // in the part
    Kind kind = Kind::kRows;
  };

  // Reads `part` from its start; `range_bytes` is at least 1.
  SheetRowCutter(std::unique_ptr<PartStream> part, std::size_t range_bytes);

  // Reads the part up to byte `start` (a row boundary), keeping its first
  // `prefix_bytes` (at most `start`) as the prefix. False when the part
  // ends or fails before `start`.
  bool skip_to(std::uint64_t prefix_bytes, std::uint64_t start);

  const std::string& prefix() const { return prefix_; }
  // Line breaks in the bytes before `start`.
  long breaks_before_start() const { return breaks_before_start_; }

  // Cuts the next range: at least range_bytes (unless the part ends first).
  // Call no more after a kLast or kRest range.
  void next(Range* range);

  // Once no more ranges are cut: the bytes read and not yet in a range,
  // then the part, read up to where those bytes end.
  std::string take_pending() { return std::move(pending_); }
  std::unique_ptr<PartStream> take_part() { return std::move(part_); }

  static constexpr std::size_t kLongestRange = 8;  // in range_bytes

 private:
  // Reads one more block into pending_; false at the end or on an error.
  bool read_block();
  // Where a row's start tag begins in pending_ at or after `from`, or npos.
  std::size_t find_row_start(std::size_t from) const;

  std::unique_ptr<PartStream> part_;
  std::size_t range_bytes_;
  std::string prefix_;
  long breaks_before_start_ = 0;
  std::string pending_;      // read, not yet in a range
  std::uint64_t offset_ = 0;  // of pending_'s first byte
  bool ended_ = false;       // the part ended
  bool failed_ = false;      // the part failed to read
};

}  // namespace genaudit::xlsx
