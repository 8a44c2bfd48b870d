// Specification of waiver files and of how waivers set findings aside
// (engine/audit/waivers.h): every way a file can be wrong is reported with
// file:line:column, the line, a caret and the reason, and no waiver is kept.
#include "engine/audit/waivers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace genaudit {
namespace {

using rules::RuleKind;

const KnownRules& known_rules() {
  static const KnownRules rules = {{"O1.S4", RuleKind::kFinding},
                                   {"O6.T3", RuleKind::kFinding},
                                   {"O6.T4", RuleKind::kFinding},
                                   {"O1.T1", RuleKind::kIndicator}};
  return rules;
}

WaiverFile read(const std::string& text) { return read_waivers("w.toml", text, known_rules()); }

const std::string kGood =
    "[[waiver]]\n"
    "rule = \"O1.S4\"\n"
    "subject = \"SNV\"\n"
    "justification = \"Sáp nhập theo Quyết định 12/QĐ-UBND\"\n"
    "approved_by = \"Nguyễn Văn A\"\n"
    "expires = 2025-09-30\n";

TEST(WaiverFileTest, ReadsEveryKeyAndWhereTheWaiverIsWritten) {
  const WaiverFile file = read("# waivers\n" + kGood +
                               "\n[[waiver]]\nrule = \"O6.T4\"\nsubject = \"DTTTH-CR\"\n"
                               "period = \"2025-Q1\"\njustification = \"j\"\n"
                               "approved_by = \"b\"\nexpires = \"2025-12-31\"\n");
  ASSERT_TRUE(file.problems.empty()) << rules::format_diagnostics(file.problems);
  ASSERT_EQ(file.waivers.size(), 2u);
  const Waiver& a = file.waivers[0];
  EXPECT_EQ(a.rule, "O1.S4");
  EXPECT_EQ(a.subject, "SNV");
  EXPECT_FALSE(a.period.has_value());
  EXPECT_EQ(a.justification, "Sáp nhập theo Quyết định 12/QĐ-UBND");
  EXPECT_EQ(a.approved_by, "Nguyễn Văn A");
  EXPECT_EQ(a.expires.iso(), "2025-09-30");
  EXPECT_EQ(a.source, "w.toml:2");
  const Waiver& b = file.waivers[1];
  EXPECT_EQ(b.period, "2025-Q1");
  EXPECT_EQ(b.expires.iso(), "2025-12-31");  // a quoted date reads the same
  EXPECT_EQ(b.source, "w.toml:9");
}

// A period is stored canonical, as findings' windows are labelled, so that
// "03/2025" covers the finding of 2025-03 and repeats a waiver of "2025-03".
TEST(WaiverFileTest, APeriodIsStoredInItsCanonicalForm) {
  const std::string body = "subject = \"SNV\"\njustification = \"j\"\napproved_by = \"a\"\n"
                           "expires = 2025-12-31\n";
  const WaiverFile file = read("[[waiver]]\nrule = \"O1.S4\"\nperiod = \"03/2025\"\n" + body +
                               "[[waiver]]\nrule = \"O6.T4\"\nperiod = \"2025-q2\"\n" + body);
  ASSERT_TRUE(file.problems.empty()) << rules::format_diagnostics(file.problems);
  ASSERT_EQ(file.waivers.size(), 2u);
  EXPECT_EQ(file.waivers[0].period, "2025-03");
  EXPECT_EQ(file.waivers[1].period, "2025-Q2");
  const WaiverFile twice = read("[[waiver]]\nrule = \"O1.S4\"\nperiod = \"03/2025\"\n" + body +
                                "[[waiver]]\nrule = \"O1.S4\"\nperiod = \"2025-03\"\n" + body);
  ASSERT_EQ(twice.problems.size(), 1u);
  EXPECT_NE(twice.problems[0].message.find("repeats the one at line 1"), std::string::npos)
      << twice.problems[0].message;
}

TEST(WaiverFileTest, ARangeIsNotAWaiversPeriod) {
  const WaiverFile file = read(
      "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\nperiod = \"2025-01..2025-03\"\n"
      "justification = \"j\"\napproved_by = \"a\"\nexpires = 2025-12-31\n");
  ASSERT_EQ(file.problems.size(), 1u);
  EXPECT_TRUE(file.waivers.empty());
}

TEST(WaiverFileTest, AnEmptyFileHasNoWaiver) {
  EXPECT_TRUE(read("").waivers.empty());
  EXPECT_TRUE(read("").problems.empty());
  EXPECT_TRUE(read("# nothing waived yet\n").problems.empty());
}

TEST(WaiverFileTest, InlineTablesAreWaiversToo) {
  const WaiverFile file = read(
      "waiver = [{rule = \"O1.S4\", subject = \"A\", justification = \"j\", approved_by = \"b\", "
      "expires = 2025-01-01}]\n");
  ASSERT_TRUE(file.problems.empty()) << rules::format_diagnostics(file.problems);
  EXPECT_EQ(file.waivers.size(), 1u);
}

struct BadFile {
  const char* what;
  std::string text;
  std::string expected;  // every diagnostic, formatted
};

void PrintTo(const BadFile& c, std::ostream* os) { *os << c.what; }

class WaiverFileErrorTest : public ::testing::TestWithParam<BadFile> {};

TEST_P(WaiverFileErrorTest, NamesFileLineColumnAndReasonAndKeepsNoWaiver) {
  const BadFile& c = GetParam();
  const WaiverFile file = read(c.text);
  EXPECT_TRUE(file.waivers.empty()) << c.what;
  EXPECT_EQ(rules::format_diagnostics(file.problems), c.expected) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    EveryErrorPath, WaiverFileErrorTest,
    ::testing::Values(
        BadFile{"bad TOML", kGood + "note = = 1\n",
                "w.toml:7:8: error: Error while parsing value: could not determine value type\n"
                "  note = = 1\n"
                "         ^\n"},
        BadFile{"an unterminated string", "[[waiver]]\nrule = \"O1.S4\nsubject = \"SNV\"\n",
                "w.toml:2:14: error: Error while parsing string: unescaped control characters "
                "other than TAB (U+0009) are explicitly prohibited\n"
                "  rule = \"O1.S4\n"
                "               ^\n"},
        BadFile{"a missing key",
                "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "expires = 2025-12-31\n",
                "w.toml:1:1: error: this waiver has no `approved_by` (who approved the waiver)\n"
                "  [[waiver]]\n"
                "  ^\n"},
        BadFile{"every key missing", "[[waiver]]\n",
                "w.toml:1:1: error: this waiver has no `rule` (a finding rule's id, e.g. O1.S4)\n"
                "  [[waiver]]\n"
                "  ^\n"
                "w.toml:1:1: error: this waiver has no `subject` (the subject's code)\n"
                "  [[waiver]]\n"
                "  ^\n"
                "w.toml:1:1: error: this waiver has no `justification` (why the finding is set "
                "aside)\n"
                "  [[waiver]]\n"
                "  ^\n"
                "w.toml:1:1: error: this waiver has no `approved_by` (who approved the waiver)\n"
                "  [[waiver]]\n"
                "  ^\n"
                "w.toml:1:1: error: this waiver has no `expires` (its expiry date, YYYY-MM-DD)\n"
                "  [[waiver]]\n"
                "  ^\n"},
        BadFile{"an empty justification",
                "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\njustification = \"  \"\n"
                "approved_by = \"a\"\nexpires = 2025-12-31\n",
                "w.toml:4:17: error: `justification` is empty: give why the finding is set aside\n"
                "  justification = \"  \"\n"
                "                  ^\n"},
        BadFile{"a key that is not text",
                "[[waiver]]\nrule = 5\nsubject = \"SNV\"\njustification = \"j\"\n"
                "approved_by = \"a\"\nexpires = 2025-12-31\n",
                "w.toml:2:8: error: `rule` takes text in quotes (a finding rule's id, e.g. "
                "O1.S4)\n"
                "  rule = 5\n"
                "         ^\n"},
        BadFile{"a date that is no day",
                "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "approved_by = \"a\"\nexpires = \"2025-02-30\"\n",
                "w.toml:6:11: error: \"2025-02-30\" is not a date: `expires` takes a real day, "
                "YYYY-MM-DD\n"
                "  expires = \"2025-02-30\"\n"
                "            ^\n"},
        BadFile{"a date in another form",
                "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "approved_by = \"a\"\nexpires = \"30/09/2025\"\n",
                "w.toml:6:11: error: \"30/09/2025\" is not a date: `expires` takes a real day, "
                "YYYY-MM-DD\n"
                "  expires = \"30/09/2025\"\n"
                "            ^\n"},
        BadFile{"a date with a time",
                "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "approved_by = \"a\"\nexpires = 2025-12-31T10:00:00\n",
                "w.toml:6:11: error: `expires` takes a date, YYYY-MM-DD, without a time\n"
                "  expires = 2025-12-31T10:00:00\n"
                "            ^\n"},
        BadFile{"an unknown rule",
                "[[waiver]]\nrule = \"O1.S5\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "approved_by = \"a\"\nexpires = 2025-12-31\n",
                "w.toml:2:8: error: the rule pack has no rule `O1.S5`\n"
                "  rule = \"O1.S5\"\n"
                "         ^\n"
                "  = did you mean `O1.S4`?\n"},
        BadFile{"an indicator",
                "[[waiver]]\nrule = \"O1.T1\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "approved_by = \"a\"\nexpires = 2025-12-31\n",
                "w.toml:2:8: error: `O1.T1` is an indicator: only the findings of a rule can be "
                "waived\n"
                "  rule = \"O1.T1\"\n"
                "         ^\n"},
        BadFile{"a malformed period",
                "[[waiver]]\nrule = \"O6.T4\"\nsubject = \"DTTTH-CR\"\nperiod = \"2025-13\"\n"
                "justification = \"j\"\napproved_by = \"a\"\nexpires = 2025-12-31\n",
                "w.toml:4:10: error: `period` takes one year, quarter or month in quotes: "
                "\"2025\", \"2025-Q1\", \"2025-03\" or \"03/2025\"\n"
                "  period = \"2025-13\"\n"
                "           ^\n"},
        BadFile{"a misspelt key",
                "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\njustification = \"j\"\n"
                "aproved_by = \"a\"\nexpires = 2025-12-31\n",
                "w.toml:1:1: error: this waiver has no `approved_by` (who approved the waiver)\n"
                "  [[waiver]]\n"
                "  ^\n"
                "w.toml:5:1: error: unknown key `aproved_by` in a waiver\n"
                "  aproved_by = \"a\"\n"
                "  ^\n"
                "  = did you mean `approved_by`?\n"},
        BadFile{"an unknown table", "[waivers]\n",
                "w.toml:1:2: error: unknown key `waivers`: a waiver file holds [[waiver]] tables\n"
                "  [waivers]\n"
                "   ^\n"
                "  = did you mean `waiver`?\n"},
        BadFile{"a single table", "[waiver]\nrule = \"O1.S4\"\n",
                "w.toml:1:1: error: `waiver` must be a list of tables: write [[waiver]]\n"
                "  [waiver]\n"
                "  ^\n"},
        BadFile{"a list of numbers", "waiver = [1, 2]\n",
                "w.toml:1:11: error: each waiver must be a table: write [[waiver]]\n"
                "  waiver = [1, 2]\n"
                "            ^\n"
                "w.toml:1:14: error: each waiver must be a table: write [[waiver]]\n"
                "  waiver = [1, 2]\n"
                "               ^\n"},
        BadFile{"the same waiver twice",
                kGood + "\n[[waiver]]\nrule = \"O1.S4\"\nsubject = \"snv \"\n"
                        "justification = \"k\"\napproved_by = \"b\"\nexpires = 2026-12-31\n",
                "w.toml:8:1: error: this waiver repeats the one at line 1 (same rule, subject "
                "and period)\n"
                "  [[waiver]]\n"
                "  ^\n"}));

Finding finding(const rules::RuleInfo* rule, std::string subject,
                std::optional<std::string> period = std::nullopt) {
  Finding f;
  f.rule = rule;
  f.subject = std::move(subject);
  f.period = std::move(period);
  return f;
}

Waiver waiver(std::string rule, std::string subject, std::optional<std::string> period,
              std::string expires, std::string source = "w.toml:1") {
  Waiver w;
  w.rule = std::move(rule);
  w.subject = std::move(subject);
  w.period = std::move(period);
  w.justification = "j";
  w.approved_by = "a";
  w.expires = *Date::from_ymd(std::stoi(expires.substr(0, 4)), std::stoi(expires.substr(5, 2)),
                              std::stoi(expires.substr(8, 2)));
  w.source = std::move(source);
  return w;
}

TEST(WaiverCoversTest, RuleSubjectAndPeriod) {
  rules::RuleInfo s4, t4;
  s4.id = "O1.S4";
  t4.id = "O6.T4";
  const struct {
    std::optional<std::string> waiver_period;
    const rules::RuleInfo* rule;
    std::optional<std::string> finding_period;
    bool covers;
  } cases[] = {
      {std::nullopt, &s4, std::nullopt, true},
      {std::nullopt, &t4, "2025-03", true},      // no period: every period
      {"2025-03", &t4, "2025-03", true},
      {"2025-03", &t4, "2025-04", false},
      {"2025", &t4, "2025-11", true},           // a year holds its months
      {"2025", &t4, "2025-Q2", true},           // and its quarters
      {"2025", &t4, "2024-11", false},
      {"2025-Q1", &t4, "2025-03", true},        // a quarter holds its months
      {"2025-Q1", &t4, "2025-04", false},
      {"2025-Q2", &t4, "2025-Q2", true},
      {"2025-Q2", &t4, "2026-05", false},
      {"2025", &s4, std::nullopt, false},       // a finding without period needs no period
  };
  for (const auto& c : cases) {
    const Waiver w = waiver(c.rule->id, "SNV", c.waiver_period, "2025-12-31");
    EXPECT_EQ(waiver_covers(w, finding(c.rule, "SNV", c.finding_period)), c.covers)
        << c.waiver_period.value_or("-") << " vs " << c.finding_period.value_or("-");
  }
  EXPECT_FALSE(waiver_covers(waiver("O6.T4", "SNV", std::nullopt, "2025-12-31"), finding(&s4, "SNV")));
  EXPECT_FALSE(waiver_covers(waiver("O1.S4", "SYT", std::nullopt, "2025-12-31"), finding(&s4, "SNV")));
  // Codes compare as the registers compare them.
  EXPECT_TRUE(waiver_covers(waiver("O1.S4", " snv ", std::nullopt, "2025-12-31"), finding(&s4, "SNV")));
}

TEST(WaiverPeriodTest, YearQuarterOrMonth) {
  for (const char* good : {"2025", "2025-Q1", "2025-Q4", "2025-01", "2025-12", "03/2025", "3/2025",
                           "2025-q2"}) {
    EXPECT_TRUE(is_waiver_period(good)) << good;
  }
  for (const char* bad : {"", "25", "2025-Q5", "2025-Q0", "2025-00", "2025-13", "2025-1",
                          "2025/03", "2025-03-01", "abcd", "2025-01..2025-03", "13/2025"}) {
    EXPECT_FALSE(is_waiver_period(bad)) << bad;
  }
}

struct WaiverReport {
  rules::RuleInfo s4;
  AuditReport report;
  WaiverReport() {
    s4.id = "O1.S4";
    report.dates = {*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 12, 31),
                    *Date::from_ymd(2025, 12, 31)};
    for (const char* code : {"A", "B", "C", "D"}) report.findings.push_back(finding(&s4, code));
  }
};

TEST(ApplyWaiversTest, InForceSetsAsideExpiredReactivatesUnusedIsListed) {
  WaiverReport fx;
  apply_waivers(fx.report, {waiver("O1.S4", "A", std::nullopt, "2025-12-31", "w.toml:1"),
                            waiver("O1.S4", "B", std::nullopt, "2025-06-30", "w.toml:8"),
                            waiver("O1.S4", "B", std::nullopt, "2025-03-31", "w.toml:15"),
                            waiver("O1.S4", "Z", std::nullopt, "2026-01-01", "w.toml:22")});
  // In force through its last day: expires == as-of still waives.
  ASSERT_EQ(fx.report.waived.size(), 1u);
  EXPECT_EQ(fx.report.waived[0].finding.subject, "A");
  EXPECT_EQ(fx.report.waived[0].waiver.source, "w.toml:1");
  ASSERT_EQ(fx.report.findings.size(), 3u);
  EXPECT_EQ(fx.report.findings[0].subject, "B");
  ASSERT_TRUE(fx.report.findings[0].waiver_expired.has_value());
  EXPECT_EQ(fx.report.findings[0].waiver_expired->iso(), "2025-06-30");  // the latest
  EXPECT_FALSE(fx.report.findings[1].waiver_expired.has_value());
  ASSERT_EQ(fx.report.unused_waivers.size(), 1u);
  EXPECT_EQ(fx.report.unused_waivers[0].subject, "Z");
  // Waived findings do not count in the exit status.
  fx.report.findings.clear();
  EXPECT_EQ(fx.report.exit_status(), 0);
}

TEST(ApplyWaiversTest, AWaiverInForceWinsOverAnExpiredOneAndTheFirstInForceIsNamed) {
  WaiverReport fx;
  apply_waivers(fx.report, {waiver("O1.S4", "C", std::nullopt, "2025-01-31", "old"),
                            waiver("O1.S4", "C", std::nullopt, "2026-01-31", "first"),
                            waiver("O1.S4", "C", std::nullopt, "2027-01-31", "second")});
  ASSERT_EQ(fx.report.waived.size(), 1u);
  EXPECT_EQ(fx.report.waived[0].waiver.source, "first");
  EXPECT_FALSE(fx.report.waived[0].finding.waiver_expired.has_value());
  EXPECT_TRUE(fx.report.unused_waivers.empty());
  EXPECT_EQ(fx.report.findings.size(), 3u);
}

TEST(ApplyWaiversTest, NoWaiversChangesNothing) {
  WaiverReport fx;
  apply_waivers(fx.report, {});
  EXPECT_EQ(fx.report.findings.size(), 4u);
  EXPECT_TRUE(fx.report.waived.empty());
  EXPECT_TRUE(fx.report.unused_waivers.empty());
}

}  // namespace
}  // namespace genaudit
