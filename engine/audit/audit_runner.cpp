#include "engine/audit/audit_runner.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <thread>

#include "engine/eval/evaluator.h"

namespace genaudit {
namespace {

// What one rule gave: its findings (in report order) or its indicator.
struct RuleResult {
  std::vector<Finding> findings;
  std::optional<IndicatorResult> indicator;
};

RuleResult evaluate_rule(Evaluator& evaluator, const rules::RuleInfo& rule) {
  RuleResult result;
  if (rule.kind == rules::RuleKind::kFinding) {
    result.findings = evaluator.evaluate_finding(rule);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) {
                       return std::tie(a.subject, a.period) < std::tie(b.subject, b.period);
                     });
  } else {
    result.indicator = evaluator.evaluate_indicator(rule);
  }
  return result;
}

// Rules are independent of each other, and a few of them take most of the
// time (at national size, five rules over the staff and segments registers
// are nine tenths of it): the rules are shared out among the cores, each
// thread taking the next rule not yet taken, with an evaluator of its own
// (its indexes and caches are not shared; the dataset is only read).
std::vector<RuleResult> evaluate_rules(const rules::RulePack& pack, const Dataset& dataset,
                                       AuditDates dates,
                                       const std::vector<const rules::RuleInfo*>& rules,
                                       unsigned threads) {
  std::vector<RuleResult> results(rules.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    Evaluator evaluator(pack, dataset, dates);
    for (std::size_t i = next++; i < rules.size(); i = next++) {
      results[i] = evaluate_rule(evaluator, *rules[i]);
    }
  };
  std::vector<std::future<void>> helpers;
  for (unsigned t = 1; t < threads; ++t) helpers.push_back(std::async(std::launch::async, work));
  work();
  for (std::future<void>& helper : helpers) helper.get();  // rethrows a helper's exception
  return results;
}

}  // namespace

int AuditReport::exit_status() const {
  if (!findings.empty()) return 1;
  const bool unmet = std::any_of(indicators.begin(), indicators.end(), [](const auto& i) {
    return i.status == IndicatorStatus::kNotMet;
  });
  return unmet ? 1 : 0;
}

AuditReport run_audit(const rules::RulePack& pack, const Dataset& dataset,
                      const std::vector<RegisterFileInfo>& registers, const std::string& period,
                      AuditDates dates, unsigned threads) {
  AuditReport report;
  report.period = period;
  report.dates = dates;
  report.pack_version = pack.version;
  report.registers = registers;
  std::vector<const rules::RuleInfo*> evaluated;
  for (const rules::RuleInfo& rule : pack.rules) {
    SkippedRule skipped{&rule, {}};
    for (const std::string& name : rule.registers) {
      if (!dataset.has(name)) skipped.missing_registers.push_back(name);
    }
    if (skipped.missing_registers.empty()) {
      evaluated.push_back(&rule);
    } else {
      report.skipped.push_back(std::move(skipped));
    }
  }
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, evaluated.size()));
  std::vector<RuleResult> results =
      evaluate_rules(pack, dataset, dates, evaluated, std::max(1u, threads));
  for (RuleResult& result : results) {
    for (Finding& f : result.findings) report.findings.push_back(std::move(f));
    if (result.indicator) report.indicators.push_back(std::move(*result.indicator));
  }
  return report;
}

}  // namespace genaudit
