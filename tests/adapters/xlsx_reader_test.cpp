// Specification of the XLSX reader: the exact text of every kind of cell in
// workbooks written by LibreOffice Calc and ExcelJS, the choice of sheet,
// the date systems, and the refusal of damaged and hostile files (each with
// its error kind, quickly and without inflating them).
#include "adapters/xlsx/xlsx_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>

#include "adapters/xlsx/workbook_error.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::Parts;
using testing::sheet_xml;
using testing::TempDir;
using testing::xlsx_fixture;
using Rows = std::vector<std::pair<long, std::vector<std::string>>>;

struct SheetRead {
  bool opened = false;
  InputError open_error{};
  std::string sheet;
  std::vector<std::string> sheet_names;
  Rows rows;
  std::optional<InputError> error;  // the error that stopped reading
};

SheetRead read_sheet(const std::filesystem::path& path, const std::string& sheet = "",
                     const XlsxLimits& limits = {}) {
  SheetRead out;
  auto reader = XlsxReader::open(path, path.filename().string(), sheet, limits, &out.open_error);
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

// Reads a workbook built from `parts`.
SheetRead read_parts(const Parts& parts, const std::string& sheet = "",
                     const XlsxLimits& limits = {}) {
  TempDir dir;
  const auto path = dir.path() / "book.xlsx";
  testing::write_zip(path, parts);
  return read_sheet(path, sheet, limits);
}

// The error of a workbook that must be refused, at open or while reading.
InputError refusal(const SheetRead& read) {
  if (!read.opened) return read.open_error;
  EXPECT_TRUE(read.error.has_value());
  return read.error.value_or(InputError{});
}

// ----- Workbooks written by real office software -----

TEST(XlsxReaderTest, LibreOfficeCalcCellsReadAsAPersonSeesThem) {
  const SheetRead read = read_sheet(xlsx_fixture("calc.xlsx"));
  ASSERT_TRUE(read.opened) << static_cast<int>(read.open_error.kind);
  EXPECT_FALSE(read.error);
  EXPECT_EQ(read.sheet, "Cán bộ");
  EXPECT_EQ(read.sheet_names, (std::vector<std::string>{"Cán bộ", "Đơn vị"}));
  const std::string nfd_name = "Nguye\xCC\x82\xCC\x83n Thi\xCC\xA3 Hoa";
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
        "true",        // boolean cell
        "25",          // =D2*2, cached
        "2024-12-31",  // date cell, yyyy\-mm\-dd
        "2025-01-15",  // date and time: the day
        "0.5",         // time of day only (hh:mm): no date, the number
        nfd_name}},    // NFD kept as written
      // Row 3 is empty, so Calc leaves it out.
      {4, {"KH-02", "Trần Văn Nam", "", "", "", "false", "KH-02/x", "#N/A", "-0.125"}},
      // Formatted but empty rows: blank records.
      {5, {}},
      {6, {}},
      {7, {}},
  };
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsxReaderTest, ExcelJsSharedStringsRichTextDatesAndFormulas) {
  const SheetRead read = read_sheet(xlsx_fixture("exceljs.xlsx"));
  ASSERT_TRUE(read.opened);
  EXPECT_FALSE(read.error);
  EXPECT_EQ(read.sheet, "Shared");
  const Rows expected = {
      {1,
       {"Mã cán bộ", "Họ và tên", "Số", "Ngày sinh", "Ngày bắt đầu", "Chủ chốt", "Công thức",
        "Chuỗi công thức", "Lỗi", "Thập phân"}},
      {2,
       {"0123", "Nguyễn Thị Hoa",  // shared rich text: runs joined
        "4201234567", "1985-03-07", "2024-12-31", "true", "8403469134", "0123-x", "#N/A",
        "12.5"}},
      {4, {"", "Trần Văn Nam", "", "", "false"}},
      // ExcelJS stores 1900-01-01 as serial 2, ignoring the 1900 leap-year bug:
      // Excel shows that cell as 2 January 1900, and so does the reader.
      {5, {"Nguyễn", "Nguye\xCC\x82\xCC\x83n", "-0.1", "1900-01-02"}},
  };
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsxReaderTest, ExcelJsInlineStringsOnANamedSheet) {
  const SheetRead read = read_sheet(xlsx_fixture("exceljs.xlsx"), "Inline");
  ASSERT_TRUE(read.opened);
  EXPECT_EQ(read.sheet, "Inline");
  const Rows expected = {{1, {"Tên", "Ghi chú"}}, {2, {"Bình đẳng giới", "văn bản"}}};
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsxReaderTest, The1904DateSystem) {
  const SheetRead read = read_sheet(xlsx_fixture("exceljs-1904.xlsx"));
  ASSERT_TRUE(read.opened);
  const Rows expected = {{1, {"Ngày", "Số"}}, {2, {"2025-06-30", "1462"}}};
  EXPECT_EQ(read.rows, expected);
}

// ----- Choosing the sheet -----

TEST(XlsxReaderTest, ANamedSheetMatchesIgnoringCaseAndUnicodeForm) {
  for (const std::string name : {"Đơn vị", "đơn VỊ", " \xC4\x90o\xCC\x9bn vi\xCC\xA3 "}) {
    const SheetRead read = read_sheet(xlsx_fixture("calc.xlsx"), name);
    ASSERT_TRUE(read.opened) << name;
    EXPECT_EQ(read.sheet, "Đơn vị");
    const Rows expected = {{1, {"Mã đơn vị", "Tên đơn vị", "Cấp"}},
                           {2, {"SNV", "Sở Nội vụ", "tỉnh"}}};
    EXPECT_EQ(read.rows, expected);
  }
}

TEST(XlsxReaderTest, AnUnknownSheetNamesTheSheetsThatExist) {
  const SheetRead read = read_sheet(xlsx_fixture("calc.xlsx"), "Danh sách");
  ASSERT_FALSE(read.opened);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kUnknownSheet);
  EXPECT_EQ(read.open_error.file, "calc.xlsx");
  EXPECT_EQ(read.open_error.value, "Danh sách");
  EXPECT_EQ(read.open_error.expected, "\"Cán bộ\", \"Đơn vị\"");
}

Parts three_sheets(const std::string& first_state) {
  using testing::relationship;
  Parts parts = testing::workbook(sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>one</t></is>"
                                            "</c></row>"));
  parts[1].second = std::string("<workbook xmlns=\"") + testing::kMainNs + "\" xmlns:r=\"" +
                    testing::kRelNs + "\"><sheets>" +
                    "<sheet name=\"Chart\" sheetId=\"3\" r:id=\"rId3\"/>"
                    "<sheet name=\"Hidden\" sheetId=\"2\" " + first_state + " r:id=\"rId2\"/>"
                    "<sheet name=\"Visible\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  // Targets written absolute and with "..", as some writers do.
  parts[2].second = std::string("<Relationships xmlns=\"") + testing::kPackageRelNs + "\">" +
                    relationship("rId1", "worksheet", "/xl/worksheets/sheet1.xml") +
                    relationship("rId2", "worksheet", "../xl/worksheets/sheet2.xml") +
                    relationship("rId3", "chartsheet", "chartsheets/sheet1.xml") +
                    "</Relationships>";
  parts.emplace_back("xl/worksheets/sheet2.xml",
                     sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>two</t></is></c></row>"));
  return parts;
}

TEST(XlsxReaderTest, TheDefaultSheetIsTheFirstVisibleWorksheet) {
  SheetRead read = read_parts(three_sheets("state=\"hidden\""));
  ASSERT_TRUE(read.opened) << read.open_error.value << " " << read.open_error.expected;
  EXPECT_EQ(read.sheet, "Visible");
  EXPECT_EQ(read.rows, (Rows{{1, {"one"}}}));
  EXPECT_EQ(read.sheet_names, (std::vector<std::string>{"Hidden", "Visible"}));

  read = read_parts(three_sheets("state=\"visible\""));
  EXPECT_EQ(read.sheet, "Hidden");
  EXPECT_EQ(read.rows, (Rows{{1, {"two"}}}));

  read = read_parts(three_sheets("state=\"hidden\""), "Hidden");  // named: hidden is fine
  EXPECT_EQ(read.rows, (Rows{{1, {"two"}}}));

  read = read_parts(three_sheets(""), "Chart");  // a chart sheet has no rows
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kUnknownSheet);
  EXPECT_EQ(read.open_error.expected, "\"Hidden\", \"Visible\"");
}

// ----- Cells as rare writers store them -----

TEST(XlsxReaderTest, CellsWithoutReferencesPrefixedNamesAndIsoDates) {
  const std::string sheet =
      std::string("<x:worksheet xmlns:x=\"") + testing::kMainNs + "\"><x:sheetData>"
      "<x:row><x:c><x:v>1</x:v></x:c><x:c t=\"str\"><x:v>a</x:v></x:c></x:row>"  // row 1
      "<x:row><x:c r=\"C2\" t=\"d\"><x:v>2024-02-29T00:00:00</x:v></x:c>"
      "<x:c t=\"inlineStr\"><x:is><x:r><x:t>x</x:t></x:r><x:r><x:t xml:space=\"preserve\"> y"
      "</x:t></x:r><x:rPh sb=\"0\" eb=\"1\"><x:t>PHONETIC</x:t></x:rPh></x:is></x:c></x:row>"
      "<x:row r=\"9\"><x:c r=\"B9\" t=\"b\"><x:v>0</x:v></x:c><x:c r=\"A9\" t=\"e\">"
      "<x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r=\"C9\"><x:f>1+1</x:f></x:c></x:row>"
      "</x:sheetData><x:extLst><x:ext><x:c r=\"A1\"><x:v>9</x:v></x:c></x:ext></x:extLst>"
      "</x:worksheet>";
  const SheetRead read = read_parts(testing::workbook(sheet));
  ASSERT_TRUE(read.opened);
  EXPECT_FALSE(read.error);
  const Rows expected = {
      {1, {"1", "a"}},
      {2, {"", "", "2024-02-29", "x y"}},
      {9, {"#DIV/0!", "false"}},  // a formula without a cached value is empty
  };
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsxReaderTest, DateStylesComeFromBuiltInAndCustomFormats) {
  const std::string styles =
      std::string("<styleSheet xmlns=\"") + testing::kMainNs + "\">"
      "<numFmts><numFmt numFmtId=\"164\" formatCode=\"[$-42A]d/m/yyyy;@\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00\\ &quot;đ&quot;\"/></numFmts>"
      "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"  // not a cell style
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
      "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"20\"/></cellXfs></styleSheet>";
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c s=\"0\"><v>45657</v></c><c s=\"1\"><v>45657</v></c>"
                "<c s=\"2\"><v>45657.5</v></c><c s=\"3\"><v>1.5</v></c><c s=\"4\"><v>1500</v></c>"
                "<c s=\"5\"><v>0.25</v></c><c s=\"99\"><v>7</v></c>"
                "<c s=\"1\" t=\"s\"><v>0</v></c></row>"),
      std::string("<sst xmlns=\"") + testing::kMainNs + "\"><si><t>45657</t></si></sst>",
      styles));
  ASSERT_TRUE(read.opened) << read.open_error.value;
  const Rows expected = {
      {1, {"45657", "2024-12-31", "2024-12-31", "1.5", "1500", "0.25", "7", "45657"}}};
  EXPECT_EQ(read.rows, expected);
}

TEST(XlsxReaderTest, The1900LeapYearBugInDateCells) {
  const std::string styles = std::string("<styleSheet xmlns=\"") + testing::kMainNs +
                             "\"><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c><v>59</v></c><c><v>60</v></c><c><v>61</v></c><c><v>0</v></c>"
                "<c><v>-3</v></c></row>"),
      "", styles));
  // No s attribute: style 0, a date. 60 is Excel's 1900-02-29, which does not
  // exist: it is left for the date parser to refuse. 0 and below are no day.
  EXPECT_EQ(read.rows, (Rows{{1, {"1900-02-28", "1900-02-29", "1900-03-01", "0", "-3"}}}));
}

// ----- Damaged files -----

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(XlsxReaderTest, ATruncatedWorkbookIsCorrupt) {
  TempDir dir;
  const std::string bytes = file_bytes(xlsx_fixture("calc.xlsx"));
  for (const std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{100}}) {
    const auto path = dir.write("staff.xlsx", bytes.substr(0, keep));
    const SheetRead read = read_sheet(path);
    const InputError e = refusal(read);
    EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook) << keep;
    EXPECT_EQ(e.file, "staff.xlsx");
    EXPECT_EQ(e.expected, xlsx::kExpectZipArchive);
  }
}

TEST(XlsxReaderTest, DamagedCompressedDataIsCorrupt) {
  TempDir dir;
  std::string bytes = file_bytes(xlsx_fixture("calc.xlsx"));
  // Overwrite the middle of the worksheet's deflated data.
  const std::size_t name = bytes.find("xl/worksheets/sheet1.xml");
  ASSERT_NE(name, std::string::npos);
  for (std::size_t i = name + 200; i < name + 260; ++i) bytes[i] = '\x5A';
  const SheetRead read = read_sheet(dir.write("staff.xlsx", bytes));
  const InputError e = refusal(read);
  EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(e.value.rfind("xl/worksheets/sheet1.xml", 0), 0u) << e.value;
}

TEST(XlsxReaderTest, AFileThatIsNoZipIsCorruptAndAnEmptyFileIsEmpty) {
  TempDir dir;
  SheetRead read = read_sheet(dir.write("staff.xlsx", "Mã cán bộ,Họ và tên\n1,A\n"));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.expected, xlsx::kExpectZipArchive);
  read = read_sheet(dir.write("staff.xlsx", ""));
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kEmptyFile);
  read = read_sheet(dir.path() / "missing.xlsx");
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCannotOpen);
}

TEST(XlsxReaderTest, MissingPartsAndBadXmlAreCorrupt) {
  Parts parts = testing::workbook(sheet_xml(""));
  parts.erase(parts.begin() + 3);  // the worksheet
  SheetRead read = read_parts(parts);
  EXPECT_EQ(read.open_error.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(read.open_error.value, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(read.open_error.expected, xlsx::kExpectPresentPart);

  read = read_parts(testing::workbook(sheet_xml("<row r=\"1\"><c><v>1</v></c></row>\n<row>")));
  InputError e = refusal(read);
  EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(e.sheet, "Sheet1");
  EXPECT_EQ(e.expected, xlsx::kExpectWellFormedXml);
  EXPECT_EQ(e.value, "xl/worksheets/sheet1.xml (line 2: mismatched tag)");
  EXPECT_EQ(read.rows.size(), 1u);  // rows before the damage were read

  read = read_parts(testing::workbook(sheet_xml("<row r=\"1\"><c t=\"s\"><v>3</v></c></row>"),
                                      std::string("<sst xmlns=\"") + testing::kMainNs +
                                          "\"><si><t>a</t></si></sst>"));
  e = refusal(read);
  EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(e.row, 1);
  EXPECT_EQ(e.expected, xlsx::kExpectSharedStringIndex);

  read = read_parts(testing::workbook(sheet_xml("<row r=\"x1\"/>")));
  EXPECT_EQ(refusal(read).expected, xlsx::kExpectCellReference);
  read = read_parts(testing::workbook(sheet_xml("<row r=\"1\"><c r=\"7\"/></row>")));
  EXPECT_EQ(refusal(read).expected, xlsx::kExpectCellReference);
}

// ----- Hostile files -----

// A worksheet of `size` bytes or more: `row` repeated inside <sheetData>.
std::string big_sheet(const std::string& row, std::size_t size) {
  std::string rows;
  rows.reserve(size + row.size());
  while (rows.size() < size) rows += row;
  return sheet_xml(rows);
}

TEST(XlsxReaderTest, AZipBombIsRefusedByItsCompressionRatio) {
  const auto start = std::chrono::steady_clock::now();
  const SheetRead read = read_parts(testing::workbook(big_sheet("<row/>", 32 << 20)));
  const InputError e = refusal(read);
  EXPECT_EQ(e.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(e.value, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(e.expected, "max_compression_ratio = 100");
  // 32 MiB of "<row/>" deflate to about 32 KiB: refused once 100 times that
  // had inflated, a tenth of the way, never holding more than a row.
  EXPECT_LT(read.rows.size(), 1'000'000u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST(XlsxReaderTest, APartOverItsSizeLimitIsRefusedWhateverItsHeadersSay) {
  XlsxLimits limits;
  limits.max_sheet_bytes = 256 << 10;
  limits.max_compression_ratio = 10'000;
  TempDir dir;
  const auto path = dir.path() / "book.xlsx";
  testing::write_zip(path, testing::workbook(big_sheet("<row><c><v>1</v></c></row>", 1 << 20)));
  InputError e = refusal(read_sheet(path, "", limits));  // declared size: refused at once
  EXPECT_EQ(e.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(e.expected, "max_sheet_bytes = 262144");

  testing::forge_declared_size(path, "xl/worksheets/sheet1.xml", 100);
  const SheetRead read = read_sheet(path, "", limits);
  e = refusal(read);  // counted while inflating: libzip trusts the header
  EXPECT_EQ(e.kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(e.expected, "max_sheet_bytes = 262144");
  EXPECT_LT(read.rows.size(), 262144u / 26);
}

TEST(XlsxReaderTest, BillionLaughsIsRefusedBeforeAnyExpansion) {
  std::string dtd = "<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&l" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "]>";
  const std::string sheet = std::string("<?xml version=\"1.0\"?>") + dtd + "<worksheet xmlns=\"" +
                            testing::kMainNs + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\">"
                            "<is><t>&l9;</t></is></c></row></sheetData></worksheet>";
  const auto start = std::chrono::steady_clock::now();
  const SheetRead read = read_parts(testing::workbook(sheet));
  const InputError e = refusal(read);
  EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(e.value, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(e.expected, xlsx::kExpectNoDoctype);
  EXPECT_TRUE(read.rows.empty());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(XlsxReaderTest, ExternalEntitiesAreRefusedInEveryPart) {
  const std::string dtd = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
  // In the worksheet, the shared strings and the workbook.
  Parts in_sheet = testing::workbook(
      "<?xml version=\"1.0\"?>" + dtd + "<worksheet xmlns=\"" + testing::kMainNs +
      "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
      "</sheetData></worksheet>");
  Parts in_strings = testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"),
      dtd + std::string("<sst xmlns=\"") + testing::kMainNs + "\"><si><t>&xxe;</t></si></sst>");
  Parts in_workbook = testing::workbook(sheet_xml(""));
  in_workbook[1].second = dtd + in_workbook[1].second;
  for (const Parts& parts : {in_sheet, in_strings, in_workbook}) {
    const InputError e = refusal(read_parts(parts));
    EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook);
    EXPECT_EQ(e.expected, xlsx::kExpectNoDoctype) << e.value;
  }
  // An entity that no DTD declares is bad XML, never a file read.
  const InputError e = refusal(read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"))));
  EXPECT_EQ(e.kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(e.expected, xlsx::kExpectWellFormedXml);
}

TEST(XlsxReaderTest, TableAndCellLimits) {
  const std::string sst = std::string("<sst xmlns=\"") + testing::kMainNs +
                          "\"><si><t>abcdef</t></si><si><t>b</t></si><si><t>c</t></si></sst>";
  const std::string row = "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>"
                          "<c r=\"D3\" t=\"s\"><v>0</v></c></row>";
  struct Case {
    const char* name;
    void (*set)(XlsxLimits&);
    std::string expected;
    long row;
  };
  const Case cases[] = {
      {"columns", [](XlsxLimits& l) { l.max_columns = 3; }, "max_columns = 3", 3},
      {"cell", [](XlsxLimits& l) { l.max_cell_bytes = 5; }, "max_cell_bytes = 5", 0},
      {"row", [](XlsxLimits& l) { l.max_row_bytes = 10; }, "max_row_bytes = 10", 3},
      {"strings", [](XlsxLimits& l) { l.max_shared_strings = 2; }, "max_shared_strings = 2", 0},
      {"depth", [](XlsxLimits& l) { l.max_xml_depth = 3; }, "max_xml_depth = 3", 0},
      {"parts", [](XlsxLimits& l) { l.max_part_bytes = 50; }, "max_part_bytes = 50", 0},
      {"sst bytes", [](XlsxLimits& l) { l.max_shared_strings_bytes = 50; },
       "max_shared_strings_bytes = 50", 0},
  };
  for (const Case& c : cases) {
    XlsxLimits limits;
    c.set(limits);
    const InputError e = refusal(read_parts(testing::workbook(sheet_xml(row), sst), "", limits));
    EXPECT_EQ(e.kind, InputErrorKind::kLimitExceeded) << c.name;
    EXPECT_EQ(e.expected, c.expected) << c.name;
    EXPECT_EQ(e.row, c.row) << c.name;
  }
  // Within the limits, the same workbook reads.
  EXPECT_EQ(read_parts(testing::workbook(sheet_xml(row), sst)).rows,
            (Rows{{3, {"abcdef", "", "", "abcdef"}}}));
}

TEST(XlsxReaderTest, ACellFarRightCostsNoMoreThanItsColumn) {
  const SheetRead read = read_parts(testing::workbook(
      sheet_xml("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c r=\"XFE1\" s=\"1\"/></row>")));
  // XFE is past Excel's last column even when empty.
  EXPECT_EQ(refusal(read).expected, "max_columns = 16384");
  const SheetRead ok =
      read_parts(testing::workbook(sheet_xml("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>")));
  ASSERT_EQ(ok.rows.size(), 1u);
  EXPECT_EQ(ok.rows[0].second.size(), 16384u);
  EXPECT_EQ(ok.rows[0].second.back(), "1");
}

}  // namespace
}  // namespace genaudit
