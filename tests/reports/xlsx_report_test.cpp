// The workbook as a spreadsheet user gets it, read back by an independent
// reader (tests/reports/read_xlsx.py: Python's zipfile and XML parser):
// sheets, frozen headers, autofilters, date cells, widths, and register
// values as string cells, never formulas.
#include "reports/xlsx_report.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/reports/document_fixture.h"
#include "tests/reports/history_fixture.h"
#include "tests/reports/intake_fixture.h"
#include "tests/reports/external_tools.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::TempDir;

// Writes the workbook as `audit --output` does: staged, then published.
bool write_xlsx(const AuditReport& report, Language lang, const std::string& path,
                std::string* error) {
  StagedOutputs outputs(lang);
  return write_xlsx_report(report, lang, path, outputs, error) && outputs.publish(error);
}

// The workbook of `report` as the independent reader sees it.
json written_and_read(const AuditReport& report, Language lang, const TempDir& tmp,
                      const std::string& name) {
  const auto path = tmp.path() / name;
  std::string error;
  EXPECT_TRUE(write_xlsx(report, lang, path.string(), &error)) << error;
  testing::keep_document(path);
  const testing::CommandRun r = testing::run_command(
      testing::shell_quote(GENAUDIT_PYTHON) + " " +
      testing::shell_quote(std::string(GENAUDIT_SOURCE_DIR) + "/tests/reports/read_xlsx.py") + " " +
      testing::shell_quote(path.string()));
  EXPECT_EQ(r.status, 0) << r.out;
  return json::parse(r.out);
}

const json& sheet(const json& book, const std::string& name) {
  for (const json& s : book["sheets"]) {
    if (s["name"] == name) return s;
  }
  static const json kNone = {{"cells", json::object()}};
  ADD_FAILURE() << "no sheet " << name;
  return kNone;
}

json cell(const json& sheet, const std::string& ref) {
  return sheet["cells"].contains(ref) ? sheet["cells"][ref] : json(nullptr);
}

TEST(XlsxReportTest, SheetsAreTablesWithFrozenHeadersAndFilters) {
  testing::DocumentFixture fx;
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kVietnamese, tmp, "audit-vi.xlsx");
  std::vector<std::string> names;
  for (const json& s : book["sheets"]) names.push_back(s["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"Phát hiện", "Chỉ tiêu", "Phạm vi kiểm tra",
                                             "Dòng dữ liệu gốc", "Số liệu", "Tiếp nhận",
                                             "Thông tin"}));
  EXPECT_EQ(book["formulas"], 0);

  const json& findings = sheet(book, "Phát hiện");
  EXPECT_EQ(findings["frozen_rows"], 1);
  EXPECT_EQ(findings["autofilter"], "A1:O5");
  EXPECT_EQ(cell(findings, "A1")["value"], "STT");
  EXPECT_EQ(cell(findings, "E1")["value"], "Mã đơn vị");
  EXPECT_EQ(cell(findings, "A2")["type"], "number");
  EXPECT_EQ(cell(findings, "A2")["value"], 1.0);
  EXPECT_EQ(cell(findings, "C2")["value"], "O1.S4");
  EXPECT_EQ(cell(findings, "F2")["value"], "Sở Nội vụ");
  EXPECT_EQ(cell(findings, "N2")["value"], "women: 3\nknown: 10\nfemale_share: 30,0%");
  EXPECT_EQ(cell(findings, "O2")["value"], 2.0);
  // The month of the O6.T4 finding, as date cells.
  EXPECT_EQ(cell(findings, "G4")["value"], "03/2025");
  EXPECT_EQ(cell(findings, "H4")["type"], "date");
  EXPECT_EQ(cell(findings, "H4")["value"], "2025-03-01");
  EXPECT_EQ(cell(findings, "I4")["value"], "2025-03-31");
  EXPECT_EQ(cell(findings, "H4")["format"], "dd/mm/yyyy");
  // Widths that fit: every column has one, the code column about its content.
  for (const char* column :
       {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"}) {
    ASSERT_TRUE(findings["widths"].contains(column)) << column;
    EXPECT_GE(findings["widths"][column].get<double>(), 6) << column;
    EXPECT_LE(findings["widths"][column].get<double>(), 43) << column;
  }
  EXPECT_GE(findings["widths"]["D"].get<double>(), 40);  // the long titles wrap at 40
  EXPECT_LE(findings["widths"]["E"].get<double>(), 12);  // "UBND-NT", "DPT-KH"

  const json& indicators = sheet(book, "Chỉ tiêu");
  EXPECT_EQ(indicators["frozen_rows"], 1);
  EXPECT_EQ(indicators["autofilter"], "A1:M4");
  EXPECT_EQ(cell(indicators, "E2")["type"], "number");
  EXPECT_NEAR(cell(indicators, "E2")["value"].get<double>(), 1.0 / 3, 1e-12);  // a share
  EXPECT_EQ(cell(indicators, "E2")["format"], "0.0%");
  EXPECT_EQ(cell(indicators, "F2")["value"], 0.6);
  EXPECT_EQ(cell(indicators, "G2")["value"], "≥");
  EXPECT_EQ(cell(indicators, "H2")["value"], "Chưa đạt");
  EXPECT_EQ(cell(indicators, "E3")["value"], 52.5);    // a statistic, as reported
  EXPECT_EQ(cell(indicators, "K3")["value"], "số liệu báo cáo");  // it has no parts
  EXPECT_EQ(cell(indicators, "M3")["type"], "blank");
  EXPECT_EQ(cell(indicators, "E4")["type"], "blank");  // no data

  const json& rows = sheet(book, "Dòng dữ liệu gốc");
  EXPECT_EQ(rows["frozen_rows"], 1);
  EXPECT_EQ(rows["autofilter"], "A1:H9");  // the header, then 2 + 1 + 1 + 4 rows
  EXPECT_EQ(cell(rows, "F3")["value"], "staff.xlsx");
  EXPECT_EQ(cell(rows, "G3")["value"], "Cán bộ");
  EXPECT_EQ(cell(rows, "H3")["value"], 5.0);

  const json& figures = sheet(book, "Số liệu");
  EXPECT_EQ(figures["autofilter"], "A1:F11");  // the header, then 3 + 3 + 1 + 3 figures
  // V.19's figures: a date cell, a number, a blank for the missing one.
  EXPECT_EQ(cell(figures, "E9")["value"], "sent_on");
  EXPECT_EQ(cell(figures, "F9")["type"], "date");
  EXPECT_EQ(cell(figures, "F9")["value"], "2025-12-15");
  EXPECT_EQ(cell(figures, "F10")["value"], 5.0);
  EXPECT_EQ(cell(figures, "F11")["type"], "blank");
  EXPECT_EQ(cell(figures, "F4")["format"], "0.0%");  // female_share

  const json& about = sheet(book, "Thông tin");
  EXPECT_EQ(about["frozen_rows"], 0);
  std::vector<std::string> dates;
  for (const auto& [ref, c] : about["cells"].items()) {
    if (c["type"] == "date") dates.push_back(c["value"]);
  }
  EXPECT_EQ(dates, (std::vector<std::string>{"2025-01-01", "2025-12-31", "2025-12-31"}));
  bool hash_found = false;
  for (const auto& [ref, c] : about["cells"].items())
    hash_found |= c["value"] == std::string(64, 'e');
  EXPECT_TRUE(hash_found);
}

// What the numbers rest on, as numbers: a share's numerator and denominator
// beside it, and a sheet of each finding rule's coverage.
TEST(XlsxReportTest, PartsAndCoverageAreNumberCells) {
  testing::DocumentFixture fx;
  fx.s4.unit = {"cơ quan", "agencies"};
  fx.report.coverage = {{&fx.s4, 5, 5, 2, 1}};
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kVietnamese, tmp, "parts-vi.xlsx");
  const json& indicators = sheet(book, "Chỉ tiêu");
  EXPECT_EQ(cell(indicators, "K1")["value"], "Tử số");
  EXPECT_EQ(cell(indicators, "K2")["type"], "number");
  EXPECT_EQ(cell(indicators, "K2")["value"], 1.0);
  EXPECT_EQ(cell(indicators, "L2")["value"], 3.0);
  EXPECT_EQ(cell(indicators, "M2")["value"], "cơ quan");
  const json& coverage = sheet(book, "Phạm vi kiểm tra");
  EXPECT_EQ(coverage["frozen_rows"], 1);
  EXPECT_EQ(coverage["autofilter"], "A1:I2");
  EXPECT_EQ(cell(coverage, "C2")["value"], "O1.S4");
  EXPECT_EQ(cell(coverage, "E2")["value"], "cơ quan");
  for (const auto& [ref, n] : std::vector<std::pair<std::string, double>>{
           {"F2", 5}, {"G2", 5}, {"H2", 2}, {"I2", 1}}) {
    EXPECT_EQ(cell(coverage, ref)["type"], "number") << ref;
    EXPECT_EQ(cell(coverage, ref)["value"], n) << ref;
  }
}

TEST(XlsxReportTest, EnglishSheetsAndDates) {
  testing::DocumentFixture fx;
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kEnglish, tmp, "audit-en.xlsx");
  const json& findings = sheet(book, "Findings");
  EXPECT_EQ(cell(findings, "H4")["format"], "yyyy-mm-dd");
  EXPECT_EQ(cell(findings, "D2")["value"],
            "Agency with 30% or more women but no female key leader");
  EXPECT_EQ(cell(findings, "J2")["value"], "high");
  sheet(book, "Indicators");
  sheet(book, "Evidence rows");
  sheet(book, "Figures");
  sheet(book, "Intake");
  sheet(book, "About");
}

// The text of every cell of `sheet`, in no particular order.
std::vector<std::string> texts_of(const json& sheet) {
  std::vector<std::string> out;
  for (const auto& [ref, c] : sheet["cells"].items()) {
    if (c["value"].is_string()) out.push_back(c["value"]);
  }
  return out;
}

bool any_contains(const std::vector<std::string>& texts, const std::string& part) {
  for (const std::string& t : texts) {
    if (t.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(XlsxReportTest, EvidenceIsNamedByItsLabelInTheWorkbooksLanguage) {
  testing::DocumentFixture fx;
  fx.s4.evidence_labels = testing::o1_s4_evidence_labels();
  TempDir tmp;
  const json vi = written_and_read(fx.report, Language::kVietnamese, tmp, "labels-vi.xlsx");
  const std::vector<std::string> vi_findings = texts_of(sheet(vi, "Phát hiện"));
  const std::vector<std::string> vi_figures = texts_of(sheet(vi, "Số liệu"));
  EXPECT_TRUE(any_contains(
      vi_findings, "Số cán bộ nữ: 3\nSố cán bộ có thông tin giới tính: 10\nTỷ lệ nữ: 30,0%"));
  for (const char* label : {"Số cán bộ nữ", "Số cán bộ có thông tin giới tính", "Tỷ lệ nữ"}) {
    EXPECT_TRUE(any_contains(vi_figures, label)) << label;
  }
  for (const std::vector<std::string>* texts : {&vi_findings, &vi_figures}) {
    EXPECT_FALSE(any_contains(*texts, "female_share"));
    EXPECT_FALSE(any_contains(*texts, "women"));
    EXPECT_FALSE(any_contains(*texts, "Women on staff"));
    EXPECT_TRUE(any_contains(*texts, "days_late"));  // unlabelled: its name
  }

  const json en = written_and_read(fx.report, Language::kEnglish, tmp, "labels-en.xlsx");
  for (const char* name : {"Findings", "Figures"}) {
    const std::vector<std::string> texts = texts_of(sheet(en, name));
    for (const char* label : {"Women on staff", "Staff whose gender is recorded", "Share of women"}) {
      EXPECT_TRUE(any_contains(texts, label)) << name << ": " << label;
    }
    EXPECT_FALSE(any_contains(texts, "female_share")) << name;
    EXPECT_FALSE(any_contains(texts, "Số cán bộ nữ")) << name;
  }
}

TEST(XlsxReportTest, HostileValuesAreStringCellsNeverFormulas) {
  testing::HostileFixture fx;
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kVietnamese, tmp, "hostile.xlsx");
  EXPECT_EQ(book["formulas"], 0);
  const json& findings = sheet(book, "Phát hiện");
  const auto& bad = testing::hostile_strings();
  for (std::size_t i = 0; i < bad.size(); ++i) {
    const std::string row = std::to_string(i + 2);
    EXPECT_EQ(cell(findings, "E" + row)["type"], "string") << bad[i];
    EXPECT_EQ(cell(findings, "E" + row)["value"], bad[i]);  // the code, exactly as written
    EXPECT_EQ(cell(findings, "F" + row)["value"], bad[(i + 1) % bad.size()]);
  }
  const json& rows = sheet(book, "Dòng dữ liệu gốc");
  EXPECT_EQ(cell(rows, "F2")["value"], bad[1] + ".csv");
  EXPECT_EQ(cell(rows, "G3")["value"], bad[3]);
  for (const json& s : book["sheets"]) {
    for (const auto& [ref, c] : s["cells"].items()) {
      EXPECT_NE(c["type"], "formula-string") << s["name"] << "!" << ref;
    }
  }
}

TEST(XlsxReportTest, AFolderThatDoesNotExistIsAnErrorAndLeavesNothing) {
  testing::DocumentFixture fx;
  TempDir tmp;
  const auto path = tmp.path() / "missing" / "audit.xlsx";
  std::string error;
  EXPECT_FALSE(write_xlsx(fx.report, Language::kEnglish, path.string(), &error));
  EXPECT_NE(error.find(path.string()), std::string::npos) << error;
  EXPECT_FALSE(std::filesystem::exists(tmp.path() / "missing"));
}

TEST(XlsxReportTest, ReplacesAnExistingFile) {
  testing::DocumentFixture fx;
  TempDir tmp;
  const auto path = tmp.write("audit.xlsx", "old content");
  std::string error;
  ASSERT_TRUE(write_xlsx(fx.report, Language::kEnglish, path.string(), &error)) << error;
  EXPECT_EQ(testing::read_text(path).substr(0, 2), "PK");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(tmp.path()),
                          std::filesystem::directory_iterator()),
            1);  // no temporary file left beside it
}


// ---- Finding statuses and waivers -------------------------------------------

TEST(XlsxReportTest, StatusColumnsAndAWaivedSheetInVietnamese) {
  testing::HistoryFixture fx;
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kVietnamese, tmp, "history-vi.xlsx");
  std::vector<std::string> names;
  for (const json& s : book["sheets"]) names.push_back(s["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"Phát hiện", "Được miễn trừ", "Chỉ tiêu",
                                             "Phạm vi kiểm tra", "Dòng dữ liệu gốc", "Số liệu",
                                             "Tiếp nhận", "Thông tin"}));
  const json& findings = sheet(book, "Phát hiện");
  EXPECT_EQ(findings["autofilter"], "A1:Q3");
  EXPECT_EQ(cell(findings, "P1")["value"], "So với lần trước");
  EXPECT_EQ(cell(findings, "Q1")["value"], "Ghi chú");
  EXPECT_EQ(cell(findings, "E2")["value"], "SNV");
  EXPECT_EQ(cell(findings, "P2")["value"], "còn tồn tại");
  EXPECT_EQ(cell(findings, "Q2")["value"], "miễn trừ đã hết hạn ngày 30/06/2025");
  EXPECT_EQ(cell(findings, "P3")["value"], "mới");
  EXPECT_EQ(cell(findings, "Q3")["type"], "blank");

  const json& waived = sheet(book, "Được miễn trừ");
  EXPECT_EQ(waived["frozen_rows"], 1);
  EXPECT_EQ(waived["autofilter"], "A1:M3");
  EXPECT_EQ(cell(waived, "I1")["value"], "Lý do");
  EXPECT_EQ(cell(waived, "J1")["value"], "Người phê duyệt");
  EXPECT_EQ(cell(waived, "K1")["value"], "Hết hạn");
  EXPECT_EQ(cell(waived, "A2")["value"], 1.0);
  EXPECT_EQ(cell(waived, "E2")["value"], "UBND-NT");
  EXPECT_EQ(cell(waived, "H2")["value"], "tái diễn");
  EXPECT_EQ(cell(waived, "I2")["value"], "Sáp nhập theo Quyết định 12/QĐ-UBND");
  EXPECT_EQ(cell(waived, "J2")["value"], "Nguyễn Văn A");
  EXPECT_EQ(cell(waived, "K2")["type"], "date");
  EXPECT_EQ(cell(waived, "K2")["value"], "2026-03-31");
  EXPECT_EQ(cell(waived, "K2")["format"], "dd/mm/yyyy");
  EXPECT_EQ(cell(waived, "L2")["value"], "waivers.toml:8");
  // The waiver that matched nothing, said so.
  EXPECT_EQ(cell(waived, "E3")["value"], "NOPE");
  EXPECT_EQ(cell(waived, "G3")["value"], "Quý 1/2025");
  EXPECT_EQ(cell(waived, "K3")["value"], "2025-01-31");
  EXPECT_EQ(cell(waived, "M3")["value"], "không khớp phát hiện nào; đã hết hạn");
  // Waived findings are not among the findings nor their rows.
  for (const auto& [ref, c] : findings["cells"].items()) EXPECT_NE(c["value"], "UBND-NT") << ref;
}

TEST(XlsxReportTest, WaivedSheetInEnglishAndNoneWithoutWaivers) {
  testing::HistoryFixture fx;
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kEnglish, tmp, "history-en.xlsx");
  const json& findings = sheet(book, "Findings");
  EXPECT_EQ(cell(findings, "P1")["value"], "Since last run");
  EXPECT_EQ(cell(findings, "Q2")["value"], "waiver expired on 2025-06-30");
  const json& waived = sheet(book, "Waived");
  EXPECT_EQ(cell(waived, "I1")["value"], "Justification");
  EXPECT_EQ(cell(waived, "J1")["value"], "Approved by");
  EXPECT_EQ(cell(waived, "K2")["format"], "yyyy-mm-dd");
  EXPECT_EQ(cell(waived, "H2")["value"], "regressed");
  EXPECT_EQ(cell(waived, "M3")["value"], "matches no finding; expired");

  testing::DocumentFixture plain;
  const json none = written_and_read(plain.report, Language::kEnglish, tmp, "plain.xlsx");
  for (const json& s : none["sheets"]) EXPECT_NE(s["name"], "Waived");
  EXPECT_EQ(sheet(none, "Findings")["autofilter"], "A1:O5");  // no status columns
}

TEST(XlsxReportTest, HostileWaiverTextIsStringCellsNeverFormulas) {
  testing::HistoryFixture fx;
  const auto& bad = testing::hostile_strings();
  Waiver& w = fx.report.waived[0].waiver;
  w.justification = bad[2];  // =HYPERLINK(...)
  w.approved_by = bad[3];    // @SUM(A1)
  w.source = bad[4];         // +1
  fx.report.unused_waivers[0].subject = bad[5];  // -1
  fx.report.unused_waivers[0].justification = bad[0];
  TempDir tmp;
  const json book = written_and_read(fx.report, Language::kEnglish, tmp, "hostile-waiver.xlsx");
  EXPECT_EQ(book["formulas"], 0);
  const json& waived = sheet(book, "Waived");
  EXPECT_EQ(cell(waived, "I2")["type"], "string");
  EXPECT_EQ(cell(waived, "I2")["value"], bad[2]);  // as written
  EXPECT_EQ(cell(waived, "J2")["value"], bad[3]);
  EXPECT_EQ(cell(waived, "L2")["value"], bad[4]);
  EXPECT_EQ(cell(waived, "E3")["type"], "string");
  EXPECT_EQ(cell(waived, "E3")["value"], bad[5]);
  EXPECT_EQ(cell(waived, "I3")["value"], bad[0]);
}

TEST(XlsxReportTest, TheIntakeSheetHasARowPerFactInBothLanguages) {
  testing::IntakeFixture fx;
  TempDir tmp;
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const bool en = lang == Language::kEnglish;
    const json book = written_and_read(fx.report, lang, tmp, en ? "intake-en.xlsx" : "intake-vi.xlsx");
    const json& intake = sheet(book, en ? "Intake" : "Tiếp nhận");
    EXPECT_EQ(cell(intake, "A1")["value"], en ? "Kind" : "Nội dung");
    EXPECT_EQ(cell(intake, "E1")["value"], en ? "Count" : "Số lượng");
    EXPECT_EQ(intake["frozen_rows"], 1);
    // The warnings first, then the files with their rows kept and left out.
    EXPECT_EQ(cell(intake, "A2")["value"], en ? "Warning" : "Cảnh báo");
    EXPECT_EQ(cell(intake, "A3")["value"], en ? "Warning" : "Cảnh báo");
    EXPECT_EQ(cell(intake, "C5")["value"], "nhan-su/can-bo.xlsx");
    EXPECT_EQ(cell(intake, "E5")["value"], 16);
    EXPECT_EQ(cell(intake, "E6")["value"], 4);
    const std::vector<std::string> texts = texts_of(intake);
    for (const testing::ExpectedText& t : testing::expected_intake_texts(lang)) {
      if (t.listed_only) continue;
      bool found = false;
      for (const std::string& text : texts) found = found || text.find(t.what) != std::string::npos;
      EXPECT_TRUE(found) << "missing: " << t.what;
    }
    // A warning: the workbook opens on this sheet, and About repeats it.
    EXPECT_EQ(book["active"], en ? "Intake" : "Tiếp nhận");
    const std::vector<std::string> about = texts_of(sheet(book, en ? "About" : "Thông tin"));
    bool warned = false;
    for (const std::string& text : about) warned = warned || text.rfind(en ? "WARNING" : "CẢNH BÁO", 0) == 0;
    EXPECT_TRUE(warned);
  }
  // Without a warning it opens on the findings.
  EXPECT_EQ(written_and_read(testing::DocumentFixture().report, Language::kEnglish, tmp, "plain.xlsx")["active"],
            "Findings");
  fx.report.intake = testing::hostile_intake();
  const json hostile = written_and_read(fx.report, Language::kEnglish, tmp, "hostile.xlsx");
  EXPECT_EQ(hostile["formulas"], 0);
  bool formula_as_text = false;
  for (const std::string& text : texts_of(sheet(hostile, "Intake"))) {
    formula_as_text = formula_as_text || text == testing::kFormulaFile;
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  }
  EXPECT_TRUE(formula_as_text);
}

// The print settings and header rows of the workbook at `path`, as
// openpyxl reads them (tests/reports/xlsx_print.py).
json print_settings(const std::filesystem::path& path) {
  const testing::CommandRun r = testing::run_command(
      testing::shell_quote(GENAUDIT_DEBIAN_PYTHON) + " " +
      testing::shell_quote(std::string(GENAUDIT_SOURCE_DIR) + "/tests/reports/xlsx_print.py") +
      " " + testing::shell_quote(path.string()));
  EXPECT_EQ(r.status, 0) << r.out;
  return json::parse(r.out);
}

// Every sheet prints on A4 landscape with its gridlines, its header row on
// every page; one page wide only where the columns stay readable (at 70 %
// or more), otherwise at 70 %, across then down, the first column repeated;
// and no two columns of a sheet share a name.
TEST(XlsxReportTest, SheetsPrintReadablyWithDistinctColumnNames) {
  const AuditReport report = testing::audit_folder(
      std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa", "2025");
  ASSERT_FALSE(report.findings.empty());
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    TempDir tmp;
    const auto path = tmp.path() / "sample.xlsx";
    std::string error;
    ASSERT_TRUE(write_xlsx(report, lang, path.string(), &error)) << error;
    testing::keep_document(path);
    const json sheets = print_settings(path);
    ASSERT_GE(sheets.size(), 6u);
    bool some_fitted = false, some_scaled = false;
    for (const json& s : sheets) {
      const std::string name = s["name"];
      EXPECT_EQ(s["orientation"], "landscape") << name;
      EXPECT_EQ(s["paper"], 9) << name;
      EXPECT_TRUE(s["grid_lines"]) << name;
      const bool about = name == "Thông tin" || name == "About";
      if (!about) {
        EXPECT_EQ(s["title_rows"], "$1:$1") << name;
        std::set<std::string> distinct;
        for (const json& h : s["headers"]) {
          EXPECT_TRUE(distinct.insert(h.get<std::string>()).second) << name << ": " << h;
        }
      }
      const double widths = s["widths"];
      if (s["fit_to_page"]) {
        some_fitted = true;
        EXPECT_EQ(s["fit_width"], 1) << name;
        EXPECT_EQ(s["fit_height"], 0) << name;
        EXPECT_LE(widths * 0.70, 130.0 + 10.0) << name;  // each width holds .71 of padding
      } else {
        some_scaled = true;
        EXPECT_EQ(s["scale"], 70) << name;
        EXPECT_TRUE(s["print_across"]) << name;
        if (!about) {
          EXPECT_EQ(s["title_cols"], "$A:$A") << name;
        }
        EXPECT_GT(widths * 0.70, 130.0) << name;
      }
    }
    EXPECT_TRUE(some_fitted);
    // The findings sheet, 15 columns, is too wide to fit one page readably.
    EXPECT_FALSE(sheets[0]["fit_to_page"]) << sheets[0].dump();
    EXPECT_TRUE(some_scaled);
  }
}

}  // namespace
}  // namespace genaudit
