#include "engine/audit/rule_timings.h"

#include <algorithm>
#include <chrono>

#include "engine/eval/evaluator.h"

namespace genaudit {

namespace {

RuleTiming time_rule(const rules::RulePack& pack, const Dataset& dataset, const AuditDates& dates,
                     const rules::RuleInfo& rule) {
  RuleTiming timing;
  timing.rule = &rule;
  for (const std::string& name : rule.registers) {
    if (!dataset.has(name)) timing.missing_registers.push_back(name);
  }
  if (!timing.missing_registers.empty()) return timing;
  Evaluator evaluator(pack, dataset, dates);
  const auto start = std::chrono::steady_clock::now();
  if (rule.kind == rules::RuleKind::kFinding) {
    timing.findings = evaluator.evaluate_finding(rule).size();
  } else {
    timing.status = evaluator.evaluate_indicator(rule).status;
  }
  timing.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  timing.rows_touched = evaluator.rows_touched();
  return timing;
}

}  // namespace

std::vector<RuleTiming> time_rules(const rules::RulePack& pack, const Dataset& dataset,
                                   const AuditDates& dates, const rules::RuleInfo* only) {
  std::vector<RuleTiming> timings;
  for (const rules::RuleInfo& rule : pack.rules) {
    if (!only || only == &rule) timings.push_back(time_rule(pack, dataset, dates, rule));
  }
  std::stable_sort(timings.begin(), timings.end(), [](const RuleTiming& a, const RuleTiming& b) {
    const bool a_ran = a.missing_registers.empty(), b_ran = b.missing_registers.empty();
    if (a_ran != b_ran) return a_ran;
    return a.seconds > b.seconds;
  });
  return timings;
}

}  // namespace genaudit
