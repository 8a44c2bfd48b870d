// Where a register's rows come from: a CSV file, or one worksheet of an
// XLSX, XLS (Excel 97-2003) or ODS (OpenDocument) workbook. The register
// reader sees only this interface, so the file format is the only
// difference between them.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/csv/parallel_csv_reader.h"
#include "adapters/input_error.h"
#include "adapters/ranges/parallel_records.h"
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
  // The workbook's worksheets, in order (empty for CSV): a caller may look
  // through each for the register's header.
  virtual const std::vector<std::string>& sheet_names() const = 0;
  // Tells the source that from the next record on only the columns in
  // `wanted` (by index) are read. A source may then give the field of any
  // other column as "" when the cell is blank and as a stand-in text when
  // it has text (XLSX does, so that a shared string in an ignored column
  // costs nothing; see XlsxReader::read_only_columns); other sources give
  // every field as before.
  virtual void read_only_columns(const std::vector<bool>& wanted) { (void)wanted; }
  // The rest of the file, from the record after the last one next() gave,
  // read on several threads: a large CSV file in UTF-8 (ParallelCsvReader)
  // or XLSX worksheet (ParallelXlsxReader). nullptr when it cannot be (see
  // read_rest_in_parallel() in those readers' headers); the source reads on
  // alone then. Once a reader is returned, the source must not be read, and
  // must outlive it. Throws std::system_error when a thread cannot be
  // started.
  virtual std::unique_ptr<ParallelRecords> read_rest_in_parallel(
      ParallelRecords::SinkFactory make_sink, const ParallelCsvOptions& options) {
    (void)make_sink;
    (void)options;
    return nullptr;
  }
};

// How to read a register file.
struct RecordSourceOptions {
  // A workbook's worksheet to read; empty = the first (for XLSX, the first
  // visible) worksheet. Ignored for CSV.
  std::string sheet;
  // The bounds of every workbook format (XLSX, XLS, ODS).
  XlsxLimits xlsx_limits;
  // How the file departs from the template (a mapping); the template
  // itself by default.
  RegisterLayout layout;
  // The mapping file that gave `layout`; empty for the template's layout.
  std::string mapping_file;
  // How a large CSV file or XLSX worksheet is read on several threads
  // (RegisterReader).
  ParallelCsvOptions csv_parallel;
};

// The formats a register file may come in.
enum class FileFormat { kCsv, kXlsx, kXls, kOds, kOther };

// The format of `path` by its extension, ignoring case: ".csv", ".tsv",
// ".txt" are kCsv; ".xlsx" and ".xlsm" (a workbook with macros, which are
// never run) kXlsx; ".xls" kXls; ".ods" kOds; anything else (no extension
// too) kOther.
FileFormat file_format_of(const std::filesystem::path& path);

// True when `path` names an XLSX workbook: file_format_of() is kXlsx.
bool is_xlsx_path(const std::filesystem::path& path);

// Opens `path` by its format (see file_format_of(); kOther is read as
// CSV). Returns nullptr and fills *error when it cannot be opened (see
// CsvReader::open, XlsxReader::open, XlsReader::open, OdsReader::open).
std::unique_ptr<RecordSource> open_record_source(const std::filesystem::path& path,
                                                 const std::string& display_name,
                                                 const RecordSourceOptions& options,
                                                 InputError* error);

// A CSV source over text in memory (tests).
std::unique_ptr<RecordSource> csv_string_source(std::string data, const std::string& display_name,
                                                InputError* error);

}  // namespace genaudit
