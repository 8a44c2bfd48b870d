#include "engine/eval/windows.h"

#include <cstdio>

namespace genaudit {
namespace {

std::string month_label(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

}  // namespace

std::vector<Window> audit_windows(rules::WindowKind kind, const AuditDates& dates) {
  std::vector<Window> windows;
  const int first_year = dates.period_start.year();
  const int last_year = dates.period_end.year();
  for (int year = first_year; year <= last_year; ++year) {
    if (kind == rules::WindowKind::kYear) {
      windows.push_back({*Date::from_ymd(year, 1, 1), *Date::from_ymd(year, 12, 31), year,
                         std::to_string(year)});
      continue;
    }
    const int step = kind == rules::WindowKind::kMonth ? 1 : 3;
    for (int month = 1; month <= 12; month += step) {
      const Date start = *Date::from_ymd(year, month, 1);
      const Date end = Date::last_of_month(year, month + step - 1);
      if (start < dates.period_start || end > dates.period_end || end > dates.as_of) continue;
      const std::string label = kind == rules::WindowKind::kMonth
                                    ? month_label(year, month)
                                    : std::to_string(year) + "-Q" + std::to_string(month / 3 + 1);
      windows.push_back({start, end, year, label});
    }
  }
  return windows;
}

}  // namespace genaudit
