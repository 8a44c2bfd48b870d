// What the command line says about a period or a date it cannot read: what
// is wrong with it, and every form it accepts, with examples — in the
// user's language, on standard error (usage_error).
#pragma once

#include <string>

#include "engine/core/audit_period.h"
#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// Which values the message lists: an audit period (any form, ranges
// included), or one year, quarter or month (a waiver's period, a window).
enum class PeriodUse { kAuditPeriod, kOneUnit };

// `what` names the value for the user: "--period", "PERIOD", "WINDOW".
void period_error(Language lang, const std::string& what, const std::string& text,
                  PeriodProblem problem, PeriodUse use);

// A date that is not `YYYY-MM-DD` or `D/M/YYYY`, or not a real day.
void date_error(Language lang, const std::string& what, const std::string& text);

}  // namespace genaudit::cli
