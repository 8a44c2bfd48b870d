// A streaming reader of one sheet of an OpenDocument spreadsheet (.ods, as
// LibreOffice Calc saves), with the shape of XlsxReader: each row of the
// sheet that has text becomes a record of cell texts, numbered as the
// spreadsheet numbers its rows (1-based).
//
// What a record holds:
//  - `row` is the row's number in the sheet; rows without text (and the
//    runs of empty rows Calc writes to fill a sheet) are skipped, not
//    returned blank. A row repeated by table:number-rows-repeated is
//    returned once for each row it stands for.
//  - `fields[i]` is the text of the cell in column i (A = 0), "" for an
//    empty one; the record ends at the last cell with text.
//  - Cell text as XlsxReader gives the same cell: numbers by number_text()
//    ("4201234567", "12.5"), dates "yyyy-mm-dd", booleans "true"/"false",
//    text as written (see ods_cell_text.h and ods_content.h).
//
// The sheet is the one named (exact name, else ignoring case, Unicode form
// and spaces), or by default the first sheet.
//
// The archive and its XML are read by adapters/xlsx's ZipArchive and
// XmlPartParser, with the same guarantees: content.xml is bounded by
// max_sheet_bytes and max_compression_ratio, a DOCTYPE is refused, nesting
// is bounded by max_xml_depth. content.xml is parsed twice: once for the
// sheet names, once streaming the sheet. Memory is bounded by one row.
//
// Errors: kCannotOpen, kEmptyFile (0 bytes), kCorruptWorkbook (not a ZIP
// archive, truncated, no content.xml, bad XML, a DOCTYPE, no sheet;
// `value` names the part), kLimitExceeded (XlsxLimits), kUnknownSheet.
// Not thread-safe; one reader per file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/xlsx/xlsx_limits.h"

namespace genaudit {

class OdsReader {
 public:
  // Opens `path` and starts on sheet `sheet_name` (empty: the first).
  // `display_name` names the file in errors. Returns nullptr and fills
  // *error (when not null) when the workbook cannot be read or has no such
  // sheet; kUnknownSheet has the name asked for as `value` and the sheets
  // there are as `expected`.
  static std::unique_ptr<OdsReader> open(const std::filesystem::path& path,
                                         const std::string& display_name,
                                         const std::string& sheet_name, const XlsxLimits& limits,
                                         InputError* error);

  // As open(), reading the workbook from `bytes` in memory (fuzzing, tests).
  static std::unique_ptr<OdsReader> from_bytes(std::string bytes, const std::string& display_name,
                                               const std::string& sheet_name,
                                               const XlsxLimits& limits, InputError* error);

  ~OdsReader();
  OdsReader(const OdsReader&) = delete;
  OdsReader& operator=(const OdsReader&) = delete;

  // Reads the next row with text into `record` and returns true; false at
  // the end of the sheet or on an error, and from then on.
  bool next(CsvRecord& record);

  // The error that stopped reading (with the sheet and the row), or nullopt.
  const std::optional<InputError>& error() const { return error_; }

  // The name of the sheet being read.
  const std::string& sheet_name() const { return sheet_name_; }
  // The names of the workbook's sheets, in order.
  const std::vector<std::string>& sheet_names() const { return sheet_names_; }

 private:
  struct State;
  explicit OdsReader(std::unique_ptr<State> state);
  static std::unique_ptr<OdsReader> start(std::unique_ptr<State> state,
                                          const std::string& display_name,
                                          const std::string& sheet_name, InputError* error);

  std::unique_ptr<State> state_;
  std::string sheet_name_;
  std::vector<std::string> sheet_names_;
  // Copies still to return of a repeated row, and the next one's number.
  std::uint64_t copies_left_ = 0;
  long next_row_ = 0;
  bool finished_ = false;
  std::optional<InputError> error_;
};

}  // namespace genaudit
