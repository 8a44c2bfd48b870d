// The rule-test runner itself: a case that should fail does, saying what
// differed, and a malformed test file is reported, not skipped.
#include "engine/audit/rule_tests.h"

#include <gtest/gtest.h>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

const char* kCase = R"([[case]]
name = "wrong on purpose"
period = "2025"
rules = ["O1.S4", "O1.T1"]
findings = [{ rule = "O1.S4", subject = "B" }]
indicators = [{ rule = "O1.T1", status = "met", value = 50 }]
[case.registers]
agencies = """
agency_code,agency_name,level
A,Sở A,tỉnh
"""
staff = """
staff_id,full_name,gender,agency_code
1,W,Nữ,A
"""
)";

TEST(RuleTests, AFailingCaseSaysWhatDiffered) {
  TempDir dir;
  const auto file = dir.write("x.test.toml", kCase);
  const auto results = run_rule_test_file(testing::builtin_pack(), file);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);
  EXPECT_EQ(results[0].problems,
            (std::vector<std::string>{"expected finding O1.S4 B, not found",
                                      "unexpected finding O1.S4 A",
                                      "indicator O1.T1: expected status met, got not_met",
                                      "indicator O1.T1: expected value 50.000000, got 0.000000"}));
}

TEST(RuleTests, MalformedFilesAndCasesAreFailures) {
  TempDir dir;
  auto results = run_rule_test_file(testing::builtin_pack(), dir.write("a.test.toml", "[[case]\n"));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);
  EXPECT_EQ(results[0].problems[0].rfind("line 1: ", 0), 0u) << results[0].problems[0];

  results = run_rule_test_file(testing::builtin_pack(),
                               dir.write("b.test.toml", "[[case]]\nname = \"n\"\nperiod = \"2025-13\"\n"));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);

  results = run_rule_test_file(testing::builtin_pack(),
                               dir.write("c.test.toml", "[[case]]\nperiod = \"2025\"\nrules = [\"O9.X\"]\n"));
  EXPECT_EQ(results[0].problems[0], "`rules` names `O9.X`, which the pack does not have");

  results = run_rule_test_file(testing::builtin_pack(), dir.write("d.test.toml", "x = 1\n"));
  EXPECT_EQ(results[0].problems[0], "no [[case]] in the file");
}

TEST(RuleTests, ACaseWhoseRegisterDoesNotImportFails) {
  TempDir dir;
  const auto file = dir.write("e.test.toml", R"([[case]]
name = "bad date"
period = "2025"
rules = ["O1.S4"]
[case.registers]
agencies = """
agency_code,agency_name,level
A,Sở A,nowhere
"""
)");
  const auto results = run_rule_test_file(testing::builtin_pack(), file);
  EXPECT_FALSE(results[0].passed);
  EXPECT_NE(results[0].problems[0].find("nowhere"), std::string::npos);
}

}  // namespace
}  // namespace genaudit
