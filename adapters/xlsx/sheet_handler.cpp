// The worksheet handler: a record per <row>, and where each row ends.
#include "adapters/xlsx/sheet_handler.h"

#include <charconv>
#include <cstring>
#include <system_error>

#include "adapters/xlsx/escaped_text.h"
#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/xlsx_reader.h"
#include "engine/core/unicode_text.h"

namespace genaudit::xlsx {
namespace {

constexpr long kMaxRowNumber = 0x7FFFFFFF;

// "123" -> 123; false unless all digits and 1..kMaxRowNumber.
bool parse_row_number(const char* text, long* row) {
  long value = 0;
  const char* end = text + std::strlen(text);
  const auto [stop, ec] = std::from_chars(text, end, value);
  if (ec != std::errc() || stop != end || value < 1 || value > kMaxRowNumber) return false;
  *row = value;
  return true;
}

// The 0-based column of a reference such as "C7" ("c7" too). Returns false
// when it is no cell reference; a column right of `max_columns` comes back
// as `max_columns`.
bool parse_column(std::string_view ref, std::size_t max_columns, std::size_t* column) {
  std::size_t i = 0;
  std::size_t value = 0;  // 1-based
  for (; i < ref.size(); ++i) {
    char c = ref[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    if (value <= max_columns) value = value * 26 + static_cast<std::size_t>(c - 'A' + 1);
  }
  if (i == 0) return false;
  for (std::size_t k = i; k < ref.size(); ++k) {
    if (ref[k] < '0' || ref[k] > '9') return false;
  }
  *column = value > max_columns ? max_columns : value - 1;
  return true;
}

}  // namespace

void SheetHandler::on_start(XmlName name, const char** attributes) {
  if (!is_spreadsheet_ns(name.ns)) return;
  if (name.local == "sheetData") {
    in_data_ = true;
    sheet_data_end_ = event_offset() + event_size();
    rows_depth_ = depth();
    ++sheet_data_count_;
  } else if (!in_data_) {
    return;
  } else if (name.local == "row") {
    row_tag_end_ = event_offset() + event_size();
    start_row(attributes);
  } else if (name.local == "c" && in_row_) {
    start_cell(attributes);
  } else if (!in_cell_) {
    return;
  } else if (name.local == "v") {
    in_text_ = true;
    text_ = &value_;
  } else if (name.local == "is") {
    in_inline_ = true;
    has_inline_ = true;
  } else if (name.local == "rPh") {
    ++in_phonetic_;
  } else if (name.local == "t" && in_inline_ && in_phonetic_ == 0) {
    // An inline string cell's text is its <is> alone; a cell of another
    // type with an <is> reads <v> and <is> together, in document order.
    in_text_ = true;
    text_ = type_ == CellType::kInlineString ? &inline_ : &value_;
    run_start_ = text_->size();
  }
}

void SheetHandler::on_end(XmlName name) {
  if (depth() < rows_depth_) left_rows_level_ = true;
  if (!is_spreadsheet_ns(name.ns) || !in_data_) return;
  if (name.local == "sheetData") {
    in_data_ = false;
  } else if (name.local == "row" && in_row_) {
    // The end of <row/> has no text of its own: its start tag's end is its end.
    row_end_ = event_size() > 0 ? event_offset() + event_size() : row_tag_end_;
    row_at_rows_level_ = depth() == rows_depth_;
    in_row_ = false;
    out_->row = row_;
    row_done_ = true;
    pause();
  } else if (name.local == "c" && in_cell_) {
    finish_cell();
  } else if (name.local == "v") {
    in_text_ = false;
  } else if (name.local == "t") {
    // Each run's escapes on their own, as Excel writes them.
    if (in_text_ && text_ == &inline_) decode_escapes(inline_, run_start_);
    in_text_ = false;
  } else if (name.local == "is") {
    in_inline_ = false;
  } else if (name.local == "rPh") {
    // Only the guides counted (those begun inside a cell) end: one outside
    // a cell leaves the count at 0, where rows are read alike.
    if (in_phonetic_ > 0) --in_phonetic_;
  }
}

std::optional<RowBoundary> SheetHandler::boundary_after_row() const {
  if (sheet_data_count_ != 1 || left_rows_level_ || !row_at_rows_level_ || !between_rows()) {
    return std::nullopt;
  }
  return RowBoundary{sheet_data_end_, row_end_, rows_depth_, row_, sheet_bytes_};
}

void SheetHandler::on_text(std::string_view text) {
  if (!in_text_) return;
  if (text_->size() + text.size() > context_.limits.max_cell_bytes) {
    fail_at_row(limit_exceeded(file(), part(), "max_cell_bytes", context_.limits.max_cell_bytes));
    return;
  }
  text_->append(text);
}

void SheetHandler::fail_at_row(InputError error) {
  error.row = row_;
  fail(std::move(error));
}

void SheetHandler::start_row(const char** attributes) {
  const char* r = attribute(attributes, "r");
  if (r == nullptr && !row_known_) {
    fail(InputError{});  // see begin_without_row_number()
    return;
  }
  row_known_ = true;
  long row = row_ + 1;
  if (r != nullptr && !parse_row_number(r, &row)) {
    fail_at_row(corrupt_workbook(file(), part(), kExpectCellReference));
    return;
  }
  row_ = row;
  in_row_ = true;
  next_column_ = 0;
  row_bytes_ = 0;
  out_->fields.clear();
}

void SheetHandler::start_cell(const char** attributes) {
  const char* r = attribute(attributes, "r");
  column_ = next_column_;
  if (r != nullptr && !parse_column(r, context_.limits.max_columns, &column_)) {
    fail_at_row(corrupt_workbook(file(), part(), kExpectCellReference));
    return;
  }
  if (column_ >= context_.limits.max_columns) {
    fail_at_row(limit_exceeded(file(), part(), "max_columns", context_.limits.max_columns));
    return;
  }
  type_ = cell_type(attribute(attributes, "t"));
  style_ = 0;
  if (const char* s = attribute(attributes, "s")) {
    std::from_chars(s, s + std::strlen(s), style_);
  }
  value_.clear();
  inline_.clear();
  has_inline_ = false;
  in_cell_ = true;
  in_inline_ = false;
  in_text_ = false;
  in_phonetic_ = 0;
}

// The cell's text: a view of the shared string it refers to (its index
// in *shared), or of `own`. False, with the error set, when the cell
// refers to no shared string there is.
bool SheetHandler::cell_text(std::string* own, std::string_view* text,
               std::optional<std::size_t>* shared) {
  if (type_ == CellType::kSharedString) {
    const std::string_view v = text::trim(value_);
    if (v.empty()) return true;
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
    if (ec != std::errc() || end != v.data() + v.size() || index >= context_.strings->size()) {
      fail_at_row(corrupt_workbook(file(), part(), kExpectSharedStringIndex));
      return false;
    }
    *text = context_.strings->at(index);
    *shared = index;
    return true;
  }
  if (type_ == CellType::kInlineString && has_inline_) {
    // The inline string only: a <v> beside it is no part of the text.
    own->swap(inline_);
  } else {
    *own = xlsx::cell_text(type_, value_, context_.styles->is_date(style_), context_.date1904);
  }
  *text = *own;
  return true;
}

void SheetHandler::finish_cell() {
  in_cell_ = false;
  in_text_ = false;
  next_column_ = column_ + 1;
  std::string own;
  std::string_view text;
  std::optional<std::size_t> shared;
  if (!cell_text(&own, &text, &shared)) return;
  if (filtering_ && (column_ >= wanted_.size() || !wanted_[column_])) {
    // Not copied: a stand-in tells only that the cell is not blank.
    const bool blank = shared ? context_.strings->is_blank(*shared) : text::trim(text).empty();
    if (blank) return;
    text = XlsxReader::kUnreadCellText;
  }
  if (text.empty()) return;
  // Counted before the copy is made, so that no limit is passed by more
  // than one cell.
  row_bytes_ += text.size();
  if (row_bytes_ > context_.limits.max_row_bytes) {
    fail_at_row(limit_exceeded(file(), part(), "max_row_bytes", context_.limits.max_row_bytes));
    return;
  }
  sheet_bytes_ += text.size();
  if (shared_text_ != nullptr &&
      shared_text_->fetch_add(text.size()) + text.size() > context_.limits.max_sheet_text_bytes) {
    fail(InputError{});  // see share_text_budget()
    return;
  }
  if (sheet_bytes_ > context_.limits.max_sheet_text_bytes) {
    fail_at_row(limit_exceeded(file(), part(), "max_sheet_text_bytes",
                               context_.limits.max_sheet_text_bytes));
    return;
  }
  if (out_->fields.size() <= column_) out_->fields.resize(column_ + 1);
  if (text.data() == own.data()) {
    out_->fields[column_] = std::move(own);
  } else {
    out_->fields[column_].assign(text);
  }
}

NextRow next_row(XmlPartParser& parser, SheetHandler& handler, CsvRecord& record) {
  handler.start_record(&record);
  for (;;) {
    const XmlPartParser::Status status = parser.parse();
    if (handler.row_done()) return NextRow::kRow;
    if (status == XmlPartParser::Status::kPaused && !handler.ended()) continue;
    return status == XmlPartParser::Status::kFailed ? NextRow::kFailed : NextRow::kEnd;
  }
}

}  // namespace genaudit::xlsx
