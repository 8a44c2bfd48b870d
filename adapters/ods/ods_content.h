// The XML handlers of an OpenDocument spreadsheet's content.xml: one lists
// the sheets, the other turns the rows of one sheet into records.
//
// A sheet is a <table:table> of <office:spreadsheet> (named by table:name);
// its rows are the <table:table-row>s inside it, also inside header rows
// and row groups; a row's cells are <table:table-cell> and
// <table:covered-table-cell> (the cells hidden under a merged one), in
// column order. table:number-rows-repeated and table:number-columns-repeated
// say how many times a row or a cell stands for; a repeated run without
// text only moves the row or column on, so the million empty rows and
// thousands of empty cells Calc writes to fill a sheet cost nothing. A run
// with text is copied, within XlsxLimits: max_columns, max_row_bytes,
// max_rows and max_sheet_text_bytes.
//
// The text of a cell is its paragraphs (<text:p>, <text:h>) joined by a
// line break, with <text:s text:c="N"/> as N spaces, <text:tab/> and
// <text:line-break/>, and spans and links read through; comments
// (<office:annotation>) are not part of it. Typed cells read as
// ods_cell_text.h says.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/xlsx/xlsx_limits.h"
#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit::ods {

inline constexpr char kContentPart[] = "content.xml";

// Collects the names of the sheets, in order.
class SheetNamesHandler : public xlsx::XmlHandler {
 public:
  void on_start(xlsx::XmlName name, const char** attributes) override;
  void on_end(xlsx::XmlName name) override;

  const std::vector<std::string>& names() const { return names_; }

 private:
  bool in_spreadsheet_ = false;
  std::size_t table_depth_ = 0;
  std::vector<std::string> names_;
};

// Reads the rows of the sheet at `sheet_index` (in SheetNamesHandler's
// order), pausing the parse after each row that has text, and at the end
// of that sheet. Rows without text are not returned.
class TableHandler : public xlsx::XmlHandler {
 public:
  TableHandler(std::size_t sheet_index, const XlsxLimits& limits)
      : sheet_index_(sheet_index), limits_(limits) {}

  void on_start(xlsx::XmlName name, const char** attributes) override;
  void on_end(xlsx::XmlName name) override;
  void on_text(std::string_view text) override;

  // After a pause: whether a row is ready, and which. The row stands for
  // `copies()` rows numbered from `first_row()`, all with the same fields.
  bool row_ready() const { return row_ready_; }
  const std::vector<std::string>& fields() const { return fields_; }
  long first_row() const { return first_row_; }
  std::uint64_t copies() const { return copies_; }
  // Clears the ready row, before parsing on.
  void take_row() { row_ready_ = false; }
  // True once the sheet has ended: nothing after it needs parsing.
  bool sheet_done() const { return sheet_done_; }

 private:
  // The value attributes of the cell being read, copied: expat's attribute
  // strings live only during the start event.
  struct Attribute {
    bool present = false;
    std::string text;
  };

  void start_row(const char** attributes);
  void finish_row();
  void start_cell(const char** attributes);
  void finish_cell();
  void start_cell_content(xlsx::XmlName name, const char** attributes);
  bool append_text(std::string_view text);
  void fail_at_row(InputError error);

  const std::size_t sheet_index_;
  const XlsxLimits& limits_;

  bool in_spreadsheet_ = false;
  std::size_t table_depth_ = 0;      // nesting of <table:table>
  std::size_t tables_seen_ = 0;      // sheets started so far
  bool in_sheet_ = false;            // inside the sheet read, not in a nested table
  bool sheet_done_ = false;

  std::uint64_t row_ = 0;            // rows before the current one
  bool in_row_ = false;
  std::uint64_t row_repeat_ = 1;
  std::uint64_t column_ = 0;         // columns before the current cell
  std::uint64_t row_bytes_ = 0;
  std::uint64_t sheet_text_bytes_ = 0;
  std::vector<std::string> fields_;

  bool in_cell_ = false;
  std::uint64_t column_repeat_ = 1;
  Attribute value_type_, value_, date_value_, time_value_, boolean_value_, string_value_;
  std::string text_;
  std::size_t paragraphs_ = 0;
  std::size_t paragraph_depth_ = 0;
  std::size_t skipped_depth_ = 0;    // inside an annotation: its elements

  bool row_ready_ = false;
  long first_row_ = 0;
  std::uint64_t copies_ = 0;
};

}  // namespace genaudit::ods
