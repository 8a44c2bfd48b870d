// A streaming reader of one worksheet of an XLSX workbook, with the shape of
// CsvReader: each row of the sheet becomes a record of cell texts, numbered
// as the spreadsheet numbers its rows. Like CsvReader it does not trim, skip
// blank rows or interpret the header; the register reader does.
//
// What a record holds:
//  - `row` is the row's number in the sheet (its `r` attribute); rows that
//    the file leaves out are skipped, not returned blank.
//  - `fields[i]` is the text of the cell in column i (A = 0), placed by its
//    reference ("C7" is fields[2]); a cell the row leaves out, or an empty
//    one, is "". The record ends at the last cell with text, so a row of
//    formatted but empty cells is a blank record (no fields).
//  - Cell text: shared strings and inline strings (rich text runs joined) as
//    written, Excel's `_xHHHH_` escapes decoded ("_x000D_" is a carriage
//    return; see escaped_text.h); an inline string cell's <is> alone, a <v>
//    beside it ignored; numbers by number_text(), always plain decimals
//    ("4201234567", "12.5", "0.0001" for a stored 1E-4); numbers with a date
//    style as "yyyy-mm-dd" in the workbook's date system (see
//    excel_dates.h); booleans "true"/"false"; formulas by their cached value;
//    error cells by their text ("#N/A"). Text is never reinterpreted: "0123"
//    stays "0123".
//
// The sheet is the one named (exact name, else the same name ignoring case,
// Unicode form and spaces), or by default the first visible
// worksheet in workbook order (the first tab a person sees; chart sheets are
// skipped).
//
// Parts are found ignoring case and with '\' read as '/' in the archive's
// entry names; a styles or shared strings part that the workbook names but
// the archive lacks is read as none (default styles, no shared strings).
//
// Errors: kCannotOpen, kEmptyFile (0 bytes), kPasswordProtected (a workbook
// saved with a password to open it: an encrypted compound file, see
// adapters/sheets/encrypted_workbook.h), kCorruptWorkbook (not a ZIP,
// truncated, the workbook or worksheet part missing, a part damaged, bad
// XML, a DOCTYPE), kLimitExceeded (see xlsx_limits.h; the text of the
// records read counts against max_row_bytes and max_sheet_text_bytes),
// kUnknownSheet. Memory is bounded by the shared strings, the styles and
// one row; the sheet itself streams. Not thread-safe; one reader per file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/xlsx/part_stream.h"
#include "adapters/xlsx/sheet_handler.h"
#include "adapters/xlsx/xlsx_limits.h"

namespace genaudit {

// Where XlsxReader stopped, and what its rows are read with, for reading
// the rest of the sheet on several threads (ParallelXlsxReader).
struct XlsxResumePoint {
  std::string display_name;
  std::string sheet_name;
  const xlsx::SheetContext* context = nullptr;  // the reader's: it must outlive its use
  std::vector<bool> wanted;                     // read_only_columns(), when filtering
  bool filtering = false;
  xlsx::RowBoundary boundary;
};

class XlsxReader {
 public:
  // Opens `path`, reads its workbook, styles and shared strings, and starts
  // on sheet `sheet_name` (empty: the first visible worksheet).
  // `display_name` names the file in errors. Returns nullptr and fills
  // *error (when not null) when the workbook cannot be read or has no such
  // sheet; kUnknownSheet has the name asked for as `value` and the
  // worksheets there are as `expected` ("\"Sheet1\", \"Sheet2\"").
  static std::unique_ptr<XlsxReader> open(const std::filesystem::path& path,
                                          const std::string& display_name,
                                          const std::string& sheet_name, const XlsxLimits& limits,
                                          InputError* error);

  // As open(), reading the workbook from `bytes` in memory (fuzzing, tests).
  static std::unique_ptr<XlsxReader> from_bytes(std::string bytes, const std::string& display_name,
                                                const std::string& sheet_name,
                                                const XlsxLimits& limits, InputError* error);

  ~XlsxReader();
  XlsxReader(const XlsxReader&) = delete;
  XlsxReader& operator=(const XlsxReader&) = delete;

  // The text a record holds, from read_only_columns() on, for a cell with
  // text in a column not read.
  static constexpr char kUnreadCellText[] = "\u2026";

  // From the next row on, copies the text of the cells of the columns in
  // `wanted` only (by index, A = 0; columns past its end are not wanted).
  // A cell of another column is "" when it is blank (text::trim() leaves
  // nothing) and kUnreadCellText when it has text: a caller can still tell
  // a blank row, yet a shared string there is neither copied nor counted
  // against the limits, however often the column refers to it.
  void read_only_columns(std::vector<bool> wanted);

  // Reads the next row into `record`, reusing its strings, and returns true.
  // Returns false at the end of the sheet or on an error; error() tells
  // which. Once it has returned false it keeps returning false.
  bool next(CsvRecord& record);

  // The error that stopped reading (kCorruptWorkbook, kLimitExceeded, with
  // the sheet and, for a cell, the row), or nullopt.
  const std::optional<InputError>& error() const { return error_; }

  // Where the row after the last one next() returned starts, or nullopt:
  // no row yet, an error, the end, or rows that depend on more than the
  // row before them (SheetHandler::boundary_after_row).
  std::optional<XlsxResumePoint> resume_point() const;
  // The sheet's part opened again, from its start; nullptr with *error set
  // when it cannot be.
  std::unique_ptr<xlsx::PartStream> reopen_sheet(InputError* error) const;
  // The sheet part's inflated size as the archive declares it (0 when it
  // does not say).
  std::uint64_t declared_sheet_bytes() const;

  // The name of the sheet being read.
  const std::string& sheet_name() const { return sheet_name_; }
  // The names of the workbook's worksheets, in workbook order.
  const std::vector<std::string>& sheet_names() const { return sheet_names_; }

 private:
  struct State;
  explicit XlsxReader(std::unique_ptr<State> state);
  // Reads the workbook parts of `state`'s archive and starts on the sheet.
  static std::unique_ptr<XlsxReader> start(std::unique_ptr<State> state,
                                           const std::string& display_name,
                                           const std::string& sheet_name, InputError* error);

  std::unique_ptr<State> state_;
  std::string sheet_name_;
  std::vector<std::string> sheet_names_;
  bool finished_ = false;
  bool last_was_row_ = false;  // the last next() gave a row
  std::optional<InputError> error_;
};

}  // namespace genaudit
