// Registers read from every workbook format: the same staff and agencies
// data as CSV, and as .xls and .ods written by LibreOffice Calc (dates as
// date cells on every other row, numbers and flags typed), give the same
// register rows. Also the choice of reader by file extension, and the
// sheets a RecordSource lists.
#include <gtest/gtest.h>

#include <variant>

#include "adapters/registers/record_source.h"
#include "adapters/registers/register_reader.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

std::filesystem::path data_file(const std::string& relative) {
  return std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/data" / relative;
}

// A register row as text, each cell tagged with its type.
std::string row_text(const RegisterRow& row) {
  std::string out = std::to_string(row.row) + (row.valid ? ":" : "!:");
  for (const Cell& cell : row.cells) {
    out += " | ";
    if (const auto* s = std::get_if<std::string>(&cell)) out += "s " + *s;
    if (const auto* d = std::get_if<double>(&cell)) out += "d " + std::to_string(*d);
    if (const auto* i = std::get_if<long long>(&cell)) out += "i " + std::to_string(*i);
    if (const auto* b = std::get_if<bool>(&cell)) out += *b ? "b true" : "b false";
    if (const auto* date = std::get_if<Date>(&cell)) out += "D " + date->iso();
  }
  return out;
}

std::vector<std::string> read_register(const std::string& name,
                                       const std::filesystem::path& path) {
  InputErrors errors;
  auto reader = RegisterReader::open(*find_register(name), path, path.filename().string(),
                                     &errors);
  std::vector<std::string> rows;
  EXPECT_TRUE(reader) << path;
  if (!reader) return rows;
  RegisterRow row;
  while (reader->next(&row, &errors)) rows.push_back(row_text(row));
  EXPECT_TRUE(errors.empty()) << path << ": " << (errors.empty() ? "" : errors[0].value);
  return rows;
}

TEST(WorkbookRegisterTest, XlsAndOdsRegistersReadAsTheSameCsv) {
  for (const std::string name : {"agencies", "staff"}) {
    const auto csv = read_register(name, data_file("xlsx/registers-csv/" + name + ".csv"));
    ASSERT_GT(csv.size(), 3u) << name;
    EXPECT_EQ(read_register(name, data_file("xls/registers-xls/" + name + ".xls")), csv) << name;
    EXPECT_EQ(read_register(name, data_file("ods/registers-ods/" + name + ".ods")), csv) << name;
  }
}

TEST(WorkbookRegisterTest, TheFormatIsTheExtensionInAnyCase) {
  EXPECT_EQ(file_format_of("a/staff.csv"), FileFormat::kCsv);
  EXPECT_EQ(file_format_of("staff.TSV"), FileFormat::kCsv);
  EXPECT_EQ(file_format_of("staff.txt"), FileFormat::kCsv);
  EXPECT_EQ(file_format_of("Staff.XLSX"), FileFormat::kXlsx);
  EXPECT_EQ(file_format_of("staff.Xls"), FileFormat::kXls);
  EXPECT_EQ(file_format_of("staff.ODS"), FileFormat::kOds);
  EXPECT_EQ(file_format_of("staff.xlsm"), FileFormat::kXlsx);  // macro-enabled: XLSX inside
  EXPECT_EQ(file_format_of("staff"), FileFormat::kOther);
  EXPECT_EQ(file_format_of(".ods"), FileFormat::kOther);  // a hidden file, no extension
  EXPECT_TRUE(is_xlsx_path("x.xlsx"));
  EXPECT_TRUE(is_xlsx_path("x.xlsm"));
  EXPECT_FALSE(is_xlsx_path("x.xls"));
}

TEST(WorkbookRegisterTest, ASourceListsTheWorkbooksSheets) {
  const std::vector<std::string> sheets = {"Cán bộ", "Đơn vị"};
  for (const std::string file : {"xlsx/calc.xlsx", "xls/calc.xls", "ods/calc.ods"}) {
    InputError error{};
    RecordSourceOptions options;
    options.sheet = "đơn vị";
    auto source = open_record_source(data_file(file), file, options, &error);
    ASSERT_TRUE(source) << file;
    EXPECT_EQ(source->sheet_names(), sheets) << file;
    EXPECT_EQ(source->sheet(), "Đơn vị") << file;
    CsvRecord record;
    ASSERT_TRUE(source->next(record)) << file;
    EXPECT_EQ(record.fields, (std::vector<std::string>{"Mã đơn vị", "Tên đơn vị", "Cấp"}));
  }
  InputError error{};
  auto csv = open_record_source(data_file("xlsx/registers-csv/agencies.csv"), "agencies.csv", {},
                                &error);
  ASSERT_TRUE(csv);
  EXPECT_TRUE(csv->sheet_names().empty());
  EXPECT_TRUE(csv->sheet().empty());
}

TEST(WorkbookRegisterTest, AnUnreadableWorkbookIsAnError) {
  testing::TempDir dir;
  for (const std::string name : {"agencies.xls", "agencies.ods"}) {
    InputErrors errors;
    const auto path = dir.write(name, "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
    EXPECT_FALSE(RegisterReader::open(*find_register("agencies"), path, name, &errors));
    ASSERT_EQ(errors.size(), 1u) << name;
    EXPECT_EQ(errors[0].kind, InputErrorKind::kCorruptWorkbook);
    EXPECT_EQ(errors[0].file, name);
  }
}

}  // namespace
}  // namespace genaudit
