// The CSV reader: encoding detection and UTF-16 transcoding, delimiter
// detection, and an RFC 4180 state machine that resumes across chunks.
#include "adapters/csv/csv_reader.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <streambuf>
#include <system_error>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "engine/core/unicode_text.h"

namespace genaudit {
namespace {

// Where an unquoted field that starts at data[from] ends: at the first
// delimiter, LF or CR, or `size`. Sixteen bytes at a time where the
// processor has SSE2 (every x86-64): the byte-at-a-time scan was most of
// reading a record.
std::size_t field_end(const char* data, std::size_t from, std::size_t size, char delimiter) {
  std::size_t end = from;
#ifdef __SSE2__
  const __m128i delimiters = _mm_set1_epi8(delimiter);
  const __m128i line_feeds = _mm_set1_epi8('\n');
  const __m128i returns = _mm_set1_epi8('\r');
  for (; end + 16 <= size; end += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + end));
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiters), _mm_cmpeq_epi8(bytes, line_feeds)),
        _mm_cmpeq_epi8(bytes, returns));
    const int mask = _mm_movemask_epi8(hits);
    if (mask != 0) return end + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; end < size; ++end) {
    const char c = data[end];
    if (c == delimiter || c == '\n' || c == '\r') break;
  }
  return end;
}

// What to tell a user whose file is in another encoding.
constexpr char kExpectedEncoding[] = "UTF-8 (CSV UTF-8) or UTF-16 with BOM";

// Appended to the decoded text in place of a broken UTF-16 sequence: never
// valid in UTF-8, so the record holding it is reported as bad encoding.
constexpr char kInvalidByte = '\xFF';

InputError file_error(InputErrorKind kind, const std::string& file, long row) {
  InputError error;
  error.kind = kind;
  error.file = file;
  error.row = row;
  return error;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

// An input stream over text shared with other streams: from_string()'s text,
// read again from an offset by a reader that resumes it, without a copy.
class SharedTextStream : public std::istream {
 public:
  SharedTextStream(std::shared_ptr<const std::string> text, std::uint64_t offset)
      : std::istream(nullptr), buffer_(std::move(text), offset) {
    rdbuf(&buffer_);
  }

 private:
  class Buffer : public std::streambuf {
   public:
    Buffer(std::shared_ptr<const std::string> text, std::uint64_t offset) : text_(std::move(text)) {
      char* begin = const_cast<char*>(text_->data());  // only ever read
      const std::size_t start = static_cast<std::size_t>(std::min<std::uint64_t>(offset, text_->size()));
      setg(begin, begin + start, begin + text_->size());
    }

   private:
    std::shared_ptr<const std::string> text_;
  };
  Buffer buffer_;
};

enum class State {
  kFieldStart,     // nothing of the field read yet
  kUnquoted,       // inside an unquoted field (or after a closing quote)
  kQuoted,         // inside quotes
  kQuoteInQuoted,  // just read a '"' inside quotes: closing or doubled
};

}  // namespace

CsvReader::CsvReader(std::unique_ptr<std::istream> input,
                     std::string display_name, std::size_t chunk_size,
                     const CsvLimits& limits)
    : input_(std::move(input)),
      display_name_(std::move(display_name)),
      chunk_size_(chunk_size == 0 ? 1 : chunk_size),
      limits_(limits) {}

CsvReader::~CsvReader() = default;

std::unique_ptr<CsvReader> CsvReader::open(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           InputError* error,
                                           const CsvLimits& limits) {
  std::error_code ignored;
  auto stream = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (std::filesystem::is_directory(path, ignored) || !stream->is_open()) {
    if (error != nullptr) {
      *error = file_error(InputErrorKind::kCannotOpen, display_name, 0);
    }
    return nullptr;
  }
  std::unique_ptr<CsvReader> reader(
      new CsvReader(std::move(stream), display_name, kDefaultChunkSize, limits));
  // Only a regular file can be read again from an offset (not a pipe).
  if (std::filesystem::is_regular_file(path, ignored)) {
    reader->input_bytes_ = std::filesystem::file_size(path, ignored);
    reader->open_at_ = [path](std::uint64_t offset) -> std::unique_ptr<std::istream> {
      auto again = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!again->is_open()) return nullptr;
      again->seekg(static_cast<std::streamoff>(offset));
      return again;
    };
  }
  return start(std::move(reader), error);
}

std::unique_ptr<CsvReader> CsvReader::from_string(
    std::string data, const std::string& display_name, InputError* error,
    std::size_t chunk_size, const CsvLimits& limits) {
  auto text = std::make_shared<const std::string>(std::move(data));
  std::unique_ptr<CsvReader> reader(new CsvReader(std::make_unique<SharedTextStream>(text, 0),
                                                  display_name, chunk_size, limits));
  reader->input_bytes_ = text->size();
  reader->open_at_ = [text](std::uint64_t offset) -> std::unique_ptr<std::istream> {
    return std::make_unique<SharedTextStream>(text, offset);
  };
  return start(std::move(reader), error);
}

std::unique_ptr<CsvReader> CsvReader::for_range(std::unique_ptr<std::istream> input,
                                                CsvRange range, std::size_t chunk_size,
                                                const CsvLimits& limits) {
  std::unique_ptr<CsvReader> reader(
      new CsvReader(std::move(input), std::move(range.display_name), chunk_size, limits));
  reader->range_ = true;
  reader->delimiter_ = range.delimiter;
  reader->header_ = std::move(range.header);
  reader->skip_lf_ = range.skip_lf;
  reader->to_end_of_file_ = range.to_end_of_file;
  return reader;
}

std::optional<CsvResumePoint> CsvReader::resume_point() const {
  if (encoding_ != Encoding::kUtf8 || range_ || finished_ || error_ || row_ < 1 || !open_at_) {
    return std::nullopt;
  }
  CsvResumePoint point;
  point.display_name = display_name_;
  point.offset = bom_bytes_ + consumed_ + pos_;
  point.row = row_ + 1;
  point.skip_lf = skip_lf_;
  point.delimiter = delimiter_;
  point.header = header_;
  point.file_bytes = input_bytes_;
  point.open_at = open_at_;
  return point;
}

std::unique_ptr<CsvReader> CsvReader::start(std::unique_ptr<CsvReader> reader,
                                            InputError* error) {
  InputError problem;
  if (!reader->detect_encoding_and_delimiter(&problem)) {
    if (error != nullptr) *error = std::move(problem);
    return nullptr;
  }
  return reader;
}

bool CsvReader::detect_encoding_and_delimiter(InputError* error) {
  // Encoding, from the byte order mark.
  while (raw_.size() < 3 && !input_done_) {
    if (!read_chunk(&raw_)) {
      *error = file_error(InputErrorKind::kCannotOpen, display_name_, 0);
      return false;
    }
  }
  if (raw_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    raw_.erase(0, 3);
    bom_bytes_ = 3;
  } else if (raw_.compare(0, 2, "\xFF\xFE") == 0) {
    encoding_ = Encoding::kUtf16Le;
    raw_.erase(0, 2);
  } else if (raw_.compare(0, 2, "\xFE\xFF") == 0) {
    encoding_ = Encoding::kUtf16Be;
    raw_.erase(0, 2);
  }
  if (encoding_ == Encoding::kUtf8) {
    buffer_.swap(raw_);
  } else {
    decode_raw();
  }
  raw_.clear();
  clean_end_ = text::valid_utf8_prefix(buffer_, &clean_is_nfc_);  // as fill() does after

  // The first line that is not blank; nothing is consumed (pos_ stays 0), so
  // fill() only appends: both scans stop at kDetectionBytes, which bounds
  // the memory they take.
  std::size_t i = 0;
  std::size_t line_start = 0;
  for (;;) {
    if (i >= kDetectionBytes) break;  // blank so far: ',' it is
    if (i == buffer_.size() && !fill()) {
      *error = error_
                   ? *error_
                   : file_error(InputErrorKind::kEmptyFile, display_name_, 0);
      return false;
    }
    const char c = buffer_[i];
    if (!is_blank(c)) break;
    ++i;
    if (c == '\n' || c == '\r') line_start = i;
  }

  // Delimiter, from the delimiters outside quotes of the first lines: not
  // of the first alone, which may be a title ("DANH SÁCH CÁN BỘ, CÔNG
  // CHỨC") above a header separated by ';'.
  std::size_t tabs = 0;
  std::size_t semicolons = 0;
  std::size_t commas = 0;
  bool quoted = false;
  std::size_t lines = 0;
  for (i = line_start; i < kDetectionBytes && lines < kDetectionLines;) {
    if (i == buffer_.size() && !fill()) break;
    const char c = buffer_[i++];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      lines += c == '\n';
      tabs += c == '\t';
      semicolons += c == ';';
      commas += c == ',';
    }
  }
  if (error_) {
    *error = *error_;
    return false;
  }
  if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
    delimiter_ = '\t';
  } else if (semicolons > 0 && semicolons >= commas) {
    delimiter_ = ';';
  } else {
    delimiter_ = ',';
  }
  return true;
}

bool CsvReader::read_chunk(std::string* out) {
  const std::size_t old_size = out->size();
  out->resize(old_size + chunk_size_);
  input_->read(out->data() + old_size,
               static_cast<std::streamsize>(chunk_size_));
  out->resize(old_size + static_cast<std::size_t>(input_->gcount()));
  if (input_->bad()) return false;
  if (!input_->good()) input_done_ = true;
  return true;
}

// Appends decoded input to buffer_ after dropping the consumed part. Returns
// false when nothing was added: at the end of input, or on a read error
// (recorded in error_).
bool CsvReader::fill() {
  if (pos_ > 0) {
    // Bytes read but not checked yet stay: a character the chunk's end cut
    // in two is checked whole with the next chunk, and the record it is in
    // stays clean (dropping them made every record after it, to the end of
    // the chunk, check its own bytes: one record in eight). After a bad
    // byte what stays is the rest of its record, which then fails.
    const std::size_t dropped = std::min(pos_, clean_end_);
    consumed_ += dropped;
    buffer_.erase(0, dropped);
    clean_end_ -= dropped;
    pos_ -= dropped;
  }
  const std::size_t old_size = buffer_.size();
  while (buffer_.size() == old_size && !input_done_) {
    std::string* target = encoding_ == Encoding::kUtf8 ? &buffer_ : &raw_;
    raw_.clear();
    if (!read_chunk(target)) {
      error_ = file_error(InputErrorKind::kCannotOpen, display_name_, 0);
      return false;
    }
    if (encoding_ != Encoding::kUtf8) decode_raw();
  }
  // One pass over the new bytes instead of one per field: checking each of
  // millions of short fields was a sixth of reading a register. It stops
  // at a character the next chunk completes, or at a bad byte, whose
  // record check_encoding() then names.
  // Whether the text is in NFC is known on the way, for the converter.
  bool nfc = true;
  if (clean_end_ == 0) clean_is_nfc_ = true;  // nothing checked is left in the buffer
  clean_end_ += text::valid_utf8_prefix(std::string_view(buffer_).substr(clean_end_), &nfc);
  clean_is_nfc_ = clean_is_nfc_ && nfc;
  return buffer_.size() > old_size;
}

// Decodes raw_ (UTF-16) into buffer_; at the end of input, a character left
// unfinished becomes kInvalidByte.
void CsvReader::decode_raw() {
  decode_utf16(reinterpret_cast<const unsigned char*>(raw_.data()),
               raw_.size());
  if (input_done_ && (has_odd_byte_ || high_surrogate_ != 0)) {
    buffer_.push_back(kInvalidByte);  // the input ends mid-character
    has_odd_byte_ = false;
    high_surrogate_ = 0;
  }
}

void CsvReader::decode_utf16(const unsigned char* bytes, std::size_t count) {
  const bool big_endian = encoding_ == Encoding::kUtf16Be;
  const auto unit = [big_endian](unsigned first, unsigned second) {
    return big_endian ? (first << 8 | second) : (second << 8 | first);
  };
  std::size_t i = 0;
  if (has_odd_byte_ && count > 0) {
    append_utf16_unit(unit(odd_byte_, bytes[0]));
    has_odd_byte_ = false;
    i = 1;
  }
  for (; i + 1 < count; i += 2) append_utf16_unit(unit(bytes[i], bytes[i + 1]));
  if (i < count) {
    odd_byte_ = bytes[i];
    has_odd_byte_ = true;
  }
}

void CsvReader::append_utf16_unit(unsigned unit) {
  const bool is_high = unit >= 0xD800 && unit <= 0xDBFF;
  const bool is_low = unit >= 0xDC00 && unit <= 0xDFFF;
  if (high_surrogate_ != 0) {
    const unsigned high = high_surrogate_;
    high_surrogate_ = 0;
    if (is_low) {
      append_code_point(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00));
      return;
    }
    buffer_.push_back(kInvalidByte);  // a high surrogate alone
  }
  if (is_high) {
    high_surrogate_ = unit;
  } else if (is_low) {
    buffer_.push_back(kInvalidByte);  // a low surrogate alone
  } else {
    append_code_point(unit);
  }
}

void CsvReader::append_code_point(unsigned code_point) {
  if (code_point < 0x80) {
    buffer_.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    buffer_.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    buffer_.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    buffer_.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    buffer_.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    buffer_.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    buffer_.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    buffer_.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    buffer_.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    buffer_.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

bool CsvReader::next(CsvRecord& record) {
  if (finished_) return false;
  if (pos_ == buffer_.size() && !fill()) return finish();
  if (skip_lf_) {
    skip_lf_ = false;
    if (buffer_[pos_] == '\n' && ++pos_ == buffer_.size() && !fill()) {
      return finish();
    }
  }

  record.row = ++row_;
  record_offset_ = consumed_ + pos_;
  bool nfc = true;  // every byte of the record was in a checked part that is all NFC-stable
  std::size_t count = 0;
  std::string* field = start_field(record, count);
  State state = State::kFieldStart;
  bool record_done = false;
  while (!record_done) {
    if (pos_ == buffer_.size() && !fill()) {
      if (error_) return finish();
      if (!to_end_of_file_) {  // the range ends inside this record
        ended_inside_record_ = true;
        return finish();
      }
      if (state == State::kQuoted) {
        error_ = file_error(InputErrorKind::kMalformedCsv, display_name_,
                            record.row);
        error_->column = column_name(count - 1);
        error_->expected = "closing \"";
        return finish();
      }
      break;  // the last record has no line end
    }
    const char* const data = buffer_.data();
    const std::size_t size = buffer_.size();
    switch (state) {
      case State::kFieldStart:
        if (data[pos_] == '"') {
          ++pos_;
          state = State::kQuoted;
          break;
        }
        state = State::kUnquoted;
        [[fallthrough]];
      case State::kUnquoted: {
        const std::size_t end = field_end(data, pos_, size, delimiter_);
        const char c = end < size ? data[end] : 0;
        field->append(data + pos_, end - pos_);
        nfc = nfc && clean_is_nfc_;
        pos_ = end;
        if (end == size) break;  // the field goes on in the next chunk
        ++pos_;
        if (c == delimiter_) {
          // The field ends here: check it before the next one starts.
          if (field->size() > limits_.max_field_bytes) {
            return fail_limit(record, count - 1, "max_field_bytes", limits_.max_field_bytes);
          }
          if (count >= limits_.max_columns) {
            return fail_limit(record, count, "max_columns", limits_.max_columns);
          }
          field = start_field(record, count);
          state = State::kFieldStart;
        } else {
          skip_lf_ = c == '\r';
          record_done = true;
        }
        break;
      }
      case State::kQuoted: {
        const void* quote = std::memchr(data + pos_, '"', size - pos_);
        const std::size_t end =
            quote == nullptr ? size : static_cast<const char*>(quote) - data;
        field->append(data + pos_, end - pos_);
        nfc = nfc && clean_is_nfc_;
        pos_ = end;
        if (quote != nullptr) {
          ++pos_;
          state = State::kQuoteInQuoted;
        }
        break;
      }
      case State::kQuoteInQuoted:
        if (data[pos_] == '"') {  // a doubled quote
          field->push_back('"');
          ++pos_;
          state = State::kQuoted;
        } else {  // the closing quote; kUnquoted ends the field
          state = State::kUnquoted;
        }
        break;
    }
    if (field->size() > limits_.max_field_bytes) {
      return fail_limit(record, count - 1, "max_field_bytes", limits_.max_field_bytes);
    }
  }
  record.fields.resize(count);
  // Every byte of the record was checked: fill() drops no byte unchecked,
  // so those before the record's end are below clean_end_.
  const bool clean = pos_ <= clean_end_;
  record.nfc = clean && nfc;
  if (!clean && !check_encoding(record)) return finish();
  if (record.row == 1 && !range_) header_ = record.fields;
  return true;
}

std::string* CsvReader::start_field(CsvRecord& record, std::size_t& count) {
  if (count < record.fields.size()) {
    record.fields[count].clear();
  } else {
    record.fields.emplace_back();
  }
  return &record.fields[count++];
}

bool CsvReader::check_encoding(const CsvRecord& record) {
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    const std::string& field = record.fields[i];
    if (text::is_valid_utf8(field) && field.find('\0') == std::string::npos) {
      continue;
    }
    error_ =
        file_error(InputErrorKind::kBadEncoding, display_name_, record.row);
    error_->column = column_name(i);
    error_->expected = kExpectedEncoding;
    return false;
  }
  return true;
}

// The header of column `index`, or "" before the header is known.
std::string CsvReader::column_name(std::size_t index) const {
  return index < header_.size() ? header_[index] : std::string();
}

bool CsvReader::fail_limit(const CsvRecord& record, std::size_t column,
                           const char* limit, std::size_t value) {
  error_ = file_error(InputErrorKind::kCsvLimitExceeded, display_name_,
                      record.row);
  error_->column = column_name(column);
  error_->expected = std::string(limit) + " = " + std::to_string(value);
  return finish();
}

bool CsvReader::finish() {
  finished_ = true;
  return false;
}

}  // namespace genaudit
