// Specification of the ODS reader: workbooks written by LibreOffice Calc
// read exactly as the same workbook saved as XLSX, the choice of sheet,
// repeated rows and cells (huge runs of empty ones cost nothing, runs with
// text are copied within the limits), and the refusal of damaged and
// hostile files, each with its error kind.
#include "adapters/ods/ods_reader.h"

#include <gtest/gtest.h>

#include <chrono>

#include "adapters/ods/ods_cell_text.h"
#include "adapters/xlsx/xlsx_reader.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;
using Rows = std::vector<std::pair<long, std::vector<std::string>>>;

std::filesystem::path ods_fixture(const std::string& name) {
  return std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/data/ods" / name;
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
  auto reader = OdsReader::open(path, path.filename().string(), sheet, limits, &out.open_error);
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

constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
constexpr char kContentHead[] =
    "<office:document-content "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
    "<office:body><office:spreadsheet>";
constexpr char kContentTail[] = "</office:spreadsheet></office:body></office:document-content>";

// An .ods package whose content.xml has `tables` inside <office:spreadsheet>.
void write_ods(const std::filesystem::path& path, const std::string& tables) {
  testing::write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                            {"content.xml", kXmlDeclaration + (kContentHead + tables) + kContentTail}});
}

SheetRead read_tables(const std::string& tables, const XlsxLimits& limits = {},
                      const std::string& sheet = "") {
  TempDir dir;
  const auto path = dir.path() / "book.ods";
  write_ods(path, tables);
  return read_sheet(path, sheet, limits);
}

std::string text_cell(const std::string& text, const std::string& attributes = "") {
  return "<table:table-cell office:value-type=\"string\"" + attributes + "><text:p>" + text +
         "</text:p></table:table-cell>";
}

std::string table(const std::string& name, const std::string& rows) {
  return "<table:table table:name=\"" + name + "\">" + rows + "</table:table>";
}

// The error of a workbook that must be refused, at open or while reading.
InputError refusal(const SheetRead& read) {
  if (!read.opened) return read.open_error;
  EXPECT_TRUE(read.error.has_value());
  return read.error.value_or(InputError{});
}

// ----- Workbooks written by LibreOffice Calc -----

TEST(OdsReaderTest, CalcCellsReadAsTheSameWorkbookSavedAsXlsx) {
  const SheetRead read = read_sheet(ods_fixture("calc.ods"));
  ASSERT_TRUE(read.opened) << read.open_error.value << " " << read.open_error.expected;
  EXPECT_FALSE(read.error);
  EXPECT_EQ(read.sheet, "Cán bộ");
  EXPECT_EQ(read.sheet_names, (std::vector<std::string>{"Cán bộ", "Đơn vị"}));

  // calc.xlsx is written from the same source (tests/data/xlsx/calc.fods).
  InputError error{};
  auto xlsx = XlsxReader::open(testing::xlsx_fixture("calc.xlsx"), "calc.xlsx", "", {}, &error);
  ASSERT_TRUE(xlsx);
  Rows expected;
  CsvRecord record;
  while (xlsx->next(record)) {
    // XLSX returns the formatted but empty rows as blank records; ODS skips
    // rows without text.
    if (!record.fields.empty()) expected.emplace_back(record.row, record.fields);
  }
  ASSERT_EQ(expected.size(), 3u);
  EXPECT_EQ(read.rows, expected);
  // What both say, spelled out.
  ASSERT_EQ(read.rows.size(), 3u);
  EXPECT_EQ(read.rows[1].first, 2);
  EXPECT_EQ(read.rows[1].second[2], "1985-03-07");  // a date cell
  EXPECT_EQ(read.rows[1].second[4], "4201234567");  // a whole number: its digits
  EXPECT_EQ(read.rows[1].second[5], "true");        // a boolean
  EXPECT_EQ(read.rows[1].second[8], "2025-01-15");  // a date and time: the day
  EXPECT_EQ(read.rows[1].second[9], "0.5");         // a time of day: the fraction
  EXPECT_EQ(read.rows[2].first, 4);                 // the empty row 3 is skipped
  EXPECT_EQ(read.rows[2].second[7], "#N/A");        // a formula's error
}

TEST(OdsReaderTest, ParagraphsSpacesRepeatsAndTextDates) {
  const SheetRead read = read_sheet(ods_fixture("cells.ods"));
  ASSERT_TRUE(read.opened) << read.open_error.value << " " << read.open_error.expected;
  EXPECT_FALSE(read.error);
  const Rows expected = {
      {1, {"Ghi chú", "Ngày", "Tỷ lệ", "Kinh phí", "Số định danh", "Số"}},
      // Calc drops the source's <text:tab/> when it loads it (a cell has no
      // tabs): see TextElementsOfACell for tabs.
      {2,
       {"Dòng một\nDòng hai   cáchtab",  // paragraphs, a span, <text:s c="3"/>
        "07/03/1985",                      // a text date stays text
        "0.25",                            // a percentage: its fraction
        "1500000",                         // a currency: the number
        "001234567890123456",              // digits typed as text
        "123456789012"}},                  // a long whole number
      {3, {"Có ghi chú", "", "", "", "0.1"}},  // the comment is no cell text
      {4, {"x", "x", "x"}},                    // a cell repeated over three columns
      {5, {"x", "x", "x"}},                    // and its row repeated
  };
  EXPECT_EQ(read.rows, expected);
}

// ----- Choosing the sheet -----

TEST(OdsReaderTest, ANamedSheetMatchesIgnoringCase) {
  for (const std::string name : {"Đơn vị", "đơn VỊ"}) {
    const SheetRead read = read_sheet(ods_fixture("calc.ods"), name);
    ASSERT_TRUE(read.opened) << name;
    EXPECT_EQ(read.sheet, "Đơn vị");
    const Rows expected = {{1, {"Mã đơn vị", "Tên đơn vị", "Cấp"}},
                           {2, {"SNV", "Sở Nội vụ", "tỉnh"}}};
    EXPECT_EQ(read.rows, expected);
  }
}

TEST(OdsReaderTest, AnUnknownSheetNamesTheSheetsThatExist) {
  const SheetRead read = read_sheet(ods_fixture("calc.ods"), "Danh sách");
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kUnknownSheet);
  EXPECT_EQ(read.open_error.file, "calc.ods");
  EXPECT_EQ(read.open_error.value, "Danh sách");
  EXPECT_EQ(read.open_error.expected, "\"Cán bộ\", \"Đơn vị\"");
}

TEST(OdsReaderTest, ASheetWithoutTextHasNoRows) {
  const SheetRead read = read_sheet(ods_fixture("cells.ods"), "Trống");
  ASSERT_TRUE(read.opened);
  EXPECT_TRUE(read.rows.empty());
  EXPECT_FALSE(read.error);
}

TEST(OdsReaderTest, OnlyTheChosenSheetIsReadAndNestedTablesAreNotSheets) {
  const std::string nested =
      "<table:table-cell><table:table table:name=\"inner\"><table:table-row>" + text_cell("in") +
      "</table:table-row></table:table></table:table-cell>";
  const std::string tables =
      table("A", "<table:table-row>" + text_cell("a") + nested + text_cell("a2") +
                     "</table:table-row>") +
      table("B", "<table:table-header-rows><table:table-row>" + text_cell("b") +
                     "</table:table-row></table:table-header-rows>"
                     "<table:table-row-group><table:table-row><table:covered-table-cell/>" +
                     text_cell("b2") + "</table:table-row></table:table-row-group>");
  SheetRead read = read_tables(tables);
  EXPECT_EQ(read.sheet_names, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(read.rows, (Rows{{1, {"a", "", "a2"}}}));
  read = read_tables(tables, {}, "B");
  EXPECT_EQ(read.rows, (Rows{{1, {"b"}}, {2, {"", "b2"}}}));
}

TEST(OdsReaderTest, TextElementsOfACell) {
  const SheetRead read = read_tables(table(
      "S", "<table:table-row><table:table-cell office:value-type=\"string\">\n  "
           "<text:p>a<text:tab/>b<text:line-break/>c<text:s/>d<text:s text:c=\"2\"/>e</text:p>\n  "
           "<text:h><text:a><text:span>link</text:span></text:a></text:h>\n"
           "<office:annotation><text:p>comment</text:p></office:annotation>"
           "</table:table-cell></table:table-row>"));
  // Whitespace between the elements of the cell is not its text.
  EXPECT_EQ(read.rows, (Rows{{1, {"a\tb\nc d  e\nlink"}}}));
}

// ----- Repeated rows and cells -----

TEST(OdsReaderTest, HugeRunsOfEmptyRowsAndCellsCostNothing) {
  const auto started = std::chrono::steady_clock::now();
  const SheetRead read = read_tables(table(
      "S", "<table:table-row>" + text_cell("a") +
               "<table:table-cell table:number-columns-repeated=\"1073741824\"/></table:table-row>"
               "<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell "
               "table:number-columns-repeated=\"16384\"/></table:table-row>"
               "<table:table-row><table:table-cell table:number-columns-repeated=\"5\"/>" +
               text_cell("b") +
               "</table:table-row>"
               "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell "
               "table:number-columns-repeated=\"1073741824\"/></table:table-row>"));
  const auto took = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(read.opened);
  EXPECT_FALSE(read.error);
  EXPECT_EQ(read.rows, (Rows{{1, {"a"}}, {1002, {"", "", "", "", "", "b"}}}));
  EXPECT_LT(took, std::chrono::seconds(1));
}

TEST(OdsReaderTest, RepeatedCellsWithTextPastMaxColumnsAreRefused) {
  XlsxLimits limits;
  limits.max_columns = 10;
  SheetRead read = read_tables(
      table("S", "<table:table-row>" +
                     text_cell("x", " table:number-columns-repeated=\"10\"") + "</table:table-row>"),
      limits);
  EXPECT_EQ(read.rows.size(), 1u);  // ten columns fit
  EXPECT_FALSE(read.error);

  read = read_tables(table("S", "<table:table-row>" + text_cell("a") +
                                    text_cell("x", " table:number-columns-repeated=\"1048576\"") +
                                    "</table:table-row>"));
  const InputError error = refusal(read);
  EXPECT_EQ(error.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(error.expected, "max_columns = 16384");
  EXPECT_EQ(error.value, "content.xml");
  EXPECT_EQ(error.sheet, "S");
  EXPECT_EQ(error.row, 1);
}

TEST(OdsReaderTest, RepeatedRowsWithTextAreCopiedUpToMaxRows) {
  XlsxLimits limits;
  limits.max_rows = 4;
  SheetRead read = read_tables(
      table("S", "<table:table-row>" + text_cell("h") +
                     "</table:table-row><table:table-row table:number-rows-repeated=\"3\">" +
                     text_cell("x") + "</table:table-row>"),
      limits);
  EXPECT_EQ(read.rows, (Rows{{1, {"h"}}, {2, {"x"}}, {3, {"x"}}, {4, {"x"}}}));
  EXPECT_FALSE(read.error);

  // A million rows of text from a few bytes: refused before any is copied.
  read = read_tables(table("S", "<table:table-row table:number-rows-repeated=\"1099511627776\">" +
                                    text_cell("x") + "</table:table-row>"));
  InputError error = refusal(read);
  EXPECT_TRUE(read.rows.empty());
  EXPECT_EQ(error.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(error.expected, "max_rows = 1048576");
  EXPECT_EQ(error.row, 1048577);

  // Text after a huge run of empty rows is past max_rows too.
  read = read_tables(table("S", "<table:table-row table:number-rows-repeated=\"2000000\"/>"
                                "<table:table-row>" + text_cell("x") + "</table:table-row>"));
  error = refusal(read);
  EXPECT_EQ(error.expected, "max_rows = 1048576");
  EXPECT_EQ(error.row, 2000001);
}

TEST(OdsReaderTest, CopiesOfTextCountTowardsTheSheetsTextBudget) {
  XlsxLimits limits;
  limits.max_sheet_text_bytes = 1000;
  SheetRead read = read_tables(
      table("S", "<table:table-row table:number-rows-repeated=\"100\">" +
                     text_cell("0123456789") + "</table:table-row>"),
      limits);
  EXPECT_EQ(read.rows.size(), 100u);  // exactly 1000 bytes
  EXPECT_FALSE(read.error);
  read = read_tables(table("S", "<table:table-row table:number-rows-repeated=\"101\">" +
                                    text_cell("0123456789") + "</table:table-row>"),
                     limits);
  const InputError error = refusal(read);
  EXPECT_EQ(error.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(error.expected, "max_sheet_text_bytes = 1000");
}

TEST(OdsReaderTest, CellAndRowTextAreBounded) {
  XlsxLimits limits;
  limits.max_cell_bytes = 8;
  limits.max_row_bytes = 20;
  // <text:s text:c="..."/> cannot make a huge cell.
  SheetRead read = read_tables(
      table("S", "<table:table-row><table:table-cell><text:p>a<text:s text:c=\"4000000000\"/>"
                 "</text:p></table:table-cell></table:table-row>"),
      limits);
  EXPECT_EQ(refusal(read).expected, "max_cell_bytes = 8");
  read = read_tables(table("S", "<table:table-row>" + text_cell("123456789") + "</table:table-row>"),
                     limits);
  EXPECT_EQ(refusal(read).expected, "max_cell_bytes = 8");
  read = read_tables(table("S", "<table:table-row>" +
                                    text_cell("1234567", " table:number-columns-repeated=\"3\"") +
                                    "</table:table-row>"),
                     limits);
  EXPECT_EQ(refusal(read).expected, "max_row_bytes = 20");
}

// ----- Damaged and hostile files -----

TEST(OdsReaderTest, ADoctypeIsRefusedBeforeAnyEntityIsDefined) {
  TempDir dir;
  const auto path = dir.path() / "dtd.ods";
  const std::string doctype =
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
  testing::write_zip(path, {{"content.xml", doctype + kContentHead + table("S", "&b;") +
                                                kContentTail}});
  const SheetRead read = read_sheet(path);
  const InputError error = refusal(read);
  EXPECT_EQ(error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(error.value, "content.xml");
  EXPECT_EQ(error.expected, "XML without a DOCTYPE");
}

TEST(OdsReaderTest, AZipBombIsRefusedByItsCompressionRatio) {
  XlsxLimits limits;
  limits.ratio_floor_bytes = 1 << 16;
  const SheetRead read = read_tables(
      table("S", "<table:table-row>" + text_cell(std::string(4 << 20, ' ')) + "</table:table-row>"),
      limits);
  const InputError error = refusal(read);
  EXPECT_EQ(error.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(error.expected, "max_compression_ratio = 100");
}

TEST(OdsReaderTest, DeepNestingIsRefused) {
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "<text:span>";
  for (int i = 0; i < 100; ++i) deep += "</text:span>";
  const SheetRead read = read_tables(
      table("S", "<table:table-row><table:table-cell><text:p>" + deep +
                     "</text:p></table:table-cell></table:table-row>"));
  const InputError error = refusal(read);
  EXPECT_EQ(error.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(error.expected, "max_xml_depth = 64");
}

TEST(OdsReaderTest, DamagedFilesAreCorruptWorkbooks) {
  TempDir dir;
  // Cut short.
  std::string bytes;
  {
    std::ifstream in(ods_fixture("calc.ods"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const auto truncated = dir.write("cut.ods", bytes.substr(0, bytes.size() / 2));
  SheetRead read = read_sheet(truncated);
  EXPECT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.file, "cut.ods");

  // Not a ZIP archive at all.
  read = read_sheet(dir.write("text.ods", "Mã đơn vị,Tên đơn vị\nA,Sở A\n"));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.expected, "a ZIP archive (.ods)");

  // A ZIP archive without content.xml (an XLSX workbook renamed).
  const auto renamed = dir.path() / "renamed.ods";
  std::filesystem::copy_file(testing::xlsx_fixture("calc.xlsx"), renamed);
  read = read_sheet(renamed);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.value, "content.xml");

  // Bad XML, and a document without sheets (a text document).
  read = read_tables(table("S", "<table:table-row>"));
  EXPECT_EQ(refusal(read).expected, "well-formed XML");
  read = read_tables("");
  EXPECT_EQ(refusal(read).kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(refusal(read).expected, "a worksheet");
}

TEST(OdsReaderTest, EmptyMissingAndDirectoryFiles) {
  TempDir dir;
  SheetRead read = read_sheet(dir.write("empty.ods", ""));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kEmptyFile);
  read = read_sheet(dir.path() / "missing.ods");
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCannotOpen);
  read = read_sheet(dir.path());
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCannotOpen);
  InputError error{};
  EXPECT_FALSE(OdsReader::from_bytes("", "x.ods", "", {}, &error));
  EXPECT_EQ(error.kind, InputErrorKind::kEmptyFile);
  EXPECT_FALSE(OdsReader::from_bytes("PK\x03\x04 not really", "x.ods", "", {}, &error));
  EXPECT_EQ(error.kind, InputErrorKind::kCorruptWorkbook);
}

// ----- Cell text -----

TEST(OdsCellTextTest, TypedValuesReadAsXlsxCellsDo) {
  using ods::CellValue;
  EXPECT_EQ(ods::cell_text(CellValue{"float", "4201234567"}, "4,2E+09"), "4201234567");
  EXPECT_EQ(ods::cell_text(CellValue{"float", "1E-07"}, ""), "0.0000001");
  EXPECT_EQ(ods::cell_text(CellValue{"float", "12,5"}, "12,5"), "12,5");  // no number: shown
  EXPECT_EQ(ods::cell_text(CellValue{"float", nullptr}, "7"), "7");
  EXPECT_EQ(ods::cell_text(CellValue{"date", nullptr, "2025-03-01"}, "01/03/2025"), "2025-03-01");
  EXPECT_EQ(ods::cell_text(CellValue{"date", nullptr, "2025-03-01T00:00:00"}, ""), "2025-03-01");
  EXPECT_EQ(ods::cell_text(CellValue{"time", nullptr, nullptr, "PT06H00M00S"}, ""), "0.25");
  EXPECT_EQ(ods::cell_text(CellValue{"time", nullptr, nullptr, "6:00"}, "6:00"), "6:00");
  EXPECT_EQ(ods::cell_text(CellValue{"boolean", nullptr, nullptr, nullptr, "false"}, "SAI"),
            "false");
  EXPECT_EQ(ods::cell_text(CellValue{"string", nullptr, nullptr, nullptr, nullptr, "KH-02/x"}, ""),
            "KH-02/x");
  EXPECT_EQ(ods::cell_text(CellValue{"string", nullptr, nullptr, nullptr, nullptr, ""}, "#N/A"),
            "#N/A");
  EXPECT_EQ(ods::cell_text(CellValue{}, "plain"), "plain");
}

TEST(OdsCellTextTest, Durations) {
  double days = 0;
  ASSERT_TRUE(ods::duration_days("PT12H00M00S", &days));
  EXPECT_DOUBLE_EQ(days, 0.5);
  ASSERT_TRUE(ods::duration_days("P1DT6H", &days));
  EXPECT_DOUBLE_EQ(days, 1.25);
  ASSERT_TRUE(ods::duration_days("-PT0H30M00.5S", &days));
  EXPECT_DOUBLE_EQ(days, -(1800.5 / 86400));
  EXPECT_FALSE(ods::duration_days("P1Y", &days));
  EXPECT_FALSE(ods::duration_days("PT", &days));
  EXPECT_FALSE(ods::duration_days("12:00", &days));
}

}  // namespace
}  // namespace genaudit
