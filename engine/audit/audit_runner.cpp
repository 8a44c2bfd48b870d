#include "engine/audit/audit_runner.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
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

// A unit of work: an indicator, or a finding rule for a slice of the rows of
// its subjects' register.
struct Task {
  std::size_t rule;  // index into the rules evaluated
  std::uint32_t first_row = 0;
  std::uint32_t end_row = 0;
  std::size_t cost = 0;  // rows of the registers it reads, per slice
  std::vector<Finding> findings;
  std::optional<IndicatorResult> indicator;
};

// A finding rule's subjects are cut into this many slices per thread, so
// that a long rule is shared out too and the threads finish together.
constexpr std::uint32_t kSlicesPerThread = 4;

std::vector<Task> plan_tasks(const Dataset& dataset,
                             const std::vector<const rules::RuleInfo*>& rules, unsigned threads) {
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const rules::RuleInfo& rule = *rules[i];
    std::size_t rows = 0;
    for (const std::string& name : rule.registers) rows += dataset.find(name)->row_count();
    if (rule.kind != rules::RuleKind::kFinding) {
      tasks.push_back({i, 0, 0, rows, {}, {}});
      continue;
    }
    const auto subjects =
        static_cast<std::uint32_t>(dataset.find(rule.subject_register)->row_count());
    const std::uint32_t slices =
        std::max<std::uint32_t>(1, std::min(subjects, threads > 1 ? threads * kSlicesPerThread : 1));
    for (std::uint32_t k = 0; k < slices; ++k) {
      const auto first = static_cast<std::uint32_t>(std::uint64_t{subjects} * k / slices);
      const auto end = static_cast<std::uint32_t>(std::uint64_t{subjects} * (k + 1) / slices);
      tasks.push_back({i, first, end, rows / slices, {}, {}});
    }
  }
  return tasks;
}

// Rules are independent of each other, and a few of them take most of the
// time (at national size, six rules over the staff, segments and news
// registers are nearly all of it): the work is shared out among the cores,
// each thread taking the next task not yet taken — the costliest first, so
// that a long one does not start last — with an evaluator of its own. The
// dataset is only read, and the row sets and indexes that rules have in
// common are built once, for all (SharedRowSets).
std::vector<RuleResult> evaluate_rules(const rules::RulePack& pack, const Dataset& dataset,
                                       AuditDates dates,
                                       const std::vector<const rules::RuleInfo*>& rules,
                                       unsigned threads) {
  std::vector<Task> tasks = plan_tasks(dataset, rules, threads);
  std::vector<std::size_t> order(tasks.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return tasks[a].cost > tasks[b].cost; });
  std::atomic<std::size_t> next{0};
  SharedRowSets shared;
  auto work = [&] {
    Evaluator evaluator(pack, dataset, dates, &shared);
    for (std::size_t k = next++; k < tasks.size(); k = next++) {
      Task& task = tasks[order[k]];
      const rules::RuleInfo& rule = *rules[task.rule];
      if (rule.kind == rules::RuleKind::kFinding) {
        task.findings = evaluator.evaluate_finding(rule, task.first_row, task.end_row);
      } else {
        task.indicator = evaluator.evaluate_indicator(rule);
      }
    }
  };
  std::vector<std::future<void>> helpers;
  for (unsigned t = 1; t < threads; ++t) helpers.push_back(std::async(std::launch::async, work));
  work();
  for (std::future<void>& helper : helpers) helper.get();  // rethrows a helper's exception

  // The slices of a rule, in row order, are its findings in row order.
  std::vector<RuleResult> results(rules.size());
  for (Task& task : tasks) {
    RuleResult& result = results[task.rule];
    for (Finding& f : task.findings) result.findings.push_back(std::move(f));
    if (task.indicator) result.indicator = std::move(task.indicator);
  }
  for (RuleResult& result : results) {
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) {
                       return std::tie(a.subject, a.period) < std::tie(b.subject, b.period);
                     });
  }
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
