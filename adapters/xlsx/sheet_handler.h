// Turns the XML events of a worksheet's <sheetData> into records, one per
// <row>, pausing the parse after each (see XlsxReader for what a record
// holds). Also says where a row ends in the part's bytes, so that the rows
// after it can be read again from there (ParallelXlsxReader).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/xlsx/cell_styles.h"
#include "adapters/xlsx/cell_text.h"
#include "adapters/xlsx/shared_strings.h"
#include "adapters/xlsx/xlsx_limits.h"
#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit::xlsx {

// What every reader of one sheet shares: the workbook's tables, read once.
struct SheetContext {
  const SharedStrings* strings = nullptr;
  const DateStyles* styles = nullptr;
  bool date1904 = false;
  XlsxLimits limits;
};

// Where a sheet's rows can be read on from, right after a row: the rows
// after it depend on nothing read before but these.
struct RowBoundary {
  std::uint64_t prefix_bytes = 0;  // the part's bytes up to the end of <sheetData ...>
  std::uint64_t offset = 0;        // right after the row's end tag
  std::size_t rows_depth = 0;      // elements open between rows (sheetData's depth)
  long row = 0;                    // the row's number
  std::uint64_t sheet_bytes = 0;   // the text of the records so far
};

class SheetHandler : public XmlHandler {
 public:
  explicit SheetHandler(const SheetContext& context) : context_(context) {}

  // Where the next row goes.
  void start_record(CsvRecord* out) {
    out_ = out;
    row_done_ = false;
  }
  bool row_done() const { return row_done_; }

  // See XlsxReader::read_only_columns().
  void read_only_columns(std::vector<bool> wanted) {
    wanted_ = std::move(wanted);
    filtering_ = true;
  }
  bool filtering() const { return filtering_; }
  const std::vector<bool>& wanted() const { return wanted_; }

  // Goes on from `boundary` as if the rows before it had been read here: the
  // next row without a number follows its row, and the sheet's text counts
  // from its bytes.
  void resume(const RowBoundary& boundary) {
    row_ = boundary.row;
    sheet_bytes_ = boundary.sheet_bytes;
  }

  // For a range read on its own (ParallelXlsxReader): the number of the row
  // before it is not known, so a row without `r` before any with one fails
  // the parse (with an empty error: the range is read again in sheet order).
  void begin_without_row_number() { row_known_ = false; }

  // For ranges read at once (ParallelXlsxReader): each cell's text is also
  // counted in `*claimed`, shared by them and starting at the text before
  // them, and a cell that takes it over max_sheet_text_bytes fails the parse
  // (with an empty error: the range is read again in sheet order, where the
  // limit is checked exactly). So the ranges in flight together hold no more
  // text than the limit allows, however far shared strings expand them.
  void share_text_budget(std::atomic<std::uint64_t>* claimed) { shared_text_ = claimed; }

  // The boundary right after the row just read, or nullopt when the rows
  // after it may depend on more (the row was inside another element, an
  // element other than a row was left open or closed since <sheetData>).
  // Call after next_row() gave a row.
  std::optional<RowBoundary> boundary_after_row() const;

  // The number of the last row read (0 before any) and the text of the
  // records so far.
  long row() const { return row_; }
  std::uint64_t sheet_bytes() const { return sheet_bytes_; }

  void on_start(XmlName name, const char** attributes) override;
  void on_end(XmlName name) override;
  void on_text(std::string_view text) override;

  // True when the handler has paused the parse for good: what it reads has
  // ended before the part does (next_row() then gives kEnd).
  virtual bool ended() const { return false; }

 protected:
  // Whether a row is being read; false between rows, where the state
  // carried to the next row is the row's number and the sheet's bytes only.
  bool between_rows() const {
    return in_data_ && !in_row_ && !in_cell_ && !in_text_ && !in_inline_ && in_phonetic_ == 0;
  }

 private:
  void fail_at_row(InputError error);
  void start_row(const char** attributes);
  void start_cell(const char** attributes);
  bool cell_text(std::string* own, std::string_view* text, std::optional<std::size_t>* shared);
  void finish_cell();

  const SheetContext& context_;
  CsvRecord* out_ = nullptr;
  bool row_done_ = false;

  bool in_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_inline_ = false;
  bool in_text_ = false;
  int in_phonetic_ = 0;
  long row_ = 0;
  std::size_t next_column_ = 0;
  std::size_t row_bytes_ = 0;
  std::uint64_t sheet_bytes_ = 0;  // of the text in every record so far
  std::size_t column_ = 0;
  CellType type_ = CellType::kNumber;
  std::size_t style_ = 0;
  std::string value_;   // the text of <v>
  std::string inline_;  // the text of <is>, its runs joined
  bool has_inline_ = false;
  std::string* text_ = &value_;  // where the text being read goes
  std::size_t run_start_ = 0;    // where in inline_ the <t> being read starts
  bool filtering_ = false;
  std::vector<bool> wanted_;  // when filtering_: the columns read
  bool row_known_ = true;     // row_ is the number of the row before the next
  std::atomic<std::uint64_t>* shared_text_ = nullptr;  // share_text_budget()

  // Where the rows are, in the part's bytes (boundary_after_row()).
  std::uint64_t sheet_data_end_ = 0;  // right after <sheetData ...>
  int sheet_data_count_ = 0;          // <sheetData> elements begun
  std::size_t rows_depth_ = 0;        // depth inside <sheetData>
  bool left_rows_level_ = false;      // an element closed above the rows
  std::uint64_t row_tag_end_ = 0;     // right after the last <row ...>
  std::uint64_t row_end_ = 0;         // right after the last row's end
  bool row_at_rows_level_ = false;    // the last row ended at rows_depth_
};

// What reading on gave.
enum class NextRow { kRow, kEnd, kFailed };

// Reads the next row of `parser`'s part into `record` with `handler` (the
// parser's handler): kRow, or kEnd at the end of the part, or kFailed with
// the parser's error().
NextRow next_row(XmlPartParser& parser, SheetHandler& handler, CsvRecord& record);

}  // namespace genaudit::xlsx
