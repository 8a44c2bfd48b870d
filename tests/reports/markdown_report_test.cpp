// Specification of the Markdown report: the same facts as the HTML report,
// as headings, lists and tables, with register values escaped.
#include "reports/markdown_report.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "tests/reports/document_fixture.h"
#include "tests/reports/history_fixture.h"

namespace genaudit {
namespace {

using testing::DocumentFixture;
using testing::HistoryFixture;
using testing::HostileFixture;

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// True when every '<' of Markdown `md` is backslash-escaped: no HTML tag.
bool no_raw_tag(const std::string& md) {
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '<' && (i == 0 || md[i - 1] != '\\')) return false;
  }
  return true;
}

TEST(MarkdownReportTest, VietnameseHasFactsIndicatorsAndGroupedFindings) {
  DocumentFixture fx;
  const std::string md = render_markdown_report(fx.report, Language::kVietnamese);
  EXPECT_EQ(md.rfind("# Báo cáo rà soát thực hiện bình đẳng giới\n\n", 0), 0u);
  EXPECT_TRUE(has(md, "- **Kỳ rà soát:** 2025 (từ 01/01/2025 đến 31/12/2025)\n"));
  EXPECT_TRUE(has(md, "- **Ngày đối chiếu:** 31/12/2025\n"));
  EXPECT_TRUE(has(md, "- **Phiên bản bộ quy tắc:** 3f2a9c\n"));
  EXPECT_TRUE(has(md, "| agencies | agencies.csv | 3 | " + std::string(64, 'a') + " |\n"));
  EXPECT_TRUE(has(md, "| Sổ | Tệp | Số dòng | Mã băm SHA-256 |\n| --- | --- | ---: | --- |\n"));
  EXPECT_TRUE(
      has(md, "| O1.T1 | Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ | 33,3% | 1/3 cơ quan | ≥ 60% | "
              "Chưa đạt |"));
  EXPECT_TRUE(has(md,
                  "| O4.T1 | Tỷ số giới tính khi sinh (số bé trai/100 bé gái) | — | số liệu báo "
                  "cáo | ≤ 111 | Không có dữ liệu |"));
  EXPECT_TRUE(has(md, "#### Mục tiêu 1: Trong lĩnh vực chính trị (2 phát hiện)\n"));
  EXPECT_TRUE(has(md,
                  "##### O1.S4 — Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo "
                  "chủ chốt là nữ (2 phát hiện)\n"));
  EXPECT_TRUE(has(md, "- **Căn cứ:** KH 11983/UBND-KGVX, mục II.1.b\n"));
  EXPECT_TRUE(has(md, "- **Khắc phục:** Bổ nhiệm nữ cán bộ lãnh đạo.\n"));
  EXPECT_TRUE(has(md,
                  "| SNV | Sở Nội vụ | 3 | 10 | 30,0% | agencies.csv: dòng 2; staff.xlsx, "
                  "trang \"Cán bộ\": dòng 5 |\n"));
  EXPECT_TRUE(has(md, "| DPT-KH | Đài Phát thanh và Truyền hình Khánh Hòa | 03/2025 | 0 | "));
  EXPECT_TRUE(has(md, "### Phát hiện theo cơ quan chủ trì\n"));
  EXPECT_TRUE(has(md, "#### Sở Nội vụ (2 phát hiện)\n"));
  EXPECT_TRUE(has(md, "  - Đơn vị: SNV, UBND-NT\n"));
  EXPECT_TRUE(has(md, "#### SNV — Sở Nội vụ (2 phát hiện)\n"));
  EXPECT_TRUE(
      has(md,
          "| V.19 | Đơn vị không gửi hoặc gửi muộn báo cáo năm | 2025 | KH 11983/UBND-KGVX, "
          "mục V.19 | Gửi báo cáo năm đúng hạn (trước ngày 10/12). | agencies.csv: dòng "
          "2; reports.csv: dòng 3–5 |\n"));
  EXPECT_EQ(md.back(), '\n');
}

TEST(MarkdownReportTest, EnglishOnRequest) {
  DocumentFixture fx;
  const std::string md = render_markdown_report(fx.report, Language::kEnglish);
  EXPECT_EQ(md.rfind("# Gender-equality audit report\n\n", 0), 0u);
  EXPECT_TRUE(has(md, "- **As of:** 2025-12-31\n"));
  EXPECT_TRUE(has(md,
                  "##### O1.S4 — Agency with 30% or more women but no female key leader (2 "
                  "findings)\n"));
  EXPECT_TRUE(has(md,
                  "| DPT-KH | Đài Phát thanh và Truyền hình Khánh Hòa | 2025-03 | 0 | "
                  "outlets.csv: row 2 |\n"));
  EXPECT_TRUE(has(md, "#### Objective 6: Information and communication (1 finding)\n"));
  EXPECT_FALSE(has(md, "Phát hiện"));
  EXPECT_FALSE(has(md, "Căn cứ"));
}

TEST(MarkdownReportTest, HostileValuesStayText) {
  HostileFixture fx;
  const std::string md = render_markdown_report(fx.report, Language::kVietnamese);
  EXPECT_TRUE(no_raw_tag(md));
  EXPECT_TRUE(has(md, "\\<script\\>alert(1)\\</script\\>"));
  EXPECT_TRUE(has(md, "\"\\>\\<img src=x onerror=alert(1)\\>.csv"));
  // Every row of a table has as many cells as its header: no value added one.
  std::istringstream lines(md);
  std::size_t columns = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != '|') {
      columns = 0;
      continue;
    }
    std::size_t bars = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      std::size_t backslashes = 0;
      while (backslashes < i && line[i - 1 - backslashes] == '\\') ++backslashes;
      if (line[i] == '|' && backslashes % 2 == 0) ++bars;
    }
    if (columns == 0) columns = bars;
    EXPECT_EQ(bars, columns) << line;
  }
}


// ---- Finding statuses and waivers -------------------------------------------

TEST(MarkdownReportTest, StatusesWaivedFindingsAndUnusedWaiversInEnglish) {
  HistoryFixture fx;
  const std::string md = render_markdown_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(md, "- **Run:** Run 4; findings compared with run 3\n")) << md;
  EXPECT_TRUE(has(md, "- **Run:** Only findings new since run 2 are listed; 5 finding(s) already "
                      "present then are left out\n"))
      << md;
  EXPECT_TRUE(has(md, "- **Waived:** 1\n")) << md;
  // The findings table: a status column, and the note of the expired waiver.
  EXPECT_TRUE(has(md, "| Since last run | Note | ")) << md;
  EXPECT_TRUE(has(md, "| persisting | waiver expired on 2025-06-30 | ")) << md;
  EXPECT_TRUE(has(md, "| new |   | ")) << md;
  // Waived findings apart, with their waiver; then the waiver matching nothing.
  const std::size_t waived = md.find("## Waived (1)\n");
  ASSERT_NE(waived, std::string::npos) << md;
  EXPECT_GT(waived, md.find("## Findings (2)"));
  EXPECT_TRUE(has(md, "| Rule | Code | Name | Period | Since last run | Justification | Approved by "
                      "| Expires | Source |\n"))
      << md;
  EXPECT_TRUE(has(md, "| O1.S4 | UBND-NT | UBND thành phố Nha Trang |   | regressed | Sáp nhập "
                      "theo Quyết định 12/QĐ-UBND | Nguyễn Văn A | 2026-03-31 | waivers.toml:8 |\n"))
      << md;
  EXPECT_TRUE(has(md, "- Warning: the waiver O1.S4 / NOPE / 2025-Q1 (waivers.toml:15) matches no "
                      "finding\n"))
      << md;
  // The waived finding is not among the findings.
  EXPECT_LT(md.find("UBND-NT"), std::string::npos);
  EXPECT_GT(md.find("UBND-NT"), waived);
}

TEST(MarkdownReportTest, StatusesAndWaiversInVietnamese) {
  HistoryFixture fx;
  const std::string md = render_markdown_report(fx.report, Language::kVietnamese);
  EXPECT_TRUE(has(md, "- **Lần:** Lần rà soát số 4; tình trạng phát hiện so với lần số 3\n")) << md;
  EXPECT_TRUE(has(md, "| So với lần trước | Ghi chú | ")) << md;
  EXPECT_TRUE(has(md, "| còn tồn tại | miễn trừ đã hết hạn ngày 30/06/2025 | ")) << md;
  EXPECT_TRUE(has(md, "| mới |   | ")) << md;
  EXPECT_TRUE(has(md, "## Được miễn trừ (1)\n")) << md;
  EXPECT_TRUE(has(md, "| Lý do | Người phê duyệt | Hết hạn | Nguồn |")) << md;
  EXPECT_TRUE(has(md, "| tái diễn | Sáp nhập theo Quyết định 12/QĐ-UBND | Nguyễn Văn A | "
                      "31/03/2026 | waivers.toml:8 |"))
      << md;
  EXPECT_TRUE(has(md, "- Cảnh báo: miễn trừ O1.S4 / NOPE / 2025-Q1 (waivers.toml:15) không khớp "
                      "phát hiện nào\n"))
      << md;
}

TEST(MarkdownReportTest, OnlyUnusedWaiversSayNothingIsWaived) {
  HistoryFixture fx;
  fx.report.findings.push_back(fx.report.waived[0].finding);
  fx.report.waived.clear();
  const std::string md = render_markdown_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(md, "## Waived (0)\n\nNo finding is waived.\n\n- Warning: the waiver")) << md;
  EXPECT_FALSE(has(md, "- **Waived:**")) << md;
}

TEST(MarkdownReportTest, AnAuditWithoutHistoryOrWaiversHasNoneOfIt) {
  DocumentFixture fx;
  const std::string md = render_markdown_report(fx.report, Language::kEnglish);
  EXPECT_FALSE(has(md, "Since last run"));
  EXPECT_FALSE(has(md, "Waived"));
  EXPECT_FALSE(has(md, "**Run:**"));
}

TEST(MarkdownReportTest, HostileWaiverTextStaysText) {
  HistoryFixture fx;
  Waiver& w = fx.report.waived[0].waiver;
  w.justification = "<script>alert(1)</script> | [x](javascript:alert(1))\nnext";
  w.approved_by = "=HYPERLINK(\"http://x\")";
  fx.report.unused_waivers[0].subject = "<img src=x onerror=alert(1)>";
  const std::string md = render_markdown_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(no_raw_tag(md)) << md;
  EXPECT_TRUE(has(md, "\\<script\\>alert(1)\\</script\\> \\| \\[x\\](javascript:alert(1)) next"))
      << md;
  EXPECT_TRUE(has(md, "\\<img src=x onerror=alert(1)\\>")) << md;
}

}  // namespace
}  // namespace genaudit
