#include "adapters/ods/ods_content.h"

#include <algorithm>
#include <limits>

#include "adapters/ods/ods_cell_text.h"
#include "adapters/xlsx/workbook_error.h"

namespace genaudit::ods {
namespace {

constexpr std::string_view kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

// Repeat counts and positions saturate here, far above any limit, so that
// sums of them never overflow.
constexpr std::uint64_t kMaxCount = std::uint64_t{1} << 40;

bool is(xlsx::XmlName name, std::string_view ns, std::string_view local) {
  return name.ns == ns && name.local == local;
}

// The value of attribute `ns`:`local` (expat writes its name "ns|local"),
// or nullptr.
const char* find_attribute(const char** attributes, std::string_view ns, std::string_view local) {
  for (const char** a = attributes; a[0] != nullptr; a += 2) {
    const std::string_view name(a[0]);
    if (name.size() == ns.size() + 1 + local.size() && name.substr(0, ns.size()) == ns &&
        name[ns.size()] == '|' && name.substr(ns.size() + 1) == local) {
      return a[1];
    }
  }
  return nullptr;
}

// A repeat count or space count: its digits, saturated at kMaxCount. A
// count that is absent, 0 or no number counts as 1, as office programs
// read it.
std::uint64_t count_of(const char* text) {
  if (text == nullptr) return 1;
  std::uint64_t value = 0;
  const char* p = text;
  for (; *p >= '0' && *p <= '9'; ++p) value = std::min(kMaxCount, value * 10 + (*p - '0'));
  if (p == text || *p != '\0' || value == 0) return 1;
  return value;
}

long as_row(std::uint64_t row) {
  return static_cast<long>(std::min<std::uint64_t>(row, std::numeric_limits<long>::max()));
}

}  // namespace

// ----- SheetNamesHandler -----

void SheetNamesHandler::on_start(xlsx::XmlName name, const char** attributes) {
  if (is(name, kOfficeNs, "spreadsheet")) {
    in_spreadsheet_ = true;
  } else if (in_spreadsheet_ && is(name, kTableNs, "table")) {
    if (table_depth_ == 0) {
      const char* sheet = find_attribute(attributes, kTableNs, "name");
      names_.emplace_back(sheet != nullptr ? sheet : "");
    }
    ++table_depth_;
  }
}

void SheetNamesHandler::on_end(xlsx::XmlName name) {
  if (is(name, kOfficeNs, "spreadsheet")) {
    in_spreadsheet_ = false;
  } else if (in_spreadsheet_ && is(name, kTableNs, "table") && table_depth_ > 0) {
    --table_depth_;
  }
}

// ----- TableHandler -----

void TableHandler::on_start(xlsx::XmlName name, const char** attributes) {
  if (is(name, kOfficeNs, "spreadsheet")) {
    in_spreadsheet_ = true;
    return;
  }
  if (!in_spreadsheet_ || sheet_done_) return;
  if (is(name, kTableNs, "table")) {
    ++table_depth_;
    if (table_depth_ == 1) in_sheet_ = tables_seen_++ == sheet_index_;
    return;
  }
  if (!in_sheet_ || table_depth_ != 1) return;
  if (in_cell_) {
    start_cell_content(name, attributes);
  } else if (in_row_ && name.ns == kTableNs &&
             (name.local == "table-cell" || name.local == "covered-table-cell")) {
    start_cell(attributes);
  } else if (!in_row_ && is(name, kTableNs, "table-row")) {
    start_row(attributes);
  }
}

void TableHandler::on_end(xlsx::XmlName name) {
  if (!in_spreadsheet_ || sheet_done_) return;
  if (is(name, kTableNs, "table")) {
    if (table_depth_ == 1 && in_sheet_) {
      in_sheet_ = false;
      sheet_done_ = true;
      pause();
    }
    if (table_depth_ > 0) --table_depth_;
    return;
  }
  if (!in_sheet_ || table_depth_ != 1) return;
  if (in_cell_) {
    if (skipped_depth_ > 0) {
      --skipped_depth_;
    } else if (name.ns == kTextNs && (name.local == "p" || name.local == "h")) {
      if (paragraph_depth_ > 0) --paragraph_depth_;
    } else if (name.ns == kTableNs &&
               (name.local == "table-cell" || name.local == "covered-table-cell")) {
      finish_cell();
    }
  } else if (in_row_ && is(name, kTableNs, "table-row")) {
    finish_row();
  }
}

void TableHandler::on_text(std::string_view text) {
  // Text outside paragraphs is the indentation of pretty-printed XML.
  if (in_cell_ && skipped_depth_ == 0 && paragraph_depth_ > 0 && in_sheet_ && table_depth_ == 1) {
    append_text(text);
  }
}

void TableHandler::fail_at_row(InputError error) {
  error.row = as_row(row_ + 1);
  fail(std::move(error));
}

bool TableHandler::append_text(std::string_view text) {
  if (text.size() > limits_.max_cell_bytes - std::min(limits_.max_cell_bytes, text_.size())) {
    fail_at_row(xlsx::limit_exceeded(file(), part(), "max_cell_bytes", limits_.max_cell_bytes));
    return false;
  }
  text_.append(text);
  return true;
}

void TableHandler::start_row(const char** attributes) {
  row_repeat_ = count_of(find_attribute(attributes, kTableNs, "number-rows-repeated"));
  in_row_ = true;
  column_ = 0;
  row_bytes_ = 0;
  fields_.clear();
}

void TableHandler::finish_row() {
  in_row_ = false;
  if (fields_.empty()) {
    row_ = std::min(kMaxCount, row_ + row_repeat_);
    return;
  }
  if (row_ + row_repeat_ > limits_.max_rows) {
    InputError error = xlsx::limit_exceeded(file(), part(), "max_rows", limits_.max_rows);
    error.row = as_row(std::max<std::uint64_t>(row_ + 1, limits_.max_rows + 1));
    fail(std::move(error));
    return;
  }
  // row_bytes_ <= max_row_bytes and row_repeat_ <= max_rows here, so the
  // product only overflows for limits no one sets; saturate anyway.
  std::uint64_t bytes = 0;
  if (__builtin_mul_overflow(row_bytes_, row_repeat_, &bytes) ||
      __builtin_add_overflow(sheet_text_bytes_, bytes, &sheet_text_bytes_) ||
      sheet_text_bytes_ > limits_.max_sheet_text_bytes) {
    fail_at_row(xlsx::limit_exceeded(file(), part(), "max_sheet_text_bytes",
                                     limits_.max_sheet_text_bytes));
    return;
  }
  first_row_ = as_row(row_ + 1);
  copies_ = row_repeat_;
  row_ += row_repeat_;
  row_ready_ = true;
  pause();
}

void TableHandler::start_cell(const char** attributes) {
  column_repeat_ = count_of(find_attribute(attributes, kTableNs, "number-columns-repeated"));
  auto copy = [&](Attribute* to, std::string_view local) {
    const char* value = find_attribute(attributes, kOfficeNs, local);
    to->present = value != nullptr;
    to->text.assign(value != nullptr ? value : "");
  };
  copy(&value_type_, "value-type");
  copy(&value_, "value");
  copy(&date_value_, "date-value");
  copy(&time_value_, "time-value");
  copy(&boolean_value_, "boolean-value");
  copy(&string_value_, "string-value");
  text_.clear();
  paragraphs_ = 0;
  paragraph_depth_ = 0;
  skipped_depth_ = 0;
  in_cell_ = true;
}

void TableHandler::start_cell_content(xlsx::XmlName name, const char** attributes) {
  if (skipped_depth_ > 0) {
    ++skipped_depth_;
    return;
  }
  if (is(name, kOfficeNs, "annotation")) {
    skipped_depth_ = 1;
    return;
  }
  if (name.ns != kTextNs) return;
  if (name.local == "p" || name.local == "h") {
    // Paragraphs nest only inside notes and frames; those join like the
    // others.
    if (paragraphs_++ > 0) append_text("\n");
    ++paragraph_depth_;
  } else if (paragraph_depth_ == 0) {
    return;
  } else if (name.local == "s") {
    const std::uint64_t spaces = count_of(find_attribute(attributes, kTextNs, "c"));
    if (spaces > limits_.max_cell_bytes) {
      fail_at_row(xlsx::limit_exceeded(file(), part(), "max_cell_bytes", limits_.max_cell_bytes));
      return;
    }
    append_text(std::string(static_cast<std::size_t>(spaces), ' '));
  } else if (name.local == "tab") {
    append_text("\t");
  } else if (name.local == "line-break") {
    append_text("\n");
  }
}

void TableHandler::finish_cell() {
  in_cell_ = false;
  auto ptr = [](const Attribute& a) { return a.present ? a.text.c_str() : nullptr; };
  const CellValue value{ptr(value_type_), ptr(value_),         ptr(date_value_),
                        ptr(time_value_), ptr(boolean_value_), ptr(string_value_)};
  std::string text = cell_text(value, text_);
  if (text.empty()) {
    column_ = std::min(kMaxCount, column_ + column_repeat_);
    return;
  }
  if (text.size() > limits_.max_cell_bytes) {  // office:string-value
    fail_at_row(xlsx::limit_exceeded(file(), part(), "max_cell_bytes", limits_.max_cell_bytes));
    return;
  }
  if (column_ + column_repeat_ > limits_.max_columns) {
    fail_at_row(xlsx::limit_exceeded(file(), part(), "max_columns", limits_.max_columns));
    return;
  }
  // Both factors are bounded by the limits just checked.
  row_bytes_ += text.size() * column_repeat_;
  if (row_bytes_ > limits_.max_row_bytes) {
    fail_at_row(xlsx::limit_exceeded(file(), part(), "max_row_bytes", limits_.max_row_bytes));
    return;
  }
  const auto first = static_cast<std::size_t>(column_);
  const auto end = static_cast<std::size_t>(column_ + column_repeat_);
  if (fields_.size() < end) fields_.resize(end);
  for (std::size_t i = first; i + 1 < end; ++i) fields_[i] = text;
  fields_[end - 1] = std::move(text);
  column_ += column_repeat_;
}

}  // namespace genaudit::ods
