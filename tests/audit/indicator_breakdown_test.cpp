// An indicator broken down by district and by agency level, cross-checked
// on random registers against a count written here from the rows generated:
// each group's numerator and denominator are those of the group's agencies
// and of the staff posted in them; a blank district is a group of its own;
// an indicator reading a register with no link to an agency has no
// breakdown, and says which register; a reported figure has none at all.
#include "engine/audit/indicator_breakdown.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "tests/fixture_summary.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

std::string pack_text() {
  const std::string meta = kRuleMeta;
  return "indicator X.1 {\n" + meta +
         "  let counted = [a in agencies where exists(s in staff where s.agency_code == "
         "a.agency_code)]\n"
         "  value share(count(a in counted where exists(s in staff where s.agency_code == "
         "a.agency_code and s.gender == \"female\")), count(counted))\n  target >= 50\n}\n"
         "indicator X.2 {\n" + meta +
         "  value share(count(distinct s.staff_id for s in staff where s.gender == \"female\"),\n"
         "              count(distinct s.staff_id for s in staff where s.gender is not missing))\n"
         "  target >= 40\n}\n"
         "indicator X.3 {\n" + meta +
         "  value share(count(e in enterprises where e.director_gender == \"female\"), "
         "count(e in enterprises))\n  target >= 27\n}\n"
         "indicator X.4 {\n" + meta + "  value count(s in staff)\n  target >= 0\n}\n";
}

struct Counts {
  std::set<std::string> staffed, with_women;
  std::set<int> women, known;  // persons
};

TEST(IndicatorBreakdown, AgreesWithAnIndependentCountOnRandomRegisters) {
  const rules::RulePack pack = pack_from_text(pack_text());
  std::mt19937 random(61206);
  const char* districts[] = {"Nha Trang", "Cam Ranh", "nha  trang", ""};  // two spell one
  const char* levels[] = {"tỉnh", "huyện", "xã"};
  const char* level_codes[] = {"province", "district", "commune"};
  for (int round = 0; round < 12; ++round) {
    TempDir dir;
    const int agencies = 1 + static_cast<int>(random() % 25);
    std::vector<std::string> district_of(agencies), level_of(agencies);
    std::string csv = "Mã đơn vị,Tên đơn vị,Cấp,\"Huyện, thị xã, thành phố\"\n";
    for (int a = 0; a < agencies; ++a) {
      const int d = static_cast<int>(random() % 4), l = static_cast<int>(random() % 3);
      // Districts are grouped as rules compare text: "nha  trang" is Nha Trang.
      district_of[a] = d == 2 ? "Nha Trang" : districts[d];
      level_of[a] = level_codes[l];
      csv += "G" + std::to_string(a) + ",Đơn vị," + levels[l] + "," + districts[d] + "\n";
    }
    dir.write("agencies.csv", csv);
    std::string staff = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n";
    std::map<std::string, Counts> by_district, by_level;
    const int posts = static_cast<int>(random() % 90);
    for (int s = 0; s < posts; ++s) {
      const int person = static_cast<int>(random() % 40);  // some hold two posts
      // A person's gender is the person's own, the same on every row.
      const int g = person % 3;
      const int a = static_cast<int>(random() % static_cast<unsigned>(agencies));
      staff += std::to_string(person) + ",Người," + (g == 0 ? "Nữ" : g == 1 ? "Nam" : "") + ",G" +
               std::to_string(a) + "\n";
      const std::string code = "G" + std::to_string(a);
      for (Counts* c : {&by_district[district_of[a]], &by_level[level_of[a]]}) {
        c->staffed.insert(code);
        if (g == 0) c->with_women.insert(code);
        if (g == 0) c->women.insert(person);
        if (g != 2) c->known.insert(person);
      }
    }
    dir.write("staff.csv", staff);
    dir.write("enterprises.csv", "Mã số doanh nghiệp,Tên doanh nghiệp,Loại hình,Giới tính người đứng đầu\n"
                                 "1,DN,doanh nghiệp,Nữ\n");
    const AuditReport r = testing::audit_folder_with_summary(dir.path(), "2025", pack);
    ASSERT_TRUE(r.summary);
    const std::string where = "round " + std::to_string(round);
    for (const auto* list : {&r.summary->by_district, &r.summary->by_level}) {
      const bool district = list == &r.summary->by_district;
      const std::map<std::string, Counts>& expected = district ? by_district : by_level;
      ASSERT_EQ(list->size(), 3u) << where;  // the three shares; X.4 is not one
      const IndicatorBreakdown& x1 = (*list)[0];
      const IndicatorBreakdown& x2 = (*list)[1];
      const IndicatorBreakdown& x3 = (*list)[2];
      EXPECT_EQ(x3.rule->id, "X.3");
      EXPECT_EQ(x3.not_splittable, std::vector<std::string>{"enterprises"}) << where;
      EXPECT_TRUE(x3.groups.empty());
      // Every group of agencies is there, with or without staff.
      std::set<std::string> keys;
      for (int a = 0; a < agencies; ++a) keys.insert(district ? district_of[a] : level_of[a]);
      if (district && keys == std::set<std::string>{""}) {  // no agency has a district
        EXPECT_TRUE(x1.field_not_recorded && x2.field_not_recorded) << where;
        EXPECT_TRUE(x1.groups.empty() && x2.groups.empty()) << where;
        continue;
      }
      EXPECT_FALSE(x1.field_not_recorded) << where;
      ASSERT_EQ(x1.groups.size(), keys.size()) << where;
      for (std::size_t n = 0; n < x1.groups.size(); ++n) {
        const BreakdownGroup& g1 = x1.groups[n];
        const BreakdownGroup& g2 = x2.groups[n];
        EXPECT_EQ(g1.key, g2.key);
        const std::string key = g1.key == "nha  trang" ? "Nha Trang" : g1.key;
        ASSERT_TRUE(keys.count(key)) << where << " group " << g1.key;
        std::size_t in_group = 0;
        for (int a = 0; a < agencies; ++a) in_group += (district ? district_of[a] : level_of[a]) == key;
        EXPECT_EQ(g1.agencies, in_group) << where;
        const auto it = expected.find(key);
        const Counts none;
        const Counts& c = it == expected.end() ? none : it->second;
        ASSERT_TRUE(g1.result.ratio && g2.result.ratio) << where;
        EXPECT_EQ(g1.result.ratio->numerator, static_cast<double>(c.with_women.size())) << where;
        EXPECT_EQ(g1.result.ratio->denominator, static_cast<double>(c.staffed.size())) << where;
        EXPECT_EQ(g2.result.ratio->numerator, static_cast<double>(c.women.size())) << where;
        EXPECT_EQ(g2.result.ratio->denominator, static_cast<double>(c.known.size())) << where;
        EXPECT_EQ(g1.result.status == IndicatorStatus::kNoData, c.staffed.empty()) << where;
      }
      // The blank district comes last.
      if (district && keys.count("")) {
        EXPECT_EQ(x1.groups.back().key, "") << where;
      }
    }
  }
}

TEST(IndicatorBreakdown, NoAgencyWithADistrictMeansNoBreakdown) {
  const rules::RulePack pack = pack_from_text(pack_text());
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Xã B,xã\n");
  dir.write("staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n1,An,Nữ,A\n2,Bình,Nam,B\n");
  const AuditReport r = testing::audit_folder_with_summary(dir.path(), "2025", pack);
  ASSERT_TRUE(r.summary);
  ASSERT_EQ(r.summary->by_district.size(), 2u);  // X.1 and X.2; X.3 is skipped
  EXPECT_TRUE(r.summary->by_district[0].field_not_recorded);
  EXPECT_TRUE(r.summary->by_district[0].groups.empty());
  // By level the same registers split, in the order of the level's codes:
  // province 1/1, then commune 0/1.
  const IndicatorBreakdown& level = r.summary->by_level[0];
  ASSERT_EQ(level.groups.size(), 2u);
  EXPECT_EQ(level.groups[0].key, "province");
  EXPECT_EQ(level.groups[0].result.ratio->numerator, 1.0);
  EXPECT_EQ(level.groups[0].result.ratio->denominator, 1.0);
  EXPECT_EQ(level.groups[1].key, "commune");
  EXPECT_EQ(level.groups[1].result.ratio->numerator, 0.0);
  // The subjects' districts: agencies have the column, blank here.
  EXPECT_EQ(r.summary->subject_districts.count("agencies"), 0u);  // no finding rule in the pack
}

}  // namespace
}  // namespace genaudit
