// Evaluates checked rules against the registers of one audit.
//
// A tree-walking interpreter over the AST. Comprehensions over a whole
// register whose condition pins a field to a value (`s.agency_code ==
// a.agency_code`) use a hash index on that field instead of a scan, so that
// per-subject rules stay linear in the size of the registers.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/audit/results.h"
#include "engine/core/date.h"
#include "engine/store/table.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct AuditDates {
  Date period_start;
  Date period_end;
  Date as_of;
};

class Evaluator {
 public:
  // REQUIRES: `pack` and `dataset` outlive the evaluator, and the dataset
  // holds every register the evaluated rules read.
  Evaluator(const rules::RulePack& pack, const Dataset& dataset, AuditDates dates);
  ~Evaluator();

  std::vector<Finding> evaluate_finding(const rules::RuleInfo& rule);
  IndicatorResult evaluate_indicator(const rules::RuleInfo& rule);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace genaudit
