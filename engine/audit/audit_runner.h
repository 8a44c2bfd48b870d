// Runs a checked rule pack over the registers of an audit: each finding rule
// for every subject, each indicator once, and a rule whose registers are not
// all present is skipped, never passed.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/eval/evaluator.h"
#include "engine/data/table.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The rules are evaluated on `threads` threads (0: one per core); the
// report is the same for any number.
AuditReport run_audit(const rules::RulePack& pack, const Dataset& dataset,
                      const std::vector<RegisterFileInfo>& registers, const std::string& period,
                      AuditDates dates, unsigned threads = 0);

// One audit's evaluation, which may begin while the registers are still
// being read: each time some are read (registers_read), the rules whose
// registers are all there are queued for a background thread of the lowest
// priority (SCHED_IDLE: it runs on what the reading leaves of the cores and
// never slows the reading down). finish() evaluates what is left on every
// core and gives the same report as run_audit().
class AuditEvaluation {
 public:
  AuditEvaluation(const rules::RulePack& pack, AuditDates dates);
  ~AuditEvaluation();  // abandons what is under way
  AuditEvaluation(const AuditEvaluation&) = delete;
  AuditEvaluation& operator=(const AuditEvaluation&) = delete;

  // Every register read so far. Its tables stay where they are, unchanged,
  // until finish() or abandon(); the next call's tables include them.
  void registers_read(const Dataset& so_far);

  // The tables given to registers_read() are going away: stops using them
  // and forgets what was evaluated with them.
  void abandon();

  // The report over `dataset`, which holds every table given to
  // registers_read() (the same objects) and the rest.
  AuditReport finish(const Dataset& dataset, const std::vector<RegisterFileInfo>& registers,
                     const std::string& period, unsigned threads = 0);

  struct Task;  // a rule, or a slice of a finding rule's subjects

 private:
  void plan(const Dataset& dataset, unsigned threads, std::vector<std::size_t>* added);
  void enqueue(const std::vector<std::size_t>& added);  // with mutex_ held
  void run_background();
  void stop_background();

  const rules::RulePack& pack_;
  AuditDates dates_;
  std::unique_ptr<SharedRowSets> shared_;
  std::vector<bool> planned_;             // per rule of the pack
  std::deque<Task> tasks_;                // every task planned; a deque: tasks stay put
  std::vector<std::unique_ptr<Dataset>> views_;  // published to the background thread

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::size_t> waiting_;  // tasks not taken yet, the costliest first
  const Dataset* latest_view_ = nullptr;
  std::size_t in_progress_ = 0;  // tasks the background thread is evaluating
  bool stopping_ = false;
  std::exception_ptr failure_;   // what a task on the background thread threw
  std::thread background_;
};

}  // namespace genaudit
