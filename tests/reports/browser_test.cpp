// The HTML documents as a user sees them: rendered by a real browser
// (headless Chromium), their script run, and the key facts read back from
// the rendered page. Skipped only when chromium is not installed
// (.ci/bootstrap installs it).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "reports/agency_records.h"
#include "reports/html_report.h"
#include "reports/human_values.h"
#include "tests/reports/document_fixture.h"
#include "tests/reports/text_checks.h"
#include "tests/reports/external_tools.h"

namespace genaudit {
namespace {

using testing::has;
using testing::TempDir;

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

const AuditReport& sample_audit() {
  static const AuditReport report =
      testing::audit_folder(std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa", "2025");
  return report;
}

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto found = testing::find_chromium();
    if (!found) GTEST_SKIP() << "chromium is not installed (apt-get install chromium)";
    chromium_ = *found;
  }

  // The DOM of `html` after the browser loaded it (its URL ending in
  // `fragment`) and ran its script.
  std::string rendered(const std::string& html, const std::string& name,
                       const std::string& fragment = "") {
    const auto page = tmp_.path() / name;
    testing::write_text(page, html);
    testing::keep_document(page);
    const testing::CommandRun r =
        testing::run_chromium(chromium_, page, tmp_.path(), "--dump-dom", "", fragment);
    EXPECT_EQ(r.status, 0) << testing::read_text(tmp_.path() / "chromium.log");
    EXPECT_TRUE(has(r.out, "</html>")) << r.out.substr(0, 500);
    return r.out;
  }

  // The elements of `dom` as an independent HTML parser reads them
  // (tests/reports/html_elements.py).
  nlohmann::json elements(const std::string& dom) {
    const auto file = tmp_.path() / "dom.html";
    testing::write_text(file, dom);
    const testing::CommandRun r = testing::run_command(
        testing::shell_quote(GENAUDIT_PYTHON) + " " +
        testing::shell_quote(std::string(GENAUDIT_SOURCE_DIR) + "/tests/reports/html_elements.py") +
        " " + testing::shell_quote(file.string()));
    EXPECT_EQ(r.status, 0);
    return nlohmann::json::parse(r.out);
  }

  std::string chromium_;
  TempDir tmp_;
};

TEST_F(BrowserTest, SampleReportShowsTheRunFactsIndicatorsAndFindings) {
  const AuditReport& report = sample_audit();
  ASSERT_FALSE(report.findings.empty());
  const std::string dom =
      rendered(render_html_report(report, Language::kVietnamese), "sample-vi.html");

  EXPECT_TRUE(has(dom, "Báo cáo rà soát thực hiện bình đẳng giới"));
  EXPECT_TRUE(has(dom, "2025 (từ 01/01/2025 đến 31/12/2025)"));
  EXPECT_TRUE(has(dom, "<dt>Ngày đối chiếu</dt><dd>31/12/2025</dd>"));
  EXPECT_TRUE(has(dom, "<code>" + report.pack_version + "</code>"));
  for (const RegisterFileInfo& r : report.registers) {
    EXPECT_TRUE(has(dom, "<td>" + r.file + "</td>")) << r.file;
    EXPECT_TRUE(has(dom, r.sha256)) << r.file;
  }
  for (const IndicatorResult& i : report.indicators) {
    EXPECT_TRUE(has(dom, "data-rule=\"" + i.rule->id + "\"")) << i.rule->id;
    EXPECT_TRUE(has(dom, ">" + indicator_value_text(i, Language::kVietnamese) + "</td>"))
        << i.rule->id;
  }
  for (std::size_t n = 1; n <= report.findings.size(); ++n) {
    EXPECT_TRUE(has(dom, "<tr id=\"f-" + std::to_string(n) + "\"")) << n;
  }
  for (const Finding& f : report.findings) {
    EXPECT_TRUE(has(dom, "<code>" + f.subject + "</code>")) << f.subject;
  }
  EXPECT_TRUE(has(dom, "KH 11983/UBND-KGVX, mục II.1.b"));
  EXPECT_TRUE(has(dom, "staff.csv: dòng "));
  // The script ran: the filter box is shown, with the count it computed.
  EXPECT_TRUE(has(dom, "data-filter=\"ready\""));
  EXPECT_TRUE(has(dom, "<div id=\"findings-filter\" class=\"filter\" role=\"search\">"));
  const std::string total = std::to_string(report.findings.size());
  EXPECT_TRUE(has(dom, ">Đang hiển thị " + total + "/" + total + " phát hiện</output>")) << total;
  // Nothing hidden by the script but the "nothing matches" line.
  EXPECT_EQ(count(dom, " hidden=\"\""), 1u);
  // Nothing points outside the page; nothing runs but the page's script.
  const nlohmann::json found = elements(dom);
  EXPECT_EQ(found["urls"], nlohmann::json::array()) << found.dump();
  EXPECT_EQ(found["event_handlers"], nlohmann::json::array());
  EXPECT_EQ(found["tags"]["script"], 1);
  EXPECT_EQ(found["tags"]["svg"], report.indicators.size());
}

TEST_F(BrowserTest, EnglishReportInTheBrowser) {
  const AuditReport& report = sample_audit();
  const std::string dom =
      rendered(render_html_report(report, Language::kEnglish), "sample-en.html");
  const std::string total = std::to_string(report.findings.size());
  EXPECT_TRUE(has(dom, "<html lang=\"en\" data-filter=\"ready\">"));
  EXPECT_TRUE(has(dom, "Gender-equality audit report"));
  EXPECT_TRUE(has(dom, "2025 (2025-01-01 to 2025-12-31)"));
  EXPECT_TRUE(has(dom, ">Showing " + total + " of " + total + " findings</output>"));
  EXPECT_TRUE(has(dom, "Findings by objective"));
}

TEST_F(BrowserTest, TheSearchBoxFiltersFindingsIgnoringMarks) {
  testing::DocumentFixture fx;
  // "thanh pho nha trang" finds "UBND thành phố Nha Trang" and nothing else.
  const std::string dom = rendered(render_html_report(fx.report, Language::kVietnamese),
                                   "filtered.html", "#q=thanh%20pho%20nha%20trang");
  EXPECT_TRUE(has(dom, ">Đang hiển thị 1/4 phát hiện</output>")) << dom;
  // Finding 2 shows; the others, and the objectives left empty, are hidden.
  auto start_tag = [&](const std::string& id) {
    const std::size_t at = dom.find("<tr id=\"" + id + "\"");
    return at == std::string::npos ? std::string() : dom.substr(at, dom.find('>', at) - at);
  };
  ASSERT_FALSE(start_tag("f-2").empty());
  EXPECT_EQ(start_tag("f-2").find(" hidden=\"\""), std::string::npos);
  for (const char* id : {"f-1", "f-3", "f-4"}) {
    EXPECT_NE(start_tag(id).find(" hidden=\"\""), std::string::npos) << id;
  }
  EXPECT_TRUE(has(dom, "data-objective-group=\"O6\" hidden=\"\""));
  EXPECT_TRUE(has(dom, "data-objective-group=\"V\" hidden=\"\""));
  EXPECT_FALSE(has(dom, "data-objective-group=\"O1\" hidden=\"\""));
}

TEST_F(BrowserTest, HostileValuesAreTextInTheRenderedPage) {
  testing::HostileFixture fx;
  const std::string dom =
      rendered(render_html_report(fx.report, Language::kVietnamese), "hostile.html");
  // No element came from a value: one script (the page's own), no image, no
  // event handler, as an independent parser reads the rendered DOM.
  const nlohmann::json found = elements(dom);
  EXPECT_EQ(found["tags"]["script"], 1) << found.dump();
  EXPECT_FALSE(found["tags"].contains("img")) << found.dump();
  EXPECT_EQ(found["event_handlers"], nlohmann::json::array()) << found.dump();
  EXPECT_EQ(found["urls"], nlohmann::json::array()) << found.dump();
  // The values are shown as written.
  EXPECT_TRUE(has(dom, "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"));
  EXPECT_TRUE(has(dom, "<code>\"&gt;&lt;img src=x onerror=alert(1)&gt;</code>"));
  EXPECT_TRUE(has(dom, "<code>=HYPERLINK(\"http://x\",\"y\")</code>"));
  EXPECT_TRUE(has(dom, "<code>@SUM(A1)</code>"));
  EXPECT_TRUE(has(dom, "<code>+1</code>"));
  EXPECT_TRUE(has(dom, "<code>-1</code>"));
  EXPECT_TRUE(has(dom, "\"&gt;&lt;img src=x onerror=alert(1)&gt;.csv"));
  // The page still works: its script ran to the end.
  EXPECT_TRUE(has(dom, "data-filter=\"ready\""));
}

TEST_F(BrowserTest, ScreenshotAndPrintToPdf) {
  const std::string html = render_html_report(sample_audit(), Language::kVietnamese);
  const auto page = tmp_.path() / "report.html";
  testing::write_text(page, html);
  const auto png = tmp_.path() / "report.png";
  const auto pdf = tmp_.path() / "report.pdf";
  testing::run_chromium(chromium_, page, tmp_.path(), "--screenshot=" + png.string(),
                        "--window-size=1280,1600 --hide-scrollbars");
  testing::run_chromium(chromium_, page, tmp_.path(), "--print-to-pdf=" + pdf.string(),
                        "--no-pdf-header-footer");
  const std::string png_bytes = testing::read_text(png);
  const std::string pdf_bytes = testing::read_text(pdf);
  ASSERT_GT(png_bytes.size(), 20000u) << testing::read_text(tmp_.path() / "chromium.log");
  EXPECT_EQ(png_bytes.substr(0, 8), "\x89PNG\r\n\x1a\n");
  ASSERT_GT(pdf_bytes.size(), 20000u) << testing::read_text(tmp_.path() / "chromium.log");
  EXPECT_EQ(pdf_bytes.substr(0, 5), "%PDF-");
  // A4 pages: 595 x 842 points.
  EXPECT_TRUE(has(pdf_bytes, "/MediaBox [0 0 594.95996 841.91998]") ||
              has(pdf_bytes, "/MediaBox [0 0 595 842]") || has(pdf_bytes, "/MediaBox [0 0 595."));
  testing::keep_document(png);
  testing::keep_document(pdf);
}

TEST_F(BrowserTest, AgencyRecordInTheBrowser) {
  const AuditReport& report = sample_audit();
  const std::vector<AgencyRecord> records = agency_records(report);
  ASSERT_FALSE(records.empty());
  const AgencyRecord& first = records.front();
  const std::string dom = rendered(render_agency_record_html(report, first, Language::kVietnamese),
                                   first.file_stem + ".html");
  for (const std::string& part :
       {std::string("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        std::string("Độc lập - Tự do - Hạnh phúc"), std::string("BIÊN BẢN KIỂM TRA"),
        "Mã đơn vị trong sổ theo dõi: " + first.subject.subject,
        std::string("Thời hạn thực hiện: trước ...."), std::string("PHỤ LỤC"),
        first.subject.findings.front()->rule->citation}) {
    EXPECT_TRUE(has(dom, part)) << part;
  }
  const auto pdf = tmp_.path() / (first.file_stem + ".pdf");
  testing::run_chromium(chromium_, tmp_.path() / (first.file_stem + ".html"), tmp_.path(),
                        "--print-to-pdf=" + pdf.string(), "--no-pdf-header-footer");
  EXPECT_EQ(testing::read_text(pdf).substr(0, 5), "%PDF-");
  testing::keep_document(pdf);
}

// On paper (Chromium's --print-to-pdf, read back by poppler's pdftotext):
// each finding printed once, under its objective — the by-lead bodies and
// the by-body listing are on screen only — and a sentence where the
// by-body listing would be. Skipped without pdftotext (poppler-utils).
TEST_F(BrowserTest, PrintedReportListsEachFindingOnce) {
  if (testing::run_command("command -v pdftotext >/dev/null 2>&1").status != 0) {
    GTEST_SKIP() << "pdftotext is not installed (apt-get install poppler-utils)";
  }
  testing::DocumentFixture fx;
  const auto page = tmp_.path() / "print.html";
  testing::write_text(page, render_html_report(fx.report, Language::kVietnamese));
  const auto pdf = tmp_.path() / "print.pdf";
  const testing::CommandRun printed = testing::run_chromium(
      chromium_, page, tmp_.path(), "--no-pdf-header-footer --print-to-pdf=" +
                                        testing::shell_quote(pdf.string()));
  ASSERT_EQ(printed.status, 0) << testing::read_text(tmp_.path() / "chromium.log");
  testing::keep_document(pdf);
  const testing::CommandRun text = testing::run_command(
      "pdftotext -enc UTF-8 " + testing::shell_quote(pdf.string()) + " -");
  ASSERT_EQ(text.status, 0);
  // On screen a body of one finding shows three times (under the objective,
  // the lead agency, the body); printed, once.
  const std::string html = testing::read_text(page);
  for (const std::string code : {"UBND-NT", "DPT-KH"}) {
    EXPECT_EQ(count(html, "<code>" + code + "</code>"), 3u) << code;
    EXPECT_EQ(count(text.out, code), 1u) << code << "\n" << text.out;
  }
  EXPECT_TRUE(has(text.out, "Phát hiện theo cơ quan chủ trì"));
  EXPECT_FALSE(has(text.out, "Mở để xem phát hiện của từng đơn vị"));
  EXPECT_FALSE(has(text.out, "Các đơn vị có phát hiện"));
  EXPECT_TRUE(has(text.out, "Bản in không nhắc lại phát hiện theo từng đơn vị"));
}

}  // namespace
}  // namespace genaudit
