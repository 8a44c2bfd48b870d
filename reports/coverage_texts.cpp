// What the numbers rest on, worded; see coverage_texts.h. The rows are in
// reports/texts/coverage.cpp.
#include "reports/coverage_texts.h"

#include "reports/human_values.h"

namespace genaudit {
namespace {

std::string count_text(double n, Language lang) { return plain_number(n, lang); }

std::string count_text(std::size_t n, Language lang) {
  return plain_number(static_cast<double>(n), lang);
}

// "44 cơ quan, đơn vị", or "44" when the rule names no unit.
std::string with_unit(std::string number, const rules::RuleInfo* rule, Language lang) {
  if (rule != nullptr && !rule->unit.in(lang).empty()) number += " " + rule->unit.in(lang);
  return number;
}

}  // namespace

std::string coverage_text(CoverageText id, Language lang) {
  return std::string(coverage_texts().text(id, lang));
}

std::string indicator_parts_text(const IndicatorResult& indicator, Language lang) {
  if (!indicator.ratio) return coverage_text(CoverageText::kReportedFigure, lang);
  const auto part = [&](const std::optional<double>& n) {
    return n ? count_text(*n, lang) : std::string(kNoValueText);
  };
  return with_unit(part(indicator.ratio->numerator) + "/" + part(indicator.ratio->denominator),
                   indicator.rule, lang);
}

std::string checked_text(const RuleCoverage& coverage, Language lang) {
  const std::string subjects =
      with_unit(count_text(coverage.subjects_checked, lang), coverage.rule, lang);
  if (coverage.rule == nullptr || !coverage.rule->has_window) return subjects;
  return coverage_texts().format(CoverageText::kCasesChecked, lang,
                                 {count_text(coverage.checked, lang), subjects});
}

std::string coverage_sentence(const RuleCoverage& coverage, Language lang) {
  return coverage_texts().format(CoverageText::kCoverageSentence, lang,
                                 {checked_text(coverage, lang), count_text(coverage.breached, lang),
                                  count_text(coverage.without_data, lang)});
}

std::vector<std::string> coverage_headers(const std::string& rule_header, Language lang) {
  return {rule_header,
          coverage_text(CoverageText::kColumnRuleTitle, lang),
          coverage_text(CoverageText::kColumnUnit, lang),
          coverage_text(CoverageText::kColumnSubjectsChecked, lang),
          coverage_text(CoverageText::kColumnCasesChecked, lang),
          coverage_text(CoverageText::kColumnBreached, lang),
          coverage_text(CoverageText::kColumnWithoutData, lang)};
}

std::vector<std::string> coverage_cells(const RuleCoverage& coverage, Language lang) {
  const rules::RuleInfo& rule = rule_or_empty(coverage.rule);
  return {rule.id,
          rule.title.in(lang),
          rule.unit.in(lang),
          count_text(coverage.subjects_checked, lang),
          count_text(coverage.checked, lang),
          count_text(coverage.breached, lang),
          count_text(coverage.without_data, lang)};
}

}  // namespace genaudit
