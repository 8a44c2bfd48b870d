// Worksheets of the report workbook; see xlsx_sheet.h.
#include "reports/xlsx_sheet.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "reports/escaping.h"
#include "reports/text_table.h"

namespace genaudit {
namespace {

// Excel holds at most 32,767 characters in a cell; cut well before, at a
// character boundary.
std::string within_cell_limit(std::string text) {
  constexpr std::size_t kLimit = 32000;
  if (text.size() <= kLimit) return text;
  std::size_t end = kLimit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text + "…";
}

// Calls `each` with the width of each line of `text`, in characters as a
// spreadsheet shows them.
template <typename Each>
void for_each_line_width(std::string_view text, Each each) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    each(display_width(text.substr(start, end - start)));
    start = end + 1;
  }
}

// The width of each line of `text`: kept for the cells that wrap only.
std::vector<int> line_widths(std::string_view text) {
  std::vector<int> widths;
  for_each_line_width(text, [&](int width) { widths.push_back(width); });
  return widths;
}

// The widest line of `text`; every cell written asks, so nothing is allocated.
int text_width(std::string_view text) {
  int widest = 0;
  for_each_line_width(text, [&](int width) { widest = std::max(widest, width); });
  return widest;
}

// Points of one line of the workbook's 11 pt text, as Excel spaces them.
constexpr double kLineHeight = 15.0;

}  // namespace

bool write_staged_workbook(const std::filesystem::path& path, const std::string& title,
                           Streams streams, StagedOutputs& outputs,
                           const std::function<void(lxw_workbook*)>& fill,
                           const WorkbookFailures& failures, std::string* error) {
  const std::optional<std::filesystem::path> staged = outputs.add_file(path, error, streams);
  if (!staged) return false;
  lxw_workbook_options options = {};
  lxw_workbook* workbook = workbook_new_opt(staged->c_str(), &options);
  if (workbook == nullptr) {
    *error = failures.cannot_create;
    return false;
  }
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>("genaudit");
  workbook_set_properties(workbook, &properties);
  fill(workbook);
  const lxw_error closed = workbook_close(workbook);  // writes the file and frees the workbook
  if (closed != LXW_NO_ERROR) {
    *error = failures.cannot_write + lxw_strerror(closed);
    return false;
  }
  return true;
}

XlsxFormats::XlsxFormats(lxw_workbook* workbook, const char* date_format) {
  header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xE8EDF3);
  format_set_bottom(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  text = workbook_add_format(workbook);
  format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
  wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
  date = workbook_add_format(workbook);
  format_set_num_format(date, date_format);
  format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
  integer = workbook_add_format(workbook);
  format_set_num_format(integer, "#,##0");
  format_set_align(integer, LXW_ALIGN_VERTICAL_TOP);
  decimal = workbook_add_format(workbook);
  format_set_num_format(decimal, "#,##0.00");
  format_set_align(decimal, LXW_ALIGN_VERTICAL_TOP);
  percent = workbook_add_format(workbook);
  format_set_num_format(percent, "0.0%");
  format_set_align(percent, LXW_ALIGN_VERTICAL_TOP);
  title = workbook_add_format(workbook);
  format_set_bold(title);
}

XlsxSheet::XlsxSheet(lxw_workbook* workbook, const XlsxFormats& formats, std::string_view name)
    : sheet_(workbook_add_worksheet(workbook, std::string(name).c_str())), formats_(formats) {}

void XlsxSheet::fit(int width) {
  if (static_cast<int>(widths_.size()) <= col_)
    widths_.resize(static_cast<std::size_t>(col_) + 1, 0);
  widths_[static_cast<std::size_t>(col_)] =
      std::max(widths_[static_cast<std::size_t>(col_)], width);
  columns_ = std::max(columns_, col_ + 1);
  ++col_;
}

void XlsxSheet::wraps(std::string_view text) { wrapped_.push_back({row_, col_, line_widths(text)}); }

void XlsxSheet::header(const std::vector<std::string>& titles) {
  row_ = 0;
  col_ = 0;
  for (const std::string& t : titles) {
    const std::string value = clean_text(t);
    worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(col_), value.c_str(), formats_.header);
    wraps(value);
    // A header may wrap onto two lines rather than widen a narrow column.
    fit(std::min(text_width(value), 14));
  }
}

void XlsxSheet::column_titles(const std::vector<std::string>& titles) {
  col_ = 0;
  for (const std::string& t : titles) {
    const std::string value = clean_text(t);
    worksheet_write_string(sheet_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_),
                           value.c_str(), formats_.header);
    wraps(value);
    fit(text_width(value));
  }
}

void XlsxSheet::text(std::string_view value) {
  const std::string cell = within_cell_limit(clean_text(value));
  const int width = text_width(cell);
  const bool wrap = width > kMaxWidth || cell.find('\n') != std::string::npos;
  worksheet_write_string(sheet_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_),
                         cell.c_str(), wrap ? formats_.wrapped : formats_.text);
  if (wrap) wraps(cell);
  fit(std::min(width, kMaxWidth));
}

void XlsxSheet::number(double value) {
  if (!std::isfinite(value)) return blank();
  const bool whole = value == std::floor(value) && std::fabs(value) < 1e15;
  worksheet_write_number(sheet_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_), value,
                         whole ? formats_.integer : formats_.decimal);
  char buf[64];
  std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.2f", value);
  const int digits = static_cast<int>(std::string(buf).size());
  fit(digits + digits / 3);
}

void XlsxSheet::percent(double percent) {
  if (!std::isfinite(percent)) return blank();
  worksheet_write_number(sheet_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_),
                         percent / 100.0, formats_.percent);
  fit(7);
}

void XlsxSheet::date(Date value) {
  lxw_datetime when = {value.year(), value.month(), value.day(), 0, 0, 0.0};
  worksheet_write_datetime(sheet_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_),
                           &when, formats_.date);
  fit(10);
}

void XlsxSheet::blank() {
  worksheet_write_blank(sheet_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_),
                        formats_.text);
  fit(0);
}

void XlsxSheet::title(std::string_view value) {
  const std::string cell = within_cell_limit(clean_text(value));
  worksheet_write_string(sheet_, static_cast<lxw_row_t>(row_), 0, cell.c_str(), formats_.title);
}

void XlsxSheet::note(std::string_view value) {
  const std::string cell = within_cell_limit(clean_text(value));
  worksheet_write_string(sheet_, static_cast<lxw_row_t>(row_), 0, cell.c_str(), nullptr);
}

void XlsxSheet::activate() { worksheet_activate(sheet_); }

void XlsxSheet::finish(bool table) {
  int total = 0;
  std::vector<int> final_widths;
  for (int c = 0; c < columns_; ++c) {
    const int width = std::clamp(widths_[static_cast<std::size_t>(c)] + 2, 6, kMaxWidth + 2);
    worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                         nullptr);
    final_widths.push_back(width);
    total += width;
  }
  // Each row as high as its most wrapped cell's lines at the final widths
  // (words are not split, so a line takes a little less than the width).
  std::map<int, int> lines_of_row;
  for (const Wrapped& w : wrapped_) {
    const int usable =
        std::max(1, (w.col < columns_ ? final_widths[static_cast<std::size_t>(w.col)] : 10) - 2);
    int lines = 0;
    for (const int width : w.lines) lines += std::max(1, (width + usable - 1) / usable);
    int& row = lines_of_row[w.row];
    row = std::max(row, lines);
  }
  for (const auto& [row, lines] : lines_of_row) {
    if (lines > 1) worksheet_set_row(sheet_, static_cast<lxw_row_t>(row), kLineHeight * lines, nullptr);
  }
  worksheet_set_paper(sheet_, 9);  // A4
  worksheet_set_landscape(sheet_);
  worksheet_gridlines(sheet_, LXW_SHOW_ALL_GRIDLINES);  // on screen as always, and on paper
  if (total * kReadableScale <= kPageWidth * 100) {
    worksheet_fit_to_pages(sheet_, 1, 0);
  } else {
    // Fitted to one width, these columns would print too small to read.
    worksheet_set_print_scale(sheet_, kReadableScale);
    worksheet_print_across(sheet_);
    if (table) worksheet_repeat_columns(sheet_, 0, 0);
  }
  if (table && columns_ > 0) {
    worksheet_repeat_rows(sheet_, 0, 0);
    worksheet_freeze_panes(sheet_, 1, 0);
    worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(std::max(row_, 0)),
                         static_cast<lxw_col_t>(columns_ - 1));
  }
}

}  // namespace genaudit
