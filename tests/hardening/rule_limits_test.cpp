// Rule files cannot exhaust the stack or memory: expressions nested deeper
// than ParseLimits::max_nesting and files over max_file_bytes are refused
// with one clear diagnostic, however they nest (parentheses, brackets,
// `not`, unary minus, chained operators, aggregates).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "adapters/registers/province_registers.h"
#include "rules/language/checker.h"
#include "rules/language/diagnostic.h"
#include "rules/language/pack_loader.h"
#include "rules/language/parser.h"
#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"

namespace genaudit::rules {
namespace {

namespace fs = std::filesystem;

ParseResult parse(const std::string& text, const ParseLimits& limits = {}) {
  return parse_rule_file(std::make_shared<Source>("deep.rules", text), limits);
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

void expect_too_deep(const std::string& text) {
  const ParseResult r = parse(text);
  EXPECT_FALSE(r.file);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("nest more than 256 levels"), std::string::npos)
      << r.diagnostics[0].message;
  // It formats with its line and caret like any diagnostic.
  EXPECT_NE(r.diagnostics[0].format().find("deep.rules:1:"), std::string::npos);
}

TEST(RuleLimits, AHundredThousandParenthesesAreRefused) {
  expect_too_deep("param x = " + repeat("(", 100000) + "1" + repeat(")", 100000) + "\n");
}

TEST(RuleLimits, AHundredThousandUnclosedParenthesesAreRefused) {
  expect_too_deep("param x = " + repeat("(", 100000) + "\n");
}

TEST(RuleLimits, AHundredThousandNotsAreRefused) {
  expect_too_deep("param x = " + repeat("not ", 100000) + "true\n");
}

TEST(RuleLimits, AHundredThousandUnaryMinusesAreRefused) {
  expect_too_deep("param x = " + repeat("-", 100000) + "1\n");
  expect_too_deep("param x = " + repeat("- ", 100000) + "1\n");
}

TEST(RuleLimits, AHundredThousandBracketsAreRefused) {
  expect_too_deep("param x = " + repeat("[", 100000) + repeat("]", 100000) + "\n");
}

TEST(RuleLimits, MixedNestingCountsEveryLevel) {
  expect_too_deep("param x = " + repeat("not (", 200) + "true" + repeat(")", 200) + "\n");
  expect_too_deep("param x = " + repeat("count(s in [", 150) + "1" + repeat("])", 150) + "\n");
}

TEST(RuleLimits, AChainOfAHundredThousandOperatorsIsRefused) {
  // No nesting in the text, but the tree is as deep as the chain.
  expect_too_deep("param x = 1" + repeat(" + 1", 100000) + "\n");
  expect_too_deep("param x = true" + repeat(" and true", 100000) + "\n");
  expect_too_deep("param x = 1" + repeat(" ?? 1", 100000) + "\n");
}

TEST(RuleLimits, NestingUpToTheLimitParsesAndChecks) {
  const std::string deep = "param x = " + repeat("(", 250) + "1" + repeat(")", 250) + "\n";
  ParseResult r = parse(deep);
  ASSERT_TRUE(r.file) << format_diagnostics(r.diagnostics);
  std::vector<RuleFile> files;
  files.push_back(std::move(*r.file));
  EXPECT_TRUE(check_rule_files(std::move(files), province_registers()).pack);
  EXPECT_TRUE(parse("param x = 1" + repeat(" + 1", 250) + "\n").file);
  EXPECT_TRUE(parse("param x = " + repeat("not ", 250) + "true\n").file);
}

TEST(RuleLimits, TheNestingLimitCanBeRaised) {
  ParseLimits limits;
  limits.max_nesting = 1000;
  EXPECT_TRUE(parse("param x = " + repeat("(", 500) + "1" + repeat(")", 500) + "\n", limits).file);
  EXPECT_TRUE(parse("param x = 1" + repeat(" + 1", 500) + "\n", limits).file);
}

TEST(RuleLimits, StringsAndCommentsDoNotCountAsNesting) {
  const std::string text = "# " + repeat("(", 1000) + "\nparam x = \"" + repeat("(", 1000) +
                           "\"\nparam y = \"\\\"" + repeat("[", 1000) + "\"\n";
  EXPECT_TRUE(parse(text).file) << format_diagnostics(parse(text).diagnostics);
}

// A literal no double holds made std::stod throw std::out_of_range out of
// the parser, ending the program.
TEST(RuleLimits, ANumberNoDoubleHoldsIsADiagnosticNotACrash) {
  for (const std::string& literal :
       {std::string(400, '9'), std::string(400, '9') + "%", "0." + std::string(400, '0') + "1"}) {
    const ParseResult r = parse("param x = " + literal + "\n");
    EXPECT_FALSE(r.file);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_NE(r.diagnostics[0].message.find("is out of range"), std::string::npos);
    EXPECT_EQ(r.diagnostics[0].offset, 10u);
  }
  EXPECT_TRUE(parse("param x = 1" + std::string(300, '0') + "\n").file);
}

TEST(RuleLimits, AFileOverTheSizeLimitIsRefusedWithoutParsing) {
  ParseLimits limits;
  limits.max_file_bytes = 100;
  const ParseResult r = parse("param x = 1\n" + std::string(200, '#') + "\n", limits);
  EXPECT_FALSE(r.file);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("over the limit of 100"), std::string::npos);
}

CheckResult check_text(const std::string& text) {
  ParseResult r = parse(text);
  EXPECT_TRUE(r.file) << format_diagnostics(r.diagnostics);
  std::vector<RuleFile> files;
  if (r.file) files.push_back(std::move(*r.file));
  return check_rule_files(std::move(files), province_registers());
}

// A chain of definitions, each calling the one before: `d0` compares, each
// `dK` is `not d(K-1)(a)`. Declared last to first when `reverse`.
std::string define_chain(int length, bool reverse) {
  std::vector<std::string> defines = {"define d0(a: agencies) = a.agency_code == \"SNV\"\n"};
  for (int k = 1; k < length; ++k) {
    defines.push_back("define d" + std::to_string(k) + "(a: agencies) = not d" +
                      std::to_string(k - 1) + "(a)\n");
  }
  if (reverse) std::reverse(defines.begin(), defines.end());
  std::string text;
  for (const std::string& d : defines) text += d;
  return text;
}

std::string finding_calling(const std::string& define) {
  return "finding X.S1 {\n  title vi \"a\" en \"a\"\n  citation \"c\"\n  lead \"l\"\n"
         "  severity low\n  remedy vi \"r\" en \"r\"\n  for a in agencies\n"
         "  when " + define + "(a)\n}\n";
}

TEST(RuleLimits, DefinitionsCallingDefinitionsCannotNestPastTheLimit) {
  for (bool reverse : {false, true}) {
    const CheckResult r = check_text(define_chain(5000, reverse));
    EXPECT_FALSE(r.pack) << reverse;
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_NE(r.diagnostics[0].message.find("nests more than 512 levels"), std::string::npos)
        << r.diagnostics[0].message;
    EXPECT_LT(r.diagnostics.size(), 10u) << "one report, not one per definition";
  }
  // A long but shallow pack is fine.
  EXPECT_TRUE(check_text(define_chain(200, true) + finding_calling("d199")).pack);
}

TEST(RuleLimits, APackAtTheLimitEvaluatesWithoutExhaustingTheStack) {
  // About 500 levels deep once unfolded, the most the checker allows.
  const std::string text = define_chain(248, false) + finding_calling("d247");
  ASSERT_TRUE(check_text(text).pack);
  testing::TempDir dir;
  const auto rules = dir.write("deep.rules", text);
  const auto r = testing::run_genaudit("audit --data " + testing::sample_folder() +
                                           " --period 2025 --format json --rules " +
                                           rules.string(),
                                       dir.path());
  EXPECT_TRUE(r.status == 0 || r.status == 1) << r.err;
}

// Definitions each calling the one before twice: `d0` compares, each `dK`
// is `d(K-1)(a) or d(K-1)(a)`. Shallow (two levels a definition), but the
// expression `dK` stands for doubles at every step.
std::string doubling_chain(int length) {
  std::string text = "define d0(a: agencies) = a.agency_code == \"SNV\"\n";
  for (int k = 1; k < length; ++k) {
    const std::string previous = "d" + std::to_string(k - 1) + "(a)";
    text += "define d" + std::to_string(k) + "(a: agencies) = " + previous + " or " + previous +
            "\n";
  }
  return text;
}

// 24 of them made a 1.4 KB file the checker passed and an audit that never
// ended (2^23 calls of `d0` for each agency).
TEST(RuleLimits, DefinitionsThatDoubleAtEachCallAreRefused) {
  const std::string text = doubling_chain(24) + finding_calling("d23");
  const CheckResult r = check_text(text);
  EXPECT_FALSE(r.pack);
  ASSERT_EQ(r.diagnostics.size(), 1u) << "one report, at the first definition too big: "
                                      << format_diagnostics(r.diagnostics);
  EXPECT_NE(r.diagnostics[0].message.find("more than 10000 parts"), std::string::npos)
      << r.diagnostics[0].message;
  // It points at the body of the first definition over the limit, d11
  // (4 parts for d0, 9 * 2^K - 5 for dK).
  const std::string d11 = "define d11(a: agencies) = ";
  EXPECT_EQ(r.diagnostics[0].offset, text.find(d11) + d11.size());
  EXPECT_NE(r.diagnostics[0].format().find("deep.rules:12:27: error:"), std::string::npos)
      << r.diagnostics[0].format();
  // A rule calling a definition of the chain directly is refused too.
  EXPECT_FALSE(check_text(doubling_chain(12) + finding_calling("d11")).pack);
}

TEST(RuleLimits, DefinitionsCallingOthersAFewTimesPass) {
  // d10 is 9211 parts unfolded, within the limit.
  EXPECT_TRUE(check_text(doubling_chain(11) + finding_calling("d10")).pack);
  // The limit is per expression: a rule may use large definitions in
  // several of its expressions.
  EXPECT_TRUE(check_text(doubling_chain(11) + finding_calling("d10") +
                         "indicator X.T1 {\n  title vi \"a\" en \"a\"\n  citation \"c\"\n"
                         "  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n"
                         "  let a = count(x in agencies where d10(x))\n"
                         "  let b = count(x in agencies where d10(x))\n"
                         "  value a + b\n  target >= 1\n}\n")
                  .pack);
}

TEST(RuleLimits, TheCommandsRefuseDefinitionsThatDouble) {
  testing::TempDir dir;
  const auto rules = dir.write("double.rules", doubling_chain(24) + finding_calling("d23"));
  const auto check = testing::run_genaudit("rules check " + rules.string(), dir.path());
  ASSERT_EQ(check.status, 2) << check.out;
  EXPECT_NE(check.err.find("more than 10000 parts"), std::string::npos) << check.err;
  EXPECT_NE(check.err.find("double.rules:12:27"), std::string::npos) << check.err;
  // The audit stops at the rules, before reading the registers.
  const auto audit = testing::run_genaudit("audit --data " + testing::sample_folder() +
                                               " --period 2025 --format json --rules " +
                                               rules.string(),
                                           dir.path());
  EXPECT_EQ(audit.status, 2);
  EXPECT_NE(audit.err.find("more than 10000 parts"), std::string::npos) << audit.err;
  EXPECT_NE(audit.err.find("1 lỗi trong bộ quy tắc"), std::string::npos) << audit.err;
}

// `female_share_threshold = nan` in a profile gave 21 findings of O1.S4
// instead of 10, `inf` none: the audit now stops, naming the profile, the
// line, the parameter, the value and what it takes.
TEST(RuleLimits, TheAuditRefusesAProfileNumberOutOfRange) {
  testing::TempDir dir;
  for (const char* value : {"nan", "inf", "-5"}) {
    const auto profile =
        dir.write("p.toml", std::string("[params]\nfemale_share_threshold = \"") + value + "%\"\n");
    const auto report = dir.path() / "out.json";
    const auto r = testing::run_genaudit("audit --data " + testing::sample_folder() +
                                             " --period 2025 --profile " + profile.string() +
                                             " --output " + report.string(),
                                         dir.path());
    EXPECT_EQ(r.status, 2) << value;
    EXPECT_NE(r.err.find(profile.string() + ":2:26: error: `female_share_threshold` = " +
                         std::string(value[0] == '-' ? "-5%" : value)),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("it takes a percentage from 0 to 100"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("1 lỗi trong tệp cấu hình; chưa kiểm tra gì."), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(report)) << value;
  }
}

// A count, for each of 30 000 staff, of the staff of other agencies took
// 36 s: `rules check` warns of it (the pack still passes) and not of the
// same count by an equality, which the evaluator looks up.
TEST(RuleLimits, RulesCheckWarnsOfANestedScanItCannotIndex) {
  testing::TempDir dir;
  const std::string head = "finding X.S1 {\n  title vi \"a\" en \"a\"\n  citation \"c\"\n"
                           "  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n"
                           "  for s in staff\n";
  const auto slow = dir.write(
      "slow.rules", head + "  when count(t in staff where t.agency_code != s.agency_code) > 9\n}\n");
  // Alone (--rules-only): the counts are the file's.
  const auto r = testing::run_genaudit("rules check --rules-only " + slow.string(), dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find(slow.string() + ":8:8: warning: nested scan: this `count` reads every "
                                        "row of `staff` for each `s` of `staff`"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("1 rules checked, no error, 1 warning(s)"), std::string::npos) << r.out;

  const auto fast = dir.write(
      "fast.rules", head + "  when count(t in staff where t.agency_code == s.agency_code) > 9\n}\n");
  const auto f = testing::run_genaudit("rules check --rules-only " + fast.string(), dir.path());
  EXPECT_EQ(f.status, 0) << f.err;
  EXPECT_EQ(f.err, "");
  EXPECT_NE(f.out.find("1 rules checked, no problem found"), std::string::npos) << f.out;

  // The plan's own rules and the examples: no warning.
  for (const std::string& pack : {std::string(), std::string(GENAUDIT_SOURCE_DIR) + "/rules/examples"}) {
    const auto p = testing::run_genaudit("rules check " + pack, dir.path());
    EXPECT_EQ(p.status, 0) << p.err;
    EXPECT_EQ(p.err, "") << pack;
    EXPECT_NE(p.out.find("no problem found"), std::string::npos) << p.out;
  }
}

TEST(RuleLimits, TheCommandRefusesDeepAndHugeRuleFiles) {
  testing::TempDir dir;
  const auto deep = dir.write("deep.rules", "param x = " + repeat("(", 100000) + "1" +
                                                repeat(")", 100000) + "\n");
  const auto r = testing::run_genaudit("rules check " + deep.string(), dir.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("nest more than 256 levels"), std::string::npos) << r.err;

  const auto huge = dir.write("huge.rules", "param x = 1\n" + std::string(2 << 20, '#') + "\n");
  const auto h = testing::run_genaudit("rules check " + huge.string(), dir.path());
  EXPECT_EQ(h.status, 2);
  EXPECT_NE(h.err.find("over the limit of 1048576"), std::string::npos) << h.err;
}

}  // namespace
}  // namespace genaudit::rules
