// Specification of the CSV for spreadsheet users: UTF-8 with a BOM, CRLF,
// RFC 4180 quoting, one record per finding (or indicator), and no cell that
// a spreadsheet would run as a formula.
#include "reports/csv_report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reports/escaping.h"
#include "tests/reports/document_fixture.h"

namespace genaudit {
namespace {

using rules::Language;
using testing::DocumentFixture;
using testing::HostileFixture;

using Records = std::vector<std::vector<std::string>>;

// An independent RFC 4180 reader: records of fields, quotes undone.
Records parse_csv(const std::string& text) {
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
    } else if (c == ',') {
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
  EXPECT_EQ(records[0], (std::vector<std::string>{"No.", "Objective", "Rule", "Indicator", "Value",
                                                  "Target", "Status", "Citation", "Lead"}));
  EXPECT_EQ(records[1],
            (std::vector<std::string>{
                "1", "O1", "O1.T1", "Share of agencies with a female key leader", "33.3%", "≥ 60%",
                "not met", "KH 11983/UBND-KGVX, mục II.1.a", "Sở Nội vụ"}));
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

}  // namespace
}  // namespace genaudit
