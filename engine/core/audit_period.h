// The audit period (whole months) and the as-of date, as the command line
// gives them: `2025` or `2025-01..2025-06`, and `2025-12-31`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/date.h"

namespace genaudit {

struct AuditPeriod {
  int start_year = 0;
  int start_month = 1;
  int end_year = 0;
  int end_month = 12;
  std::string text;  // as written

  Date first_day() const { return *Date::from_ymd(start_year, start_month, 1); }
  Date last_day() const { return Date::last_of_month(end_year, end_month); }
};

// `YYYY` (the whole year) or `YYYY-MM..YYYY-MM` with the start not after the
// end; nullopt otherwise.
std::optional<AuditPeriod> parse_period(std::string_view text);

// Exactly `YYYY-MM-DD`, a real day; nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace genaudit
