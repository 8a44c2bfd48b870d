// The windows of an audit period that a finding is stated per: the months
// and quarters audited (wholly inside the period and ended on or before the
// as-of date) and the years the period touches (at least one month in it).
#pragma once

#include <vector>

#include "engine/eval/evaluator.h"
#include "engine/data/value.h"
#include "rules/language/ast.h"

namespace genaudit {

std::vector<Window> audit_windows(rules::WindowKind kind, const AuditDates& dates);

}  // namespace genaudit
