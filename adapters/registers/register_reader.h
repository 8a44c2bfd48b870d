// Reads one register file row by row: finds the header, matches it to the
// template and converts every cell, reporting each problem with its file,
// sheet, row, column, value and what was expected. CSV or XLSX: the record
// source (record_source.h) is the only part that knows the file format.
#pragma once

#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/cell_converter.h"
#include "adapters/registers/coded_cell_memo.h"
#include "adapters/registers/header_matcher.h"
#include "adapters/registers/parallel_register_rows.h"
#include "adapters/registers/record_source.h"
#include "adapters/registers/register_row.h"
#include "adapters/registers/province_registers.h"

namespace genaudit {

// A row's texts as a header is matched: trimmed, without a formula guard.
std::vector<std::string> header_texts(const CsvRecord& record);

class RegisterReader {
 public:
  // Opens `path` as register `schema`, named `display_name` in messages, and
  // reads its header: a workbook by its extension, from `options.sheet`
  // (default: its first visible worksheet), else CSV. The header is the
  // layout's row, or else the first of the first kHeaderSearchRows rows that
  // has every required column (rows above it are a title block). Returns
  // nullptr, with the reasons added to `errors`, when the file cannot be
  // read, no row is the header (kHeaderNotFound, or kMissingColumn at the
  // row that is evidently the header), or a header is a near miss.
  static std::unique_ptr<RegisterReader> open(const RegisterSchema& schema,
                                              const std::filesystem::path& path,
                                              const std::string& display_name,
                                              InputErrors* errors,
                                              const RecordSourceOptions& options = {});

  // The same for text already in memory (tests), read on several threads as
  // `parallel` says.
  static std::unique_ptr<RegisterReader> from_string(const RegisterSchema& schema,
                                                     std::string data,
                                                     const std::string& display_name,
                                                     InputErrors* errors,
                                                     const ParallelCsvOptions& parallel = {});

  const RegisterSchema& schema() const { return schema_; }
  const HeaderMatch& header() const { return header_; }
  bool has_column(std::size_t field) const { return header_.column_of_field[field] >= 0; }
  const std::string& display_name() const { return display_name_; }
  // The worksheet read; empty for CSV.
  const std::string& sheet() const { return source_->sheet(); }
  // The header of field `field` as the file writes it, or the template's
  // Vietnamese header when the column is absent.
  std::string column_name(std::size_t field) const;
  // The spreadsheet row of the header.
  long header_row() const { return header_row_; }

  // How many rows from the top may hold the header.
  static constexpr long kHeaderSearchRows = 30;

  // Reads the next row that is not blank, and not the row that only numbers
  // the columns right under the header (is_column_numbering_row). A cell's problem is added to
  // `errors` and marks the row invalid. Returns false at the end of the
  // file, or on an error that stops reading (also added to `errors`).
  // After the first row, the rest of a large UTF-8 CSV file is read and
  // converted on several threads (ParallelCsvOptions), with the same rows
  // and errors.
  bool next(RegisterRow* row, InputErrors* errors);

  // Fields (by schema index) whose values the caller discards: their cells
  // are checked as every other, but a text cell reads NoValue (making its
  // string is most of what reading a name or a title costs). Before the
  // first next().
  void set_values_unused(std::vector<bool> unused) { values_unused_ = std::move(unused); }

 private:
  RegisterReader(const RegisterSchema& schema, std::unique_ptr<RecordSource> source,
                 std::string display_name)
      : schema_(schema),
        source_(std::move(source)),
        display_name_(std::move(display_name)),
        id_(CodedCellMemo::new_reader()) {}
  static std::unique_ptr<RegisterReader> start(const RegisterSchema& schema,
                                               std::unique_ptr<RecordSource> source,
                                               const std::string& display_name,
                                               const InputError& open_error, InputErrors* errors,
                                               const RegisterLayout& layout,
                                               const ParallelCsvOptions& parallel);

  const RegisterSchema& schema_;
  RegisterLayout layout_;
  std::vector<CellOverrides> overrides_;  // per field
  std::unique_ptr<RecordSource> source_;
  std::string display_name_;
  std::uint64_t id_;  // this reader's conversions in CodedCellMemo
  // Finds the header row (see open) and reads its texts; false, with the
  // reason in `errors`, when there is none.
  bool find_header_row(InputError location, InputErrors* errors);
  // The next record: those read ahead while looking for the header first.
  bool fetch();
  // The columns a field is read from, by index.
  std::vector<bool> field_columns() const;
  // Converts `record` into `row`, its cells' problems added to `errors`;
  // false for a blank record. Thread-safe: the parallel rows call it.
  bool convert(const CsvRecord& record, RegisterRow* row, InputErrors* errors) const;
  // Hands the rest of the file to parallel_ when it is a large UTF-8 CSV
  // file or XLSX worksheet.
  void start_parallel_rows();

  HeaderMatch header_;
  std::vector<std::string> headers_;
  long header_row_ = 0;
  bool first_data_row_ = true;  // the next row read may number the columns
  std::deque<CsvRecord> read_ahead_;  // rows read past the header while finding it
  CsvRecord record_;
  ParallelCsvOptions parallel_options_;
  bool parallel_considered_ = false;
  std::vector<bool> values_unused_;  // empty: every value is used
  std::unique_ptr<ParallelRegisterRows> parallel_;
};

}  // namespace genaudit
