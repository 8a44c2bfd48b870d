// The formatter (`genaudit rules fmt`): each tests/rules/golden/fmt/X.rules
// formats to X.expected; on every rule file the project has, formatting is
// idempotent, keeps the syntax tree and keeps every comment. Replacing
// the files is engine/output's (tests/output/rule_files_format_test.cpp).
#include "rules/language/formatter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>

#include "rules/language/ast_dump.h"
#include "rules/language/parser.h"
#include "rules/language/source_scan.h"
#include "tests/golden.h"

namespace genaudit::rules {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = GENAUDIT_SOURCE_DIR;
const fs::path kFolder = kSourceDir / "tests/rules/golden/fmt";

std::optional<RuleFile> parse(const std::string& name, const std::string& text) {
  return parse_rule_file(std::make_shared<Source>(name, text)).file;
}

std::string format(const std::string& text) {
  FormatResult result = format_rule_source(std::make_shared<Source>("x.rules", text));
  EXPECT_TRUE(result.text) << format_diagnostics(result.diagnostics);
  return result.text.value_or("");
}

// The tree without the spans, which formatting moves.
std::string tree_of(const RuleFile& file) {
  static const std::regex kSpan(" @[0-9]+-[0-9]+\n");
  return std::regex_replace(dump(file), kSpan, "\n");
}

std::vector<std::string> comments_of(const std::string& text) {
  std::vector<std::string> out;
  for (const Comment& c : scan_comments(text)) out.push_back(c.text);
  std::sort(out.begin(), out.end());
  return out;
}

// What formatting must keep for any text that parses.
void expect_formatting_keeps(const std::string& name, const std::string& text) {
  SCOPED_TRACE(name);
  const std::optional<RuleFile> before = parse(name, text);
  ASSERT_TRUE(before);
  const std::string once = format_rule_file(*before);
  const std::optional<RuleFile> after = parse(name, once);
  ASSERT_TRUE(after) << once;
  EXPECT_EQ(tree_of(*before), tree_of(*after)) << once;
  EXPECT_EQ(format_rule_file(*after), once) << "not idempotent";
  EXPECT_EQ(comments_of(text), comments_of(once)) << once;
  EXPECT_EQ(once.find('\r'), std::string::npos);
  EXPECT_EQ(once.find(" \n"), std::string::npos) << "trailing blanks";
  EXPECT_TRUE(once.empty() || (once.back() == '\n' && once.find("\n\n\n") == std::string::npos));
}

TEST(FormatterGolden, EveryCase) {
  const auto cases = testing::files_in(kFolder, ".rules");
  ASSERT_GE(cases.size(), 8u);
  for (const auto& path : cases) {
    SCOPED_TRACE(path.filename().string());
    testing::expect_golden(path, format(testing::read_file(path)));
  }
}

TEST(FormatterProperties, EveryGoldenInputAndOutput) {
  for (const auto& path : testing::files_in(kFolder, ".rules")) {
    expect_formatting_keeps(path.string(), testing::read_file(path));
    fs::path expected = path;
    expected.replace_extension(".expected");
    const std::string canonical = testing::read_file(expected);
    expect_formatting_keeps(expected.string(), canonical);
    EXPECT_EQ(format(canonical), canonical) << expected;
  }
}

TEST(FormatterProperties, EveryRuleFileOfThePackTheExamplesAndTheParserAndCheckerGoldens) {
  int formatted = 0;
  for (const char* folder : {"rules/pack", "rules/examples", "tests/rules/golden/parse",
                             "tests/rules/golden/check"}) {
    if (!fs::is_directory(kSourceDir / folder)) continue;
    for (const auto& path : testing::files_in(kSourceDir / folder, ".rules")) {
      const std::string text = testing::read_file(path);
      if (!parse(path.string(), text)) continue;  // the parser's error cases
      expect_formatting_keeps(path.string(), text);
      ++formatted;
    }
  }
  EXPECT_GE(formatted, 20);
}

// Each case: the text as written, then as formatted.
struct Case {
  const char* what;
  const char* input;
  const char* output;
};

TEST(Formatter, Layout) {
  const Case cases[] = {
      {"empty file", "", ""},
      {"spacing", "param  a=[1,2 ,3]\nparam b =- 4", "param a = [1, 2, 3]\nparam b = -4\n"},
      {"numbers as written", "param a = 1.50\nparam b = 007\nparam c = 12.5%",
       "param a = 1.50\nparam b = 007\nparam c = 12.5%\n"},
      {"params written apart stay apart", "param a = 1\n\n\nparam b = 2",
       "param a = 1\n\nparam b = 2\n"},
      {"declarations of different kinds apart", "param a = 1\ndefine f() = a",
       "param a = 1\n\ndefine f() = a\n"},
      {"needed parentheses only, and the author's",
       "define f() = ((a)) or (b and c) or (d or e) and not (x == 1) ?? 2",
       "define f() = (a) or (b and c) or (d or e) and not (x == 1) ?? 2\n"},
      {"a list whose first item reads as a filter", "param a = [(s in t), 1]",
       "param a = [(s in t), 1]\n"},
      {"string escapes", R"(param a = "say \"hi\" \\ C:\temp")",
       "param a = \"say \\\"hi\\\" \\\\ C:\\\\temp\"\n"},
      {"a bare word stays bare, a string stays a string",
       "finding A.1 { severity high lead \"high\" }",
       "finding A.1 {\n  severity high\n  lead \"high\"\n}\n"},
      {"distinct on any aggregate", "param a = sum(distinct x.n for x in t)",
       "param a = sum(distinct x.n for x in t)\n"},
      {"descriptions, a blank line, logic",
       "indicator A.1 { title vi \"t\" en \"t\" value 1 target >= 2 }",
       "indicator A.1 {\n  title vi \"t\" en \"t\"\n\n  value 1\n  target >= 2\n}\n"},
      {"needs and evidence", "finding A.1 { needs agencies,staff when true evidence a ,b }",
       "finding A.1 {\n  needs agencies, staff\n  when true\n  evidence a, b\n}\n"},
      {"a comment at the end stays at the end", "param a = 1\n\n# end", "param a = 1\n\n# end\n"},
      {"a trailing comment stays on its line", "param a = 1   # one\r\nparam b = 2\r\n",
       "param a = 1 # one\nparam b = 2\n"},
      {"a comment inside an expression moves before its statement",
       "finding A.1 {\n  when a # why a\n       and b\n}",
       "finding A.1 {\n  # why a\n  when a and b\n}\n"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(format(c.input), c.output);
    expect_formatting_keeps(c.what, c.input);
  }
}

TEST(Formatter, LongChainsBreakBeforeTheirOperatorsFillingEachLine) {
  EXPECT_EQ(format("finding A.1 { when exists(s in posts) and female_share >= "
                   "female_share_threshold and not has_female_key_leader(a) }"),
            "finding A.1 {\n"
            "  when exists(s in posts) and female_share >= female_share_threshold\n"
            "       and not has_female_key_leader(a)\n"
            "}\n");
  // The loosest operator breaks: an `and` inside an `or` stays whole.
  EXPECT_EQ(format("finding A.1 { let x = a_long_name_for_a_value or another_long_name and "
                   "a_third_long_name or the_last_one_of_them }"),
            "finding A.1 {\n"
            "  let x = a_long_name_for_a_value or another_long_name and a_third_long_name\n"
            "      or the_last_one_of_them\n"
            "}\n");
  EXPECT_EQ(format("define f(s: staff) = (s.start_date is missing or s.start_date <= as_of) and "
                   "(s.end_date is missing or s.end_date >= as_of)"),
            "define f(s: staff) =\n"
            "  (s.start_date is missing or s.start_date <= as_of)\n"
            "  and (s.end_date is missing or s.end_date >= as_of)\n");
}

TEST(Formatter, LongAggregatesBreakBeforeWhereAndBy) {
  // The condition fits on a line of its own after `where`.
  EXPECT_EQ(format("define reported(code: text) = latest(r.value for r in statistics where "
                   "r.indicator == code and r.year == year(period_end) by r.reported_on)"),
            "define reported(code: text) =\n"
            "  latest(r.value for r in statistics\n"
            "         where r.indicator == code and r.year == year(period_end)\n"
            "         by r.reported_on)\n");
  // It does not: `where` stays, the chain breaks under the comprehension.
  EXPECT_EQ(format("finding A.1 { when none(s in segments where s.outlet_code == o.outlet_code "
                   "and within(s.air_date, m.start, m.end) and on_gender_equality(s.topic) "
                   "and s.duration_min > 0) }"),
            "finding A.1 {\n"
            "  when none(s in segments where s.outlet_code == o.outlet_code\n"
            "            and within(s.air_date, m.start, m.end) and on_gender_equality(s.topic)\n"
            "            and s.duration_min > 0)\n"
            "}\n");
  // Arguments one a line.
  EXPECT_EQ(format("finding A.1 { value share(count(distinct s.staff_id for s in posts where "
                   "s.gender == \"female\"), count(distinct s.staff_id for s in posts)) }"),
            "finding A.1 {\n"
            "  value share(count(distinct s.staff_id for s in posts where s.gender == "
            "\"female\"),\n"
            "              count(distinct s.staff_id for s in posts))\n"
            "}\n");
}

TEST(Formatter, TitleInTwoLanguagesAlignsWhenItDoesNotFit) {
  const std::string vi(70, 'v');
  EXPECT_EQ(format("finding A.1 { title vi \"" + vi + "\" en \"english\" }"),
            "finding A.1 {\n  title vi \"" + vi + "\"\n        en \"english\"\n}\n");
}

TEST(Formatter, DefineBodyGoesOnTheNextLineWhenItDoesNotFit) {
  EXPECT_EQ(format("define key_leader_post(s: staff) = s.key_leader ?? (s.position starts with "
                   "any key_leader_positions)"),
            "define key_leader_post(s: staff) =\n"
            "  s.key_leader ?? (s.position starts with any key_leader_positions)\n");
}

TEST(Formatter, WithoutItsSourceOnlyNeededParenthesesAreWritten) {
  std::optional<RuleFile> file = parse(
      "x.rules",
      "define f() = ((a or b)) and (c) and count(v in (not c)) and [(s in t)] and -(1.50 - 2)");
  ASSERT_TRUE(file);
  file->source = nullptr;
  EXPECT_EQ(format_rule_file(*file),
            "define f() = (a or b) and c and count(v in (not c)) and [(s in t)] and -(1.5 - 2)\n");
}

TEST(Formatter, TextThatDoesNotParseGivesItsDiagnostic) {
  FormatResult result = format_rule_source(std::make_shared<Source>("x.rules", "param a = (1"));
  EXPECT_FALSE(result.text);
  ASSERT_EQ(result.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace genaudit::rules
