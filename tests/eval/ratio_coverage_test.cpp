// What an audit's numbers rest on, cross-checked on random registers against
// a computation written here from the rows generated, sharing nothing with
// the evaluator: each share indicator's numerator and denominator (written
// in the rule, or in a definition it calls), none for a value that is not a
// share, and each finding rule's coverage (subjects and cases checked,
// breached, without data), summed over the slices the audit cuts a rule's
// subjects into.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

const char* const kPack = R"(
define share_with_gender(g: text) =
  share(count(s in staff where s.gender == g), count(s in staff where s.gender is not missing))

indicator X.1 {
META  let counted = [a in agencies where exists(s in staff where s.agency_code == a.agency_code)]
  let with_women = count(a in counted where exists(s in staff where s.agency_code == a.agency_code
                                                   and s.gender == "female"))
  value share(with_women, count(counted))
  target >= 50
}

indicator X.2 {
META  value share_with_gender("female")
  target >= 50
}

indicator X.3 {
META  value count(s in staff)
  target >= 0
}

finding X.4 {
META  for a in agencies where a.level == "province"
  let known = count(s in staff where s.agency_code == a.agency_code and s.gender is not missing)
  let women = count(s in staff where s.agency_code == a.agency_code and s.gender == "female")
  when share(women, known) >= 50
}

finding X.5 {
META  for a in agencies
  per quarter q
  let started = count(s in staff where s.agency_code == a.agency_code
                      and s.start_date >= q.start and s.start_date <= q.end)
  when started == 0
}
)";

std::string pack_text() {
  std::string text = kPack;
  for (std::size_t at; (at = text.find("META")) != std::string::npos;) {
    text.replace(at, 4 + 2, kRuleMeta);  // "META  " becomes the description
  }
  return text;
}

struct Agency {
  std::string code;
  std::string level;
};

struct Post {
  std::string agency;
  std::string gender;  // "female", "male" or "" (unknown)
  int start_month = 1;  // 1..12 of 2025
};

TEST(RatioAndCoverage, AgreeWithAnIndependentCountOnRandomRegisters) {
  const rules::RulePack pack = pack_from_text(pack_text());
  std::mt19937 random(20261206);
  for (int round = 0; round < 25; ++round) {
    std::vector<Agency> agencies;
    const int agency_count = 1 + static_cast<int>(random() % 30);
    for (int a = 0; a < agency_count; ++a) {
      const char* levels[] = {"province", "district", "commune"};
      agencies.push_back({"G" + std::to_string(a), levels[random() % 3]});
    }
    std::vector<Post> posts;
    const int post_count = static_cast<int>(random() % 120);
    for (int s = 0; s < post_count; ++s) {
      const char* genders[] = {"female", "male", ""};
      posts.push_back({agencies[random() % agencies.size()].code, genders[random() % 3],
                       1 + static_cast<int>(random() % 12)});
    }
    TempDir dir;
    std::string agencies_csv = "Mã đơn vị,Tên đơn vị,Cấp\n";
    for (const Agency& a : agencies) agencies_csv += a.code + ",Đơn vị," + a.level + "\n";
    std::string staff_csv = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày bắt đầu\n";
    for (std::size_t s = 0; s < posts.size(); ++s) {
      const Post& p = posts[s];
      const std::string gender = p.gender == "female" ? "Nữ" : p.gender == "male" ? "Nam" : "";
      staff_csv += std::to_string(s) + ",Người," + gender + "," + p.agency + ",01/" +
                   (p.start_month < 10 ? "0" : "") + std::to_string(p.start_month) + "/2025\n";
    }
    dir.write("agencies.csv", agencies_csv);
    dir.write("staff.csv", staff_csv);
    const AuditReport r = testing::audit_folder(dir.path(), "2025", "", pack);

    // The independent count.
    std::map<std::string, int> known, women;
    std::map<std::string, std::set<int>> quarters_started;
    std::set<std::string> staffed, with_women;
    int all_known = 0, all_women = 0;
    for (const Post& p : posts) {
      staffed.insert(p.agency);
      quarters_started[p.agency].insert((p.start_month - 1) / 3);
      if (p.gender.empty()) continue;
      ++known[p.agency];
      ++all_known;
      if (p.gender == "female") {
        ++women[p.agency];
        ++all_women;
        with_women.insert(p.agency);
      }
    }
    std::size_t province = 0, breached = 0, undecided = 0, quarters_empty = 0;
    for (const Agency& a : agencies) {
      quarters_empty += 4 - quarters_started[a.code].size();
      if (a.level != "province") continue;
      ++province;
      if (known[a.code] == 0) {
        ++undecided;
      } else if (women[a.code] * 100 >= 50 * known[a.code]) {
        ++breached;
      }
    }

    const std::string where = "round " + std::to_string(round);
    ASSERT_EQ(r.indicators.size(), 3u) << where;
    ASSERT_TRUE(r.indicators[0].ratio) << where;
    EXPECT_EQ(r.indicators[0].ratio->numerator, static_cast<double>(with_women.size())) << where;
    EXPECT_EQ(r.indicators[0].ratio->denominator, static_cast<double>(staffed.size())) << where;
    ASSERT_TRUE(r.indicators[1].ratio) << where;  // through the definition
    EXPECT_EQ(r.indicators[1].ratio->numerator, static_cast<double>(all_women)) << where;
    EXPECT_EQ(r.indicators[1].ratio->denominator, static_cast<double>(all_known)) << where;
    // No data exactly when the whole is 0; the value is the part of the whole.
    EXPECT_EQ(r.indicators[1].value.has_value(), all_known > 0) << where;
    if (all_known > 0) {
      EXPECT_DOUBLE_EQ(*r.indicators[1].value, all_women * 100.0 / all_known) << where;
    }
    EXPECT_FALSE(r.indicators[2].ratio) << where;  // not a share

    ASSERT_EQ(r.coverage.size(), 2u) << where;
    const RuleCoverage& x4 = r.coverage[0];
    EXPECT_EQ(x4.rule->id, "X.4");
    EXPECT_EQ(x4.subjects_checked, province) << where;
    EXPECT_EQ(x4.checked, province) << where;
    EXPECT_EQ(x4.breached, breached) << where;
    EXPECT_EQ(x4.without_data, undecided) << where;
    const RuleCoverage& x5 = r.coverage[1];
    EXPECT_EQ(x5.subjects_checked, agencies.size()) << where;
    EXPECT_EQ(x5.checked, agencies.size() * 4) << where;
    EXPECT_EQ(x5.breached, quarters_empty) << where;
    EXPECT_EQ(x5.without_data, 0u) << where;
    std::size_t x4_findings = 0, x5_findings = 0;
    for (const Finding& f : r.findings) (f.rule->id == "X.4" ? x4_findings : x5_findings)++;
    EXPECT_EQ(x4_findings, x4.breached) << where;
    EXPECT_EQ(x5_findings, x5.breached) << where;
  }
}

// A rule whose registers are absent is skipped and has no coverage.
TEST(RatioAndCoverage, ASkippedRuleHasNoCoverage) {
  const rules::RulePack pack = pack_from_text(pack_text());
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  const AuditReport r = testing::audit_folder(dir.path(), "2025", "", pack);
  EXPECT_TRUE(r.coverage.empty());
  EXPECT_EQ(r.skipped.size(), 5u);
}

}  // namespace
}  // namespace genaudit
