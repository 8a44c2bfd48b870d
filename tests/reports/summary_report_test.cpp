// The province summary: its content on the committed sample (a golden,
// read by a person before it was committed), what it says when a breakdown
// or a history is not there, the changes since the previous run, the
// recommendations per lead agency, and escaping of register text.
#include "reports/summary_content.h"

#include <gtest/gtest.h>

#include <string>

#include "reports/html_report.h"
#include "reports/summary_html.h"
#include "reports/summary_texts.h"
#include "tests/fixture_summary.h"
#include "tests/golden.h"
#include "tests/reports/report_fixture.h"

namespace genaudit {
namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Every paragraph and table cell of `content`, one per line.
std::string all_text(const SummaryContent& content) {
  std::string out;
  for (const SummarySection& s : content.sections) {
    out += s.heading + "\n";
    for (const SummaryBlock& b : s.blocks) {
      out += b.text + "\n";
      for (const auto& row : b.table.rows) {
        for (const std::string& cell : row) out += cell + " | ";
        out += "\n";
      }
    }
  }
  return out;
}

TEST(SummaryTexts, CatalogueIsComplete) { EXPECT_TRUE(summary_texts().problems().empty()); }

// The sample as `audit --format html` shows it. Regenerate with
// GENAUDIT_UPDATE_GOLDEN=1 and read the difference before committing it.
TEST(SummaryReport, OnTheSampleMatchesItsGolden) {
  const std::filesystem::path sample = std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";
  const AuditReport report = testing::audit_folder_with_summary(sample, "2025");
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string name = lang == Language::kEnglish ? "summary-khanh-hoa.en.html"
                                                        : "summary-khanh-hoa.vi.html";
    testing::expect_golden(
        std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests" / "reports" / "golden" / name,
        summary_html(summary_content(report, lang)));
  }
}

TEST(SummaryReport, SaysWhatIsNotThere) {
  testing::ReportFixture fx;  // no summary facts, no history
  const std::string text = all_text(summary_content(fx.report, Language::kVietnamese));
  EXPECT_TRUE(has(text, "Báo cáo này không kèm số liệu phân theo huyện, theo cấp.")) << text;
  EXPECT_TRUE(has(text, "Lần rà soát này không được ghi vào cơ sở dữ liệu")) << text;
  fx.report.history = RunHistoryFacts{7, std::nullopt, std::nullopt, 0, {}};
  EXPECT_TRUE(has(all_text(summary_content(fx.report, Language::kEnglish)),
                  "Run 7 is the first recorded in this database"));
}

TEST(SummaryReport, CountsChangesSinceThePreviousRun) {
  testing::ReportFixture fx;
  fx.report.findings[0].status = FindingStatus::kNew;
  fx.report.findings[1].status = FindingStatus::kPersisting;
  fx.report.history =
      RunHistoryFacts{8, 7, std::nullopt, 0, {{"O1.S4", "ubnd-cr", ""}, {"V.19", "snv", "2024"}}};
  const SummaryContent content = summary_content(fx.report, Language::kVietnamese);
  const std::string text = all_text(content);
  EXPECT_TRUE(has(text, "Lần rà soát số 8 so với lần số 7: 1 phát hiện mới, 0 tái diễn, 1 còn "
                        "tồn tại, 2 đã khắc phục."))
      << text;
  EXPECT_TRUE(has(text, "O1.S4 | 1 | 0 | 1 | 1 | ")) << text;
  EXPECT_TRUE(has(text, "V.19 | 0 | 0 | 0 | 1 | ")) << text;
}

TEST(SummaryReport, RecommendsPerLeadAgency) {
  testing::ReportFixture fx;
  const std::string text = all_text(summary_content(fx.report, Language::kEnglish));
  EXPECT_TRUE(has(text, "Sở Nội vụ\n")) << text;
  EXPECT_TRUE(has(text, "Agency with 30% or more women but no female key leader (2 findings): "
                        "Appoint women to leadership posts."))
      << text;
  EXPECT_TRUE(has(text, "Share of agencies with a female key leader not met (33.33, target ≥ "
                        "60): Plan and appoint women."))
      << text;
}

TEST(SummaryReport, HtmlEscapesEveryText) {
  SummaryContent content;
  content.title = "<b>";
  content.sections.push_back({"x", "a&b", {{SummaryBlock::Kind::kParagraph, "<script>", {}},
                                          {SummaryBlock::Kind::kTable, "",
                                           {{"\"h\""}, {true}, {{"<td>"}}}}}});
  const std::string html = summary_html(content);
  EXPECT_FALSE(has(html, "<b>"));
  EXPECT_FALSE(has(html, "<script>"));
  EXPECT_TRUE(has(html, "<h3>a&amp;b</h3>"));
  EXPECT_TRUE(has(html, "<td class=\"num\">&lt;td&gt;</td>"));
}

TEST(SummaryReport, BeginsTheHtmlReport) {
  testing::ReportFixture fx;
  const std::string html = render_html_report(fx.report, Language::kVietnamese);
  const std::size_t summary = html.find("<section id=\"summary\">");
  ASSERT_NE(summary, std::string::npos);
  EXPECT_LT(summary, html.find("<section id=\"intake\">"));
  EXPECT_TRUE(has(html, "<a href=\"#summary\">Báo cáo tổng hợp</a>"));
}

}  // namespace
}  // namespace genaudit
