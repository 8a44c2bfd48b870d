// Specification of the XLS reader: Excel 97-2003 workbooks written by
// LibreOffice Calc read as the same workbook saved as XLSX reads (but for
// what FreeXL cannot give: formulas, booleans), the choice of sheet, the
// limits, and the refusal of damaged files, each with its error kind.
#include "adapters/xls/xls_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "adapters/xls/xls_cell_text.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;
using Rows = std::vector<std::pair<long, std::vector<std::string>>>;

std::filesystem::path xls_fixture(const std::string& name) {
  return std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/data/xls" / name;
}

struct SheetRead {
  bool opened = false;
  InputError open_error{};
  std::string sheet;
  std::vector<std::string> sheet_names;
  Rows rows;
  std::optional<InputError> error;
};

SheetRead read_sheet(const std::filesystem::path& path, const std::string& sheet = "",
                     const XlsxLimits& limits = {}) {
  SheetRead out;
  auto reader = XlsReader::open(path, path.filename().string(), sheet, limits, &out.open_error);
  if (!reader) return out;
  out.opened = true;
  out.sheet = reader->sheet_name();
  out.sheet_names = reader->sheet_names();
  CsvRecord record;
  while (reader->next(record)) out.rows.emplace_back(record.row, record.fields);
  EXPECT_FALSE(reader->next(record));  // stays at the end
  out.error = reader->error();
  return out;
}

// The error that stopped reading a workbook that opened.
InputError read_error(const SheetRead& read) {
  EXPECT_TRUE(read.opened);
  EXPECT_TRUE(read.error.has_value());
  return read.error.value_or(InputError{});
}

// ----- Workbooks written by LibreOffice Calc -----

TEST(XlsReaderTest, CalcCellsReadAsAPersonSeesThem) {
  const SheetRead read = read_sheet(xls_fixture("calc.xls"));
  ASSERT_TRUE(read.opened) << static_cast<int>(read.open_error.kind);
  EXPECT_FALSE(read.error);
  EXPECT_EQ(read.sheet, "Cán bộ");
  EXPECT_EQ(read.sheet_names, (std::vector<std::string>{"Cán bộ", "Đơn vị"}));
  const std::string nfd_name = "Nguye\xCC\x82\xCC\x83n Thi\xCC\xA3 Hoa";
  // The rows calc.xlsx gives (tests/adapters/xlsx_reader_test.cpp), but:
  // FreeXL drops formula results (G2, G4, H4 read as empty) and gives
  // booleans as 1 and 0; rows without text are skipped.
  const Rows expected = {
      {1,
       {"Mã cán bộ", "Họ và tên", "Ngày sinh", "Hệ số", "Số định danh", "Lãnh đạo chủ chốt",
        "Công thức", "Ngày bắt đầu", "Cập nhật", "Giờ", "Ghi chú"}},
      {2,
       {"0123",        // text stays text
        "Nguyễn Thị Hoa",
        "1985-03-07",  // date cell, dd/mm/yyyy
        "12.5",
        "4201234567",  // whole number: its digits
        "1",           // boolean cell
        "",            // =D2*2
        "2024-12-31",  // date cell, yyyy-mm-dd
        "2025-01-15",  // date and time: the day
        "0.5",         // time of day only: the fraction
        nfd_name}},    // NFD kept as written
      {4, {"KH-02", "Trần Văn Nam", "", "", "", "0", "", "", "-0.125"}},
  };
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsReaderTest, TextDatesPercentagesAndLongDigits) {
  const SheetRead read = read_sheet(xls_fixture("cells.xls"));
  ASSERT_TRUE(read.opened);
  EXPECT_FALSE(read.error);
  const Rows expected = {
      {1, {"Ghi chú", "Ngày", "Tỷ lệ", "Kinh phí", "Số định danh", "Số"}},
      // Two paragraphs: a line break. (Calc drops the source's tab on loading.)
      {2,
       {"Dòng một\nDòng hai   cáchtab", "07/03/1985", "0.25", "1500000", "001234567890123456",
        "123456789012"}},
      {3, {"Có ghi chú", "", "", "", "0.1"}},  // a cell left empty in the middle
      {4, {"x", "x", "x"}},
      {5, {"x", "x", "x"}},
  };
  EXPECT_EQ(read.rows, expected);
}

// ----- Choosing the sheet -----

TEST(XlsReaderTest, ANamedSheetMatchesIgnoringCase) {
  for (const std::string name : {"Đơn vị", "đơn VỊ"}) {
    const SheetRead read = read_sheet(xls_fixture("calc.xls"), name);
    ASSERT_TRUE(read.opened) << name;
    EXPECT_EQ(read.sheet, "Đơn vị");
    const Rows expected = {{1, {"Mã đơn vị", "Tên đơn vị", "Cấp"}},
                           {2, {"SNV", "Sở Nội vụ", "tỉnh"}}};
    EXPECT_EQ(read.rows, expected);
  }
}

TEST(XlsReaderTest, AnUnknownSheetNamesTheSheetsThatExist) {
  const SheetRead read = read_sheet(xls_fixture("calc.xls"), "Danh sách");
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kUnknownSheet);
  EXPECT_EQ(read.open_error.file, "calc.xls");
  EXPECT_EQ(read.open_error.value, "Danh sách");
  EXPECT_EQ(read.open_error.expected, "\"Cán bộ\", \"Đơn vị\"");
}

TEST(XlsReaderTest, ASheetWithoutTextHasNoRows) {
  const SheetRead read = read_sheet(xls_fixture("cells.xls"), "Trống");
  ASSERT_TRUE(read.opened);
  EXPECT_TRUE(read.rows.empty());
  EXPECT_FALSE(read.error);
}

// ----- Limits -----

TEST(XlsReaderTest, EachLimitStopsReadingAtItsRow) {
  struct Case {
    const char* expected;
    long row;
    XlsxLimits limits;
  };
  std::vector<Case> cases(5);
  cases[0] = {"max_columns = 3", 1, {}};
  cases[0].limits.max_columns = 3;
  cases[1] = {"max_cell_bytes = 20", 2, {}};
  cases[1].limits.max_cell_bytes = 20;
  cases[2] = {"max_row_bytes = 40", 1, {}};
  cases[2].limits.max_row_bytes = 40;
  cases[3] = {"max_rows = 3", 4, {}};
  cases[3].limits.max_rows = 3;
  cases[4] = {"max_sheet_text_bytes = 100", 2, {}};
  cases[4].limits.max_sheet_text_bytes = 100;
  for (const Case& c : cases) {
    const SheetRead read = read_sheet(xls_fixture("cells.xls"), "", c.limits);
    const InputError error = read_error(read);
    EXPECT_EQ(error.kind, InputErrorKind::kLimitExceeded) << c.expected;
    EXPECT_EQ(error.expected, c.expected);
    EXPECT_EQ(error.row, c.row) << c.expected;
    EXPECT_EQ(error.sheet, "Số liệu");
    EXPECT_EQ(error.file, "cells.xls");
    EXPECT_EQ(read.rows.size(), static_cast<std::size_t>(c.row - 1)) << c.expected;
  }

  XlsxLimits small;
  small.max_sheet_bytes = 4096;  // the file itself is bigger
  const SheetRead read = read_sheet(xls_fixture("cells.xls"), "", small);
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(read.open_error.expected, "max_sheet_bytes = 4096");
}

// ----- Damaged files -----

TEST(XlsReaderTest, DamagedFilesAreCorruptWorkbooks) {
  TempDir dir;
  std::string bytes;
  {
    std::ifstream in(xls_fixture("calc.xls"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 4096u);
  for (const std::size_t cut : {std::size_t{100}, std::size_t{1024}, bytes.size() / 2}) {
    const SheetRead read = read_sheet(dir.write("cut.xls", bytes.substr(0, cut)));
    ASSERT_FALSE(read.opened) << cut;
    EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook) << cut;
    EXPECT_EQ(read.open_error.file, "cut.xls");
    EXPECT_EQ(read.open_error.expected, "an Excel 97-2003 workbook (.xls)");
  }

  // A CSV file and an XLSX workbook named .xls.
  SheetRead read = read_sheet(dir.write("text.xls", "Mã đơn vị,Tên đơn vị\nA,Sở A\n"));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  const auto renamed = dir.path() / "renamed.xls";
  std::filesystem::copy_file(testing::xlsx_fixture("calc.xlsx"), renamed);
  read = read_sheet(renamed);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.file, "renamed.xls");
}

TEST(XlsReaderTest, APasswordProtectedWorkbookIsRefused) {
  // Calc writes no encrypted .xls from the command line, so the test forges
  // one: the WRITEACCESS record (type 0x005C, 112 bytes) of calc.xls becomes
  // a FILEPASS record (type 0x002F) announcing XOR obfuscation (0x0000), as
  // an encrypted workbook has at that place.
  std::string bytes;
  {
    std::ifstream in(xls_fixture("calc.xls"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::size_t at = bytes.find(std::string("\x5C\x00\x70\x00", 4));
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, 6, std::string("\x2F\x00\x70\x00\x00\x00", 6));
  TempDir dir;
  const SheetRead read = read_sheet(dir.write("locked.xls", bytes));
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kPasswordProtected);
  EXPECT_EQ(read.open_error.file, "locked.xls");
}

TEST(XlsReaderTest, AnEncryptedWorkbookNamedXlsIsPasswordProtected) {
  TempDir dir;
  const SheetRead read = read_sheet(
      dir.write("locked.xls", testing::compound_file({"EncryptionInfo", "EncryptedPackage"})));
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kPasswordProtected);
  EXPECT_EQ(read.open_error.file, "locked.xls");
}

TEST(XlsReaderTest, EmptyMissingAndDirectoryFiles) {
  TempDir dir;
  SheetRead read = read_sheet(dir.write("empty.xls", ""));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kEmptyFile);
  read = read_sheet(dir.path() / "missing.xls");
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCannotOpen);
  read = read_sheet(dir.path());
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCannotOpen);
}

// ----- Cell text -----

FreeXL_CellValue text_value(unsigned char type, const char* text) {
  FreeXL_CellValue cell{};
  cell.type = type;
  cell.value.text_value = text;
  return cell;
}

TEST(XlsCellTextTest, EachTypeReadsAsXlsxDoes) {
  FreeXL_CellValue cell{};
  cell.type = FREEXL_CELL_INT;
  cell.value.int_value = -42;
  EXPECT_EQ(xls::cell_text(cell), "-42");
  cell.type = FREEXL_CELL_DOUBLE;
  cell.value.double_value = 4201234567.0;
  EXPECT_EQ(xls::cell_text(cell), "4201234567");
  cell.value.double_value = 1e-7;
  EXPECT_EQ(xls::cell_text(cell), "0.0000001");
  cell.value.double_value = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(xls::cell_text(cell), "");
  EXPECT_EQ(xls::cell_text(text_value(FREEXL_CELL_SST_TEXT, "0123")), "0123");
  EXPECT_EQ(xls::cell_text(text_value(FREEXL_CELL_DATE, "1985-03-07")), "1985-03-07");
  EXPECT_EQ(xls::cell_text(text_value(FREEXL_CELL_DATETIME, "2025-01-15 14:30:00")),
            "2025-01-15");
  EXPECT_EQ(xls::cell_text(text_value(FREEXL_CELL_TIME, "18:00:00")), "0.75");
  EXPECT_EQ(xls::cell_text(text_value(FREEXL_CELL_TIME, "6 PM")), "6 PM");
  FreeXL_CellValue null{};
  null.type = FREEXL_CELL_NULL;
  EXPECT_EQ(xls::cell_text(null), "");
}

}  // namespace
}  // namespace genaudit
