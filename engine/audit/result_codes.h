// The stable codes of audit results, as the JSON contract, the audit
// database and rule unit tests write them: one place, so that a report, a
// recorded run and a test never spell a status differently.
#pragma once

#include "engine/eval/results.h"
#include "rules/language/ast.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// "new", "persisting", "regressed"; "" for kUnknown.
const char* finding_status_code(FindingStatus status);

// "met", "not_met", "no_data".
const char* indicator_status_code(IndicatorStatus status);

// "record", "row", "group": what a finding's subject is (rule_pack.h).
const char* subject_kind_code(rules::SubjectKind kind);

// ">=", ">", "<=", "<", "==", "!="; "" for an operator that is no comparison.
const char* comparison_code(rules::BinaryOp op);

}  // namespace genaudit
