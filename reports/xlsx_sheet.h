// One worksheet of the report workbook, over libxlsxwriter: writes typed
// cells (text always as a string cell, never a formula; numbers; dates as
// date cells), remembers how wide each column's content is, and when
// finished sets widths that fit, freezes the header row and puts an
// autofilter on the table.
//
// Nothing here includes libxlsxwriter's headers: the workbook's types are
// only named, so the rest of reports/ compiles without them.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/date.h"
#include "engine/output/staged_outputs.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace genaudit {

// The cell formats of one workbook, made once.
struct XlsxFormats {
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* wrapped = nullptr;  // text wider than a column may be
  lxw_format* date = nullptr;
  lxw_format* integer = nullptr;
  lxw_format* decimal = nullptr;
  lxw_format* percent = nullptr;  // a share in percent, stored as a fraction
  lxw_format* title = nullptr;

  // `date_format` is Excel's: "dd/mm/yyyy" or "yyyy-mm-dd".
  XlsxFormats(lxw_workbook* workbook, const char* date_format);
};

// The sentences a workbook's writer gives when libxlsxwriter fails.
struct WorkbookFailures {
  std::string cannot_create;  // the whole sentence
  std::string cannot_write;   // libxlsxwriter's reason follows it
};

// Stages a workbook at `path` in `outputs` (made first, so that a path that
// cannot be written is only our message), titled `title` and authored by
// genaudit, filled by `fill`, then written. False with the reason in `error`.
bool write_staged_workbook(const std::filesystem::path& path, const std::string& title,
                           Streams streams, StagedOutputs& outputs,
                           const std::function<void(lxw_workbook*)>& fill,
                           const WorkbookFailures& failures, std::string* error);

class XlsxSheet {
 public:
  // Columns wider than this many characters wrap their text instead.
  static constexpr int kMaxWidth = 40;
  // How many characters of column width an A4 landscape page holds at 100 %
  // between the default margins, and the smallest scale that stays readable
  // (an 11 pt font printed at 70 % is about 8 pt).
  static constexpr int kPageWidth = 130;
  static constexpr int kReadableScale = 70;

  XlsxSheet(lxw_workbook* workbook, const XlsxFormats& formats, std::string_view name);

  // The header row (row 0): bold, on a tint.
  void header(const std::vector<std::string>& titles);
  // Starts the next row (the first call starts the row after the header).
  void next_row() {
    ++row_;
    col_ = 0;
  }
  void skip_rows(int n) {
    row_ += n;
    col_ = 0;
  }

  // The next cell of the current row. Text goes through clean_text() and is
  // written as a string, whatever it starts with.
  void text(std::string_view value);
  void number(double value);
  // `percent` in percent (47.6): stored as 0.476 with a percent format.
  void percent(double percent);
  void date(Date value);
  void blank();
  // Titles of a table inside the sheet, in the current row, formatted as
  // the header row is.
  void column_titles(const std::vector<std::string>& titles);
  // A bold line of text at the current row, first column, not counted in
  // the column widths.
  void title(std::string_view value);
  // A plain line of text at the current row, first column, not counted in
  // the column widths (a sentence above a table).
  void note(std::string_view value);

  // Makes this the sheet the workbook opens on.
  void activate();

  // Widths that fit (at most kMaxWidth, wrapping beyond) and, for print, A4
  // landscape with gridlines: one page wide when the columns fit it at
  // kReadableScale or more; otherwise printed at kReadableScale, across
  // then down, the first column repeated on each page. With `table`, the
  // header frozen, repeated on every printed page, and an autofilter over
  // the header and rows written. A row whose wrapped text takes several
  // lines in its column's final width is made that many lines high: neither
  // Excel nor LibreOffice sizes such rows of a written file before printing,
  // and their lines would print over the next row's.
  void finish(bool table);

 private:
  void fit(int width);
  // Notes that the cell at row_, col_ wraps `text` (its lines' widths kept).
  void wraps(std::string_view text);
  // A wrapped cell: where, and the display width of each of its lines.
  struct Wrapped {
    int row = 0;
    int col = 0;
    std::vector<int> lines;
  };
  std::vector<Wrapped> wrapped_;

  lxw_worksheet* sheet_;
  const XlsxFormats& formats_;
  int row_ = 0;
  int col_ = 0;
  std::vector<int> widths_;
  int columns_ = 0;
};

}  // namespace genaudit
