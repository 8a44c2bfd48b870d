// Workbooks read as Excel shows them: the cases where the XLSX reader once
// disagreed with Excel (and with an independent reader) on workbooks written
// by real programs, each as the smallest workbook that shows it.
#include <gtest/gtest.h>

#include "adapters/registers/record_source.h"
#include "adapters/values/value_parsers.h"
#include "adapters/xlsx/cell_text.h"
#include "adapters/xlsx/excel_dates.h"
#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/xlsx_reader.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::Parts;
using testing::sheet_xml;
using testing::TempDir;
using Rows = std::vector<std::pair<long, std::vector<std::string>>>;

struct SheetRead {
  bool opened = false;
  InputError open_error{};
  Rows rows;
  std::optional<InputError> error;
};

SheetRead read_file(const std::filesystem::path& path) {
  SheetRead out;
  auto reader = XlsxReader::open(path, path.filename().string(), "", {}, &out.open_error);
  if (!reader) return out;
  out.opened = true;
  CsvRecord record;
  while (reader->next(record)) out.rows.emplace_back(record.row, record.fields);
  out.error = reader->error();
  return out;
}

SheetRead read_parts(const Parts& parts) {
  TempDir dir;
  const auto path = dir.path() / "book.xlsx";
  testing::write_zip(path, parts);
  return read_file(path);
}

std::string sst(const std::string& items) {
  return std::string("<sst xmlns=\"") + testing::kMainNs + "\">" + items + "</sst>";
}

std::string styles(const std::string& inside) {
  return std::string("<styleSheet xmlns=\"") + testing::kMainNs + "\">" + inside +
         "</styleSheet>";
}

// ----- _xHHHH_ escapes (ECMA-376 Part 1, 22.9.2.19) -----

TEST(XlsxExcelParityTest, EscapedCharactersReadAsTheCharacters) {
  const std::string strings = sst(
      "<si><t>Dòng 1_x000D_\nDòng 2</t></si>"            // a CR pasted with CRLF
      "<si><t>a_x0009_b</t></si>"                         // a tab
      "<si><t>_x005F_x000D_ is written so</t></si>"       // an escaped underscore: literal
      "<si><r><t>x_x000d_</t></r><r><t>_x0041_</t></r></si>"  // lower-case hex, each run
      "<si><t>_xD83D__xDE00_</t></si>"                    // a surrogate pair: one emoji
      "<si><t>_x12_ _x00G1_ _x0041 x0041_</t></si>");    // no escapes
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
                "<c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c>"
                "<c t=\"s\"><v>5</v></c></row>"
                "<row r=\"2\"><c t=\"inlineStr\"><is><t>Họ_x0009_tên</t></is></c>"
                "<c t=\"str\"><f>A1</f><v>c_x000A_d</v></c></row>"),
      strings));
  ASSERT_TRUE(read.opened) << read.open_error.value;
  EXPECT_FALSE(read.error);
  const Rows expected = {
      {1,
       {"Dòng 1\r\nDòng 2", "a\tb", "_x000D_ is written so", "x\rA", "\xF0\x9F\x98\x80",
        "_x12_ _x00G1_ _x0041 x0041_"}},
      {2, {"Họ\ttên", "c\nd"}},
  };
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsxExcelParityTest, EscapesOfNoCharacterStayAsWritten) {
  // U+0000 cannot be in a cell, nor half a surrogate pair: kept as written,
  // never decoded into a NUL or invalid UTF-8.
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>a_x0000_b</t></is></c>"
                "<c t=\"inlineStr\"><is><t>_xD83D_x</t></is></c>"
                "<c t=\"inlineStr\"><is><t>_xDE00_</t></is></c></row>")));
  EXPECT_EQ(read.rows, (Rows{{1, {"a_x0000_b", "_xD83D_x", "_xDE00_"}}}));
}

// ----- Numbers in exponent form -----

TEST(XlsxExcelParityTest, NumbersInExponentFormReadAsPlainDecimals) {
  const SheetRead read = read_parts(testing::workbook(sheet_xml(
      "<row r=\"1\"><c><v>1E-4</v></c><c><v>0.0001</v></c><c><v>5e-05</v></c>"
      "<c><v>2.93E+23</v></c><c><v>-1.5E-7</v></c><c><v>1e21</v></c><c><v>1.25E2</v></c>"
      "</row>")));
  const std::vector<std::string> expected = {"0.0001",
                                             "0.0001",
                                             "0.00005",
                                             "293000000000000000000000",
                                             "-0.00000015",
                                             "1000000000000000000000",
                                             "125"};
  ASSERT_EQ(read.rows.size(), 1u);
  EXPECT_EQ(read.rows[0].second, expected);
  // Each reads back as the register's numbers do, to the same value.
  const double values[] = {1e-4, 1e-4, 5e-5, 2.93e23, -1.5e-7, 1e21, 125};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(parse_number(expected[i]), values[i]) << expected[i];
  }
}

TEST(XlsxExcelParityTest, NumberTextIsAlwaysAPlainDecimalThatReadsBack) {
  for (const double v : {1e-4, 5e-5, 1e-7, 2.93e23, 1e21, 1.7976931348623157e308,
                         4.9406564584124654e-324, -2.5e-10, 0.1, 123.456, 9.3e18}) {
    const std::string text = xlsx::number_text(v);
    EXPECT_EQ(text.find_first_of("eE"), std::string::npos) << text;
    EXPECT_EQ(parse_number(text), v) << text;
  }
}

// ----- Zip entry names with backslashes -----

TEST(XlsxExcelParityTest, PartNamesWithBackslashesAreFound) {
  Parts parts = testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"s\"><v>0</v></c><c s=\"1\"><v>45366</v></c></row>"),
      sst("<si><t>Mã cán bộ</t></si>"),
      styles("<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"));
  for (auto& [name, content] : parts) {
    for (char& c : name) {
      if (c == '/') c = '\\';
    }
  }
  const SheetRead read = read_parts(parts);
  ASSERT_TRUE(read.opened) << read.open_error.value << " " << read.open_error.expected;
  EXPECT_EQ(read.rows, (Rows{{1, {"Mã cán bộ", "2024-03-15"}}}));
}

// ----- Elapsed-time formats -----

TEST(XlsxExcelParityTest, ElapsedHoursAndMinutesAreNoDates) {
  EXPECT_FALSE(xlsx::is_date_format_code("[h]:mm"));
  EXPECT_FALSE(xlsx::is_date_format_code("[hh]:mm"));
  EXPECT_FALSE(xlsx::is_date_format_code("[H]:MM"));
  EXPECT_FALSE(xlsx::is_date_format_code("[m]"));
  EXPECT_FALSE(xlsx::is_date_format_code("[mm]"));
  EXPECT_FALSE(xlsx::is_date_format_code("[h]:mm:ss"));
  EXPECT_FALSE(xlsx::is_date_format_code("[mm]:ss"));
  EXPECT_TRUE(xlsx::is_date_format_code("[$-42A]dd/mm/yyyy"));
  EXPECT_TRUE(xlsx::is_date_format_code("[Red]mm/yyyy"));
  EXPECT_TRUE(xlsx::is_date_format_code("[h]:mm d/m/yyyy"));  // a date is still a date
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c s=\"1\"><v>1.5104166666666667</v></c>"
                "<c s=\"2\"><v>1.5104166666666667</v></c></row>"),
      "",
      styles("<numFmts><numFmt numFmtId=\"164\" formatCode=\"[h]:mm\"/>"
             "<numFmt numFmtId=\"165\" formatCode=\"[hh]:mm\"/></numFmts>"
             "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
             "</cellXfs>")));
  // 36:15 as elapsed hours: the number of days, not 1900-01-01.
  EXPECT_EQ(read.rows, (Rows{{1, {"1.5104166666666667", "1.5104166666666667"}}}));
}

// ----- Parts named but missing -----

TEST(XlsxExcelParityTest, AMissingStylesOrSharedStringsPartIsReadAsNone) {
  Parts parts = testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>Mã</t></is></c>"
                "<c s=\"1\"><v>45366</v></c></row>"),
      sst("<si><t>x</t></si>"), styles("<cellXfs><xf/><xf numFmtId=\"14\"/></cellXfs>"));
  // The workbook's relationships name both parts; the archive has neither.
  std::erase_if(parts, [](const auto& p) {
    return p.first == "xl/sharedStrings.xml" || p.first == "xl/styles.xml";
  });
  SheetRead read = read_parts(parts);
  ASSERT_TRUE(read.opened) << read.open_error.value;
  EXPECT_FALSE(read.error);
  EXPECT_EQ(read.rows, (Rows{{1, {"Mã", "45366"}}}));  // default styles: no date

  // A cell that refers to a shared string then has none to refer to.
  parts[3].second = sheet_xml("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>");
  read = read_parts(parts);
  ASSERT_TRUE(read.error);
  EXPECT_EQ(read.error->kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.error->expected, xlsx::kExpectSharedStringIndex);
}

// ----- Date-times just before midnight -----

TEST(XlsxExcelParityTest, ADateTimeIsRoundedToTheMillisecondBeforeTakingTheDay) {
  EXPECT_EQ(xlsx::serial_to_iso_date(45366.999999999, false), "2024-03-16");
  // 0.086 ms before midnight is midnight; 0.86 ms before is 23:59:59.999.
  EXPECT_EQ(xlsx::serial_to_iso_date(45366.99999999, false), "2024-03-15");
  EXPECT_EQ(xlsx::serial_to_iso_date(45366.5, false), "2024-03-15");
  EXPECT_EQ(xlsx::serial_to_iso_date(59.999999999, false), "1900-02-29");     // Excel's 60
  EXPECT_EQ(xlsx::serial_to_iso_date(0.999999999, true), "1904-01-02");
  EXPECT_EQ(xlsx::serial_to_iso_date(2958465.9999, false), "9999-12-31");
  // Rounded past Excel's last day: no date, the number is kept.
  EXPECT_EQ(xlsx::serial_to_iso_date(2958465.999999999, false), std::nullopt);
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c s=\"1\"><v>45366.999999999</v></c></row>"), "",
      styles("<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
             "<cellXfs><xf/><xf numFmtId=\"164\"/></cellXfs>")));
  EXPECT_EQ(read.rows, (Rows{{1, {"2024-03-16"}}}));
}

// ----- Inline strings with a <v> -----

TEST(XlsxExcelParityTest, AnInlineStringCellReadsOnlyItsInlineString) {
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>1.0</t></is><v>1.</v></c>"
                "<c t=\"inlineStr\"><v>1.</v><is><r><t>a</t></r><r><t>b</t></r></is></c>"
                "<c t=\"inlineStr\"><v>only v</v></c></row>")));
  EXPECT_EQ(read.rows, (Rows{{1, {"1.0", "ab", "only v"}}}));
}

// ----- Conditional formatting's number formats -----

TEST(XlsxExcelParityTest, AConditionalFormatsNumberFormatLeavesTheCellFormat) {
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c s=\"1\"><v>45366</v></c><c s=\"2\"><v>45366</v></c></row>"),
      "",
      styles("<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
             "<cellXfs><xf/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs>"
             "<dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></dxf>"
             "<dxf><numFmt numFmtId=\"14\" formatCode=\"0\"/></dxf></dxfs>")));
  EXPECT_EQ(read.rows, (Rows{{1, {"2024-03-15", "2024-03-15"}}}));
}

// ----- Password-protected workbooks and macro-enabled ones -----

TEST(XlsxExcelParityTest, APasswordProtectedWorkbookIsRefusedAsSuch) {
  TempDir dir;
  const auto path =
      dir.write("staff.xlsx", testing::compound_file({"EncryptionInfo", "EncryptedPackage"}));
  SheetRead read = read_file(path);
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kPasswordProtected);
  EXPECT_EQ(read.open_error.file, "staff.xlsx");
  InputError error{};
  EXPECT_FALSE(XlsxReader::from_bytes(testing::compound_file({"EncryptionInfo"}), "m.xlsx", "", {},
                                      &error));
  EXPECT_EQ(error.kind, InputErrorKind::kPasswordProtected);

  // A compound file without encryption (an .xls renamed) is no workbook to
  // the XLSX reader, as before.
  read = read_file(dir.write("book.xlsx", testing::compound_file({"Workbook"})));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.expected, xlsx::kExpectZipArchive);
  // Nor is its signature alone, cut short.
  read = read_file(dir.write("cut.xlsx", testing::compound_file({"EncryptionInfo"}).substr(0, 600)));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
}

TEST(XlsxExcelParityTest, AMacroEnabledWorkbookIsReadAsXlsx) {
  EXPECT_EQ(file_format_of("staff.xlsm"), FileFormat::kXlsx);
  EXPECT_EQ(file_format_of("Staff.XLSM"), FileFormat::kXlsx);
  TempDir dir;
  const auto path = dir.path() / "staff.xlsm";
  testing::write_zip(path, testing::workbook(sheet_xml(
                               "<row r=\"1\"><c t=\"inlineStr\"><is><t>Mã</t></is></c></row>")));
  InputError error{};
  auto source = open_record_source(path, "staff.xlsm", {}, &error);
  ASSERT_TRUE(source) << error.expected;
  EXPECT_EQ(source->sheet(), "Sheet1");
  CsvRecord record;
  ASSERT_TRUE(source->next(record));
  EXPECT_EQ(record.fields, std::vector<std::string>{"Mã"});
}

}  // namespace
}  // namespace genaudit
