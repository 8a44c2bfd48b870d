// Specification of how reports show the audit history and waivers: each
// finding's status against the previous run, the run and baseline, waived
// findings and unused waivers (JSON, text, HTML); and what `genaudit runs`
// and `genaudit diff` print.
#include "reports/history_report.h"

#include <gtest/gtest.h>

#include <string>

#include "reports/history_texts.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/text_report.h"
#include "tests/reports/history_fixture.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::HistoryFixture;

TEST(HistoryJsonTest, StatusesWaiversAndTheRunsHistory) {
  HistoryFixture fx;
  const json j = audit_to_json(fx.report, Language::kEnglish);
  EXPECT_EQ(j["findings"][0].at("status"), "persisting");
  EXPECT_EQ(j["findings"][0].at("waiver_expired"), "2025-06-30");
  EXPECT_EQ(j["findings"][1].at("status"), "new");
  EXPECT_FALSE(j["findings"][1].contains("waiver_expired"));
  ASSERT_EQ(j.at("waived").size(), 1u);
  const json& waived = j["waived"][0];
  EXPECT_EQ(waived.at("rule"), "O1.S4");  // a finding's keys...
  EXPECT_EQ(waived.at("subject"), "UBND-NT");
  EXPECT_EQ(waived.at("status"), "regressed");
  EXPECT_EQ(waived.at("waiver"),  // ...and its waiver
            (json{{"rule", "O1.S4"},
                  {"subject", "UBND-NT"},
                  {"period", nullptr},
                  {"justification", "Sáp nhập theo Quyết định 12/QĐ-UBND"},
                  {"approved_by", "Nguyễn Văn A"},
                  {"expires", "2026-03-31"},
                  {"source", "waivers.toml:8"}}));
  ASSERT_EQ(j.at("unused_waivers").size(), 1u);
  EXPECT_EQ(j["unused_waivers"][0].at("subject"), "NOPE");
  EXPECT_EQ(j["unused_waivers"][0].at("period"), "2025-Q1");
  EXPECT_EQ(j["unused_waivers"][0].at("expired"), true);
  EXPECT_EQ(j["run"].at("history"), (json{{"run", 4},
                                          {"previous_run", 3},
                                          {"baseline_run", 2},
                                          {"baseline_hidden", 5}}));
  EXPECT_EQ(j["summary"].at("findings"), 2);
  EXPECT_EQ(j["summary"].at("waived"), 1);
}

TEST(HistoryJsonTest, AnAuditNotRecordedHasNoStatusAndNoHistory) {
  testing::ReportFixture fx;
  const json j = audit_to_json(fx.report, Language::kEnglish);
  EXPECT_FALSE(j["findings"][0].contains("status"));
  EXPECT_FALSE(j["run"].contains("history"));
  EXPECT_EQ(j.at("waived"), json::array());
  EXPECT_EQ(j.at("unused_waivers"), json::array());
  EXPECT_EQ(j["summary"].at("waived"), 0);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(HistoryTextTest, EnglishShowsRunBaselineStatusesWaivedAndUnused) {
  HistoryFixture fx;
  const std::string text = render_text_report(fx.report, Language::kEnglish, false);
  EXPECT_TRUE(has(text, "\nRun 4; findings compared with run 3\n")) << text;
  EXPECT_TRUE(has(text, "\nOnly findings new since run 2 are listed; 5 finding(s) already present "
                        "then are left out\n"))
      << text;
  EXPECT_TRUE(has(text,
                  "  Code  Name       women  known  female_share  Since last run  Note\n"
                  "  SNV   Sở Nội vụ      3     10         30.0%  persisting      waiver expired "
                  "on 2025-06-30\n"
                  "  SYT   Sở Y tế        3     10         30.0%  new\n"))
      << text;
  EXPECT_TRUE(has(text,
                  "\nWaived (1)\n----------\n\n"
                  "  Rule   Code     Period  Justification                        Approved by   "
                  "Expires\n"
                  "  O1.S4  UBND-NT          Sáp nhập theo Quyết định 12/QĐ-UBND  Nguyễn Văn A  "
                  "2026-03-31\n"))
      << text;
  EXPECT_TRUE(has(text, "\nWarning: the waiver O1.S4 / NOPE / 2025-Q1 (waivers.toml:15) matches "
                        "no finding\n"))
      << text;
  EXPECT_TRUE(has(text, "Summary: 2 findings; indicators: 0 met, 1 not met, 0 no data; 1 rule "
                        "skipped; 1 waived."))
      << text;
}

TEST(HistoryTextTest, VietnameseToo) {
  HistoryFixture fx;
  fx.report.history->previous_run.reset();
  fx.report.history->baseline_run.reset();
  const std::string text = render_text_report(fx.report, Language::kVietnamese, false);
  EXPECT_TRUE(has(text, "\nLần rà soát số 4, lần đầu tiên được ghi trong cơ sở dữ liệu này\n"))
      << text;
  EXPECT_FALSE(has(text, "Chỉ liệt kê phát hiện mới")) << text;
  EXPECT_TRUE(has(text, "So với lần trước")) << text;
  EXPECT_TRUE(has(text, "còn tồn tại       miễn trừ đã hết hạn ngày 30/06/2025")) << text;
  EXPECT_TRUE(has(text, "\nĐược miễn trừ (1)\n")) << text;
  EXPECT_TRUE(has(text, "31/03/2026")) << text;
  EXPECT_TRUE(has(text, "Cảnh báo: miễn trừ O1.S4 / NOPE / 2025-Q1 (waivers.toml:15) không khớp "
                        "phát hiện nào"))
      << text;
  EXPECT_TRUE(has(text, "; 1 phát hiện được miễn trừ.")) << text;
}

TEST(HistoryTextTest, AReportWithoutHistoryOrWaiversIsUnchanged) {
  testing::ReportFixture fx;
  const std::string text = render_text_report(fx.report, Language::kEnglish, false);
  EXPECT_FALSE(has(text, "Since last run"));
  EXPECT_FALSE(has(text, "Waived"));
  EXPECT_FALSE(has(text, "Run "));
}

TEST(HistoryHtmlTest, StatusBadgesWaivedSectionAndUnusedWaivers) {
  HistoryFixture fx;
  const std::string html = render_html_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(html, "<th>Since last run</th>")) << html;
  EXPECT_TRUE(has(html, "<span class=\"badge finding-status persisting\">persisting</span>"));
  EXPECT_TRUE(has(html, "<span class=\"badge finding-status new\">new</span>"));
  EXPECT_TRUE(has(html, "waiver expired on 2025-06-30"));
  EXPECT_TRUE(has(html, "<section id=\"waived\">"));
  EXPECT_TRUE(has(html, "<a href=\"#waived\">Waived</a>"));
  EXPECT_TRUE(has(html, "<td>Sáp nhập theo Quyết định 12/QĐ-UBND</td><td>Nguyễn Văn A</td>"
                        "<td>2026-03-31</td><td>waivers.toml:8</td>"));
  EXPECT_TRUE(has(html, "Warning: the waiver O1.S4 / NOPE / 2025-Q1 (waivers.toml:15) matches no "
                        "finding"));
  EXPECT_TRUE(has(html, "Run 4; findings compared with run 3. Only findings new since run 2"));
  testing::ReportFixture plain;
  const std::string none = render_html_report(plain.report, Language::kEnglish);
  EXPECT_FALSE(has(none, "Since last run"));
  EXPECT_FALSE(has(none, "id=\"waived\""));
}

TEST(HistoryHtmlTest, RegisterTextInWaiversIsEscaped) {
  HistoryFixture fx;
  fx.report.waived[0].waiver.justification = "<script>alert(1)</script>";
  const std::string html = render_html_report(fx.report, Language::kEnglish);
  EXPECT_FALSE(has(html, "<script>alert(1)"));
  EXPECT_TRUE(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST(HistoryTextsTest, EveryTextIsWrittenInBothLanguages) {
  for (int id = 0; id <= static_cast<int>(HistoryText::kColumnState); ++id) {
    EXPECT_FALSE(history_text(static_cast<HistoryText>(id), Language::kVietnamese).empty()) << id;
    EXPECT_FALSE(history_text(static_cast<HistoryText>(id), Language::kEnglish).empty()) << id;
  }
  EXPECT_EQ(finding_status_name(FindingStatus::kRegressed, Language::kVietnamese), "tái diễn");
  EXPECT_EQ(finding_status_name(FindingStatus::kUnknown, Language::kEnglish), "");
}

RunInfo run_info(long id, long findings) {
  RunInfo r;
  r.id = id;
  r.recorded_at = "2025-05-0" + std::to_string(id) + "T08:30:00Z";
  r.period = "2025";
  r.period_start = "2025-01-01";
  r.period_end = "2025-12-31";
  r.as_of = "2025-12-31";
  r.pack_version = "a8cd7bb77480ffff";
  r.findings = findings;
  r.indicators_not_met = 2;
  r.registers = {{"agencies", "agencies.csv", std::string(64, 'a'), 44}};
  return r;
}

TEST(RunsReportTest, AnAlignedTableInEitherLanguage) {
  std::vector<RunInfo> runs = {run_info(1, 29), run_info(2, 7)};
  runs[1].profile = "o1.toml";
  runs[1].waived = 1;
  EXPECT_EQ(render_runs_text(runs, Language::kEnglish),
            "Recorded audit runs (2)\n"
            "\n"
            "  Run  Recorded (UTC)       Period  As of       Rule pack     Profile  Registers  "
            "Findings  Waived  Not met\n"
            "    1  2025-05-01 08:30:00  2025    2025-12-31  a8cd7bb77480                   1  "
            "      29       0        2\n"
            "    2  2025-05-02 08:30:00  2025    2025-12-31  a8cd7bb77480  o1.toml          1  "
            "       7       1        2\n");
  EXPECT_TRUE(has(render_runs_text(runs, Language::kVietnamese), "Ngày đối chiếu"));
  EXPECT_TRUE(has(render_runs_text(runs, Language::kVietnamese), "31/12/2025"));
  EXPECT_EQ(render_runs_text({}, Language::kEnglish),
            "Recorded audit runs (0)\nNo audit run is recorded in this database yet.\n");
  const json j = runs_to_json(runs);
  ASSERT_EQ(j.at("runs").size(), 2u);
  EXPECT_EQ(j["runs"][1].at("run"), 2);
  EXPECT_EQ(j["runs"][1].at("profile"), "o1.toml");
  EXPECT_EQ(j["runs"][1]["registers"][0].at("rows"), 44);
  EXPECT_TRUE(j["runs"][0].at("baseline").is_null());
}

RecordedFinding recorded(const std::string& rule, const std::string& subject,
                         const std::string& period = "") {
  RecordedFinding f;
  f.key = {rule, subject, period};
  f.subject = subject;
  f.subject_name = "Sở " + subject;
  if (!period.empty()) f.period = period;
  f.evidence_json = "{\"count\":2.0}";
  return f;
}

TEST(DiffReportTest, TextListsEachKindAndHowIndicatorsMoved) {
  RunDiff diff;
  diff.from = run_info(1, 2);
  diff.to = run_info(2, 2);
  diff.added = {recorded("O6.T3", "X-A", "2025-Q1")};
  diff.regressed = {recorded("O1.S4", "SNV")};
  diff.resolved = {recorded("O1.S4", "STP")};
  diff.persisting = {recorded("O1.S4", "SYT")};
  diff.indicators = {{"O1.T1", RecordedIndicator{"O1.T1", "not_met", 47.619047, 60, ">="},
                      RecordedIndicator{"O1.T1", "met", 61.9, 60, ">="}},
                     {"O2.T3", RecordedIndicator{"O2.T3", "met", 30.0, 27, ">="},
                      RecordedIndicator{"O2.T3", "met", 30.0, 27, ">="}}};
  const std::string en = render_diff_text(diff, Language::kEnglish);
  EXPECT_TRUE(has(en, "Run 1 compared with run 2\n"
                      "  Run 1: recorded 2025-05-01 08:30:00, period 2025, as of 2025-12-31, 2 "
                      "finding(s)\n"))
      << en;
  EXPECT_TRUE(has(en, "\nNew findings (1)\n----------------\n\n"
                      "  Rule   Code  Name    Period\n"
                      "  O6.T3  X-A   Sở X-A  2025-Q1\n"))
      << en;
  EXPECT_TRUE(has(en, "\nRegressed (1)\n")) << en;
  EXPECT_TRUE(has(en, "  O1.S4  SNV   Sở SNV\n\nResolved (1)")) << en;
  EXPECT_TRUE(has(en, "\nResolved (1)\n")) << en;
  EXPECT_TRUE(has(en, "\nPersisting (1)\n")) << en;
  EXPECT_TRUE(has(en, "  Id     Run 1  Run 2  Status\n"
                      "  O1.T1  47.62   61.9  not met → met\n"
                      "  O2.T3     30     30  met → met\n"))
      << en;
  EXPECT_TRUE(has(en, "Summary: 1 new, 1 regressed, 1 resolved, 1 persisting; 1 indicator(s) "
                      "changed.\n"))
      << en;
  const std::string vi = render_diff_text(diff, Language::kVietnamese);
  EXPECT_TRUE(has(vi, "So sánh lần rà soát số 1 với lần số 2")) << vi;
  EXPECT_TRUE(has(vi, "Đã khắc phục (1)")) << vi;
  EXPECT_TRUE(has(vi, "Quý 1/2025")) << vi;
  EXPECT_TRUE(has(vi, "Chưa đạt → Đạt")) << vi;

  const json j = diff_to_json(diff);
  EXPECT_EQ(j["from"].at("run"), 1);
  EXPECT_EQ(j["to"].at("run"), 2);
  EXPECT_EQ(j["findings"]["new"][0],
            (json{{"rule", "O6.T3"},
                  {"subject", "X-A"},
                  {"subject_name", "Sở X-A"},
                  {"period", "2025-Q1"},
                  {"evidence", {{"count", 2.0}}},
                  {"waived", false}}));
  EXPECT_EQ(j["findings"]["regressed"][0].at("subject"), "SNV");
  EXPECT_TRUE(j["findings"]["regressed"][0].at("period").is_null());
  EXPECT_EQ(j["findings"]["resolved"][0].at("subject"), "STP");
  EXPECT_EQ(j["findings"]["persisting"][0].at("subject"), "SYT");
  EXPECT_EQ(j["indicators"][0].at("from").at("status"), "not_met");
  EXPECT_EQ(j["indicators"][0].at("to").at("value"), 61.9);
  EXPECT_EQ(j["indicators"][0].at("status_changed"), true);
  EXPECT_EQ(j["indicators"][1].at("status_changed"), false);
  EXPECT_EQ(j.at("summary"), (json{{"new", 1},
                                   {"regressed", 1},
                                   {"resolved", 1},
                                   {"persisting", 1},
                                   {"indicators_changed", 1}}));
}

TEST(DiffReportTest, EmptyListsSayNone) {
  RunDiff diff;
  diff.from = run_info(1, 0);
  diff.to = run_info(1, 0);
  const std::string en = render_diff_text(diff, Language::kEnglish);
  EXPECT_TRUE(has(en, "New findings (0)\n----------------\n  None.\n")) << en;
  EXPECT_TRUE(has(en, "Indicators (0)\n--------------\n  None.\n")) << en;
}

}  // namespace
}  // namespace genaudit
