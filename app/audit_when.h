// The period an audit covers and its as-of date, from the texts a person
// gives (`--period`, `--as-of`, the workspace's form).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/audit_period.h"

namespace genaudit::app {

struct AuditWhen {
  std::string period_text;  // canonical (engine/core/audit_period.h)
  AuditDates dates;
  bool within_plan = true;  // every month in the plan's years, 2021–2025
};

// Which text was wrong, and how.
struct AuditWhenProblem {
  bool in_as_of = false;  // else the period
  PeriodProblem period = PeriodProblem::kMalformed;
};

// `period` in any form of engine/core/audit_period.h and `as_of` as
// YYYY-MM-DD or D/M/YYYY (empty: the period's last day); nullopt with
// `problem` filled when either is not one of those forms.
std::optional<AuditWhen> parse_audit_when(std::string_view period, std::string_view as_of,
                                          AuditWhenProblem* problem);

}  // namespace genaudit::app
