// Where a register's rows come from: a CSV file, or one worksheet of an
// XLSX workbook. The register reader sees only this interface, so the file
// format is the only difference between the two.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/registers/register_layout.h"
#include "adapters/xlsx/xlsx_limits.h"

namespace genaudit {

// A stream of raw records (cell texts numbered by spreadsheet row).
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // As CsvReader::next() and XlsxReader::next().
  virtual bool next(CsvRecord& record) = 0;
  // The error that stopped reading, or nullopt.
  virtual const std::optional<InputError>& error() const = 0;
  // The worksheet read, for errors; empty for CSV.
  virtual const std::string& sheet() const = 0;
  // The workbook's worksheets in order; empty for CSV.
  virtual const std::vector<std::string>& sheet_names() const = 0;
};

// How to read a register file.
struct RecordSourceOptions {
  // XLSX: the worksheet to read; empty = the first visible worksheet.
  // Ignored for CSV.
  std::string sheet;
  XlsxLimits xlsx_limits;
  // How the file departs from the template (a mapping); the template
  // itself by default.
  RegisterLayout layout;
  // The mapping file that gave `layout`; empty for the template's layout.
  std::string mapping_file;
};

// True when `path` names an XLSX workbook: its extension is ".xlsx",
// ignoring case. Every other file is read as CSV.
bool is_xlsx_path(const std::filesystem::path& path);

// Opens `path` as XLSX or CSV by its extension. Returns nullptr and fills
// *error when it cannot be opened (see CsvReader::open, XlsxReader::open).
std::unique_ptr<RecordSource> open_record_source(const std::filesystem::path& path,
                                                 const std::string& display_name,
                                                 const RecordSourceOptions& options,
                                                 InputError* error);

// A CSV source over text in memory (tests).
std::unique_ptr<RecordSource> csv_string_source(std::string data, const std::string& display_name,
                                                InputError* error);

}  // namespace genaudit
