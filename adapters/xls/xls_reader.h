// A reader of one worksheet of an Excel 97-2003 workbook (.xls, BIFF8) by
// FreeXL, with the shape of XlsxReader: each row of the sheet that has text
// becomes a record of cell texts, numbered as the spreadsheet numbers its
// rows (1-based).
//
// What a record holds:
//  - `row` is the row's number in the sheet; rows without text (empty or
//    only formatted, in the middle or at the end) are skipped.
//  - `fields[i]` is the text of the cell in column i (A = 0), "" for an
//    empty one; the record ends at the last cell with text.
//  - Cell text as XlsxReader gives the same cell (see xls_cell_text.h):
//    numbers by number_text() ("4201234567", "12.5"), date-formatted
//    numbers "yyyy-mm-dd", text as written.
//
// What FreeXL cannot give, and so this reader does not: a formula cell
// reads as empty (FreeXL skips the cached results of formulas), and a
// boolean cell reads as "1" or "0" (FreeXL gives booleans as integers;
// the register's yes/no fields accept both).
//
// The sheet is the one named (exact name, else ignoring case, Unicode form
// and spaces), or by default the first worksheet.
//
// Bounds (XlsxLimits): the file is at most max_sheet_bytes (FreeXL reads
// the whole workbook's cells into memory at open: an .xls holds at most
// 65 536 rows of 256 columns a sheet); max_cell_bytes, max_row_bytes,
// max_columns, max_rows, max_sheet_text_bytes as for the other formats.
//
// Errors: kCannotOpen, kEmptyFile (0 bytes), kPasswordProtected (an
// obfuscated .xls, or an encrypted .xlsx named .xls), kCorruptWorkbook (not
// an .xls file, truncated or damaged; `value` is empty), kLimitExceeded,
// kUnknownSheet. Not thread-safe; one reader per file.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/xlsx/xlsx_limits.h"

namespace genaudit {

class XlsReader {
 public:
  // Opens `path` and selects sheet `sheet_name` (empty: the first).
  // `display_name` names the file in errors. Returns nullptr and fills
  // *error (when not null) when the workbook cannot be read or has no such
  // sheet; kUnknownSheet has the name asked for as `value` and the sheets
  // there are as `expected`.
  static std::unique_ptr<XlsReader> open(const std::filesystem::path& path,
                                         const std::string& display_name,
                                         const std::string& sheet_name, const XlsxLimits& limits,
                                         InputError* error);

  ~XlsReader();
  XlsReader(const XlsReader&) = delete;
  XlsReader& operator=(const XlsReader&) = delete;

  // Reads the next row with text into `record` and returns true; false at
  // the end of the sheet or on an error, and from then on.
  bool next(CsvRecord& record);

  // The error that stopped reading (with the sheet and the row), or nullopt.
  const std::optional<InputError>& error() const { return error_; }

  // The name of the sheet being read.
  const std::string& sheet_name() const { return sheet_name_; }
  // The names of the workbook's worksheets, in order.
  const std::vector<std::string>& sheet_names() const { return sheet_names_; }

 private:
  XlsReader(const void* handle, std::string display_name, const XlsxLimits& limits)
      : handle_(handle), file_(std::move(display_name)), limits_(limits) {}
  void fail(InputError error);

  const void* handle_;  // FreeXL's
  std::string file_;
  XlsxLimits limits_;
  std::string sheet_name_;
  std::vector<std::string> sheet_names_;
  unsigned int rows_ = 0;
  unsigned short columns_ = 0;
  unsigned int next_row_ = 0;  // 0-based
  std::uint64_t sheet_text_bytes_ = 0;
  bool finished_ = false;
  std::optional<InputError> error_;
};

}  // namespace genaudit
