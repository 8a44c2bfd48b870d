// O1.S4 and O1.T1 of the plan's pack on hand-made registers: every boundary
// the catalogue names for them, each in its own small case.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

const char* kAgencies =
    "Mã đơn vị,Tên đơn vị,Cấp\n"
    "A,Sở A,tỉnh\n"
    "B,Sở B,tỉnh\n";

std::string staff_header() {
  return "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Chức vụ,Lãnh đạo chủ chốt,Ngày bắt đầu,Ngày kết thúc\n";
}

// n rows of the given gender in `agency`, none a key leader, with ids
// prefix1..prefixN.
std::string people(const std::string& agency, const std::string& prefix, int n,
                   const std::string& gender) {
  std::string out;
  for (int i = 1; i <= n; ++i) {
    out += prefix + std::to_string(i) + ",Người " + prefix + std::to_string(i) + "," + gender +
           "," + agency + ",Chuyên viên,,,\n";
  }
  return out;
}

std::vector<std::string> subjects(const AuditReport& r, const std::string& rule) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    if (f.rule->id == rule) out.push_back(f.subject);
  }
  return out;
}

const IndicatorResult& indicator(const AuditReport& r, const std::string& rule) {
  auto it = std::find_if(r.indicators.begin(), r.indicators.end(),
                         [&](const IndicatorResult& i) { return i.rule->id == rule; });
  if (it == r.indicators.end()) throw std::runtime_error("no indicator " + rule);
  return *it;
}

double evidence(const Finding& f, const std::string& name) {
  for (const EvidenceItem& e : f.evidence) {
    if (e.name == name) return e.value.as<double>();
  }
  throw std::runtime_error("no evidence " + name);
}

AuditReport audit(const std::string& agencies, const std::string& staff,
                  const std::string& as_of = "") {
  TempDir dir;
  dir.write("agencies.csv", agencies);
  dir.write("staff.csv", staff);
  return testing::audit_folder(dir.path(), "2025", as_of);
}

TEST(O1S4, ExactlyThirtyPercentWomenWithoutFemaleKeyLeaderIsAFinding) {
  // A: 3 women of 10 (30%), led by a man. B: 2 women of 7 (28.6%), no leader.
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "aw", 3, "Nữ") +
                                             people("A", "am", 6, "Nam") +
                                             "L1,Ông Lãnh đạo,Nam,A,Giám đốc,x,,\n" +
                                             people("B", "bw", 2, "nữ") + people("B", "bm", 5, "M"));
  ASSERT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
  const Finding& f = r.findings[0];
  EXPECT_EQ(evidence(f, "women"), 3);
  EXPECT_EQ(evidence(f, "known"), 10);
  EXPECT_EQ(evidence(f, "female_share"), 30);
  EXPECT_EQ(f.period, std::nullopt);
  EXPECT_EQ(f.subject_name, "Sở A");
}

TEST(O1S4, FemaleKeyLeaderWhoseAssignmentEndedTheDayBeforeAsOfDoesNotCount) {
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "am", 5, "Nam") +
                                             people("A", "aw", 4, "Nữ") +
                                             "L1,Bà Lãnh đạo,Nữ,A,Giám đốc,x,,30/12/2025\n");
  // The leader is no longer active: 4 women of 9 active, no female leader.
  EXPECT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
  EXPECT_EQ(evidence(r.findings[0], "known"), 9);
}

TEST(O1S4, FemaleKeyLeaderWhoseAssignmentEndsOnTheAsOfDateCounts) {
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "am", 5, "Nam") +
                                             people("A", "aw", 4, "Nữ") +
                                             "L1,Bà Lãnh đạo,Nữ,A,Giám đốc,x,,31/12/2025\n");
  EXPECT_TRUE(subjects(r, "O1.S4").empty());
}

TEST(O1S4, AsOfDateDecidesWhichAssignmentsAreActive) {
  const std::string staff = staff_header() + people("A", "am", 5, "Nam") +
                            people("A", "aw", 4, "Nữ") +
                            "L1,Bà Lãnh đạo,Nữ,A,Giám đốc,x,,2025-06-30\n";
  EXPECT_TRUE(subjects(audit(kAgencies, staff, "2025-06-30"), "O1.S4").empty());
  EXPECT_EQ(subjects(audit(kAgencies, staff, "2025-07-01"), "O1.S4"),
            std::vector<std::string>{"A"});
}

TEST(O1S4, FemaleKeyLeaderStartingInTheFutureDoesNotCount) {
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "am", 5, "Nam") +
                                             people("A", "aw", 4, "Nữ") +
                                             "L1,Bà Lãnh đạo,Nữ,A,Giám đốc,x,02/01/2026,\n");
  EXPECT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
  EXPECT_EQ(evidence(r.findings[0], "known"), 9);
}

TEST(O1S4, StartDateOnTheAsOfDateIsActive) {
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "am", 5, "Nam") +
                                             people("A", "aw", 4, "Nữ") +
                                             "L1,Bà Lãnh đạo,Nữ,A,Giám đốc,x,31/12/2025,\n");
  EXPECT_TRUE(subjects(r, "O1.S4").empty());
}

TEST(O1S4, PersonWithTwoPostsCountsOnceInEachAgency) {
  // W1 holds two posts in A and one in B. A: women {W1, aw1} of 5 persons
  // (2/5 = 40%), which is a finding. Counting rows would give 3/6 = 50%.
  const AuditReport r =
      audit(kAgencies, staff_header() + "W1,Bà Hai Chức,Nữ,A,Chuyên viên,,,\n" +
                           "W1,Bà Hai Chức,,A,Thư ký,,,\n" + "W1,Bà Hai Chức,Nữ,B,Giám đốc,x,,\n" +
                           people("A", "aw", 1, "Nữ") + people("A", "am", 3, "Nam") +
                           people("B", "bm", 1, "Nam"));
  ASSERT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
  EXPECT_EQ(evidence(r.findings[0], "women"), 2);
  EXPECT_EQ(evidence(r.findings[0], "known"), 5);
  // In B she is the (female) key leader, so B has no finding.
}

TEST(O1S4, BlankGenderOnOneRowTakesThePersonsKnownGender) {
  // W1's row in A is blank but she is a woman on her row in B: A has 3
  // women of 10 with her, 2 of 9 (22%) without.
  const AuditReport r =
      audit(kAgencies, staff_header() + "W1,Bà Một,,A,Chuyên viên,,,\n" +
                           "W1,Bà Một,Nữ,B,Chuyên viên,,,\n" + people("A", "aw", 2, "Nữ") +
                           people("A", "am", 7, "Nam"));
  EXPECT_EQ(subjects(r, "O1.S4"), (std::vector<std::string>{"A", "B"}));
}

TEST(O1S4, UnknownGenderIsLeftOutOfTheShare) {
  // 3 women, 7 men, 5 unknown: 3/10 = 30% (not 3/15 = 20%).
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "aw", 3, "F") +
                                             people("A", "am", 7, "male") +
                                             people("A", "ax", 5, ""));
  ASSERT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
  EXPECT_EQ(evidence(r.findings[0], "known"), 10);
}

TEST(O1S4, AgencyWhoseActiveStaffAreAllOfUnknownGenderHasNoFinding) {
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "ax", 4, ""));
  EXPECT_TRUE(subjects(r, "O1.S4").empty());
  // ...but it has active assignments, so it counts in O1.T1's denominator.
  EXPECT_EQ(indicator(r, "O1.T1").value, 0.0);
}

TEST(O1S4, AgencyWithNoActiveKeyLeaderPostAtAllIsAFinding) {
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "aw", 1, "Nữ") +
                                             people("A", "am", 1, "Nam"));
  EXPECT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
}

TEST(O1S4, KeyLeaderColumnDecidesEvenAgainstThePosition) {
  // A woman "Giám đốc" with an empty key-leader cell is not a key leader
  // when the column is present.
  const AuditReport r = audit(kAgencies, staff_header() + people("A", "am", 2, "Nam") +
                                             "W1,Bà Giám đốc,Nữ,A,Giám đốc,,,\n");
  EXPECT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"A"});
}

TEST(O1S4, WithoutTheKeyLeaderColumnThePositionDecides) {
  const std::string header = "staff_id,full_name,gender,agency_code,position\n";
  // A: led by a woman "Phó Giám đốc" (NFD in the file) -> no finding.
  // B: a woman "Trưởng bản" (not "Trưởng ban") -> a finding.
  const std::string nfd_pho_giam_doc = "Pho\xcc\x81 Gia\xcc\x81m \xc4\x91o\xcc\x82\xcc\x81\x63";
  const AuditReport r = audit(kAgencies, header + "W1,Bà A,Nữ,A," + nfd_pho_giam_doc + "\n" +
                                             "M1,Ông A,Nam,A,Chuyên viên\n" +
                                             "W2,Bà B,Nữ,B,Trưởng bản\n" +
                                             "M2,Ông B,Nam,B,chủ  tịch UBND\n");
  EXPECT_EQ(subjects(r, "O1.S4"), std::vector<std::string>{"B"});
  // A has a female key leader, B's key leader is a man: 1 of 2.
  EXPECT_EQ(indicator(r, "O1.T1").value, 50.0);
}

TEST(O1T1, DenominatorIsAgenciesWithAnActiveAssignmentAndSixtyPercentIsMet) {
  std::string agencies = "Mã đơn vị,Tên đơn vị,Cấp\n";
  std::string staff = staff_header();
  for (int i = 1; i <= 6; ++i) {  // E1..E3 led by women, E4..E5 by men
    const std::string code = "E" + std::to_string(i);
    agencies += code + ",Đơn vị " + code + ",xã\n";
    if (i <= 5) {
      staff += "L" + code + ",Lãnh đạo," + (i <= 3 ? "Nữ" : "Nam") + "," + code +
               ",Chủ tịch,x,,\n";
    } else {  // E6: only an assignment that has ended
      staff += "L" + code + ",Lãnh đạo,Nữ," + code + ",Chủ tịch,x,,01/01/2025\n";
    }
  }
  const AuditReport r = audit(agencies, staff);
  const IndicatorResult& t1 = indicator(r, "O1.T1");
  EXPECT_EQ(t1.value, 60.0);  // 3 of 5; E6 has no active assignment
  EXPECT_EQ(t1.target, 60.0);
  EXPECT_EQ(t1.status, IndicatorStatus::kMet);
}

TEST(O1T1, NoAgencyWithActiveStaffIsNoData) {
  const AuditReport r = audit(kAgencies, staff_header() + "X1,Ai,Nữ,A,Chủ tịch,x,,01/01/2020\n");
  const IndicatorResult& t1 = indicator(r, "O1.T1");
  EXPECT_EQ(t1.status, IndicatorStatus::kNoData);
  EXPECT_FALSE(t1.value.has_value());
  EXPECT_EQ(r.exit_status(), 0);
}

TEST(O1T1, BelowTargetIsNotMetAndMakesExitStatusOne) {
  const AuditReport r = audit(kAgencies, staff_header() + "M1,Ông,Nam,A,Giám đốc,x,,\n" +
                                             "W1,Bà,Nữ,B,Giám đốc,x,,\n");
  const IndicatorResult& t1 = indicator(r, "O1.T1");
  EXPECT_EQ(t1.value, 50.0);
  EXPECT_EQ(t1.status, IndicatorStatus::kNotMet);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(r.exit_status(), 1);
}

TEST(Skipping, RulesWhoseRegistersAreAbsentAreSkippedNotPassed) {
  TempDir dir;
  dir.write("agencies.csv", kAgencies);
  const AuditReport r = testing::audit_folder(dir.path(), "2025");
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(r.indicators.empty());
  std::set<std::string> skipped_for_staff;
  for (const SkippedRule& s : r.skipped) {
    if (s.missing_registers == std::vector<std::string>{"staff"}) skipped_for_staff.insert(s.rule->id);
  }
  EXPECT_EQ(skipped_for_staff, (std::set<std::string>{"O1.S4", "O1.T1", "O5.T4a", "O5.T4b"}));
  EXPECT_EQ(r.skipped.size(), testing::builtin_pack().rules.size());
  EXPECT_EQ(r.exit_status(), 0);
}

}  // namespace
}  // namespace genaudit
