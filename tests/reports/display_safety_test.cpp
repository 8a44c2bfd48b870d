// Register text that would act on whatever displays it, instead of being
// shown: terminal escape sequences (clear the screen, set the window title,
// a hyperlink), a bell, a carriage return that lets a line overwrite
// itself, and bidirectional controls that make a text read in another order
// than its bytes ("Trojan Source"). Every document shows them visibly, as
// an escape (\x1b, \u202e); the JSON keeps them as data, written as JSON
// escapes, so that the file itself holds none of them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "reports/agency_records.h"
#include "reports/csv_report.h"
#include "reports/history_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/terminal.h"
#include "reports/text_report.h"
#include "tests/reports/report_fixture.h"

namespace genaudit {
namespace {

using testing::ReportFixture;

// A subject's name with a screen clear, a window title ended by a bell, a
// carriage return, and the bidirectional controls U+202E (right-to-left
// override), U+2066 (left-to-right isolate) and U+200F (right-to-left mark).
const std::string kName =
    "S\xE1\xBB\x9F N\xE1\xBB\x99i v\xE1\xBB\xA5\x1b[2J\x1b]0;pwned\x07|\rfake|"
    "\xE2\x80\xAE"
    "gpj.exe"
    "\xE2\x81\xA6"
    "x"
    "\xE2\x80\x8F";
// The code of the same subject, with an override of its own.
const std::string kCode = "SNV\xE2\x80\xAE" "1";

// What must never reach a document raw. A carriage return is a line break
// in HTML and in a quoted CSV field; the terminal and Markdown, one line a
// value, have none.
const std::vector<std::string> kActive = {"\x1b", "\x07", "\xE2\x80\xAE", "\xE2\x81\xA6",
                                          "\xE2\x80\x8F"};

std::string screen_clear_and_title() { return "\x1b[2J\x1b]0;pwned\x07"; }

struct HostileNames : ReportFixture {
  HostileNames() {
    report.findings[0].subject = kCode;
    report.findings[0].subject_name = kName;
  }
};

void expect_inert(const std::string& document, const std::string& what) {
  for (const std::string& active : kActive) {
    EXPECT_EQ(document.find(active), std::string::npos)
        << what << " holds a raw " << nlohmann::json(active).dump();
  }
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(DisplaySafety, TheTextReportShowsControlsAndBidiControlsVisibly) {
  HostileNames fx;
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    for (const bool color : {false, true}) {
      std::string text = render_text_report(fx.report, lang, color);
      if (color) {  // the report's own colours are the only escapes
        for (const char* sgr : {"\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"}) {
          for (auto at = text.find(sgr); at != std::string::npos; at = text.find(sgr)) {
            text.erase(at, std::string(sgr).size());
          }
        }
      }
      expect_inert(text, "the text report");
      EXPECT_FALSE(has(text, "\r"));
      EXPECT_TRUE(has(text, "SNV\\u202e1")) << text;
      EXPECT_TRUE(has(text, "v\xE1\xBB\xA5\\x1b[2J\\x1b]0;pwned\\x07| fake|\\u202egpj.exe\\u2066x\\u200f"))
          << text;
    }
  }
}

TEST(DisplaySafety, MarkdownHtmlAndCsvShowThemVisibly) {
  HostileNames fx;
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string md = render_markdown_report(fx.report, lang);
    expect_inert(md, "Markdown");
    EXPECT_FALSE(has(md, "\r"));
    EXPECT_TRUE(has(md, "SNV\\\\u202e1")) << md;  // the backslash itself escaped
    EXPECT_TRUE(has(md, "\\\\x1b\\[2J\\\\x1b\\]0;pwned\\\\x07\\|")) << md;

    const std::string html = render_html_report(fx.report, lang);
    expect_inert(html, "HTML");
    EXPECT_TRUE(has(html, "SNV\\u202e1"));
    EXPECT_TRUE(has(html, "\\x1b[2J\\x1b]0;pwned\\x07|"));

    const std::string csv = render_csv_findings(fx.report, lang);
    expect_inert(csv, "CSV");
    EXPECT_TRUE(has(csv, "SNV\\u202e1"));
    EXPECT_TRUE(has(csv, "\\x1b[2J\\x1b]0;pwned\\x07|\rfake|\\u202egpj.exe\\u2066x\\u200f"));
  }
}

TEST(DisplaySafety, InspectionRecordsShowThemVisibly) {
  HostileNames fx;
  for (const AgencyRecord& record : agency_records(fx.report)) {
    for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
      expect_inert(render_agency_record_html(fx.report, record, lang), "an HTML record");
      expect_inert(render_agency_record_markdown(fx.report, record, lang), "a Markdown record");
    }
  }
}

// JSON is data: the values are the registers' exactly, and the text holds
// them as JSON escapes (\u001b, \u202e), never raw.
TEST(DisplaySafety, JsonKeepsTheValuesExactAndTheTextInert) {
  HostileNames fx;
  const std::string text = audit_to_json_text(fx.report, Language::kEnglish);
  expect_inert(text, "the JSON");
  EXPECT_TRUE(has(text, "\\u202e")) << text;
  const nlohmann::json parsed = nlohmann::json::parse(text);
  EXPECT_EQ(parsed["findings"][0]["subject"], kCode);
  EXPECT_EQ(parsed["findings"][0]["subject_name"], kName);
  EXPECT_EQ(parsed, audit_to_json(fx.report, Language::kEnglish));
}

// `genaudit diff` reads names and codes back from a database, which may
// have been made by anyone.
TEST(DisplaySafety, TheDiffOfTwoRunsShowsThemVisibly) {
  RunDiff diff;
  RecordedFinding f;
  f.key.rule = "O1.S4";
  f.subject = kCode;
  f.subject_name = kName;
  diff.added = {f};
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string text = render_diff_text(diff, lang);
    expect_inert(text, "the diff");
    EXPECT_TRUE(has(text, "SNV\\u202e1")) << text;
  }
}

// ---- Standard error and logs ----------------------------------------------

// What genaudit's main() does to std::cerr, on a stream of the test's own.
TEST(DisplaySafety, AGuardedStreamPassesEverythingThroughTerminalText) {
  std::ostringstream out;
  std::streambuf* const own = out.rdbuf();
  {
    const TerminalSafeStream guard(out);
    out << "genaudit: " << "agencies" << screen_clear_and_title() << ".csv: lỗi\n";
    // A character cut in two by two writes still arrives whole.
    const std::string o_horn = "\xE1\xBB\x9F";  // ở
    out << "S" << o_horn.substr(0, 1) << std::flush;
    out << o_horn.substr(1) << "\rfake" << std::flush;
    out << "\xE2\x80\xAE" "tail";  // held until the guard goes
  }
  EXPECT_EQ(out.rdbuf(), own);
  EXPECT_EQ(out.str(),
            "genaudit: agencies\\x1b[2J\\x1b]0;pwned\\x07.csv: lỗi\n"
            "Sở\\rfake\\u202etail");
}

// main()'s logger writes to std::cerr, guarded: a log line quoting register
// text is as safe as a message.
TEST(DisplaySafety, ALogLineThroughAGuardedStreamIsSafe) {
  std::ostringstream out;
  {
    const TerminalSafeStream guard(out);
    spdlog::logger logger("test", std::make_shared<spdlog::sinks::ostream_sink_st>(out, true));
    logger.set_pattern("genaudit: %v");
    logger.warn("{}: column {} not read", "staff\x1b[2J.csv", "\xE2\x80\xAEname");
  }
  EXPECT_EQ(out.str(), "genaudit: staff\\x1b[2J.csv: column \\u202ename not read\n");
}

}  // namespace
}  // namespace genaudit
