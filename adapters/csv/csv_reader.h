// A streaming reader of delimited text files (RFC 4180) as Excel and
// LibreOffice write them: CSV with ',' or ';', and tab-delimited "Unicode
// Text". It turns bytes into records of raw UTF-8 fields numbered as a
// spreadsheet numbers rows, and nothing more: it does not trim, skip blank
// records or interpret the header; the importer does.
//
// Accepted input:
//  - Encoding: UTF-8 with or without a BOM (the BOM is dropped), or UTF-16 LE
//    or BE with a BOM (transcoded to UTF-8). Anything else is kBadEncoding,
//    reported at the record holding the first invalid byte. NUL characters
//    count as bad encoding too: they mean UTF-16 without a BOM.
//  - Delimiter: detected from the first line that is not blank, as the most
//    frequent of '\t', ';' and ',' outside quotes; a tie goes to the first in
//    that order (a tab is never part of a header name, and Excel in the
//    Vietnamese locale writes ';'); a line with none of them means ','.
//  - Line ends: LF, CRLF or a lone CR; a final line end is optional.
//  - Quoting: a field starting with '"' is quoted and may hold delimiters,
//    doubled quotes and line breaks, kept byte for byte (CRLF stays CRLF).
//    Like Excel, the reader is lenient elsewhere: a quote inside an unquoted
//    field is an ordinary character, and text after a closing quote is
//    appended to the field ("ab"c -> abc). A quote never closed is
//    kMalformedCsv at the row where its record started.
//
// The file is read in chunks (1 MiB by default); memory is bounded by the
// chunk size plus the longest record, and a record by CsvLimits: a field or
// a row over a limit stops reading with kCsvLimitExceeded at its row (the
// row where its record started), `expected` naming the limit
// ("max_field_bytes = 1048576"). The delimiter is detected from at most the
// first kDetectionBytes and kDetectionLines of the file. Not thread-safe; one reader per file.
//
// A reader of UTF-8 can also say where it stands between two records
// (resume_point()), and a range reader (for_range()) reads one piece of such
// a file cut at a record boundary, exactly as the whole-file reader reads
// that piece: ParallelCsvReader reads a large file that way on several
// threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"

namespace genaudit {

// The bounds a delimited file must stay within to be read. The defaults fit
// every register with a wide margin; raise one only for a file known to be
// sound.
struct CsvLimits {
  // UTF-8 bytes of one field. Excel holds at most 32 767 characters in a
  // cell; a field past this limit is nearly always a quote left open that
  // swallows the rest of the file. Default: 1 MiB, as
  // XlsxLimits::max_cell_bytes.
  std::size_t max_field_bytes = std::size_t{1} << 20;
  // Fields of one record. Default: 16 384, as in Excel (A to XFD).
  std::size_t max_columns = 16'384;
};

// One record of a delimited file.
struct CsvRecord {
  // The fields as written, quotes removed, not trimmed. A blank line is one
  // empty field; ",,," is four.
  std::vector<std::string> fields;
  // The spreadsheet row: the first record (the header) is 1, the next 2. A
  // record whose quoted field spans lines is still one row.
  long row = 0;
  // Every field is known to be in NFC already (its characters are all
  // NFC-stable): converting it needs no normalization. False when unknown.
  bool nfc = false;
};

// Where a reader of a UTF-8 file stands between two records: what another
// reader needs to read the rest of the file exactly as this one would.
struct CsvResumePoint {
  std::string display_name;
  // The byte offset in the file (BOM included) of the next record.
  std::uint64_t offset = 0;
  // The spreadsheet row of that record.
  long row = 0;
  // The record before it ended with CR: an LF right at `offset` belongs to
  // that record's line end and is skipped.
  bool skip_lf = false;
  char delimiter = ',';
  // Row 1's fields, which name the columns in errors.
  std::vector<std::string> header;
  // The size of the whole file, in bytes.
  std::uint64_t file_bytes = 0;
  // Opens the file again, positioned at a byte offset; nullptr on failure.
  std::function<std::unique_ptr<std::istream>(std::uint64_t offset)> open_at;
};

// How a range reader (CsvReader::for_range) reads its piece of a file.
struct CsvRange {
  std::string display_name;
  char delimiter = ',';
  std::vector<std::string> header;  // as CsvResumePoint::header
  // The range starts right after a CR that ended a record: a leading LF is
  // part of that line end.
  bool skip_lf = false;
  // The range runs to the end of the file: its end is read as the whole-file
  // reader reads the end of the file. When false, a record still open where
  // the range ends is neither returned nor an error (ended_inside_record()).
  bool to_end_of_file = false;
};

class CsvReader {
 public:
  static constexpr std::size_t kDefaultChunkSize = std::size_t{1} << 20;
  // How much of the file's start the delimiter is detected from.
  static constexpr std::size_t kDetectionBytes = std::size_t{1} << 20;
  // ... and from at most this many lines: the delimiters of all of them
  // counted together (a title line above the header has few or none).
  static constexpr std::size_t kDetectionLines = 30;

  // Opens `path`, detects its encoding and reads its header line to detect
  // the delimiter. `display_name` is the file name shown to the user in
  // errors. Returns nullptr and fills *error (when `error` is not null) if
  // the file cannot be read (kCannotOpen) or holds nothing but a BOM and
  // whitespace (kEmptyFile). Bad encoding, even in the header, is reported by
  // next().
  static std::unique_ptr<CsvReader> open(const std::filesystem::path& path,
                                         const std::string& display_name,
                                         InputError* error,
                                         const CsvLimits& limits = {});

  // As open(), reading the bytes in `data`. `chunk_size` (at least 1) lets
  // tests cut the input at every possible place.
  static std::unique_ptr<CsvReader> from_string(
      std::string data, const std::string& display_name, InputError* error,
      std::size_t chunk_size = kDefaultChunkSize, const CsvLimits& limits = {});

  // A reader of one range of a UTF-8 file that starts at a record boundary
  // (no BOM; no detection: `range` gives the delimiter and the header).
  // Records are numbered from 1, the range's first record, and so are
  // errors' rows: the caller adds the spreadsheet row before the range. Bad
  // encoding, quoting and limits are reported as the whole-file reader
  // reports them; a read failure is kCannotOpen at row 0, as there.
  static std::unique_ptr<CsvReader> for_range(std::unique_ptr<std::istream> input,
                                              CsvRange range,
                                              std::size_t chunk_size = kDefaultChunkSize,
                                              const CsvLimits& limits = {});

  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record into `record`, reusing its strings, and returns
  // true. Returns false at the end of the input or on an error; error() tells
  // which, and `record` is then unspecified. Once it has returned false it
  // keeps returning false.
  bool next(CsvRecord& record);

  // The error that stopped reading (kBadEncoding, kMalformedCsv,
  // kCsvLimitExceeded, or kCannotOpen when reading fails midway), or
  // nullopt.
  const std::optional<InputError>& error() const { return error_; }

  // The detected delimiter: ',', ';' or '\t'.
  char delimiter() const { return delimiter_; }

  // Where the next record starts, for a reader of a UTF-8 file (not UTF-16)
  // opened by open() (a regular file) or from_string() that has read the
  // header row and has not stopped; nullopt otherwise.
  std::optional<CsvResumePoint> resume_point() const;

  // A range reader (not to the end of the file) stopped where its range
  // ends inside a record: the range was not cut at a record boundary.
  bool ended_inside_record() const { return ended_inside_record_; }
  // The byte offset, from the start of the input, of the record the range
  // ended inside.
  std::uint64_t open_record_offset() const { return record_offset_; }
  // The records read whole (returned, or stopped by an error).
  long records_read() const { return row_ - (ended_inside_record_ ? 1 : 0); }

 private:
  enum class Encoding { kUtf8, kUtf16Le, kUtf16Be };

  CsvReader(std::unique_ptr<std::istream> input, std::string display_name,
            std::size_t chunk_size, const CsvLimits& limits);

  static std::unique_ptr<CsvReader> start(std::unique_ptr<CsvReader> reader,
                                          InputError* error);
  bool detect_encoding_and_delimiter(InputError* error);
  bool read_chunk(std::string* out);
  bool fill();
  void decode_raw();
  void decode_utf16(const unsigned char* bytes, std::size_t count);
  void append_utf16_unit(unsigned unit);
  void append_code_point(unsigned code_point);
  std::string* start_field(CsvRecord& record, std::size_t& count);
  bool check_encoding(const CsvRecord& record);
  std::string column_name(std::size_t index) const;
  bool fail_limit(const CsvRecord& record, std::size_t column, const char* limit,
                  std::size_t value);
  bool finish();

  std::unique_ptr<std::istream> input_;
  std::string display_name_;
  std::size_t chunk_size_;
  CsvLimits limits_;
  Encoding encoding_ = Encoding::kUtf8;

  std::string raw_;     // undecoded bytes (UTF-16 only)
  std::string buffer_;  // decoded UTF-8 not yet consumed from pos_ on
  std::size_t pos_ = 0;
  // buffer_ up to here is whole well-formed UTF-8 without NUL, checked a
  // chunk at a time: a record read from it needs no check of its own.
  std::size_t clean_end_ = 0;
  bool clean_is_nfc_ = true;  // and every character below clean_end_ is NFC-stable
  bool input_done_ = false;
  // UTF-8 only: the input's bytes dropped from buffer_, and the BOM's.
  std::uint64_t consumed_ = 0;
  std::uint64_t bom_bytes_ = 0;
  std::uint64_t record_offset_ = 0;  // where the record being read starts
  // How to open the input again at an offset (files and strings read whole).
  std::function<std::unique_ptr<std::istream>(std::uint64_t)> open_at_;
  std::uint64_t input_bytes_ = 0;
  bool range_ = false;  // made by for_range()
  bool to_end_of_file_ = true;
  bool ended_inside_record_ = false;

  // UTF-16 decoding state carried across chunks.
  bool has_odd_byte_ = false;
  unsigned char odd_byte_ = 0;
  unsigned high_surrogate_ = 0;

  char delimiter_ = ',';
  bool skip_lf_ = false;  // the previous record ended with CR
  long row_ = 0;
  std::vector<std::string> header_;  // row 1, to name columns in errors
  bool finished_ = false;
  std::optional<InputError> error_;
};

}  // namespace genaudit
