// `genaudit explain --timings`: what each rule of a pack costs on the
// registers — its evaluation time and the register rows it read — so that
// a rule author sees which rule is slow and why (a join that scans reads
// the product of two registers' sizes; one answered by an index, about
// their sum).
//
// Each rule is evaluated alone, on one thread, by an evaluator of its own:
// the row sets and indexes it needs are built for it (an audit builds them
// once for every rule that shares them and runs rules on several threads),
// so a rule's figures do not depend on which rules ran before it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/audit_period.h"
#include "engine/data/table.h"
#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct RuleTiming {
  const rules::RuleInfo* rule = nullptr;
  // Not evaluated: the registers the rule reads that the dataset lacks.
  std::vector<std::string> missing_registers;
  double seconds = 0;
  // Evaluator::rows_touched() after the rule: subjects, rows bound to a
  // comprehension's variable, rows read to build row sets and indexes.
  std::uint64_t rows_touched = 0;
  std::size_t findings = 0;                              // finding rules
  IndicatorStatus status = IndicatorStatus::kNoData;     // indicators
};

// The rules of `pack` (or `only`, when given) timed on `dataset`: those
// evaluated, slowest first (equal times in the pack's order), then those
// not evaluated for want of a register, in the pack's order.
std::vector<RuleTiming> time_rules(const rules::RulePack& pack, const Dataset& dataset,
                                   const AuditDates& dates, const rules::RuleInfo* only = nullptr);

}  // namespace genaudit
