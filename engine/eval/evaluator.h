// Evaluates checked rules against the registers of one audit.
//
// A tree-walking interpreter over the AST. Comprehensions over a whole
// register whose condition pins a field to a value (`s.agency_code ==
// a.agency_code`) use a hash index on that field instead of a scan, so that
// per-subject rules stay linear in the size of the registers.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/core/audit_period.h"
#include "engine/data/table.h"
#include "engine/eval/condition_trace.h"
#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// One step of an explanation: a `let`, the `when`, `value` or `target`, with
// the value it took and, for a collection, the register rows in it.
struct ExplanationStep {
  const rules::Statement* statement = nullptr;
  ResultValue value;  // a collection is given by its size (ResultValue::of)
  std::vector<EvidenceRow> rows;
};

// Why a rule fired or did not for one subject and window (findings), or
// how an indicator's value came about.
struct Explanation {
  const rules::RuleInfo* rule = nullptr;
  std::string subject;
  std::string subject_name;
  std::optional<std::string> period;
  std::vector<EvidenceRow> subject_rows;
  bool in_scope = true;  // false: the `for ... where` left the subject out
  bool fired = false;    // findings: the `when` was true
  IndicatorResult indicator;  // indicators
  std::vector<ExplanationStep> steps;
  // Findings: the truth of each part of the `when` (condition_trace.h),
  // shown after its step.
  std::optional<ConditionPart> when_parts;
};

// What the evaluators of one audit (one pack, dataset and dates) on several
// threads share: the rows of a register that pass a comprehension's
// row-only conditions, and the indexes on a field. Each is computed once,
// by the first evaluator that needs it, while the others wait: two rules
// over the same active staff build those rows once, as on one thread.
class SharedRowSets {
 public:
  SharedRowSets();
  ~SharedRowSets();
  SharedRowSets(const SharedRowSets&) = delete;
  SharedRowSets& operator=(const SharedRowSets&) = delete;

 private:
  friend class Comprehensions;  // the one user of the row sets
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Evaluator {
 public:
  // REQUIRES: `pack` and `dataset` outlive the evaluator, and the dataset
  // holds every register the evaluated rules read; so does `shared`, when
  // given, which only evaluators of the same pack, dataset and dates use.
  Evaluator(const rules::RulePack& pack, const Dataset& dataset, AuditDates dates,
            SharedRowSets* shared = nullptr);
  ~Evaluator();

  // The findings of `rule` for the subjects of rows [first_row, end_row)
  // of its register, in row order and, for each, window order. When
  // `coverage` is given, what came of those subjects is added to it.
  std::vector<Finding> evaluate_finding(const rules::RuleInfo& rule, std::uint32_t first_row = 0,
                                        std::uint32_t end_row = UINT32_MAX,
                                        RuleCoverage* coverage = nullptr);
  IndicatorResult evaluate_indicator(const rules::RuleInfo& rule);

  // Explains `rule` for the subject whose code is `subject` (findings; empty
  // for indicators), for the window labelled `period`, or every window when
  // it is empty. Empty when no subject has that code.
  std::vector<Explanation> explain(const rules::RuleInfo& rule, const std::string& subject,
                                   const std::string& period);

  // The register rows this evaluator has read so far: each subject row
  // (once per subject, whether its `for ... where` keeps it or not), each
  // row bound to a comprehension's variable (once per binding) and each
  // row read to build a filtered row set or an index it built. What
  // `explain --timings` shows of a rule: a join that scans where an index
  // would do reads the product of two registers' sizes.
  std::uint64_t rows_touched() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace genaudit
