// What the numbers rest on, in every format: an indicator's numerator and
// denominator with the rule's unit ("1/3 cơ quan"), a reported figure said
// to be one, and each finding rule's coverage (subjects and cases checked,
// breached, without data), as the evaluator counted them (the fixture's
// numbers, which no report may change).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "reports/coverage_texts.h"
#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/text_report.h"
#include "tests/reports/document_fixture.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::DocumentFixture;

// The fixture with its numbers: O1.T1 is 1 of 3 agencies; O1.S4 checked 5
// agencies, 2 breached and 1 undecided; O6.T4 checked 2 outlets in 12
// months each.
struct CoverageFixture : DocumentFixture {
  CoverageFixture() {
    t1.unit = {"cơ quan", "agencies"};
    s4.unit = {"cơ quan", "agencies"};
    t4.unit = {"đài", "broadcasters"};
    t4.has_window = true;
    report.indicators[0].ratio = IndicatorRatio{1, 3};
    report.coverage = {{&s4, 5, 5, 2, 1}, {&t4, 2, 24, 1, 0}};
  }
};

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CoverageTexts, CatalogueIsComplete) {
  EXPECT_TRUE(coverage_texts().problems().empty());
}

TEST(CoverageTexts, WordTheEvaluatorsNumbers) {
  CoverageFixture fx;
  const IndicatorResult& t1 = fx.report.indicators[0];
  EXPECT_EQ(indicator_parts_text(t1, Language::kVietnamese), "1/3 cơ quan");
  EXPECT_EQ(indicator_parts_text(t1, Language::kEnglish), "1/3 agencies");
  EXPECT_EQ(indicator_parts_text(fx.report.indicators[1], Language::kVietnamese),
            "số liệu báo cáo");
  IndicatorResult no_whole = t1;
  no_whole.ratio->denominator.reset();
  EXPECT_EQ(indicator_parts_text(no_whole, Language::kEnglish), "1/— agencies");
  EXPECT_EQ(coverage_sentence(fx.report.coverage[0], Language::kVietnamese),
            "Đã kiểm tra 5 cơ quan: 2 vi phạm, 1 không đủ dữ liệu để kết luận.");
  EXPECT_EQ(coverage_sentence(fx.report.coverage[1], Language::kEnglish),
            "Checked 24 cases (2 broadcasters): 1 breached, 0 without the data to decide.");
  // A large count in the language's style.
  RuleCoverage big{&fx.s4, 12345, 12345, 0, 0};
  EXPECT_EQ(checked_text(big, Language::kVietnamese), "12.345 cơ quan");
}

TEST(CoverageReports, TextAndMarkdownShowPartsAndCoverage) {
  CoverageFixture fx;
  const std::string text = render_text_report(fx.report, Language::kVietnamese, false);
  EXPECT_TRUE(has(text, "1/3 cơ quan")) << text;
  EXPECT_TRUE(has(text, "số liệu báo cáo")) << text;
  EXPECT_TRUE(has(text, "Phạm vi kiểm tra (2)")) << text;
  EXPECT_TRUE(has(text, "Đã kiểm tra 24 lượt (2 đài): 1 vi phạm, 0 không đủ dữ liệu")) << text;
  const std::string md = render_markdown_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(md, "| 1/3 agencies |")) << md;
  EXPECT_TRUE(has(md, "## Coverage (2)")) << md;
  EXPECT_TRUE(has(md, "| O1.S4 |")) << md;
  EXPECT_TRUE(has(md, "| agencies | 5 | 5 | 2 | 1 |")) << md;
}

TEST(CoverageReports, HtmlShowsPartsAndACoverageTable) {
  CoverageFixture fx;
  const std::string html = render_html_report(fx.report, Language::kVietnamese);
  EXPECT_TRUE(has(html, "<td class=\"num parts\">1/3 cơ quan</td>")) << html;
  EXPECT_TRUE(has(html, "<section id=\"coverage\">"));
  EXPECT_TRUE(has(html, "<tr data-rule=\"O6.T4\"><td><code>O6.T4</code></td>"));
  EXPECT_TRUE(has(html, "<td>đài</td><td class=\"num\">2</td><td class=\"num\">24</td>"
                        "<td class=\"num\">1</td><td class=\"num\">0</td>"));
}

TEST(CoverageReports, HtmlSaysWhenNoFindingRuleRan) {
  CoverageFixture fx;
  fx.report.coverage.clear();
  const std::string html = render_html_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(html, "<p>No finding rule ran.</p>"));
}

TEST(CoverageReports, JsonCarriesThemBesideTheContract) {
  CoverageFixture fx;
  const json j = audit_to_json(fx.report, Language::kVietnamese);
  const json& t1 = j["indicators"][0];
  EXPECT_EQ(t1["numerator"], 1.0);
  EXPECT_EQ(t1["denominator"], 3.0);
  EXPECT_EQ(t1["unit"], "cơ quan");
  EXPECT_NEAR(t1["value"].get<double>(), 100.0 / 3, 1e-12);  // the contract's field as it was
  const json& wage = j["indicators"][1];
  EXPECT_TRUE(wage["numerator"].is_null());
  EXPECT_TRUE(wage["denominator"].is_null());
  EXPECT_TRUE(wage["unit"].is_null());
  ASSERT_EQ(j["rule_coverage"].size(), 2u);
  EXPECT_EQ(j["rule_coverage"][0],
            json({{"rule", "O1.S4"}, {"title", fx.s4.title.vi}, {"unit", "cơ quan"},
                  {"subjects_checked", 5}, {"checked", 5}, {"breached", 2}, {"without_data", 1}}));
  EXPECT_EQ(j["rule_coverage"][1]["checked"], 24);
  // The text form is the same document.
  EXPECT_EQ(json::parse(audit_to_json_text(fx.report, Language::kVietnamese)), j);
}

TEST(CoverageReports, CsvIndicatorsEndWithTheirPartsAndCoverageHasItsOwnFile) {
  CoverageFixture fx;
  const std::string indicators = render_csv_indicators(fx.report, Language::kVietnamese);
  EXPECT_TRUE(has(indicators, ",Tử số,Mẫu số,Đơn vị tính\r\n")) << indicators;
  EXPECT_TRUE(has(indicators, ",1,3,cơ quan\r\n")) << indicators;
  EXPECT_TRUE(has(indicators, ",số liệu báo cáo,số liệu báo cáo,\r\n")) << indicators;
  const std::string coverage = render_csv_coverage(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(coverage, "Rule title,Counted in,Subjects checked,Cases checked,Cases breached,"
                            "Cases without data\r\n"))
      << coverage;
  EXPECT_TRUE(has(coverage, ",agencies,5,5,2,1\r\n")) << coverage;
  EXPECT_TRUE(has(coverage, ",broadcasters,2,24,1,0\r\n")) << coverage;
}

}  // namespace
}  // namespace genaudit
