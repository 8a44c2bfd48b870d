#include "engine/eval/windows.h"

#include <cstdio>
#include <memory>
#include <string>

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

Window period_window(const AuditDates& dates) {
  const Date start = dates.period_start;
  const Date end = dates.period_end;
  const bool one_year = start.year() == end.year() && start.month() == 1 && end.month() == 12;
  const std::string label = one_year ? std::to_string(start.year())
                                     : month_label(start.year(), start.month()) + ".." +
                                           month_label(end.year(), end.month());
  return {start, end, start.year(), label};
}

AuditWindows::AuditWindows(const AuditDates& dates) : period_(period_window(dates)) {
  for (rules::WindowKind kind :
       {rules::WindowKind::kMonth, rules::WindowKind::kQuarter, rules::WindowKind::kYear}) {
    of_kind_[static_cast<std::size_t>(kind)] = audit_windows(kind, dates);
  }
  for (rules::WindowKind kind :
       {rules::WindowKind::kMonth, rules::WindowKind::kQuarter, rules::WindowKind::kYear}) {
    in_period_[static_cast<std::size_t>(kind)] = within(kind, period_);
  }
}

ListPtr AuditWindows::within(rules::WindowKind kind, const Window& w) const {
  const std::size_t k = static_cast<std::size_t>(kind);
  if (&w == &period_ && in_period_[k]) return in_period_[k];
  auto out = std::make_shared<std::vector<Value>>();
  for (const Window& candidate : of_kind_[k]) {
    const bool in = kind == rules::WindowKind::kYear
                        ? !(candidate.end < w.start) && !(w.end < candidate.start)
                        : !(candidate.start < w.start) && !(w.end < candidate.end);
    if (in) out->push_back(Value{&candidate});
  }
  return out;
}

}  // namespace genaudit
