// What the checker says of the newer expressions (if, durations, two-value
// min/max, computed parameters, `{param}` placeholders, shares against
// fractions), and how a profile is checked like a rule file: percentages
// written "35%", codes against the register's, dates and durations, each
// refused with its file, line and column.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "adapters/registers/province_registers.h"
#include "rules/language/pack_loader.h"
#include "rules/language/profile.h"
#include "tests/fixture.h"

namespace genaudit::rules {
namespace {

// The diagnostics of one file `declarations` + an indicator valued `value`.
std::string problems(const std::string& declarations, const std::string& value = "1",
                     const std::string& lets = "") {
  const PackLoad load = load_rule_pack(
      {{"t.rules", declarations + "indicator X.1 {\n" + testing::kRuleMeta + lets + "  value " +
                       value + "\n  target >= 0\n}\n"}},
      province_registers());
  return load.pack ? "ok" : format_diagnostics(load.diagnostics);
}

bool says(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ExpressionChecks, DatesTakeDurationsNotNumbers) {
  std::string p = problems("", "year(as_of + 30)");
  EXPECT_TRUE(says(p, "t.rules:7:22: error: expected a duration after a date, found a number"))
      << p;
  EXPECT_TRUE(says(p, "= write the unit: `as_of + 30 days` (or months, years)")) << p;
  p = problems("", "year(as_of - period_start)");
  EXPECT_TRUE(says(p, "error: a date cannot be taken from a date")) << p;
  EXPECT_TRUE(says(p, "= the days from one to the other are `days_between(as_of, period_start)`"))
      << p;
  p = problems("", "year(30 days + as_of)");
  EXPECT_TRUE(says(p, "t.rules:7:14: error: a duration goes after a date: `as_of - 30 days`")) << p;
  p = problems("", "1", "  let wait = 30 days\n");
  EXPECT_TRUE(says(p, "error: a duration is not a value to keep: add it to a date")) << p;
  p = problems("", "2 * 3 days");
  EXPECT_TRUE(says(p, "expected a number, found a duration")) << p;
  p = problems("", "year(as_of - 9999999 days)");
  EXPECT_TRUE(says(p, "a duration of at most 3660000 days")) << p;
  EXPECT_EQ(problems("param grace = 2 months\n", "year(as_of - grace)"), "ok");
}

TEST(ExpressionChecks, IfNeedsATestAndTwoValuesOfOneKind) {
  std::string p = problems("", "if 1 then 2 else 3");
  EXPECT_TRUE(says(p, "t.rules:7:12: error: expected a yes/no value, found a number")) << p;
  p = problems("", "if true then 2 else \"x\"");
  EXPECT_TRUE(says(p, "error: `then` gives a number but `else` gives text: both must give one "
                      "kind of value"))
      << p;
  p = problems("", "year(as_of - (if true then 1 day else 2 days))");
  EXPECT_TRUE(says(p, "an `if` cannot give a duration")) << p;
  // `if`, `then` and `else` are reserved.
  p = problems("param then = 1\n");
  EXPECT_TRUE(says(p, "t.rules:1:7: error:")) << p;
}

// A checker message `part` for a pack of `declarations` and an indicator
// valued `value`.
struct Said {
  std::string declarations;
  std::string value;
  std::string part;
};

void expect_said(const std::vector<Said>& cases) {
  for (const Said& c : cases) {
    const std::string p = problems(c.declarations, c.value);
    EXPECT_TRUE(says(p, c.part)) << c.value << "\n" << p;
  }
}

TEST(ExpressionChecks, MinAndMaxOfTwoValues) {
  EXPECT_EQ(problems("", "min(1, 2) + max(3, 4)"), "ok");
  // A literal beyond the decimals is no data, as date(2025, 13, 1) is.
  EXPECT_EQ(problems("", "round(2.5, 11)"), "ok");
  expect_said({
      {"", "min(1, 2, 3)", "error: `min`: takes 2 argument(s), not 3 (or a comprehension"},
      {"", "max(1, as_of)", "error: `max`: expects two numbers or two dates"},
      {"", "abs(\"x\")", "error: `abs`: expects a number: abs(x - y)"},
  });
}

TEST(ExpressionChecks, AShareComparedWithAFractionIsAnError) {
  const std::string p = problems("", "1", "  let s = share(1, 2)\n  let t = s >= 0.3\n");
  EXPECT_TRUE(says(p, "t.rules:8:16: error: a share is in percent, 0 to 100: 0.3 would be 0.3%"))
      << p;
  EXPECT_TRUE(says(p, "= did you mean `30%`?")) << p;
  EXPECT_EQ(problems("", "1", "  let s = share(1, 2)\n  let t = s >= 30%\n"), "ok");
}

TEST(ExpressionChecks, ParametersAreComputedFromConstantsOnly) {
  EXPECT_EQ(problems("param a = 2\nparam b = a * 2 + 1\nparam d = as_of - 1 year\n", "b"), "ok");
  expect_said({
      {"param n = count(s in staff)\n", "n",
       "t.rules:1:11: error: a parameter's value cannot read a collection"},
      {"param a = b\nparam b = a\n", "a",
       "is computed from itself; parameters cannot be recursive"},
      {"define f(n: number) = n\nparam a = f(1)\n", "a",
       "t.rules:2:11: error: a parameter's value cannot read a definition"},
      {"param a = [1, as_of]\n", "1", "a parameter's list holds strings or numbers only"},
  });
}

TEST(ExpressionChecks, PlaceholdersNameParametersWhoseValueIsKnown) {
  const std::string rule = "indicator X.1 {\n"
                           "  title vi \"Dưới {minutes} phút, {share}, {kinds}\" en \"Under {minutes} "
                           "min, {share}, {kinds}\"\n"
                           "  citation \"c\"\n  lead \"l\"\n  severity low\n"
                           "  remedy vi \"Đến {deadline}, {ratio}\" en \"By {deadline}, {ratio}\"\n"
                           "  value minutes\n  target >= 0\n}\n";
  const std::string params = "param minutes = 45\nparam share = 30%\nparam ratio = minutes / 2\n"
                             "param deadline = date(2025, 12, 10)\nparam kinds = [\"a\", \"b\"]\n";
  PackLoad load = load_rule_pack({{"t.rules", params + rule}}, province_registers());
  ASSERT_TRUE(load.pack) << format_diagnostics(load.diagnostics);
  const RuleInfo& info = load.pack->rules.at(0);
  EXPECT_EQ(info.title.vi, "Dưới 45 phút, 30%, a, b");
  EXPECT_EQ(info.title.en, "Under 45 min, 30%, a, b");
  EXPECT_EQ(info.remedy.vi, "Đến 10/12/2025, 22,5");
  EXPECT_EQ(info.remedy.en, "By 2025-12-10, 22.5");
  // A profile raising 45 to 90 makes the title say 90.
  ASSERT_TRUE(apply_profile(*load.pack, "p.toml", "[params]\nminutes = 90\n").empty());
  EXPECT_EQ(load.pack->rules.at(0).title.en, "Under 90 min, 30%, a, b");
  EXPECT_EQ(load.pack->rules.at(0).remedy.en, "By 2025-12-10, 45");

  std::string p = problems("param minutes = 45\n",
                           "1\n}\nindicator X.2 {\n  title vi \"{minute}\" en \"x\"\n  citation "
                           "\"c\"\n  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"{as_of}\"\n"
                           "  value 1");
  EXPECT_TRUE(says(p, "t.rules:11:13: error: `{minute}` names no parameter")) << p;
  EXPECT_TRUE(says(p, "= did you mean `minutes`?")) << p;
  EXPECT_TRUE(says(p, "t.rules:15:21: error: `{as_of}` names no parameter")) << p;
  p = problems("param due = as_of + 30 days\n",
               "1\n}\nindicator X.2 {\n  title vi \"{due}\" en \"x\"\n  citation "
               "\"c\"\n  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n  value 1");
  EXPECT_TRUE(says(p, "error: `{due}` cannot be shown in a title: its value is known only when "
                      "the audit runs"))
      << p;
}

RulePack builtin() {
  PackLoad load = load_rule_pack(builtin_rule_texts(), province_registers());
  if (!load.pack) throw std::runtime_error(format_diagnostics(load.diagnostics));
  return std::move(*load.pack);
}

RulePack pack_of(const std::string& text) {
  PackLoad load = load_rule_pack({{"x.rules", text}}, province_registers());
  if (!load.pack) throw std::runtime_error(format_diagnostics(load.diagnostics));
  return std::move(*load.pack);
}

// `broadcaster_kinds = ["đài tỉnh", "đài huyện"]` in a profile was taken,
// and O6.T4 then silently found no broadcaster at all.
TEST(ProfileChecks, CodesAreTheRegistersCodes) {
  RulePack pack = builtin();
  const Diagnostics p = apply_profile(
      pack, "p.toml", "[params]\nbroadcaster_kinds = [\"đài tỉnh\", \"district_broadcaster\"]\n");
  ASSERT_EQ(p.size(), 1u) << format_diagnostics(p);
  const std::string text = format_diagnostics(p);
  EXPECT_TRUE(says(text, "p.toml:2:22: error: item 1 of `broadcaster_kinds`: `đài tỉnh` is not a "
                         "code of `kind` ("))
      << text;
  EXPECT_TRUE(says(text, "the rules compare `broadcaster_kinds` with it and would match nothing"))
      << text;
  EXPECT_TRUE(says(text, "= `đài tỉnh` is how a register writes `provincial_broadcaster`: write "
                         "the code"))
      << text;
  EXPECT_TRUE(pack.param_overrides.empty());
  RulePack fine = builtin();
  EXPECT_TRUE(apply_profile(fine, "p.toml",
                            "[params]\nbroadcaster_kinds = [\"provincial_broadcaster\"]\n")
                  .empty());
  // A text parameter compared with a code is held to its codes too.
  RulePack one = pack_of("param kind = \"provincial_broadcaster\"\n"
                         "indicator X.1 {\n" + std::string(testing::kRuleMeta) +
                         "  value count(o in outlets where o.kind == kind)\n  target >= 0\n}\n");
  const std::string bad = format_diagnostics(apply_profile(one, "p.toml", "[params]\nkind = \"radio\"\n"));
  EXPECT_TRUE(says(bad, "p.toml:2:8: error: `kind`: `radio` is not a code of `kind`")) << bad;
}

TEST(ProfileChecks, DatesAndDurationsAreTakenAsTheirTypes) {
  RulePack pack = pack_of("param deadline = date(2025, 12, 10)\nparam grace = 30 days\n"
                          "param twice = grace_days * 2\nparam grace_days = 3\n");
  EXPECT_TRUE(apply_profile(pack, "p.toml",
                            "[params]\ndeadline = 2026-01-15\ngrace = \"2 months\"\ntwice = 7\n")
                  .empty());
  EXPECT_EQ(pack.params.at("deadline")->value->kind, ExprKind::kCall);
  EXPECT_EQ(pack.params.at("grace")->value->duration_unit, DurationUnit::kMonths);
  RulePack again = pack_of("param deadline = date(2025, 12, 10)\nparam grace = 30 days\n");
  const std::string text = format_diagnostics(
      apply_profile(again, "p.toml", "[params]\ndeadline = \"2026-01-15\"\ngrace = 30\n"));
  EXPECT_TRUE(says(text, "p.toml:2:12: error: `deadline` takes a date, written unquoted: "
                         "2025-12-10"))
      << text;
  EXPECT_TRUE(says(text, "p.toml:3:9: error: `grace` takes a duration written as text: "
                         "\"30 days\", \"1 month\" or \"2 years\""))
      << text;
}

}  // namespace
}  // namespace genaudit::rules
