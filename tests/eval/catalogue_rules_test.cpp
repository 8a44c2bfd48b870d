// The rest of the catalogue on hand-made registers: O6.T4, O6.T3, V.19,
// O2.T3, O5.T4a/b and the statistics indicators, each boundary the catalogue
// names in its own case.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

// "rule subject period" for every finding of `rule`.
std::set<std::string> findings_of(const AuditReport& r, const std::string& rule) {
  std::set<std::string> out;
  for (const Finding& f : r.findings) {
    if (f.rule->id == rule) out.insert(f.subject + " " + f.period.value_or("-"));
  }
  return out;
}

const IndicatorResult& indicator(const AuditReport& r, const std::string& rule) {
  auto it = std::find_if(r.indicators.begin(), r.indicators.end(),
                         [&](const IndicatorResult& i) { return i.rule->id == rule; });
  if (it == r.indicators.end()) throw std::runtime_error("no indicator " + rule);
  return *it;
}

double evidence(const AuditReport& r, const std::string& rule, const std::string& subject,
                const std::string& name) {
  for (const Finding& f : r.findings) {
    if (f.rule->id != rule || f.subject != subject) continue;
    for (const EvidenceItem& e : f.evidence) {
      if (e.name == name) return e.value.as<double>();
    }
  }
  throw std::runtime_error("no evidence " + name);
}

AuditReport audit(const std::vector<std::pair<std::string, std::string>>& files,
                  const std::string& period, const std::string& as_of = "") {
  TempDir dir;
  for (const auto& [name, content] : files) dir.write(name, content);
  return testing::audit_folder(dir.path(), period, as_of);
}

// --- O6.T4 -------------------------------------------------------------------

const char* kOutlets =
    "Mã cơ quan,Tên cơ quan,Loại hình\n"
    "KTV,Đài PT-TH Khánh Hòa,Đài tỉnh\nNT,Đài Nha Trang,đài huyện\nBKH,Báo Khánh Hòa,Báo\n";

// One gender-equality segment of `outlet` on the 15th of each month listed.
std::string monthly_segments(const std::string& outlet, std::initializer_list<int> months) {
  std::string out;
  for (int m : months) {
    out += outlet + ",15/" + std::to_string(m) + "/2025,Chuyên mục,Bình đẳng giới,15\n";
  }
  return out;
}

const std::string kSegmentsHeader = "Mã cơ quan,Ngày phát sóng,Tên chuyên mục,Chủ đề,Thời lượng (phút)\n";

TEST(O6T4, EachBroadcasterMonthWithoutAGenderEqualitySegmentIsAFinding) {
  const AuditReport r = audit(
      {{"outlets.csv", kOutlets},
       {"segments.csv", kSegmentsHeader + monthly_segments("KTV", {1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12}) +
                            monthly_segments("NT", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})}},
      "2025");
  EXPECT_EQ(findings_of(r, "O6.T4"),
            (std::set<std::string>{"KTV 2025-03", "NT 2025-12"}));  // BKH is a newspaper
}

TEST(O6T4, OnlyTheTopicCountsNotTheTitle) {
  const AuditReport r = audit(
      {{"outlets.csv", kOutlets},
       {"segments.csv", kSegmentsHeader + "KTV,31/01/2025,Bình đẳng giới trong gia đình,Gia đình,10\n" +
                            "NT,31/01/2025,Tin tức,  BÌNH  ĐẲNG GIỚI và trẻ em ,10\n"}},
      "2025-01..2025-01");
  // KTV's segment is on family (the title does not count); NT's topic, in
  // capitals and with extra spaces, is on gender equality, on the month's last day.
  EXPECT_EQ(findings_of(r, "O6.T4"), (std::set<std::string>{"KTV 2025-01"}));
}

TEST(O6T4, EnglishTopicAndDecomposedTextCount) {
  const std::string nfd = "bi\xcc\x80nh \xc4\x91" "a\xcc\x86\xcc\x89ng gio\xcc\x9b\xcc\x81i";
  const AuditReport r = audit({{"outlets.csv", kOutlets},
                               {"segments.csv", kSegmentsHeader + "KTV,02/02/2025,T," + nfd +
                                                    ",5\nNT,2025-02-03,T,Gender Equality Week,\n"}},
                              "2025-02..2025-02");
  EXPECT_TRUE(findings_of(r, "O6.T4").empty());
}

TEST(O6T4, MonthsAfterTheAsOfDateAreNotAudited) {
  const AuditReport r = audit({{"outlets.csv", kOutlets}, {"segments.csv", kSegmentsHeader}},
                              "2025-01..2025-06", "2025-04-15");
  EXPECT_EQ(findings_of(r, "O6.T4"),
            (std::set<std::string>{"KTV 2025-01", "KTV 2025-02", "KTV 2025-03", "NT 2025-01",
                                   "NT 2025-02", "NT 2025-03"}));
}

TEST(O6T4, MonthEndingOnTheAsOfDateIsAudited) {
  const AuditReport r = audit({{"outlets.csv", kOutlets}, {"segments.csv", kSegmentsHeader}},
                              "2025-03..2025-06", "2025-03-31");
  EXPECT_EQ(findings_of(r, "O6.T4"), (std::set<std::string>{"KTV 2025-03", "NT 2025-03"}));
}

TEST(O6T4, SkippedWithoutTheSegmentsRegister) {
  const AuditReport r = audit({{"outlets.csv", kOutlets}}, "2025");
  const bool skipped = std::any_of(r.skipped.begin(), r.skipped.end(), [](const SkippedRule& s) {
    return s.rule->id == "O6.T4" && s.missing_registers == std::vector<std::string>{"segments"};
  });
  EXPECT_TRUE(skipped);
}

// --- O6.T3 -------------------------------------------------------------------

const char* kAgencies =
    "Mã đơn vị,Tên đơn vị,Cấp\nS,Sở X,tỉnh\nH,UBND huyện Y,huyện\nX1,Xã Một,xã\nX2,Phường Hai,Xã\n";

std::string news(const std::string& agency, const std::string& date, int n,
                 const std::string& topic = "Bình đẳng giới") {
  std::string out;
  for (int i = 0; i < n; ++i) out += agency + "," + date + ",Tin " + std::to_string(i) + "," + topic + "\n";
  return out;
}

const std::string kNewsHeader = "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\n";

TEST(O6T3, FewerThanFourItemsInAQuarterIsAFindingFourIsEnough) {
  std::string items = kNewsHeader + news("X1", "01/01/2025", 4) + news("X1", "30/06/2025", 3) +
                      news("X1", "01/04/2025", 5, "An ninh trật tự") + news("X2", "31/03/2025", 4) +
                      news("X2", "15/05/2025", 4) + news("H", "15/05/2025", 0);
  const AuditReport r = audit({{"agencies.csv", kAgencies}, {"news.csv", items}},
                              "2025-01..2025-06");
  EXPECT_EQ(findings_of(r, "O6.T3"), (std::set<std::string>{"X1 2025-Q2"}));
  EXPECT_EQ(evidence(r, "O6.T3", "X1", "items"), 3);
}

TEST(O6T3, OnlyQuartersWhollyInsideThePeriodAreAudited) {
  const AuditReport r = audit({{"agencies.csv", kAgencies}, {"news.csv", kNewsHeader}},
                              "2025-02..2025-11");
  EXPECT_EQ(findings_of(r, "O6.T3"),
            (std::set<std::string>{"X1 2025-Q2", "X1 2025-Q3", "X2 2025-Q2", "X2 2025-Q3"}));
}

TEST(O6T3, QuartersEndingAfterTheAsOfDateAreNotAudited) {
  const AuditReport r = audit({{"agencies.csv", kAgencies}, {"news.csv", kNewsHeader}}, "2025",
                              "2025-09-29");
  EXPECT_EQ(findings_of(r, "O6.T3"),
            (std::set<std::string>{"X1 2025-Q1", "X1 2025-Q2", "X2 2025-Q1", "X2 2025-Q2"}));
}

// --- V.19 --------------------------------------------------------------------

const std::string kReportsHeader = "Mã đơn vị,Năm báo cáo,Ngày gửi\n";

TEST(V19, OnTheTenthOfDecemberIsOnTimeTheEleventhIsLateNoneIsMissing) {
  const char* agencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\nC,UBND C,huyện\nX,Xã X,xã\n";
  const AuditReport r =
      audit({{"agencies.csv", agencies},
             {"reports.csv", kReportsHeader + "A,2025,10/12/2025\nB,2025,11/12/2025\n"}},
            "2025");
  EXPECT_EQ(findings_of(r, "V.19"), (std::set<std::string>{"B 2025", "C 2025"}));
  EXPECT_EQ(evidence(r, "V.19", "B", "days_late"), 1);
}

TEST(V19, TheEarliestReportForTheYearCounts) {
  const char* agencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\n";
  const AuditReport r = audit(
      {{"agencies.csv", agencies},
       {"reports.csv", kReportsHeader + "A,2025,20/12/2025\nA,2025,01/12/2025\nB,2025,05/01/2026\n" +
                           "B,2024,01/12/2025\n"}},
      "2025", "2026-01-31");
  // A: the earliest (01/12) is on time. B: its 2025 report came in January;
  // the report for 2024 sent in 2025 does not count for 2025.
  EXPECT_EQ(findings_of(r, "V.19"), (std::set<std::string>{"B 2025"}));
  EXPECT_EQ(evidence(r, "V.19", "B", "days_late"), 26);
}

TEST(V19, AYearWhoseDeadlineIsAfterTheAsOfDateIsNotAudited) {
  const char* agencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n";
  EXPECT_TRUE(findings_of(audit({{"agencies.csv", agencies}, {"reports.csv", kReportsHeader}},
                                "2025", "2025-12-09"),
                          "V.19")
                  .empty());
  EXPECT_EQ(findings_of(audit({{"agencies.csv", agencies}, {"reports.csv", kReportsHeader}},
                              "2025", "2025-12-10"),
                        "V.19"),
            (std::set<std::string>{"A 2025"}));
}

TEST(V19, EveryYearWithAMonthInThePeriodIsAudited) {
  const char* agencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n";
  // 2024-12..2025-01: both years touch the period; 2024's deadline has
  // passed by the as-of date (31/01/2025), 2025's has not.
  const AuditReport r = audit({{"agencies.csv", agencies}, {"reports.csv", kReportsHeader}},
                              "2024-12..2025-01");
  EXPECT_EQ(findings_of(r, "V.19"), (std::set<std::string>{"A 2024"}));
  // As of a date after the period, 2025 is audited too.
  const AuditReport later = audit({{"agencies.csv", agencies}, {"reports.csv", kReportsHeader}},
                                  "2024-12..2025-01", "2025-12-31");
  EXPECT_EQ(findings_of(later, "V.19"), (std::set<std::string>{"A 2024", "A 2025"}));
}

// --- O2.T3 -------------------------------------------------------------------

TEST(O2T3, WithoutTheStatusColumnEveryEnterpriseIsActive) {
  const AuditReport r = audit({{"enterprises.csv",
                                "enterprise_code,enterprise_name,type,director_gender\n"
                                "1,A,enterprise,F\n2,B,cooperative,M\n"}},
                              "2025");
  EXPECT_EQ(indicator(r, "O2.T3").value, 50.0);
  EXPECT_EQ(indicator(r, "O2.T3").status, IndicatorStatus::kMet);
}

TEST(O2T3, ActiveEnterprisesWithKnownHeadGenderAndTheExactTarget) {
  std::string e = "Mã số doanh nghiệp,Tên doanh nghiệp,Loại hình,Giới tính người đứng đầu,Tình trạng\n";
  for (int i = 0; i < 100; ++i) {
    e += "E" + std::to_string(i) + ",DN," + (i % 2 ? "Doanh nghiệp" : "Hợp tác xã") + "," +
         (i < 27 ? "Nữ" : "Nam") + "," + (i % 3 ? "" : "Hoạt động") + "\n";
  }
  e += "Z1,DN,Doanh nghiệp,Nữ,Giải thể\nZ2,DN,Doanh nghiệp,,\nZ3,DN,Doanh nghiệp,nữ,tạm ngừng\n";
  const AuditReport r = audit({{"enterprises.csv", e}}, "2025");
  const IndicatorResult& t3 = indicator(r, "O2.T3");
  EXPECT_EQ(t3.value, 27.0);
  EXPECT_EQ(t3.status, IndicatorStatus::kMet);
}

// --- O5.T4a / O5.T4b ---------------------------------------------------------

TEST(O5T4, EachActivePersonOnceByTheirHighestDegree) {
  const std::string staff =
      "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Trình độ,Ngày kết thúc\n"
      "D1,Bà Tiến sĩ,Nữ,A,Thạc sĩ,\nD1,Bà Tiến sĩ,Nữ,B,TS,\n"  // a doctor, not a master
      "M1,Bà Thạc sĩ,Nữ,A,ThS,\nM1,Bà Thạc sĩ,Nữ,B,ThS,\n"      // one master, two posts
      "M2,Ông Thạc sĩ,Nam,A,Thạc sỹ,\n"
      "M3,Ông Đã nghỉ,Nam,A,ThS,01/01/2025\n"                  // not active
      "M4,Ai đó,,A,master,\n"                                  // unknown gender
      "D2,Ông Tiến sĩ,Nam,B,Tiến sỹ,\nD3,Ông TS,Nam,B,PhD,\n";
  const AuditReport r = audit({{"agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\n"},
                               {"staff.csv", staff}},
                              "2025");
  // Without agencies the staff rules are skipped, these too.
  const AuditReport staff_only = audit({{"staff.csv", staff}}, "2025");
  EXPECT_TRUE(std::any_of(staff_only.skipped.begin(), staff_only.skipped.end(),
                          [](const SkippedRule& s) { return s.rule->id == "O5.T4a"; }));
  EXPECT_EQ(indicator(r, "O5.T4a").value, 50.0);            // M1 of {M1, M2}
  EXPECT_EQ(indicator(r, "O5.T4a").status, IndicatorStatus::kMet);
  EXPECT_EQ(indicator(r, "O5.T4b").value, 100.0 / 3);       // D1 of {D1, D2, D3}
  EXPECT_EQ(indicator(r, "O5.T4b").status, IndicatorStatus::kMet);
}

// --- Statistics indicators ---------------------------------------------------

const std::string kStatsHeader = "Mã chỉ tiêu,Năm,Giá trị,Đơn vị báo cáo,Ngày báo cáo\n";

TEST(Statistics, TheLatestRevisionOfThePeriodsLastYearCounts) {
  const AuditReport r = audit(
      {{"statistics.csv",
        kStatsHeader +
            // O2.T1: the later reported_on wins though it comes first in the file.
            "O2.T1,2025,52,,20/01/2026\nO2.T1,2025,48,,10/01/2026\n"
            // O3.T2a: an undated row is older than any dated one.
            "O3.T2a,2025,70,,05/01/2026\nO3.T2a,2025,90,,\n"
            // O3.T2b: a tie goes to the later row of the file.
            "O3.T2b,2025,40,,05/01/2026\nO3.T2b,2025,55,,05/01/2026\n"
            // O4.T2: only an earlier year: no data, whatever it holds.
            "O4.T2,2024,30,,\n"
            // O6.T1: two undated rows: the later one.
            "O6.T1,2025,59,,\nO6.T1,2025,61,,\n"}},
      "2025");
  EXPECT_EQ(indicator(r, "O2.T1").value, 52.0);
  EXPECT_EQ(indicator(r, "O2.T1").status, IndicatorStatus::kMet);
  EXPECT_EQ(indicator(r, "O3.T2a").value, 70.0);
  EXPECT_EQ(indicator(r, "O3.T2a").status, IndicatorStatus::kNotMet);
  EXPECT_EQ(indicator(r, "O3.T2b").value, 55.0);
  EXPECT_EQ(indicator(r, "O4.T2").status, IndicatorStatus::kNoData);
  EXPECT_FALSE(indicator(r, "O4.T2").value.has_value());
  EXPECT_EQ(indicator(r, "O6.T1").value, 61.0);
}

TEST(Statistics, ComparatorsAtTheirExactBoundaries) {
  const AuditReport r = audit({{"statistics.csv", kStatsHeader +
                                                      "O2.T2,2025,30,,\n"     // below 30: not met
                                                      "O5.T2a,2025,90,,\n"    // above 90: not met
                                                      "O5.T3,2025,\"30,5\",,\n"  // above 30: met
                                                      "O4.T1,2025,111,,\n"    // at most 111: met
                                                      "O3.T1,2025,\"1,7\",,\n"   // at most 1.7: met
                                                      "O3.T3,2025,100,,\n"    // at least 100: met
                                                      "O5.T2b,2025,84.9,,\n"  // at least 85: not met
                                                      "O4.T4,2025,0,,\n"}},    // at least 1: not met
                              "2025");
  EXPECT_EQ(indicator(r, "O2.T2").status, IndicatorStatus::kNotMet);
  EXPECT_EQ(indicator(r, "O5.T2a").status, IndicatorStatus::kNotMet);
  EXPECT_EQ(indicator(r, "O5.T3").status, IndicatorStatus::kMet);
  EXPECT_EQ(indicator(r, "O5.T3").value, 30.5);
  EXPECT_EQ(indicator(r, "O4.T1").status, IndicatorStatus::kMet);
  EXPECT_EQ(indicator(r, "O3.T1").status, IndicatorStatus::kMet);
  EXPECT_EQ(indicator(r, "O3.T3").status, IndicatorStatus::kMet);
  EXPECT_EQ(indicator(r, "O5.T2b").status, IndicatorStatus::kNotMet);
  EXPECT_EQ(indicator(r, "O4.T4").status, IndicatorStatus::kNotMet);
  EXPECT_EQ(indicator(r, "O6.T2").status, IndicatorStatus::kNoData);
}

TEST(Statistics, TheLastYearOfAPeriodSpanningTwoYears) {
  const AuditReport r = audit({{"statistics.csv", kStatsHeader + "O4.T3,2024,10,,\nO4.T3,2025,20,,\n"}},
                              "2024-07..2025-06");
  EXPECT_EQ(indicator(r, "O4.T3").value, 20.0);
  EXPECT_EQ(indicator(r, "O4.T3").status, IndicatorStatus::kNotMet);
}

TEST(Catalogue, ThePackStatesEveryRuleOfTheCatalogue) {
  const std::vector<std::string> ids = {
      "O1.S4", "O6.T4", "O6.T3", "V.19", "O1.T1", "O2.T3", "O5.T4a", "O5.T4b", "O2.T1",
      "O2.T2", "O3.T1", "O3.T2a", "O3.T2b", "O3.T3", "O3.T4", "O4.T1", "O4.T2", "O4.T3",
      "O4.T4", "O5.T1a", "O5.T1b", "O5.T2a", "O5.T2b", "O5.T3", "O6.T1", "O6.T2"};
  const rules::RulePack& pack = testing::builtin_pack();
  EXPECT_EQ(pack.rules.size(), ids.size());
  for (const std::string& id : ids) {
    const rules::RuleInfo* rule = pack.find_rule(id);
    ASSERT_NE(rule, nullptr) << id;
    EXPECT_EQ(rule->kind == rules::RuleKind::kFinding,
              id == "O1.S4" || id == "O6.T4" || id == "O6.T3" || id == "V.19")
        << id;
  }
  const auto registers = [&](const char* id) { return pack.find_rule(id)->registers; };
  EXPECT_EQ(registers("O6.T4"), (std::vector<std::string>{"outlets", "segments"}));
  EXPECT_EQ(registers("O6.T3"), (std::vector<std::string>{"agencies", "news"}));
  EXPECT_EQ(registers("V.19"), (std::vector<std::string>{"agencies", "reports"}));
  EXPECT_EQ(registers("O2.T3"), (std::vector<std::string>{"enterprises"}));
  EXPECT_EQ(registers("O5.T4a"), (std::vector<std::string>{"agencies", "staff"}));
  EXPECT_EQ(registers("O4.T1"), (std::vector<std::string>{"statistics"}));
}

}  // namespace
}  // namespace genaudit
