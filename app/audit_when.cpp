#include "app/audit_when.h"

namespace genaudit::app {

std::optional<AuditWhen> parse_audit_when(std::string_view period_text, std::string_view as_of_text,
                                          AuditWhenProblem* problem) {
  AuditWhenProblem found;
  const std::optional<AuditPeriod> period = parse_period(period_text, &found.period);
  if (!period) {
    if (problem) *problem = found;
    return std::nullopt;
  }
  Date as_of = period->last_day();
  if (!as_of_text.empty()) {
    const std::optional<Date> date = parse_user_date(as_of_text);
    if (!date) {
      found.in_as_of = true;
      if (problem) *problem = found;
      return std::nullopt;
    }
    as_of = *date;
  }
  return AuditWhen{period->text, {period->first_day(), period->last_day(), as_of},
                   period->within_plan()};
}

}  // namespace genaudit::app
