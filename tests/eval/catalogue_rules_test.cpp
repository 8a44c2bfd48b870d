// The catalogue as the pack states it: every rule, its kind and the
// registers it reads, and what an indicator's status does to the exit
// status. What each rule means, boundary by boundary, is tested where a
// rule author reads it: rules/pack/tests/*.test.toml (ctest pack_rule_tests).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "tests/fixture.h"
#include "tests/golden.h"

namespace genaudit {
namespace {

using testing::TempDir;

AuditReport audit(const std::vector<std::pair<std::string, std::string>>& files,
                  const std::string& period, const std::string& as_of = "") {
  TempDir dir;
  for (const auto& [name, content] : files) dir.write(name, content);
  return testing::audit_folder(dir.path(), period, as_of);
}

// What the report makes of an indicator's status, which a rule test file
// cannot see: an indicator not met makes the exit status 1, no data does not.
TEST(Catalogue, AnIndicatorNotMetMakesTheExitStatusOneNoDataDoesNot) {
  const char* agencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\n";
  const std::string header = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Chức vụ,Lãnh đạo chủ chốt,Ngày bắt đầu,Ngày kết thúc\n";
  const AuditReport not_met = audit({{"agencies.csv", agencies},
                                     {"staff.csv", header + "M1,Ông,Nam,A,Giám đốc,x,,\nW1,Bà,Nữ,B,Giám đốc,x,,\n"}},
                                    "2025");
  ASSERT_TRUE(not_met.findings.empty());
  EXPECT_EQ(not_met.exit_status(), 1);
  const AuditReport no_data = audit({{"agencies.csv", agencies},
                                     {"staff.csv", header + "X1,Ai,Nữ,A,Chủ tịch,x,,01/01/2020\n"}},
                                    "2025");
  ASSERT_TRUE(no_data.findings.empty());
  EXPECT_EQ(no_data.exit_status(), 0);
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

// Every rule of the pack has its boundary cases in the test file of its own
// rule file: rules/pack/X.rules -> rules/pack/tests/X.test.toml, where a
// case names it in `rules = [...]`. (The cases themselves run as ctest
// pack_rule_tests, which fails on any failing case.)
TEST(Catalogue, EveryRuleHasCasesInTheTestFileOfItsRuleFile) {
  namespace fs = std::filesystem;
  const fs::path pack = fs::path(GENAUDIT_SOURCE_DIR) / "rules" / "pack";
  const std::regex rule_id(R"((?:^|\n)(?:finding|indicator) ([A-Za-z0-9.]+) \{)");
  const std::regex rules_line(R"((?:^|\n)rules = \[([^\]]*)\])");
  std::set<std::string> covered;
  for (const fs::path& rules : testing::files_in(pack, ".rules")) {
    const std::string text = testing::read_file(rules);
    std::vector<std::string> ids;
    for (auto m = std::sregex_iterator(text.begin(), text.end(), rule_id); m != std::sregex_iterator(); ++m) {
      ids.push_back((*m)[1]);
    }
    if (ids.empty()) continue;  // definitions only (common.rules)
    const fs::path tests = pack / "tests" / (rules.stem().string() + ".test.toml");
    ASSERT_TRUE(fs::exists(tests)) << tests;
    const std::string cases = testing::read_file(tests);
    std::string named;
    for (auto m = std::sregex_iterator(cases.begin(), cases.end(), rules_line); m != std::sregex_iterator(); ++m) {
      named += (*m)[1].str() + ",";
    }
    for (const std::string& id : ids) {
      EXPECT_NE(named.find("\"" + id + "\""), std::string::npos) << id << " has no case in " << tests;
      covered.insert(id);
    }
  }
  EXPECT_EQ(covered.size(), testing::builtin_pack().rules.size());
}

}  // namespace
}  // namespace genaudit
