// A pack's parameters as its readers see them (rule_params.h): those each
// rule reads, through definitions too but never a name the rule binds
// itself; each value as the rule file writes it, or as a profile set it.
#include "rules/language/rule_params.h"

#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "rules/language/profile.h"
#include "tests/fixture.h"

namespace genaudit::rules {
namespace {

using Names = std::vector<std::string>;

RulePack fresh_pack() {
  PackLoad load = load_rule_pack(builtin_rule_texts(), province_registers());
  return std::move(*load.pack);
}

TEST(ParamsUsed, DirectlyAndThroughTheDefinitionsARuleCalls) {
  const RulePack& pack = testing::builtin_pack();
  // female_share_threshold in its `when`; key_leader_positions through
  // has_female_key_leader -> key_leader_post.
  EXPECT_EQ(params_used(pack, *pack.find_rule("O1.S4")),
            (Names{"female_share_threshold", "key_leader_positions"}));
  EXPECT_EQ(params_used(pack, *pack.find_rule("O1.T1")),
            (Names{"female_key_leader_target", "key_leader_positions"}));
}

TEST(ParamsUsed, NamesTheRuleBindsAreNotParameters) {
  const RulePack pack = testing::pack_from_text(R"(
param n = 5
param limit = 2
param unused = 1
param code = "X"
define over(n: number) = n > limit
finding T.1 {
  title vi "a" en "a"
  citation "c"
  lead "l"
  severity low
  remedy vi "r" en "r"
  for a in agencies
  let k = count(code in staff where code.agency_code == a.agency_code)
  when over(k) and over(k + 1)
}
finding T.2 {
  title vi "b" en "b"
  citation "c"
  lead "l"
  severity low
  remedy vi "r" en "r"
  for a in agencies where a.agency_code == code
  when n > 1
}
)");
  EXPECT_EQ(params_used(pack, *pack.find_rule("T.1")), (Names{"limit"}));
  EXPECT_EQ(params_used(pack, *pack.find_rule("T.2")), (Names{"code", "n"}));
}

TEST(ParamValue, TheLiteralAsTheFileWritesIt) {
  const RulePack& pack = testing::builtin_pack();
  const std::optional<ParamValue> share = param_value(pack, "female_share_threshold");
  ASSERT_TRUE(share);
  EXPECT_EQ(share->text, "30%");
  EXPECT_FALSE(share->from_profile);
  const std::optional<ParamValue> posts = param_value(pack, "key_leader_positions");
  ASSERT_TRUE(posts);
  EXPECT_TRUE(posts->text.starts_with("[\n  \"Giám đốc\",\n")) << posts->text;
  EXPECT_TRUE(posts->text.ends_with("\"Phó Cục trưởng\"\n]")) << posts->text;
  EXPECT_FALSE(param_value(pack, "no_such_param"));
}

TEST(ParamValue, AValueAProfileSetIsWrittenExactly) {
  RulePack pack = fresh_pack();
  ASSERT_TRUE(apply_profile(pack, "p.toml",
                            "[params]\nfemale_share_threshold = \"33.35%\"\n"
                            "gender_equality_topics = [\"bình \\\"đẳng\\\" giới\"]\n"
                            "news_per_quarter = 6\n")
                  .empty());
  const std::optional<ParamValue> share = param_value(pack, "female_share_threshold");
  ASSERT_TRUE(share);
  EXPECT_TRUE(share->from_profile);
  EXPECT_EQ(share->text, "33.35%");
  EXPECT_EQ(share->file_text, "30%");
  EXPECT_EQ(param_value(pack, "gender_equality_topics")->text, R"(["bình \"đẳng\" giới"])");
  EXPECT_EQ(param_value(pack, "news_per_quarter")->text, "6");
  EXPECT_FALSE(param_value(pack, "female_key_leader_target")->from_profile);
}

}  // namespace
}  // namespace genaudit::rules
