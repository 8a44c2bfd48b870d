// Findings about subjects beyond coded records — the rows of any register,
// named by a declared key or by file and row, and groups (`for d in
// distinct(...)`) — and the windows of the period as values (`period`,
// `months(w)`, `quarters(w)`, `years(w)`), with `per year`'s deliberate
// difference from `per month` and `per quarter` (engine/eval/windows.h).
// Every expected value below is counted by hand from the registers written
// here.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/eval/evaluator.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

// Four communes in two districts (X4 has none, P is a province agency),
// three news items, and annual reports for 2023–2025.
void write_registers(TempDir& dir) {
  dir.write("agencies.csv",
            "Mã đơn vị,Tên đơn vị,Cấp,\"Huyện, thị xã, thành phố\"\n"
            "P,Sở P,tỉnh,\n"
            "X1,Xã 1,xã,Nha Trang\n"
            "X2,Xã 2,xã,Nha Trang\n"
            "X3,Xã 3,xã,Cam Ranh\n"
            "X4,Xã 4,xã,\n"
            "Q,Sở Q,tỉnh,Nha Trang\n");
  dir.write("news.csv",
            "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\n"
            "X1,05/03/2025,Tin 1,bình đẳng giới\n"
            "X1,06/03/2025,Tin 2,khác\n"
            "X3,07/04/2025,Tin 3,bình đẳng giới\n");
  // P: late in 2023 and 2025; Q: late in 2023 only (on 10 December is on time).
  dir.write("reports.csv",
            "Mã đơn vị,Năm báo cáo,Ngày gửi\n"
            "P,2023,20/12/2023\n"
            "P,2024,01/12/2024\n"
            "P,2025,15/12/2025\n"
            "Q,2023,11/12/2023\n"
            "Q,2024,10/12/2024\n"
            "Q,2025,09/12/2025\n");
}

std::string finding(const std::string& id, const std::string& body) {
  return "finding " + id + " {\n" + std::string(kRuleMeta) + body + "\n}\n";
}

std::string indicator(const std::string& id, const std::string& value) {
  return "indicator " + id + " {\n" + std::string(kRuleMeta) + "  value " + value +
         "\n  target >= 0\n}\n";
}

// An audit's report with the pack its results point into (held apart, so
// that it stays where it is when the report moves).
struct Audited : AuditReport {
  std::unique_ptr<rules::RulePack> pack;
};

Audited audit(const std::string& rules, const std::string& period = "2025",
              const std::string& as_of = "") {
  TempDir dir;
  write_registers(dir);
  Audited out;
  out.pack = std::make_unique<rules::RulePack>(pack_from_text(rules));
  static_cast<AuditReport&>(out) = testing::audit_folder(dir.path(), period, as_of, *out.pack);
  return out;
}

std::vector<std::string> subjects_of(const AuditReport& report, const std::string& rule) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) {
    if (f.rule->id == rule) out.push_back(f.subject);
  }
  return out;
}

const RuleCoverage& coverage_of(const AuditReport& report, const std::string& rule) {
  for (const RuleCoverage& c : report.coverage) {
    if (c.rule->id == rule) return c;
  }
  throw std::runtime_error("no coverage of " + rule);
}

std::string key_text(const Finding& f) {
  std::string out;
  for (const EvidenceItem& item : f.subject_key) {
    out += (out.empty() ? "" : "; ") + item.name + "=" + display(item.value);
  }
  return out;
}

double indicator_value(const std::string& value, const std::string& period,
                       const std::string& as_of = "") {
  const Audited report = audit(indicator("W.1", value), period, as_of);
  const auto v = report.indicators.at(0).value;
  if (!v) throw std::runtime_error("no data for " + value);
  return *v;
}

TEST(FindingSubjects, ARegisterWithoutACodeHasItsRowsNamedByFileAndRow) {
  const Audited report =
      audit(finding("N.1", "  for n in news\n  when n.topic == \"khác\""));
  ASSERT_EQ(subjects_of(report, "N.1"), std::vector<std::string>{"news.csv:3"});
  const Finding& f = report.findings.at(0);
  EXPECT_EQ(f.rule->subject_kind, rules::SubjectKind::kRow);
  EXPECT_EQ(key_text(f), "file=news.csv; row=3");
  ASSERT_FALSE(f.rows.empty());
  EXPECT_EQ(f.rows[0].register_name, "news");
  EXPECT_EQ(f.rows[0].row, 3);
  EXPECT_EQ(coverage_of(report, "N.1").subjects_checked, 3u);
}

TEST(FindingSubjects, ADeclaredKeyNamesEachRowByItsParts) {
  const Audited report = audit(finding(
      "N.2", "  for n in news key n.agency_code, n.published_on\n  when n.agency_code == \"X1\""));
  EXPECT_EQ(subjects_of(report, "N.2"),
            (std::vector<std::string>{"X1 · 2025-03-05", "X1 · 2025-03-06"}));
  EXPECT_EQ(key_text(report.findings.at(0)), "agency_code=X1; published_on=2025-03-05");
  // A key on a register with a code replaces the code.
  const Audited keyed = audit(finding(
      "A.1", "  for a in agencies key a.district, a.agency_code where a.level == \"commune\"\n"
             "  when a.agency_code == \"X2\""));
  EXPECT_EQ(subjects_of(keyed, "A.1"), std::vector<std::string>{"Nha Trang · X2"});
  EXPECT_EQ(keyed.findings.at(0).subject_name, "Xã 2");
  EXPECT_EQ(keyed.findings.at(0).rule->subject_kind, rules::SubjectKind::kRow);
}

TEST(FindingSubjects, ARecordIsStillNamedByItsCode) {
  const Audited report =
      audit(finding("A.2", "  for a in agencies\n  when a.agency_code == \"X3\""));
  ASSERT_EQ(subjects_of(report, "A.2"), std::vector<std::string>{"X3"});
  EXPECT_EQ(key_text(report.findings.at(0)), "agency_code=X3");
  EXPECT_EQ(report.findings.at(0).rule->subject_kind, rules::SubjectKind::kRecord);
}

// The districts with a commune that published nothing: Nha Trang (X2).
// Cam Ranh's one commune published; X4's missing district is no group; Q
// is no commune, so Nha Trang is counted from X1 and X2 alone.
const char* const kSilentCommunes =
    "  for d in distinct(a.district for a in agencies where a.level == \"commune\")\n"
    "  let communes = count(a in agencies where a.district == d and a.level == \"commune\")\n"
    "  let silent = count(a in agencies where a.district == d and a.level == \"commune\"\n"
    "                     and none(n in news where n.agency_code == a.agency_code))\n"
    "  when silent > 0\n"
    "  evidence communes, silent";

TEST(FindingSubjects, GroupsAreTheDistinctValuesAndEachIsASubject) {
  const Audited report = audit(finding("G.1", kSilentCommunes));
  ASSERT_EQ(subjects_of(report, "G.1"), std::vector<std::string>{"Nha Trang"});
  const Finding& f = report.findings.at(0);
  EXPECT_EQ(f.rule->subject_kind, rules::SubjectKind::kGroup);
  EXPECT_EQ(key_text(f), "district=Nha Trang");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(display(f.evidence[0].value), "2");
  EXPECT_EQ(display(f.evidence[1].value), "1");
  // A group is no row: the rows cited are those of its collections' lets
  // (none here: the lets are counts).
  EXPECT_TRUE(f.rows.empty());
  const RuleCoverage& c = coverage_of(report, "G.1");
  EXPECT_EQ(c.subjects_checked, 2u);  // Cam Ranh and Nha Trang
  EXPECT_EQ(c.breached, 1u);
}

TEST(FindingSubjects, GroupsComeInOrderAndTheirWhereLeavesSomeOut) {
  const Audited all = audit(finding("G.2", "  for d in distinct(a.district for a in agencies)\n"
                                               "  when true"));
  EXPECT_EQ(subjects_of(all, "G.2"), (std::vector<std::string>{"Cam Ranh", "Nha Trang"}));
  const Audited some = audit(finding(
      "G.3", "  for d in distinct(a.district for a in agencies) where d != \"Cam Ranh\"\n"
             "  when true"));
  EXPECT_EQ(subjects_of(some, "G.3"), std::vector<std::string>{"Nha Trang"});
  EXPECT_EQ(coverage_of(some, "G.3").subjects_checked, 1u);
  // Numbers group too, in numeric order.
  const Audited years = audit(finding("G.4", "  for y in distinct(r.year for r in reports)\n"
                                                 "  when y > 2023"));
  EXPECT_EQ(subjects_of(years, "G.4"), (std::vector<std::string>{"2024", "2025"}));
}

TEST(FindingSubjects, GroupsPerWindow) {
  // Per quarter of 2025: the districts whose communes published nothing
  // on gender equality in it. Q1: Cam Ranh (X3 published in April), Q2:
  // Nha Trang; Q3 and Q4: both.
  const Audited report = audit(finding(
      "G.5", "  for d in distinct(a.district for a in agencies where a.level == \"commune\")\n"
             "  per quarter q\n"
             "  when none(n in news where n.topic == \"bình đẳng giới\"\n"
             "            and n.published_on >= q.start and n.published_on <= q.end\n"
             "            and exists(a in agencies where a.agency_code == n.agency_code\n"
             "                       and a.district == d))"));
  std::vector<std::string> got;
  for (const Finding& f : report.findings) got.push_back(f.subject + " " + *f.period);
  EXPECT_EQ(got, (std::vector<std::string>{"Cam Ranh 2025-Q1", "Cam Ranh 2025-Q3",
                                           "Cam Ranh 2025-Q4", "Nha Trang 2025-Q2",
                                           "Nha Trang 2025-Q3", "Nha Trang 2025-Q4"}));
}

TEST(FindingSubjects, ExplainFindsAGroupAndARowByTheirNames) {
  TempDir dir;
  write_registers(dir);
  const rules::RulePack pack =
      pack_from_text(finding("G.1", kSilentCommunes) +
                     finding("N.1", "  for n in news\n  when n.topic == \"khác\""));
  AuditStore store(":memory:");
  ASSERT_TRUE(import_data_folder(store, dir.path()).ok());
  const Dataset dataset = store.load(&pack.fields_read);
  const AuditDates dates{*parse_iso_date("2025-01-01"), *parse_iso_date("2025-12-31"),
                         *parse_iso_date("2025-12-31")};
  Evaluator evaluator(pack, dataset, dates);
  const auto group = evaluator.explain(*pack.find_rule("G.1"), "Nha Trang", "");
  ASSERT_EQ(group.size(), 1u);
  EXPECT_TRUE(group[0].fired);
  EXPECT_TRUE(group[0].subject_rows.empty());
  const auto quiet = evaluator.explain(*pack.find_rule("G.1"), "Cam Ranh", "");
  ASSERT_EQ(quiet.size(), 1u);
  EXPECT_FALSE(quiet[0].fired);
  EXPECT_TRUE(evaluator.explain(*pack.find_rule("G.1"), "Ninh Hòa", "").empty());
  const auto row = evaluator.explain(*pack.find_rule("N.1"), "news.csv:3", "");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_TRUE(row[0].fired);
  ASSERT_EQ(row[0].subject_rows.size(), 1u);
  EXPECT_EQ(row[0].subject_rows[0].row, 3);
}

// --- Windows as values --------------------------------------------------------

TEST(WindowValues, TheWindowsOfThePeriodAreThoseOfPer) {
  // Three whole years, as of their end.
  EXPECT_EQ(indicator_value("count(months(period))", "2023-01..2025-12"), 36);
  EXPECT_EQ(indicator_value("count(quarters(period))", "2023-01..2025-12"), 12);
  EXPECT_EQ(indicator_value("count(years(period))", "2023-01..2025-12"), 3);
  EXPECT_EQ(indicator_value("count(q in quarters(period) where q.year == 2024)",
                            "2023-01..2025-12"),
            4);
  // The windows within a window: the months of each year, summed.
  EXPECT_EQ(indicator_value("sum(count(months(y)) for y in years(period))", "2023-01..2025-12"),
            36);
  EXPECT_EQ(indicator_value("count([m in months(period) where month(m.start) == 12])",
                            "2023-01..2025-12"),
            3);
  EXPECT_EQ(indicator_value("if period.label == \"2023-01..2025-12\" then year(period.end) "
                            "else 0",
                            "2023-01..2025-12"),
            2025);
  EXPECT_EQ(indicator_value("if period.label == \"2025\" then 1 else 0", "2025"), 1);
}

TEST(WindowValues, MonthsAndQuartersEndByTheAsOfDateButYearsDoNot) {
  // As of 15 June 2025 in a 2025 audit: January to May are over, Q1 is;
  // the year 2025 is audited (its duties fall due inside it).
  EXPECT_EQ(indicator_value("count(months(period))", "2025", "2025-06-15"), 5);
  EXPECT_EQ(indicator_value("count(quarters(period))", "2025", "2025-06-15"), 1);
  EXPECT_EQ(indicator_value("count(years(period))", "2025", "2025-06-15"), 1);
  // As `per` gives them: 5 months, 1 quarter, 1 year for each subject.
  const std::string body = "  for a in agencies where a.agency_code == \"P\"\n  per ";
  const Audited months = audit(finding("M.1", body + "month m\n  when false"), "2025",
                                   "2025-06-15");
  EXPECT_EQ(coverage_of(months, "M.1").checked, 5u);
  const Audited quarters = audit(finding("M.2", body + "quarter q\n  when false"), "2025",
                                     "2025-06-15");
  EXPECT_EQ(coverage_of(quarters, "M.2").checked, 1u);
  const Audited years = audit(finding("M.3", body + "year y\n  when false"), "2025",
                                  "2025-06-15");
  EXPECT_EQ(coverage_of(years, "M.3").checked, 1u);
}

TEST(WindowValues, CountsAcrossWindows) {
  // "Late in two different years": P was late in 2023 and 2025, Q in 2023
  // only (10 December is on time).
  const Audited report = audit(
      finding("R.1",
              "  for a in agencies where a.level == \"province\"\n"
              "  let late_years = [y in years(period) where exists(r in reports\n"
              "                    where r.agency_code == a.agency_code and r.year == y.year\n"
              "                    and r.submitted_on > date(y.year, 12, 10))]\n"
              "  let late = count(late_years)\n"
              "  when late >= 2\n"
              "  evidence late"),
      "2023-01..2025-12");
  ASSERT_EQ(subjects_of(report, "R.1"), std::vector<std::string>{"P"});
  EXPECT_EQ(display(report.findings.at(0).evidence.at(0).value), "2");
  // Two years running: a year late and the one before it late too.
  const Audited running = audit(
      finding("R.2",
              "  for a in agencies where a.level == \"province\"\n"
              "  when exists(y in years(period) where y.year > year(period.start)\n"
              "              and exists(r in reports where r.agency_code == a.agency_code\n"
              "                         and r.year == y.year and r.submitted_on > date(y.year, 12, 10))\n"
              "              and exists(r in reports where r.agency_code == a.agency_code\n"
              "                         and r.year == y.year - 1\n"
              "                         and r.submitted_on > date(y.year - 1, 12, 10)))"),
      "2023-01..2025-12");
  EXPECT_TRUE(subjects_of(running, "R.2").empty());  // P's late years are not adjacent
}

}  // namespace
}  // namespace genaudit
