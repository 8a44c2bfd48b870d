#include "engine/audit/audit_runner.h"

#include <algorithm>

#include "engine/eval/evaluator.h"

namespace genaudit {

int AuditReport::exit_status() const {
  if (!findings.empty()) return 1;
  const bool unmet = std::any_of(indicators.begin(), indicators.end(), [](const auto& i) {
    return i.status == IndicatorStatus::kNotMet;
  });
  return unmet ? 1 : 0;
}

AuditReport run_audit(const rules::RulePack& pack, const Dataset& dataset,
                      const std::vector<RegisterFileInfo>& registers, const std::string& period,
                      AuditDates dates) {
  AuditReport report;
  report.period = period;
  report.dates = dates;
  report.pack_version = pack.version;
  report.registers = registers;
  Evaluator evaluator(pack, dataset, dates);
  for (const rules::RuleInfo& rule : pack.rules) {
    SkippedRule skipped{&rule, {}};
    for (const std::string& name : rule.registers) {
      if (!dataset.has(name)) skipped.missing_registers.push_back(name);
    }
    if (!skipped.missing_registers.empty()) {
      report.skipped.push_back(std::move(skipped));
      continue;
    }
    if (rule.kind == rules::RuleKind::kFinding) {
      std::vector<Finding> found = evaluator.evaluate_finding(rule);
      std::stable_sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.subject, a.period) < std::tie(b.subject, b.period);
      });
      for (Finding& f : found) report.findings.push_back(std::move(f));
    } else {
      report.indicators.push_back(evaluator.evaluate_indicator(rule));
    }
  }
  return report;
}

}  // namespace genaudit
