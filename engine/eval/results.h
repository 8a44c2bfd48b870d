// What an audit produces: findings (a subject that breaks a rule, with its
// evidence) and indicators (one value for the province against a target).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/date.h"
#include "engine/data/value.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// A value a result keeps: a scalar it owns, text included, so that findings,
// indicators and explanations stay valid after the tables they were computed
// from are gone (a report may outlive its dataset).
struct ResultValue {
  std::variant<Missing, bool, double, std::string, Date> data;

  // `v` as a result keeps it: a scalar copied (a text as written), a
  // collection as its size, a record, list or window as missing (none has a
  // value of its own to show).
  static ResultValue of(const Value& v);

  bool is_missing() const { return std::holds_alternative<Missing>(data); }
  template <typename T>
  bool is() const { return std::holds_alternative<T>(data); }
  template <typename T>
  const T& as() const { return std::get<T>(data); }
};

// A number as a result keeps it: negative zero (from `0 * -1`, `-(0)`,
// `share(0, -4)`, rounding a small negative number) becomes zero, so that no
// report, JSON, CSV or text, ever shows "-0". Every number leaving the
// evaluator passes through here (ResultValue::of, indicators' values).
double result_number(double n);

// As display(const Value&) writes the same scalar: text as written, numbers
// without needless decimals, dates as YYYY-MM-DD, booleans as true/false,
// missing as "".
std::string display(const ResultValue& v);

struct EvidenceItem {
  std::string name;  // the rule's `let`
  ResultValue value;
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
  // What `subject` is made of, by name (finding_subjects.h's SubjectName):
  // the code field, the rule's `key` parts, file and row, or the group.
  std::vector<EvidenceItem> subject_key;
  std::optional<std::string> period;  // "YYYY", "YYYY-MM", "YYYY-Qn" or none
  std::vector<EvidenceItem> evidence;
  std::vector<EvidenceRow> rows;
  FindingStatus status = FindingStatus::kUnknown;
  // A waiver covered this finding, but expired on this date (before the
  // audit's as-of date): the finding is active again.
  std::optional<Date> waiver_expired;
};

enum class IndicatorStatus { kMet, kNotMet, kNoData };

// The two operands an indicator's value was computed from when that value is
// `share(part, whole)` — written in the rule or in the body of a definition
// it calls: the very values the evaluator divided, each missing (nullopt)
// when it had none. Reports show "part/whole", never recomputing either.
struct IndicatorRatio {
  std::optional<double> numerator;
  std::optional<double> denominator;
};

struct IndicatorResult {
  const rules::RuleInfo* rule = nullptr;
  std::optional<double> value;  // none: no data
  double target = 0;
  rules::BinaryOp comparison = rules::BinaryOp::kGreaterEqual;
  IndicatorStatus status = IndicatorStatus::kNoData;
  std::vector<EvidenceItem> evidence;
  // None: the value is not a share (a figure the rule reads as reported).
  std::optional<IndicatorRatio> ratio;
};

// What came of a finding rule's subjects: how many cases (a subject in the
// rule's scope, for each window of its `per`; a subject alone without one)
// the `when` was evaluated for, how many it was true for (a finding each,
// waived or not), and how many it could not decide because a value it
// needed was missing (Kleene logic, truth.h: such a case is no finding).
// A subject its `for ... where` left out is not checked.
struct RuleCoverage {
  const rules::RuleInfo* rule = nullptr;
  std::size_t subjects_checked = 0;  // distinct subjects in scope
  std::size_t checked = 0;           // cases: subjects × windows
  std::size_t breached = 0;          // cases whose `when` was true
  std::size_t without_data = 0;      // cases whose `when` was missing

  RuleCoverage& operator+=(const RuleCoverage& other) {
    subjects_checked += other.subjects_checked;
    checked += other.checked;
    breached += other.breached;
    without_data += other.without_data;
    return *this;
  }
};

struct SkippedRule {
  const rules::RuleInfo* rule = nullptr;
  std::vector<std::string> missing_registers;
};

}  // namespace genaudit
