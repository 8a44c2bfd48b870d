// Specification of the CSV for spreadsheet users: UTF-8 with a BOM, CRLF,
// RFC 4180 quoting, one record per finding (or indicator), and no cell that
// a spreadsheet would run as a formula.
#include "reports/csv_report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reports/escaping.h"
#include "tests/reports/document_fixture.h"
#include "tests/reports/history_fixture.h"

namespace genaudit {
namespace {

using testing::DocumentFixture;
using testing::HistoryFixture;
using testing::HostileFixture;

using Records = std::vector<std::vector<std::string>>;

// An independent RFC 4180 reader: records of fields, quotes undone.
Records parse_csv(const std::string& text, char separator = ',') {
  Records records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == separator) {
      record.push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(field);
      records.push_back(record);
      record.clear();
      field.clear();
      was_quoted = false;
      ++i;
    } else {
      field += c;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quote";
  EXPECT_TRUE(record.empty() && field.empty()) << "no CRLF after the last record";
  return records;
}

TEST(CsvReportTest, FindingsWithTheirEvidenceInVietnamese) {
  DocumentFixture fx;
  const std::string csv = render_csv_findings(fx.report, Language::kVietnamese);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 byte-order mark";
  const Records records = parse_csv(csv.substr(3));
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[0],
            (std::vector<std::string>{"STT", "Mục tiêu", "Mã quy tắc", "Nội dung", "Mã đơn vị",
                                      "Tên đơn vị", "Kỳ", "Mức độ", "Chủ trì", "Căn cứ",
                                      "Khắc phục", "Số liệu", "Dòng dữ liệu gốc"}));
  EXPECT_EQ(records[1],
            (std::vector<std::string>{
                "1", "O1", "O1.S4",
                "Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ", "SNV",
                "Sở Nội vụ", "", "cao", "Sở Nội vụ", "KH 11983/UBND-KGVX, mục II.1.b",
                "Bổ nhiệm nữ cán bộ lãnh đạo.", "women: 3; known: 10; female_share: 30,0%",
                "agencies.csv: dòng 2; staff.xlsx, trang \"Cán bộ\": dòng 5"}));
  EXPECT_EQ(records[3][6], "03/2025");
  EXPECT_EQ(records[4][11], "sent_on: 15/12/2025; days_late: 5; report_no: —");
  EXPECT_EQ(records[4][12], "agencies.csv: dòng 2; reports.csv: dòng 3–5");
  for (const auto& r : records) EXPECT_EQ(r.size(), records[0].size());
}

TEST(CsvReportTest, IndicatorsInEnglish) {
  DocumentFixture fx;
  const std::string csv = render_csv_indicators(fx.report, Language::kEnglish);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  const Records records = parse_csv(csv.substr(3));
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0],
            (std::vector<std::string>{"No.", "Objective", "Rule", "Indicator", "Value", "Target",
                                      "Status", "Citation", "Lead", "Numerator", "Denominator",
                                      "Counted in"}));
  EXPECT_EQ(records[1],
            (std::vector<std::string>{
                "1", "O1", "O1.T1", "Share of agencies with a female key leader", "33.3%", "≥ 60%",
                "not met", "KH 11983/UBND-KGVX, mục II.1.a", "Sở Nội vụ", "1", "3", "agencies"}));
  // A figure read as reported has no parts, and says so.
  EXPECT_EQ(records[2][9], "reported figure");
  EXPECT_EQ(records[2][11], "");
  EXPECT_EQ(records[2][4], "52.5");
  EXPECT_EQ(records[2][6], "met");
  EXPECT_EQ(records[3][4], "—");
  EXPECT_EQ(records[3][5], "≤ 111");
}

TEST(CsvReportTest, NoFindingsIsAHeaderAlone) {
  AuditReport empty;
  const Records records = parse_csv(render_csv_findings(empty, Language::kEnglish).substr(3));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0][0], "No.");
}

TEST(CsvReportTest, HostileValuesCannotRunAsFormulas) {
  HostileFixture fx;
  const std::string csv = render_csv_findings(fx.report, Language::kVietnamese);
  const Records records = parse_csv(csv.substr(3));
  ASSERT_EQ(records.size(), 1 + testing::hostile_strings().size());
  for (const auto& record : records) {
    for (const std::string& cell : record) {
      EXPECT_FALSE(starts_like_formula(cell)) << cell;
    }
  }
  // The codes are there, as written after the apostrophe.
  EXPECT_EQ(records[1][4], "<script>alert(1)</script>");
  EXPECT_EQ(records[2][4], "\"><img src=x onerror=alert(1)>");
  EXPECT_EQ(records[3][4], "'=HYPERLINK(\"http://x\",\"y\")");
  EXPECT_EQ(records[4][4], "'@SUM(A1)");
  EXPECT_EQ(records[5][4], "'+1");
  EXPECT_EQ(records[6][4], "'-1");
  EXPECT_EQ(records[5][5], "'-1");  // a name
  // A cell whose text starts with a dangerous character after the figure's
  // name is not at risk: it does not start the cell.
  EXPECT_EQ(records[1][11], "note: =HYPERLINK(\"http://x\",\"y\"); women: 3");
}


// ---- Finding statuses and waivers -------------------------------------------

TEST(CsvReportTest, FindingsOfARecordedAuditEndWithTheirStatusAndNote) {
  HistoryFixture fx;
  const Records en = parse_csv(render_csv_findings(fx.report, Language::kEnglish).substr(3));
  ASSERT_EQ(en.size(), 3u);
  ASSERT_EQ(en[0].size(), 15u);
  EXPECT_EQ(en[0][13], "Since last run");
  EXPECT_EQ(en[0][14], "Note");
  EXPECT_EQ(en[1][4], "SNV");
  EXPECT_EQ(en[1][13], "persisting");
  EXPECT_EQ(en[1][14], "waiver expired on 2025-06-30");
  EXPECT_EQ(en[2][4], "SYT");
  EXPECT_EQ(en[2][13], "new");
  EXPECT_EQ(en[2][14], "");
  const Records vi = parse_csv(render_csv_findings(fx.report, Language::kVietnamese).substr(3));
  EXPECT_EQ(vi[0][13], "So với lần trước");
  EXPECT_EQ(vi[0][14], "Ghi chú");
  EXPECT_EQ(vi[1][13], "còn tồn tại");
  EXPECT_EQ(vi[1][14], "miễn trừ đã hết hạn ngày 30/06/2025");
  EXPECT_EQ(vi[2][13], "mới");
}

TEST(CsvReportTest, ARecordedAuditHasTheStatusColumnsEvenWithoutFindings) {
  HistoryFixture fx;
  fx.report.findings.clear();
  const Records records = parse_csv(render_csv_findings(fx.report, Language::kEnglish).substr(3));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].size(), 15u);
  // An audit not recorded and without waivers keeps its 13 columns.
  DocumentFixture plain;
  EXPECT_EQ(parse_csv(render_csv_findings(plain.report, Language::kEnglish).substr(3))[0].size(),
            13u);
}

TEST(CsvReportTest, WaivedFindingsThenUnusedWaivers) {
  HistoryFixture fx;
  const std::string csv = render_csv_waived(fx.report, Language::kEnglish);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  const Records records = parse_csv(csv.substr(3));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0],
            (std::vector<std::string>{"No.", "Objective", "Rule", "Finding", "Code", "Name",
                                      "Period", "Since last run", "Justification", "Approved by",
                                      "Expires", "Source", "Note"}));
  EXPECT_EQ(records[1],
            (std::vector<std::string>{"1", "O1", "O1.S4",
                                      "Agency with 30% or more women but no female key leader",
                                      "UBND-NT", "UBND thành phố Nha Trang", "", "regressed",
                                      "Sáp nhập theo Quyết định 12/QĐ-UBND", "Nguyễn Văn A",
                                      "2026-03-31", "waivers.toml:8", ""}));
  EXPECT_EQ(records[2],
            (std::vector<std::string>{"2", "O1", "O1.S4", "", "NOPE", "", "2025-Q1", "",
                                      "Sáp nhập theo Quyết định 12/QĐ-UBND", "Nguyễn Văn A",
                                      "2025-01-31", "waivers.toml:15",
                                      "matches no finding; expired"}));
  const Records vi = parse_csv(render_csv_waived(fx.report, Language::kVietnamese).substr(3));
  EXPECT_EQ(vi[0][8], "Lý do");
  EXPECT_EQ(vi[0][9], "Người phê duyệt");
  EXPECT_EQ(vi[0][10], "Hết hạn");
  EXPECT_EQ(vi[1][7], "tái diễn");
  EXPECT_EQ(vi[1][10], "31/03/2026");
  EXPECT_EQ(vi[2][6], "Quý 1/2025");
  EXPECT_EQ(vi[2][12], "không khớp phát hiện nào; đã hết hạn");
}

TEST(CsvReportTest, NoWaiverIsAHeaderAlone) {
  DocumentFixture fx;
  const Records records = parse_csv(render_csv_waived(fx.report, Language::kEnglish).substr(3));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].size(), 13u);
}

TEST(CsvReportTest, HostileWaiverTextCannotRunAsAFormula) {
  HistoryFixture fx;
  Waiver& w = fx.report.waived[0].waiver;
  w.justification = "=HYPERLINK(\"http://x\",\"y\")";
  w.approved_by = "@SUM(A1)";
  w.source = "+1";
  fx.report.unused_waivers[0].subject = "-1";
  fx.report.unused_waivers[0].justification = "a,\"b\"\r\nc";
  const Records records = parse_csv(render_csv_waived(fx.report, Language::kEnglish).substr(3));
  ASSERT_EQ(records.size(), 3u);
  for (const auto& record : records) {
    for (const std::string& cell : record) EXPECT_FALSE(starts_like_formula(cell)) << cell;
  }
  EXPECT_EQ(records[1][8], "'=HYPERLINK(\"http://x\",\"y\")");
  EXPECT_EQ(records[1][9], "'@SUM(A1)");
  EXPECT_EQ(records[1][11], "'+1");
  EXPECT_EQ(records[2][4], "'-1");
  EXPECT_EQ(records[2][8], "a,\"b\"\r\nc");  // quoted whole, nothing lost
}

// `--csv-separator semicolon`: what Excel with Vietnamese regional settings
// splits into columns. The same records, the same byte-order mark and
// formula guard; a comma in a cell (47,6%) is then plain text, a semicolon
// is quoted.
TEST(CsvReportTest, SemicolonSeparatedForExcelInVietnamese) {
  DocumentFixture fx;
  const std::string comma = render_csv_findings(fx.report, Language::kVietnamese);
  const std::string semicolon =
      render_csv_findings(fx.report, Language::kVietnamese, CsvSeparator::kSemicolon);
  ASSERT_EQ(semicolon.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 byte-order mark";
  EXPECT_EQ(parse_csv(semicolon.substr(3), ';'), parse_csv(comma.substr(3)));
  EXPECT_EQ(semicolon.substr(3, semicolon.find("\r\n") - 3),
            "STT;Mục tiêu;Mã quy tắc;Nội dung;Mã đơn vị;Tên đơn vị;Kỳ;Mức độ;Chủ trì;Căn cứ;"
            "Khắc phục;Số liệu;Dòng dữ liệu gốc");
  EXPECT_TRUE(semicolon.find(";women: 3; known: 10; female_share: 30,0%;") == std::string::npos)
      << "a field holding the separator is quoted";
  EXPECT_NE(semicolon.find(";\"women: 3; known: 10; female_share: 30,0%\";"), std::string::npos);
  for (const auto& render : {render_csv_indicators, render_csv_waived, render_csv_intake}) {
    const std::string text = render(fx.report, Language::kVietnamese, CsvSeparator::kSemicolon);
    EXPECT_EQ(parse_csv(text.substr(3), ';'),
              parse_csv(render(fx.report, Language::kVietnamese, CsvSeparator::kComma).substr(3)));
  }
  const std::string indicators =
      render_csv_indicators(fx.report, Language::kVietnamese, CsvSeparator::kSemicolon);
  EXPECT_NE(indicators.find(";33,3%;"), std::string::npos) << indicators;

  HostileFixture hostile;
  const std::string guarded =
      render_csv_findings(hostile.report, Language::kVietnamese, CsvSeparator::kSemicolon);
  for (const std::vector<std::string>& record : parse_csv(guarded.substr(3), ';')) {
    for (const std::string& field : record) {
      EXPECT_TRUE(field.empty() || std::string("=+-@\t\r").find(field[0]) == std::string::npos)
          << field;
    }
  }
}

}  // namespace
}  // namespace genaudit
