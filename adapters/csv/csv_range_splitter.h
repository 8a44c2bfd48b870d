// Cuts a UTF-8 delimited file into ranges for ParallelCsvReader: pieces of
// about a given size that end, most likely, at a record boundary.
//
// A line break is a record boundary unless it is inside a quoted field. From
// a record boundary, quotes come in pairs in well-formed CSV (opening and
// closing, or a doubled quote inside quotes), so a line break after an even
// number of quotes counted from the range's start is a boundary: the quote
// parity of "Speculative Distributed CSV Data Parsing" (Ge et al., 2019) and
// of simdcsv's quote mask, counted from each range's own start. The reader's
// lenient rules (a quote inside an unquoted field is an ordinary character,
// text after a closing quote joins the field) break that count, so the cut is
// only a guess: the range's reader checks it (CsvReader::ended_inside_record)
// and ParallelCsvReader falls back to one thread when it was wrong.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>

namespace genaudit {

class CsvRangeSplitter {
 public:
  // Reads `input`, positioned at byte `offset` of its file, which is a
  // record boundary (null when it could not be opened: next() then fails),
  // right after a CR that ended a record when `after_cr`.
  // `range_bytes` is at least 1.
  CsvRangeSplitter(std::unique_ptr<std::istream> input, std::uint64_t offset,
                   std::size_t range_bytes, bool after_cr);

  // Cuts the next range into *bytes and its file offset into *offset: at
  // least range_bytes bytes (unless the file ends first), ending right after
  // a line break: the first after range_bytes that follows an even number of
  // quotes within the next half range or so, else the first one. Never
  // between the CR and the LF of a CRLF. With no line break at all, a range
  // ends, inside a record, after kLongestRange × range_bytes: memory stays
  // bounded whatever the file.
  // *last: the range runs to the end of the file (it may be empty).
  // *after_cr: the range follows a CR (the end of the range before, or the
  // constructor's `after_cr`): if that CR ended a record, an LF that starts
  // this range belongs to it (CsvRange::skip_lf). Returns false on a read
  // error. Not thread-safe.
  bool next(std::string* bytes, std::uint64_t* offset, bool* last, bool* after_cr);

  static constexpr std::size_t kLongestRange = 4;  // in range_bytes

 private:
  // Reads up to `count` more bytes into pending_; false on a read error.
  bool read_more(std::size_t count);
  // Where to cut pending_ (see next()), or 0 when the bytes read do not
  // tell yet.
  std::size_t find_cut() const;

  std::unique_ptr<std::istream> input_;
  std::uint64_t offset_;  // of pending_'s first byte
  std::size_t range_bytes_;
  std::string pending_;   // read, not yet in a range
  bool input_done_ = false;
  bool after_cr_;  // the last range cut ended with CR
};

}  // namespace genaudit
