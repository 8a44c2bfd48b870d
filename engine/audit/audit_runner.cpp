#include "engine/audit/audit_runner.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <future>
#include <optional>

#include "engine/core/idle_priority.h"

namespace genaudit {

// A unit of work: an indicator, or a finding rule for a slice of the rows of
// its subjects' register.
struct AuditEvaluation::Task {
  std::size_t rule = 0;  // index into the pack's rules
  std::uint32_t first_row = 0;
  std::uint32_t end_row = 0;
  std::size_t cost = 0;  // rows of the registers it reads, per slice
  std::vector<Finding> findings;
  RuleCoverage coverage;  // finding rules: what came of this slice's subjects
  std::optional<IndicatorResult> indicator;
};

namespace {

// A finding rule's subjects are cut into this many slices per core, so
// that a long rule is shared out too and the threads finish together.
constexpr std::uint32_t kSlicesPerThread = 4;

unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

bool has_registers(const rules::RuleInfo& rule, const Dataset& dataset) {
  return std::all_of(rule.registers.begin(), rule.registers.end(),
                     [&](const std::string& name) { return dataset.has(name); });
}

void evaluate(Evaluator& evaluator, const rules::RuleInfo& rule, AuditEvaluation::Task& task) {
  if (rule.kind == rules::RuleKind::kFinding) {
    task.findings = evaluator.evaluate_finding(rule, task.first_row, task.end_row, &task.coverage);
  } else {
    task.indicator = evaluator.evaluate_indicator(rule);
  }
}

}  // namespace

int AuditReport::exit_status() const {
  if (!findings.empty()) return 1;
  const bool unmet = std::any_of(indicators.begin(), indicators.end(), [](const auto& i) {
    return i.status == IndicatorStatus::kNotMet;
  });
  return unmet ? 1 : 0;
}

AuditEvaluation::AuditEvaluation(const rules::RulePack& pack, AuditDates dates)
    : pack_(pack),
      dates_(dates),
      shared_(std::make_unique<SharedRowSets>()),
      planned_(pack.rules.size(), false) {}

AuditEvaluation::~AuditEvaluation() { stop_background(); }

// Plans the rules not yet planned whose registers `dataset` holds; their
// tasks' indices go to `added`.
void AuditEvaluation::plan(const Dataset& dataset, unsigned threads,
                           std::vector<std::size_t>* added) {
  for (std::size_t i = 0; i < pack_.rules.size(); ++i) {
    const rules::RuleInfo& rule = pack_.rules[i];
    if (planned_[i] || !has_registers(rule, dataset)) continue;
    planned_[i] = true;
    std::size_t rows = 0;
    for (const std::string& name : rule.registers) rows += dataset.find(name)->row_count();
    if (rule.kind != rules::RuleKind::kFinding) {
      added->push_back(tasks_.size());
      tasks_.push_back({i, 0, 0, rows, {}, {}, {}});
      continue;
    }
    // Groups are found all at once, by the task that starts at row 0.
    const auto subjects =
        rule.subject_kind == rules::SubjectKind::kGroup
            ? std::uint32_t{1}
            : static_cast<std::uint32_t>(dataset.find(rule.subject_register)->row_count());
    const std::uint32_t slices = std::max<std::uint32_t>(
        1, std::min(subjects, threads > 1 ? threads * kSlicesPerThread : 1));
    for (std::uint32_t k = 0; k < slices; ++k) {
      const auto first = static_cast<std::uint32_t>(std::uint64_t{subjects} * k / slices);
      const auto end = static_cast<std::uint32_t>(std::uint64_t{subjects} * (k + 1) / slices);
      added->push_back(tasks_.size());
      tasks_.push_back({i, first, end, rows / slices, {}, {}, {}});
    }
  }
}

// Queues tasks; the costliest first, so that a long one does not start last.
void AuditEvaluation::enqueue(const std::vector<std::size_t>& added) {
  waiting_.insert(waiting_.end(), added.begin(), added.end());
  std::stable_sort(waiting_.begin(), waiting_.end(),
                   [&](std::size_t a, std::size_t b) { return tasks_[a].cost > tasks_[b].cost; });
}

void AuditEvaluation::registers_read(const Dataset& so_far) {
  auto view = std::make_unique<Dataset>();
  for (const Table* table : so_far.tables()) view->add_view(*table);
  std::vector<std::size_t> added;
  const std::lock_guard<std::mutex> lock(mutex_);
  plan(*view, cores(), &added);
  views_.push_back(std::move(view));
  latest_view_ = views_.back().get();
  if (added.empty()) return;
  enqueue(added);
  if (!background_.joinable()) {
    stopping_ = false;
    background_ = std::thread(&AuditEvaluation::run_background, this);
  }
  changed_.notify_all();
}

// The background thread: the tasks waiting, on the latest registers read,
// until stopped. It runs only on what the other threads leave of the cores.
void AuditEvaluation::run_background() {
  run_this_thread_when_idle();
  const Dataset* view = nullptr;
  std::unique_ptr<Evaluator> evaluator;
  for (;;) {
    Task* task = nullptr;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [&] { return stopping_ || !waiting_.empty(); });
      if (stopping_ || failure_) return;
      task = &tasks_[waiting_.front()];
      waiting_.pop_front();
      ++in_progress_;
      if (latest_view_ != view) {
        view = latest_view_;
        evaluator.reset();
      }
    }
    if (!evaluator) evaluator = std::make_unique<Evaluator>(pack_, *view, dates_, shared_.get());
    std::exception_ptr failure;
    try {
      evaluate(*evaluator, pack_.rules[task->rule], *task);
    } catch (...) {
      failure = std::current_exception();
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    --in_progress_;
    if (failure && !failure_) failure_ = failure;
    changed_.notify_all();
  }
}

void AuditEvaluation::stop_background() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (background_.joinable()) background_.join();
}

void AuditEvaluation::abandon() {
  stop_background();
  tasks_.clear();
  waiting_.clear();
  views_.clear();
  latest_view_ = nullptr;
  failure_ = nullptr;
  planned_.assign(pack_.rules.size(), false);
  // Row sets are keyed by table: new tables could take the old addresses.
  shared_ = std::make_unique<SharedRowSets>();
}

AuditReport AuditEvaluation::finish(const Dataset& dataset,
                                    const std::vector<RegisterFileInfo>& registers,
                                    const std::string& period, unsigned threads) {
  if (threads == 0) threads = cores();
  bool background = false;
  {
    // What is left, the background's leftovers included, for every core;
    // the background thread, if there is one, takes its share.
    const std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::size_t> added;
    plan(dataset, threads, &added);
    enqueue(added);
    latest_view_ = &dataset;
    background = background_.joinable() && !stopping_;
  }
  changed_.notify_all();
  auto work = [&] {
    Evaluator evaluator(pack_, dataset, dates_, shared_.get());
    for (;;) {
      Task* task = nullptr;
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (waiting_.empty() || failure_) return;
        task = &tasks_[waiting_.front()];
        waiting_.pop_front();
      }
      evaluate(evaluator, pack_.rules[task->rule], *task);
    }
  };
  std::vector<std::future<void>> helpers;
  const unsigned extra = threads - 1 - (background && threads > 1 ? 1 : 0);
  for (unsigned t = 0; t < extra; ++t) helpers.push_back(std::async(std::launch::async, work));
  work();
  for (std::future<void>& helper : helpers) helper.get();  // rethrows a helper's exception
  {
    // The background thread's last task.
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return in_progress_ == 0; });
  }
  stop_background();
  if (failure_) std::rethrow_exception(failure_);

  AuditReport report;
  report.period = period;
  report.dates = dates_;
  report.pack_version = pack_.version;
  report.added_rule_files = pack_.added_files;
  report.replaces_builtin_pack = pack_.replaces_builtin;
  report.responsibility = resolve_responsibilities(pack_, dates_.as_of);
  report.registers = registers;
  // A rule's slices, in row order, are its findings in row order.
  std::vector<std::vector<Finding>> findings(pack_.rules.size());
  std::vector<std::optional<IndicatorResult>> indicators(pack_.rules.size());
  std::vector<RuleCoverage> coverage(pack_.rules.size());
  for (Task& task : tasks_) {
    for (Finding& f : task.findings) findings[task.rule].push_back(std::move(f));
    coverage[task.rule] += task.coverage;
    if (task.indicator) indicators[task.rule] = std::move(task.indicator);
  }
  for (std::size_t i = 0; i < pack_.rules.size(); ++i) {
    const rules::RuleInfo& rule = pack_.rules[i];
    if (!planned_[i]) {
      SkippedRule skipped{&rule, {}};
      for (const std::string& name : rule.registers) {
        if (!dataset.has(name)) skipped.missing_registers.push_back(name);
      }
      report.skipped.push_back(std::move(skipped));
      continue;
    }
    std::stable_sort(findings[i].begin(), findings[i].end(),
                     [](const Finding& a, const Finding& b) {
                       return std::tie(a.subject, a.period) < std::tie(b.subject, b.period);
                     });
    for (Finding& f : findings[i]) report.findings.push_back(std::move(f));
    if (indicators[i]) report.indicators.push_back(std::move(*indicators[i]));
    if (rule.kind == rules::RuleKind::kFinding) {
      coverage[i].rule = &rule;
      report.coverage.push_back(coverage[i]);
    }
  }
  tasks_.clear();
  return report;
}

AuditReport run_audit(const rules::RulePack& pack, const Dataset& dataset,
                      const std::vector<RegisterFileInfo>& registers, const std::string& period,
                      AuditDates dates, unsigned threads) {
  AuditEvaluation evaluation(pack, dates);
  return evaluation.finish(dataset, registers, period, threads);
}

}  // namespace genaudit
