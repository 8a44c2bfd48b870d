// The rule-test runner itself: a case that should fail does, saying what
// differed; a malformed test file, an unknown key anywhere, a wrong
// evidence value or parameter are reported, never skipped.
#include "engine/audit/rule_tests.h"

#include <gtest/gtest.h>

#include "rules/language/pack_loader.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

std::vector<RuleTestResult> run_file(const std::filesystem::path& file) {
  return run_rule_test_file(testing::builtin_pack(), rules::builtin_rule_texts(), file);
}

// A case's registers: agency A and `staff_rows` of its staff.
std::string registers_of_a(const std::string& staff_rows) {
  return "[case.registers]\nagencies = \"\"\"\nagency_code,agency_name,level\nA,Sở A,tỉnh\n\"\"\"\n"
         "staff = \"\"\"\nstaff_id,full_name,gender,agency_code\n" + staff_rows + "\"\"\"\n";
}

const std::string kCase = R"([[case]]
name = "wrong on purpose"
period = "2025"
rules = ["O1.S4", "O1.T1"]
findings = [{ rule = "O1.S4", subject = "B" }]
indicators = [{ rule = "O1.T1", status = "met", value = 50 }]
)" + registers_of_a("1,W,Nữ,A\n");

TEST(RuleTests, AFailingCaseSaysWhatDiffered) {
  TempDir dir;
  const auto file = dir.write("x.test.toml", kCase);
  const auto results = run_file(file);
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
  auto results = run_file(dir.write("a.test.toml", "[[case]\n"));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);
  EXPECT_EQ(results[0].problems[0].rfind("line 1: ", 0), 0u) << results[0].problems[0];

  results = run_file(dir.write("b.test.toml", "[[case]]\nname = \"n\"\nperiod = \"2025-13\"\n"));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);

  results = run_file(dir.write("c.test.toml", "[[case]]\nperiod = \"2025\"\nrules = [\"O9.X\"]\n"));
  EXPECT_EQ(results[0].problems[0], "`rules` names `O9.X`, which the pack does not have");

  results = run_file(dir.write("d.test.toml", "x = 1\n"));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].problems.at(1), "no [[case]] in the file");
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
  const auto results = run_file(file);
  EXPECT_FALSE(results[0].passed);
  EXPECT_NE(results[0].problems[0].find("nowhere"), std::string::npos);
}

// The staff of agency A: 3 women out of 10, none a key leader (O1.S4 at
// the threshold of 30%).
const std::string kAgencyA = registers_of_a(
    "1,W1,Nữ,A\n2,W2,Nữ,A\n3,W3,Nữ,A\n4,M4,Nam,A\n5,M5,Nam,A\n6,M6,Nam,A\n7,M7,Nam,A\n"
    "8,M8,Nam,A\n9,M9,Nam,A\n10,M10,Nam,A\n");

std::string a_case(const std::string& keys) {
  return "[[case]]\nname = \"n\"\nperiod = \"2025\"\nrules = [\"O1.S4\"]\n" + keys + kAgencyA;
}

// A misspelt key would check nothing: it is an error at its line and
// column, with the key meant, in a case, a finding, an indicator or the file.
TEST(RuleTests, UnknownKeysAreErrorsWithWhereAndTheKeyMeant) {
  TempDir dir;
  auto results = run_file(dir.write("a.test.toml", a_case("finding = [{ rule = \"O1.S4\", subject = \"Z\" }]\n")));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);
  const std::string a = (dir.path() / "a.test.toml").string();
  EXPECT_EQ(results[0].problems, (std::vector<std::string>{
                                     a + ":5:1: unknown key `finding` in a [[case]]; did you mean "
                                         "`findings`?"}));

  results = run_file(dir.write("b.test.toml", a_case("findings = [{ rule = \"O1.S4\", subjet = \"A\" }]\n"
                                                    "indicators = [{ rule = \"O1.T1\", valeu = 1 }]\n")));
  const std::string b = (dir.path() / "b.test.toml").string();
  EXPECT_EQ(results[0].problems,
            (std::vector<std::string>{
                b + ":5:31: unknown key `subjet` in a finding; did you mean `subject`?",
                b + ":6:33: unknown key `valeu` in an indicator; did you mean `value`?"}));

  results = run_file(dir.write("c.test.toml", "cases = 1\n" + a_case("findings = [{ rule = \"O1.S4\", subject = \"A\" }]\n")));
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].name, "(file)");
  EXPECT_EQ(results[0].problems,
            (std::vector<std::string>{(dir.path() / "c.test.toml").string() +
                                      ":1:1: unknown key `cases` in a rule test file (cases are "
                                      "[[case]] tables); did you mean `case`?"}));
  EXPECT_TRUE(results[1].passed) << results[1].problems.at(0);

  results = run_file(dir.write("d.test.toml", "[[case]]\nname = \"n\"\nperiod = \"2025\"\nrules = \"O1.S4\"\n"
                                               "findings = { rule = \"O1.S4\" }\n"));
  const std::string d = (dir.path() / "d.test.toml").string();
  EXPECT_EQ(results[0].problems,
            (std::vector<std::string>{
                d + ":5:12: `findings` must be a list of findings: findings = [{ rule = \"…\", … }]",
                d + ":4:9: `rules` must be a list of rule ids"}));
}

// Evidence values a case expects are compared with the finding's: a wrong
// one says expected and got; an evidence the rule does not have is named.
TEST(RuleTests, EvidenceValuesAreCompared) {
  TempDir dir;
  auto results = run_file(dir.write(
      "a.test.toml", a_case("findings = [{ rule = \"O1.S4\", subject = \"A\", evidence = "
                            "{ female_share = 30.0, women = 3, known = 10 } }]\n")));
  EXPECT_TRUE(results.at(0).passed) << results[0].problems.at(0);

  results = run_file(dir.write(
      "b.test.toml", a_case("findings = [{ rule = \"O1.S4\", subject = \"A\", evidence = "
                            "{ female_share = 25, women = \"3\", share = 1 } }]\n")));
  const std::string b = (dir.path() / "b.test.toml").string();
  EXPECT_FALSE(results.at(0).passed);
  EXPECT_EQ(results[0].problems,
            (std::vector<std::string>{
                "finding O1.S4 A: evidence female_share: expected 25, got 30",
                b + ":5:91: finding O1.S4 A has no evidence `share` (its evidence: women, known, "
                    "female_share)",
                "finding O1.S4 A: evidence women: expected \"3\", got 3"}));
}

// [case.params] sets parameters as a profile's [params] does, each mistake
// at its line and column in the test file; a profile is read from the test
// file's folder.
TEST(RuleTests, ACaseMaySetParametersOrAProfile) {
  TempDir dir;
  // At 35%, three women out of ten are no longer a finding.
  auto results = run_file(dir.write("a.test.toml", a_case("findings = []\n[case.params]\nfemale_share_threshold = \"35%\"\n")));
  EXPECT_TRUE(results.at(0).passed) << results[0].problems.at(0);
  results = run_file(dir.write("b.test.toml", a_case("findings = []\n")));
  EXPECT_EQ(results.at(0).problems,
            (std::vector<std::string>{"unexpected finding O1.S4 A"}));
  results = run_file(dir.write("c.test.toml", a_case("findings = []\nparams = { female_share_threshold = \"35%\" }\n")));
  EXPECT_TRUE(results.at(0).passed) << results[0].problems.at(0);

  results = run_file(dir.write("d.test.toml", a_case("findings = []\n[case.params]\nfemale_share = 35\n")));
  ASSERT_EQ(results.at(0).problems.size(), 1u);
  const std::string d = (dir.path() / "d.test.toml").string();
  EXPECT_EQ(results[0].problems[0], d + ":7:1: error: the pack has no parameter `female_share`\n"
                                        "  female_share = 35\n  ^");

  dir.write("strict.toml", "[params]\nfemale_share_threshold = \"35%\"\n");
  results = run_file(dir.write("e.test.toml", a_case("profile = \"strict.toml\"\nfindings = []\n")));
  EXPECT_TRUE(results.at(0).passed) << results[0].problems.at(0);
  results = run_file(dir.write("f.test.toml", a_case("profile = \"nowhere.toml\"\nfindings = []\n")));
  EXPECT_EQ(results.at(0).problems,
            (std::vector<std::string>{(dir.path() / "f.test.toml").string() +
                                      ":5:11: profile " + (dir.path() / "nowhere.toml").string() +
                                      " cannot be read (a path from the test file's folder)"}));
}

}  // namespace
}  // namespace genaudit
