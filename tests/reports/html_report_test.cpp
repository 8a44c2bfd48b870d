// Specification of the HTML report as text: self-contained, the run's facts
// first, indicators with charts, findings by objective, lead and subject
// with citation, remedy and rows, in either language, every register value
// escaped. (tests/reports/browser_test.cpp looks at it in a browser.)
#include "reports/html_report.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "reports/html_assets.h"
#include "tests/reports/document_fixture.h"

namespace genaudit {
namespace {

using testing::DocumentFixture;
using testing::HostileFixture;

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

TEST(HtmlReportTest, IsOneFileThatLoadsNothing) {
  DocumentFixture fx;
  const std::string html = render_html_report(fx.report, Language::kVietnamese);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0), 0u);
  EXPECT_EQ(html.back(), '\n');
  EXPECT_TRUE(has(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(has(html, "Content-Security-Policy\" content=\"default-src &#39;none&#39;"));
  // No external stylesheet, script, image, font or frame.
  for (const char* load : {"<link", "src=\"http", "href=\"http", "@import", "url(", "<iframe",
                           "<img", "<object", "<embed"}) {
    EXPECT_FALSE(has(html, load)) << load;
  }
  const std::regex src_attribute(R"(\ssrc\s*=)");
  EXPECT_FALSE(std::regex_search(html, src_attribute));
  EXPECT_EQ(count(html, "<script"), 1u);
  EXPECT_EQ(count(html, "<style>"), 1u);
}

TEST(HtmlReportTest, TheScriptIsAllowedByItsHash) {
  const std::string policy = html_content_security_policy(html_report_script());
  EXPECT_TRUE(has(policy, "script-src 'sha256-")) << policy;
  EXPECT_FALSE(has(policy, "unsafe-eval"));
  EXPECT_FALSE(has(policy, "script-src 'unsafe-inline'"));
  // The digest of "alert(1)", base64 (as `openssl dgst -binary | base64`).
  EXPECT_TRUE(has(html_content_security_policy("alert(1)"),
                  "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"));
}

TEST(HtmlReportTest, RunFactsComeFirst) {
  DocumentFixture fx;
  const std::string html = render_html_report(fx.report, Language::kVietnamese);
  const std::size_t indicators = html.find("<section id=\"indicators\">");
  ASSERT_NE(indicators, std::string::npos);
  for (const std::string& fact :
       {std::string("2025 (từ 01/01/2025 đến 31/12/2025)"), std::string("Ngày đối chiếu"),
        std::string("<dd>31/12/2025</dd>"), std::string("<code>3f2a9c</code>"),
        std::string("agencies.csv"), std::string("staff.xlsx"), std::string(64, 'a'),
        std::string(64, 'b'), std::string(64, 'e')}) {
    const std::size_t at = html.find(fact);
    EXPECT_LT(at, indicators) << fact;
  }
}

TEST(HtmlReportTest, IndicatorsHaveValueTargetStatusAndAChart) {
  DocumentFixture fx;
  const std::string html = render_html_report(fx.report, Language::kVietnamese);
  EXPECT_TRUE(has(html, "<td class=\"num\">33,3%</td><td class=\"num parts\">1/3 cơ quan</td>"
                        "<td class=\"num\">≥ 60%</td>"));
  EXPECT_TRUE(has(html, "<span class=\"badge not_met\">Chưa đạt</span>"));
  EXPECT_TRUE(has(html, "<span class=\"badge met\">Đạt</span>"));
  EXPECT_TRUE(has(html, "<span class=\"badge no_data\">Không có dữ liệu</span>"));
  EXPECT_EQ(count(html, "<svg "), 3u);
  EXPECT_TRUE(has(html, "<title>Giá trị 33,3%, mục tiêu ≥ 60%: Chưa đạt</title>"));
  EXPECT_TRUE(has(html, "<title>Giá trị —, mục tiêu ≤ 111: Không có dữ liệu</title>"));
  // The bar of a third of the scale of 240 px, in red; the target at 60%.
  EXPECT_TRUE(has(html,
                  "class=\"bar\" x=\"0\" y=\"14.0\" width=\"80.0\" height=\"12.0\" "
                  "fill=\"#b3261e\""));
  EXPECT_TRUE(has(html, "class=\"target\" x1=\"144.0\""));
}

TEST(HtmlReportTest, FindingsAreGroupedByObjectiveLeadAndSubject) {
  DocumentFixture fx;
  const std::string html = render_html_report(fx.report, Language::kVietnamese);
  const std::size_t by_objective = html.find("id=\"by-objective\"");
  const std::size_t by_lead = html.find("id=\"by-lead\"");
  const std::size_t by_subject = html.find("id=\"by-subject\"");
  ASSERT_NE(by_objective, std::string::npos);
  ASSERT_LT(by_objective, by_lead);
  ASSERT_LT(by_lead, by_subject);
  // Objectives in the plan's order: O1, O6, then part V.
  const std::size_t o1 = html.find("Mục tiêu 1: Trong lĩnh vực chính trị", by_objective);
  const std::size_t o6 =
      html.find("Mục tiêu 6: Trong lĩnh vực thông tin truyền thông", by_objective);
  const std::size_t v = html.find("Phần V: Tổ chức thực hiện", by_objective);
  EXPECT_LT(by_objective, o1);
  EXPECT_LT(o1, o6);
  EXPECT_LT(o6, v);
  EXPECT_LT(v, by_lead);
  // Each finding once in detail, with its anchor and the filter's data.
  EXPECT_EQ(count(html, "class=\"f-detail\""), 4u);
  EXPECT_TRUE(has(html,
                  "<tr id=\"f-1\" class=\"f-detail\" data-finding=\"1\" data-objective=\"O1\" "
                  "data-lead=\"Sở Nội vụ\" data-severity=\"high\""));
  // Citation, lead, severity and remedy of the rule; figures; rows with file and row.
  EXPECT_TRUE(has(html, "<dt>Căn cứ</dt><dd>KH 11983/UBND-KGVX, mục II.1.b</dd>"));
  EXPECT_TRUE(has(html, "<dt>Khắc phục</dt><dd>Bổ nhiệm nữ cán bộ lãnh đạo.</dd>"));
  EXPECT_TRUE(has(html, "<dt>Mức độ</dt><dd>cao</dd>"));
  EXPECT_TRUE(has(html, "<th class=\"num\">female_share</th>"));
  EXPECT_TRUE(has(html, "<td class=\"num\">30,0%</td>"));
  EXPECT_TRUE(has(
      html, "<li>agencies.csv: dòng 2</li><li>staff.xlsx, trang &quot;Cán bộ&quot;: dòng 5</li>"));
  EXPECT_TRUE(has(html, "<li>reports.csv: dòng 3–5</li>"));
  EXPECT_TRUE(has(html, "<td>03/2025</td>"));
  EXPECT_TRUE(has(html, "<td>15/12/2025</td>"));
  // By lead: each lead once, its findings linked to their details.
  EXPECT_EQ(count(html.substr(by_lead, by_subject - by_lead), "<h4>Sở Nội vụ "), 1u);
  // Each body by its code and name, on screen only (<details class="on-screen">,
  // hidden by @media print): on paper each finding is printed once.
  EXPECT_TRUE(has(html, "<a href=\"#f-3\"><code>DPT-KH</code> Đài Phát thanh và Truyền hình "
                        "Khánh Hòa · 03/2025</a>"));
  EXPECT_EQ(count(html.substr(by_lead, by_subject - by_lead),
                  "<details class=\"on-screen\"><summary>Các đơn vị có phát hiện</summary>"),
            count(html.substr(by_lead, by_subject - by_lead), "<div class=\"lead-rule\""));
  EXPECT_TRUE(has(html, "<p class=\"print-only\">Bản in không nhắc lại phát hiện theo từng đơn vị"));
  EXPECT_TRUE(has(html, "<details class=\"on-screen\"><summary>Mở để xem phát hiện của từng đơn vị"));
  EXPECT_TRUE(has(html, "details.on-screen { display: none !important; }"));
  // By subject: SNV has two findings (O1.S4 and V.19).
  const std::string subjects = html.substr(by_subject);
  EXPECT_TRUE(has(subjects, "<code>SNV</code> Sở Nội vụ <span class=\"count\">2 phát hiện</span>"));
  EXPECT_TRUE(has(subjects, "<a href=\"#f-4\"><code>V.19</code></a>"));
  EXPECT_TRUE(has(subjects, "Gửi báo cáo năm đúng hạn (trước ngày 10/12)."));
}

TEST(HtmlReportTest, TheFilterStartsHiddenSoThePageWorksWithoutScripts) {
  DocumentFixture fx;
  const std::string html = render_html_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(html, "<div id=\"findings-filter\" class=\"filter\" role=\"search\" hidden>"));
  EXPECT_TRUE(
      has(html, "<option value=\"O6\">Objective 6: Information and communication</option>"));
  EXPECT_TRUE(has(html, "<option value=\"Sở Nội vụ\">Sở Nội vụ</option>"));
  EXPECT_TRUE(has(html, "<option value=\"high\">high</option>"));
  EXPECT_TRUE(has(html, "data-template=\"Showing {0} of {1} findings\""));
  // Nothing in the page is hidden but the filter's own parts.
  EXPECT_EQ(count(html, " hidden>"), 2u);
  EXPECT_TRUE(has(html, "@media print"));
}

TEST(HtmlReportTest, EnglishHasEveryHumanTextInEnglish) {
  DocumentFixture fx;
  const std::string en = render_html_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(en, "<html lang=\"en\">"));
  EXPECT_TRUE(has(en, "Gender-equality audit report"));
  EXPECT_TRUE(has(en, "2025 (2025-01-01 to 2025-12-31)"));
  EXPECT_TRUE(has(en, "Agency with 30% or more women but no female key leader"));
  EXPECT_TRUE(has(en, "Appoint women to leadership posts."));
  EXPECT_TRUE(has(en, "<li>staff.xlsx, sheet &quot;Cán bộ&quot;: row 5</li>"));
  EXPECT_TRUE(has(en, "<li>reports.csv: rows 3–5</li>"));
  EXPECT_TRUE(has(en, "Findings by lead agency"));
  for (const char* vietnamese : {"Phát hiện", "Chỉ tiêu", "Căn cứ", "Khắc phục", "dòng", "Đạt",
                                 "Mục tiêu", "Cơ quan có tỷ lệ"}) {
    EXPECT_FALSE(has(en, vietnamese)) << vietnamese;
  }
}

TEST(HtmlReportTest, NoFindingsAndNoIndicatorsSaySo) {
  AuditReport empty;
  empty.period = "2025";
  empty.dates = {*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 12, 31),
                 *Date::from_ymd(2025, 12, 31)};
  const std::string html = render_html_report(empty, Language::kVietnamese);
  EXPECT_TRUE(has(html, "<p>Không có phát hiện nào.</p>"));
  EXPECT_TRUE(has(html, "<p>Không có chỉ tiêu nào.</p>"));
  EXPECT_FALSE(has(html, "findings-filter\" class"));
}

TEST(HtmlReportTest, HostileRegisterValuesAreEscapedEverywhere) {
  HostileFixture fx;
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string html = render_html_report(fx.report, lang);
    EXPECT_FALSE(has(html, "<script>alert"));
    EXPECT_FALSE(has(html, "<img"));
    EXPECT_FALSE(has(html, "\"><img"));
    EXPECT_FALSE(has(html, "onerror=alert(1)>"));
    EXPECT_EQ(count(html, "<script"), 1u);
    EXPECT_TRUE(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(has(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.csv"));
    // The lead agency's list names each subject after its code.
    EXPECT_TRUE(has(html, "</code> &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  }
}

}  // namespace
}  // namespace genaudit
