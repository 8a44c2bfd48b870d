// What an audit produces: findings (a subject that breaks a rule, with its
// evidence) and indicators (one value for the province against a target).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/data/value.h"
#include "engine/data/table.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct EvidenceItem {
  std::string name;  // the rule's `let`
  Value value;
};

// Where a finding stands against the previous audit recorded in the same
// database (engine/audit/history.h); kUnknown when the audit is not recorded.
enum class FindingStatus { kUnknown, kNew, kPersisting, kRegressed };

// A row of a register behind a finding.
struct EvidenceRow {
  std::string register_name;
  std::string file;
  std::string sheet;
  long row = 0;
};

struct Finding {
  const rules::RuleInfo* rule = nullptr;
  std::string subject;       // the subject's code: agency_code, outlet_code
  std::string subject_name;  // its name, for people
  std::optional<std::string> period;  // "YYYY", "YYYY-MM", "YYYY-Qn" or none
  std::vector<EvidenceItem> evidence;
  std::vector<EvidenceRow> rows;
  FindingStatus status = FindingStatus::kUnknown;
  // A waiver covered this finding, but expired on this date (before the
  // audit's as-of date): the finding is active again.
  std::optional<Date> waiver_expired;
};

enum class IndicatorStatus { kMet, kNotMet, kNoData };

struct IndicatorResult {
  const rules::RuleInfo* rule = nullptr;
  std::optional<double> value;  // none: no data
  double target = 0;
  rules::BinaryOp comparison = rules::BinaryOp::kGreaterEqual;
  IndicatorStatus status = IndicatorStatus::kNoData;
  std::vector<EvidenceItem> evidence;
};

struct SkippedRule {
  const rules::RuleInfo* rule = nullptr;
  std::vector<std::string> missing_registers;
};

}  // namespace genaudit
