// Registers read from XLSX: the register reader over a worksheet (typed
// cells, errors that name the sheet), the data folder's choice of file, and
// an audit of the same registers as CSV and as XLSX written by LibreOffice
// Calc giving the same findings.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <SQLiteCpp/Statement.h>

#include "adapters/registers/register_reader.h"
#include "engine/ingest/data_folder.h"
#include "engine/ingest/register_importer.h"
#include "reports/json_report.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::sheet_xml;
using testing::TempDir;
using testing::xlsx_fixture;

std::vector<RegisterRow> read_register(const std::string& name, const std::filesystem::path& path,
                                       InputErrors* errors, const std::string& sheet = "") {
  RecordSourceOptions options;
  options.sheet = sheet;
  auto reader = RegisterReader::open(*find_register(name), path, path.filename().string(), errors,
                                     options);
  std::vector<RegisterRow> rows;
  if (!reader) return rows;
  RegisterRow row;
  while (reader->next(&row, errors)) rows.push_back(row);
  return rows;
}

std::string inline_cell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

const std::string kDateStyle = std::string("<styleSheet xmlns=\"") + testing::kMainNs +
                               "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
                               "</styleSheet>";

TEST(XlsxRegisterTest, ANamedSheetOfALibreOfficeWorkbookIsARegister) {
  InputErrors errors;
  const auto rows = read_register("agencies", xlsx_fixture("calc.xlsx"), &errors, "Đơn vị");
  ASSERT_TRUE(errors.empty()) << errors[0].value;
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(std::get<std::string>(rows[0].cells[0]), "SNV");
  EXPECT_EQ(std::get<std::string>(rows[0].cells[2]), "province");
}

TEST(XlsxRegisterTest, CellsConvertToTheirFieldTypes) {
  TempDir dir;
  const auto path = dir.path() / "Staff.XLSX";  // the extension in any case
  testing::write_zip(
      path, testing::workbook(
                sheet_xml("<row r=\"1\">" + inline_cell("A1", "Mã cán bộ") +
                          inline_cell("B1", "Họ và tên") + inline_cell("C1", "Giới tính") +
                          inline_cell("D1", "Mã đơn vị") + inline_cell("E1", "Lãnh đạo chủ chốt") +
                          inline_cell("F1", "Ngày sinh") + "</row>"
                          "<row r=\"2\">" + inline_cell("A2", "0123") + inline_cell("B2", "Lê Thị A") +
                          inline_cell("C2", "Nữ") + inline_cell("D2", "A") +
                          "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" s=\"1\"><v>31113</v></c></row>"
                          "<row r=\"4\"><c r=\"A4\"><v>4201234567</v></c>" + inline_cell("B4", "B") +
                          inline_cell("C4", "Nam") + inline_cell("D4", "A") +
                          "<c r=\"E4\"><v>0</v></c>" + inline_cell("F4", "7/3/1985") + "</row>"
                          "<row r=\"5\"><c r=\"A5\" s=\"1\"/></row>"),
                "", kDateStyle));
  InputErrors errors;
  const auto rows = read_register("staff", path, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].value;
  ASSERT_EQ(rows.size(), 2u);  // the formatted but empty row 5 is skipped
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(std::get<std::string>(rows[0].cells[0]), "0123");
  EXPECT_EQ(std::get<bool>(rows[0].cells[6]), true);                   // key_leader
  EXPECT_EQ(std::get<Date>(rows[0].cells[3]).iso(), "1985-03-07");     // birth_date
  EXPECT_EQ(rows[1].row, 4);
  EXPECT_EQ(std::get<std::string>(rows[1].cells[0]), "4201234567");
  EXPECT_EQ(std::get<bool>(rows[1].cells[6]), false);
  EXPECT_EQ(std::get<Date>(rows[1].cells[3]).iso(), "1985-03-07");     // a text date
}

TEST(XlsxRegisterTest, ErrorsNameTheSheetRowAndColumn) {
  TempDir dir;
  const auto path = dir.path() / "agencies.xlsx";
  testing::write_zip(
      path, testing::workbook(sheet_xml(
                "<row r=\"1\">" + inline_cell("A1", "Mã đơn vị") + inline_cell("B1", "Tên đơn vị") +
                inline_cell("C1", "Cấp") + "</row><row r=\"3\">" + inline_cell("A3", "A") +
                inline_cell("B3", "Sở A") + inline_cell("C3", "bộ") + "</row>")));
  InputErrors errors;
  read_register("agencies", path, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, InputErrorKind::kBadCode);
  EXPECT_EQ(errors[0].file, "agencies.xlsx");
  EXPECT_EQ(errors[0].sheet, "Sheet1");
  EXPECT_EQ(errors[0].row, 3);
  EXPECT_EQ(errors[0].column, "Cấp");
  EXPECT_EQ(errors[0].value, "bộ");

  // A sheet without a header row is empty, and says which sheet.
  testing::write_zip(path, testing::workbook(sheet_xml("<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>")));
  errors.clear();
  read_register("agencies", path, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, InputErrorKind::kEmptyFile);
  EXPECT_EQ(errors[0].sheet, "Sheet1");
}

TEST(XlsxRegisterTest, ExcelsFictitiousLeapDayIsABadDate) {
  TempDir dir;
  const auto path = dir.path() / "reports.xlsx";
  testing::write_zip(
      path, testing::workbook(sheet_xml(
                "<row r=\"1\">" + inline_cell("A1", "Mã đơn vị") + inline_cell("B1", "Năm báo cáo") +
                inline_cell("C1", "Ngày gửi") + "</row><row r=\"2\">" + inline_cell("A2", "A") +
                "<c r=\"B2\"><v>1900</v></c><c r=\"C2\" s=\"1\"><v>60</v></c></row>"
                "<row r=\"3\">" + inline_cell("A3", "A") +
                "<c r=\"B3\"><v>1900</v></c><c r=\"C3\" s=\"1\"><v>61</v></c></row>"),
                "", kDateStyle));
  InputErrors errors;
  const auto rows = read_register("reports", path, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, InputErrorKind::kBadDate);
  EXPECT_EQ(errors[0].row, 2);
  EXPECT_EQ(errors[0].value, "1900-02-29");  // as Excel shows serial 60
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(std::get<Date>(rows[1].cells[2]).iso(), "1900-03-01");
}

TEST(XlsxRegisterTest, ADamagedWorkbookIsNotImported) {
  TempDir dir;
  const auto path = dir.write("agencies.xlsx", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  AuditStore store(":memory:");
  const ImportOutcome outcome =
      import_register_file(store, *find_register("agencies"), path, "agencies.xlsx");
  EXPECT_FALSE(outcome.imported);
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0].kind, InputErrorKind::kCorruptWorkbook);
}

TEST(XlsxRegisterTest, TheFilesOfOneRegisterAreReadTogetherCodesCheckedAcrossThem) {
  TempDir dir;
  std::filesystem::copy_file(xlsx_fixture("registers-xlsx/agencies.xlsx"),
                             dir.path() / "AGENCIES.xlsx");
  AuditStore store(":memory:");
  FolderImport imported = import_data_folder(store, dir.path());
  ASSERT_TRUE(imported.ok());
  EXPECT_EQ(imported.imported, (std::vector<std::string>{"agencies"}));
  const long rows = imported.counts[0].rows;

  // Another agency's list of the same register: its rows are added.
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nZZ1,Sở Mới,tỉnh\n");
  imported = import_data_folder(store, dir.path());
  ASSERT_TRUE(imported.ok());
  EXPECT_EQ(imported.counts[0].rows, rows + 1);
  EXPECT_EQ(imported.counts[0].files, 2u);
  ASSERT_EQ(imported.intake.files.size(), 2u);
  EXPECT_EQ(imported.intake.files[0].file, "AGENCIES.xlsx");
  EXPECT_EQ(imported.intake.files[1].file, "agencies.csv");

  // A code in both files is an error naming the other file and its row.
  std::string code;
  {
    SQLite::Statement first(store.database(),
                            "SELECT agency_code FROM agencies WHERE _file = 'AGENCIES.xlsx' LIMIT 1");
    ASSERT_TRUE(first.executeStep());
    code = first.getColumn(0).getString();
  }
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nZZ1,Sở Mới,tỉnh\n" + code + ",Trùng,tỉnh\n");
  imported = import_data_folder(store, dir.path());
  EXPECT_FALSE(imported.ok());
  EXPECT_TRUE(imported.imported.empty());
  ASSERT_EQ(imported.errors.size(), 1u);
  EXPECT_EQ(imported.errors[0].kind, InputErrorKind::kDuplicateKey);
  EXPECT_EQ(imported.errors[0].file, "agencies.csv");
  EXPECT_EQ(imported.errors[0].row, 3);
  EXPECT_EQ(imported.errors[0].value, code);
  EXPECT_NE(imported.errors[0].expected.find(" in AGENCIES.xlsx"), std::string::npos)
      << imported.errors[0].expected;
}

// The report without what names the files: the run (file names, hashes)
// and each finding row's file and sheet.
nlohmann::json findings_of(const AuditReport& report) {
  nlohmann::json j = audit_to_json(report, Language::kEnglish);
  j.erase("run");
  for (auto& finding : j["findings"]) {
    for (auto& row : finding["rows"]) {
      row.erase("file");
      row.erase("sheet");
    }
  }
  return j;
}

TEST(XlsxRegisterTest, AnAuditOfXlsxRegistersFindsWhatTheSameCsvFinds) {
  const AuditReport csv = testing::audit_folder(xlsx_fixture("registers-csv"), "2025");
  const AuditReport xlsx = testing::audit_folder(xlsx_fixture("registers-xlsx"), "2025");
  ASSERT_EQ(xlsx.registers.size(), 2u);
  EXPECT_EQ(xlsx.registers[0].file, "agencies.xlsx");
  EXPECT_EQ(xlsx.registers[1].rows, csv.registers[1].rows);
  EXPECT_FALSE(csv.findings.empty());
  EXPECT_EQ(findings_of(xlsx), findings_of(csv));
}

}  // namespace
}  // namespace genaudit
