// The type the checker records for each value a rule shows
// (rules::ValueType) is what the reports show it by: for the plan's pack,
// what they showed when they guessed from the syntax tree and the titles;
// for any rule, what the rule computes, never what it is called.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "adapters/registers/province_registers.h"
#include "reports/html_chart.h"
#include "reports/human_values.h"
#include "rules/language/pack_loader.h"
#include "rules/language/rule_sources.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using rules::ValueType;

// Each evidence item of `rule`, by name, with its recorded type; and
// "value" for an indicator's value.
std::map<std::string, ValueType> shown_types(const rules::RuleInfo& rule) {
  std::map<std::string, ValueType> out;
  for (const rules::Statement& s : rule.rule->statements) {
    if (s.kind != rules::StatementKind::kEvidence) continue;
    for (const auto& [name, span] : s.names) out.emplace(name, rule.let_types.at(name));
  }
  if (rule.kind == rules::RuleKind::kIndicator) out.emplace("value", rule.value_type);
  return out;
}

TEST(RecordedValueTypes, ThePlansEvidenceAndIndicatorValuesAreTypedAsTheReportsNeed) {
  constexpr ValueType kCount = ValueType::kCount, kPercent = ValueType::kPercent,
                      kFigure = ValueType::kPercentFigure, kNumber = ValueType::kNumber;
  // Shares in percent, with their sign; statistics whose title says "(%)",
  // charted on 0..100; counts, dates and numbers as they are. O5.T4a/b value
  // a definition whose body is a share: shares too (they were shown as plain
  // numbers, "37,41" beside "≥ 50", until a definition kept its unit).
  const std::map<std::string, std::map<std::string, ValueType>> expected = {
      {"O1.S4", {{"women", kCount}, {"known", kCount}, {"female_share", kPercent}}},
      {"O1.T1", {{"led", kCount}, {"agencies_counted", kCount}, {"value", kPercent}}},
      {"O2.T1", {{"value", kFigure}}},
      {"O2.T2", {{"value", kFigure}}},
      {"O2.T3", {{"female_headed", kCount}, {"enterprises_counted", kCount}, {"value", kPercent}}},
      {"O3.T1", {{"value", kNumber}}},
      {"O3.T2a", {{"value", kFigure}}},
      {"O3.T2b", {{"value", kFigure}}},
      {"O3.T3", {{"value", kFigure}}},
      {"O3.T4", {{"value", kFigure}}},
      {"O4.T1", {{"value", kNumber}}},
      {"O4.T2", {{"value", kNumber}}},
      {"O4.T3", {{"value", kNumber}}},
      {"O4.T4", {{"value", kNumber}}},
      {"O5.T1a", {{"value", kNumber}}},
      {"O5.T1b", {{"value", kNumber}}},
      {"O5.T2a", {{"value", kFigure}}},
      {"O5.T2b", {{"value", kFigure}}},
      {"O5.T3", {{"value", kFigure}}},
      {"O5.T4a", {{"value", kPercent}}},
      {"O5.T4b", {{"value", kPercent}}},
      {"O6.T1", {{"value", kFigure}}},
      {"O6.T2", {{"value", kFigure}}},
      {"O6.T3", {{"items", kCount}}},
      {"O6.T4", {}},
      {"V.19", {{"first_sent", ValueType::kDate}, {"days_late", kNumber}}},
  };
  std::map<std::string, std::map<std::string, ValueType>> recorded;
  for (const rules::RuleInfo& rule : testing::builtin_pack().rules) recorded[rule.id] = shown_types(rule);
  EXPECT_EQ(recorded, expected);
}

// What the reports guessed before the checker said: a share is a call of
// share(), a percent literal or a `let` bound to one, read from the syntax
// tree; a chart runs on 0..100 for a share or a title with "%". Newer than
// the guesses: a call of a definition whose body is a share is one too.
bool guessed_share(const rules::RulePack& pack, const rules::Rule& rule, const rules::Expr& e) {
  // round(x, n) and abs(x), newer than the guesses, are of the unit of x.
  if (e.kind == rules::ExprKind::kCall && (e.text == "round" || e.text == "abs")) {
    return guessed_share(pack, rule, *e.arguments()[0]);
  }
  if (e.kind == rules::ExprKind::kCall) {
    const auto define = pack.defines.find(e.text);
    if (define != pack.defines.end()) return guessed_share(pack, rule, *define->second->body);
    return e.text == "share";
  }
  if (e.kind == rules::ExprKind::kNumber) return e.percent;
  if (e.kind != rules::ExprKind::kName) return false;
  for (const rules::Statement& s : rule.statements) {
    if (s.kind == rules::StatementKind::kLet && s.name == e.text) {
      return guessed_share(pack, rule, *s.expr);
    }
  }
  return false;
}

TEST(RecordedValueTypes, ThePlansAndTheExamplesValuesShowAsTheReportsGuessedThem) {
  // The examples extend the plan's pack, as `rules test` runs them.
  const rules::SourceTexts texts =
      rules::read_rule_sources({{std::string(GENAUDIT_SOURCE_DIR) + "/rules/examples"}, false});
  const std::string& io_error = texts.io_error;
  const rules::PackLoad examples = rules::load_rule_pack(texts.texts, province_registers());
  ASSERT_TRUE(examples.pack) << rules::format_diagnostics(examples.diagnostics) << io_error;
  for (const rules::RulePack* pack : {&testing::builtin_pack(), &*examples.pack}) {
    for (const rules::RuleInfo& rule : pack->rules) {
      for (const rules::Statement& s : rule.rule->statements) {
        if (s.kind == rules::StatementKind::kLet) {
          EXPECT_EQ(is_share_evidence(&rule, s.name), guessed_share(*pack, *rule.rule, *s.expr))
              << rule.id << " " << s.name;
        }
        if (s.kind == rules::StatementKind::kValue) {
          const bool share = guessed_share(*pack, *rule.rule, *s.expr);
          EXPECT_EQ(is_share_indicator(&rule), share) << rule.id;
          const bool percent_chart = share || rule.title.vi.find('%') != std::string::npos;
          EXPECT_EQ(rule.value_type == ValueType::kPercent ||
                        rule.value_type == ValueType::kPercentFigure,
                    percent_chart)
              << rule.id;
        }
      }
    }
  }
}

TEST(RecordedValueTypes, ACountNamedLikeAShareIsShownAsACountAndAShareByAnyNameInPercent) {
  const rules::RulePack pack = testing::pack_from_text(std::string("finding X.S1 {\n") +
                                                       testing::kRuleMeta +
                                                       "  for a in agencies\n"
                                                       "  let x_share = count(s in staff)\n"
                                                       "  let women = share(x_share, 10)\n"
                                                       "  let day = as_of\n"
                                                       "  when x_share > 0\n"
                                                       "  evidence x_share, women, day\n"
                                                       "}\n");
  const rules::RuleInfo& rule = pack.rules.at(0);
  EXPECT_EQ(rule.let_types, (std::map<std::string, ValueType>{{"x_share", ValueType::kCount},
                                                              {"women", ValueType::kPercent},
                                                              {"day", ValueType::kDate}}));
  Finding finding;
  finding.rule = &rule;
  finding.evidence = {{"x_share", ResultValue{3.0}},
                      {"women", ResultValue{30.0}},
                      {"day", ResultValue{*Date::from_ymd(2025, 12, 31)}}};
  EXPECT_EQ(evidence_texts(finding, Language::kEnglish),
            (std::vector<std::pair<std::string, std::string>>{
                {"x_share", "3"}, {"women", "30.0%"}, {"day", "2025-12-31"}}));
}

TEST(RecordedValueTypes, AFigureInPercentIsChartedOnAHundredAndAPlainNumberOnItsOwnScale) {
  rules::RuleInfo statistic;
  statistic.kind = rules::RuleKind::kIndicator;
  statistic.value_type = ValueType::kPercentFigure;
  IndicatorResult wage;
  wage.rule = &statistic;
  wage.value = 52.5;
  wage.target = 50;
  wage.status = IndicatorStatus::kMet;
  // 52.5 of 100 is 126 px of 240; shown as the number it is.
  std::string svg = indicator_chart_svg(wage, Language::kEnglish);
  EXPECT_NE(svg.find("class=\"bar\" x=\"0\" y=\"14.0\" width=\"126.0\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("<title>Value 52.5, target ≥ 50: met</title>"), std::string::npos) << svg;
  // The same figure as a plain number: the scale is 1.25 × 52.5.
  statistic.value_type = ValueType::kNumber;
  svg = indicator_chart_svg(wage, Language::kEnglish);
  EXPECT_NE(svg.find("class=\"bar\" x=\"0\" y=\"14.0\" width=\"192.0\""), std::string::npos) << svg;
}

}  // namespace
}  // namespace genaudit
