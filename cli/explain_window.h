// Whether the WINDOW given to `genaudit explain` is one of the rule's
// windows, checked before any register is read: a window that cannot be
// right is named as what is wrong, never reported as a missing subject.
#pragma once

#include <string>

#include "engine/core/audit_period.h"
#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// True when `window` (a canonical period text: "2025-03", "2025-Q1",
// "2025") is a window audited for `rule` in the period of `dates`.
// Otherwise says why on standard error, in `lang`, and returns false: the
// rule is not stated per window (an indicator, or a finding without `per`);
// or the window is not one the rule is stated per, or not audited (outside
// the period, or not ended by the as-of date) — then the windows that are,
// and how one is written.
bool check_explain_window(const rules::RuleInfo& rule, const std::string& window,
                          const AuditDates& dates, const std::string& period, Language lang);

}  // namespace genaudit::cli
