// Profiles: parameters overridden and rules chosen from TOML without editing
// a rule, and every mistake in a profile reported with its place.
#include "rules/language/profile.h"

#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "tests/fixture.h"

namespace genaudit::rules {
namespace {

RulePack fresh_pack() {
  PackLoad load = load_rule_pack(builtin_rule_texts(), province_registers());
  return std::move(*load.pack);
}

std::vector<std::string> ids(const RulePack& pack) {
  std::vector<std::string> out;
  for (const RuleInfo& r : pack.rules) out.push_back(r.id);
  return out;
}

TEST(Profile, RaisingTheThresholdChangesTheFindings) {
  testing::TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  std::string staff = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n";
  for (int i = 0; i < 10; ++i) staff += std::to_string(i) + ",X," + (i < 3 ? "Nữ" : "Nam") + ",A\n";
  dir.write("staff.csv", staff);  // 30% women, no key leader

  RulePack pack = fresh_pack();
  EXPECT_EQ(testing::audit_folder(dir.path(), "2025", "", pack).findings.size(), 1u);
  ASSERT_TRUE(apply_profile(pack, "p.toml", "[params]\nfemale_share_threshold = \"35%\"\n").empty());
  EXPECT_EQ(testing::audit_folder(dir.path(), "2025", "", pack).findings.size(), 0u);
  EXPECT_DOUBLE_EQ(pack.params.at("female_share_threshold")->value->number, 35);
}

TEST(Profile, OnlyAndSkipChooseRulesByPattern) {
  RulePack pack = fresh_pack();
  ASSERT_TRUE(apply_profile(pack, "p.toml", "[rules]\nonly = [\"O1.*\", \"V.19\"]\nskip = [\"O1.T1\"]\n")
                  .empty());
  EXPECT_EQ(ids(pack), (std::vector<std::string>{"O1.S4", "V.19"}));
}

TEST(Profile, ListParametersTakeListsOfStrings) {
  RulePack pack = fresh_pack();
  ASSERT_TRUE(apply_profile(pack, "p.toml", "[params]\nkey_leader_positions = [\"Giám đốc\"]\n").empty());
  EXPECT_EQ(pack.params.at("key_leader_positions")->value->children.size(), 1u);
}

TEST(Profile, EveryMistakeIsReportedWithItsPlaceAndNothingChanges) {
  RulePack pack = fresh_pack();
  const Diagnostics problems = apply_profile(
      pack, "p.toml",
      "[params]\nfemale_share_treshold = 35\nnews_per_quarter = \"four\"\n"
      "key_leader_positions = [1, 2]\n[rules]\nonly = [\"O9.*\"]\nsometimes = []\n[extra]\n");
  ASSERT_EQ(problems.size(), 7u);
  EXPECT_EQ(format_diagnostics(problems),
            "p.toml:2:1: error: the pack has no parameter `female_share_treshold`\n"
            "  female_share_treshold = 35\n"
            "  ^\n"
            "  = did you mean `female_share_threshold`?\n"
            "p.toml:3:20: error: `news_per_quarter` takes a number, not text (it is not a "
            "percentage): write it unquoted\n"
            "  news_per_quarter = \"four\"\n"
            "                     ^\n"
            "p.toml:4:25: error: item 1 of `key_leader_positions` takes text\n"
            "  key_leader_positions = [1, 2]\n"
            "                          ^\n"
            "p.toml:4:28: error: item 2 of `key_leader_positions` takes text\n"
            "  key_leader_positions = [1, 2]\n"
            "                             ^\n"
            "p.toml:6:9: error: `O9.*` matches no rule of the pack\n"
            "  only = [\"O9.*\"]\n"
            "          ^\n"
            "p.toml:7:1: error: unknown key `sometimes` in [rules]\n"
            "  sometimes = []\n"
            "  ^\n"
            "p.toml:8:2: error: unknown table `extra`\n"
            "  [extra]\n"
            "   ^\n");
  EXPECT_EQ(ids(pack).size(), 26u);
  EXPECT_DOUBLE_EQ(pack.params.at("female_share_threshold")->value->number, 30);
}

// `female_share_threshold = nan` made O1.S4 a finding for every staffed
// agency, `inf` turned it off silently, a negative share was taken. TOML
// has nan and inf; a parameter takes only what the pack could write.
TEST(Profile, NumbersOutOfAParametersRangeAreRefused) {
  const struct {
    const char* line;
    const char* message;
  } bad[] = {
      {"female_share_threshold = \"nan%\"",
       "p.toml:2:26: error: `female_share_threshold` = nan is not a number: it takes a "
       "percentage from 0 to 100\n"},
      {"female_share_threshold = \"inf%\"",
       "p.toml:2:26: error: `female_share_threshold` = inf is out of range: it takes a "
       "percentage from 0 to 100\n"},
      {"female_share_threshold = \"-5%\"",
       "`female_share_threshold` = -5% is out of range: it takes a percentage from 0 to 100"},
      {"female_share_threshold = \"100.5%\"",
       "`female_share_threshold` = 100.5% is out of range: it takes a percentage from 0 to 100"},
      // A bare number is refused: 0.5 meant 0.5% where 50% was meant.
      {"female_share_threshold = 0.5",
       "p.toml:2:26: error: `female_share_threshold` is a percentage: write it as text with its "
       "sign, \"50%\" (a bare number such as 0.5 could mean 0.5% or 50%)\n"
       "  female_share_threshold = 0.5\n"
       "                           ^\n"
       "  = did you mean `\"50%\"`?\n"},
      {"female_share_threshold = 35",
       "`female_share_threshold` is a percentage: write it as text with its sign, \"35%\""},
      {"female_share_threshold = \"35\"",
       "`female_share_threshold` takes a percentage written as text, e.g. \"35%\""},
      {"news_per_quarter = \"4%\"",
       "`news_per_quarter` takes a number, not text (it is not a percentage): write it unquoted"},
      {"news_per_quarter = -1", "`news_per_quarter` = -1 is out of range: it takes a number of 0 or more"},
      {"news_per_quarter = -inf",
       "`news_per_quarter` = -inf is out of range: it takes a number of 0 or more"},
      {"news_per_quarter = +inf",
       "`news_per_quarter` = inf is out of range: it takes a number of 0 or more"},
      // Used as the month and day of `date(...)`: anything else is no day,
      // and V.19 would never find a late report.
      {"report_deadline_month = 13",
       "`report_deadline_month` = 13 is out of range: it takes a whole number from 1 to 12 "
       "(the month of `date(year, month, day)`)"},
      {"report_deadline_month = 11.5",
       "`report_deadline_month` = 11.5 is out of range: it takes a whole number from 1 to 12"},
      {"report_deadline_day = 0",
       "`report_deadline_day` = 0 is out of range: it takes a whole number from 1 to 31 "
       "(the day of `date(year, month, day)`)"},
  };
  for (const auto& b : bad) {
    RulePack pack = fresh_pack();
    const Diagnostics problems = apply_profile(pack, "p.toml", std::string("[params]\n") + b.line + "\n");
    ASSERT_EQ(problems.size(), 1u) << b.line;
    EXPECT_NE(format_diagnostics(problems).find(b.message), std::string::npos)
        << b.line << "\n" << format_diagnostics(problems);
    EXPECT_TRUE(pack.param_overrides.empty()) << b.line;
  }
}

TEST(Profile, ListsOfNumbersTakeNumbersInRange) {
  // A list of numbers takes finite numbers of 0 or more, as a rule file
  // writes them; a list of percentages, percentages.
  PackLoad load = load_rule_pack(
      {{"x.rules", "param sizes = [1, 2]\nparam shares = [10%, 20%]\n"}}, province_registers());
  ASSERT_TRUE(load.pack) << format_diagnostics(load.diagnostics);
  RulePack& pack = *load.pack;
  const Diagnostics problems =
      apply_profile(pack, "p.toml", "[params]\nsizes = [1, nan]\nshares = [\"50%\", \"101%\"]\n");
  ASSERT_EQ(problems.size(), 2u) << format_diagnostics(problems);
  EXPECT_EQ(format_diagnostics(problems),
            "p.toml:2:13: error: item 2 of `sizes` = nan is not a number: it takes a number of 0 "
            "or more\n"
            "  sizes = [1, nan]\n"
            "              ^\n"
            "p.toml:3:18: error: item 2 of `shares` = 101% is out of range: it takes a percentage "
            "from 0 to 100\n"
            "  shares = [\"50%\", \"101%\"]\n"
            "                   ^\n");
  EXPECT_TRUE(apply_profile(pack, "p.toml", "[params]\nsizes = [0, 7.5]\nshares = [\"0%\", \"100%\"]\n").empty());
}

TEST(Profile, NumbersWithinAParametersRangeAreTaken) {
  for (const char* line : {"female_share_threshold = \"0%\"", "female_share_threshold = \"100%\"",
                           "female_share_threshold = \"35.5 %\"", "news_per_quarter = 0",
                           "news_per_quarter = 1e6", "report_deadline_month = 1",
                           "report_deadline_month = 12.0", "report_deadline_day = 31"}) {
    RulePack pack = fresh_pack();
    const Diagnostics problems = apply_profile(pack, "p.toml", std::string("[params]\n") + line + "\n");
    EXPECT_TRUE(problems.empty()) << line << "\n" << format_diagnostics(problems);
  }
}

TEST(Profile, TomlSyntaxErrorsHaveALineAndColumn) {
  RulePack pack = fresh_pack();
  const Diagnostics problems = apply_profile(pack, "p.toml", "[params\nx = 1\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].source->position(problems[0].offset).line, 1);
}

TEST(Profile, GlobPatterns) {
  EXPECT_TRUE(rule_id_matches("O1.*", "O1.S4"));
  EXPECT_TRUE(rule_id_matches("*", "V.19"));
  EXPECT_TRUE(rule_id_matches("O*.T1", "O2.T1"));
  EXPECT_FALSE(rule_id_matches("O1.*", "O2.T1"));
  EXPECT_FALSE(rule_id_matches("O1.S", "O1.S4"));
  EXPECT_TRUE(rule_id_matches("O5.T4?", "O5.T4?"));
}

}  // namespace
}  // namespace genaudit::rules
