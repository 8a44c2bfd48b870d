// Periods and dates as users write them — one grammar for the audit period
// (`audit`/`explain --period`), a waiver's period (the file's `period` and
// `waivers remove`'s PERIOD) and `explain`'s WINDOW — and the as-of date.
//
//   unit   := YYYY              a year                    canonical "2025"
//           | YYYY-Qn           a quarter (q or Q, 1..4)  canonical "2025-Q1"
//           | YYYY-MM           a month                   canonical "2025-03"
//           | MM/YYYY | M/YYYY  a month, as Vietnamese documents write it
//                                                         canonical "2025-03"
//   period := unit | unit..unit  from the first month of the first unit to the
//                                last month of the second, in order, at most
//                                kMaxPeriodMonths (20 years)
//
// A range's canonical text joins the canonical texts of its ends when both are
// of one kind ("2024..2025", "2025-Q1..2025-Q3", "2025-01..2025-06" — the last
// also for "01/2025..06/2025"); ends of different kinds ("2025-Q1..2025-06")
// give the months, "2025-01..2025-06". The canonical text is what reports
// show and history records, so the forms that existed before (`2025`,
// `2025-01..2025-06`) keep their text; a quarter or a month has the text of a
// finding's window of that quarter or month (engine/eval/windows.cpp), which
// is what waivers and `explain` compare with.
//
// Dates: `YYYY-MM-DD`, or `D/M/YYYY` with one or two digits for the day and
// month (`31/12/2025`, `1/7/2025`); a real day either way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/date.h"

namespace genaudit {

// The years of Plan 11983/UBND-KGVX; an audit period outside them still
// runs, but the plan's targets may not apply to it.
inline constexpr int kPlanFirstYear = 2021;
inline constexpr int kPlanLastYear = 2025;

// The longest period, in months: 20 years, four times the plan's five. An
// audit walks every month of its period for the rules stated per window,
// so a period of centuries (`1000-01..9999-12`) costs minutes, gigabytes
// and a report of a gigabyte; no inspection needs one.
inline constexpr int kMaxPeriodMonths = 240;

enum class PeriodKind { kYear, kQuarter, kMonth, kRange };

struct AuditPeriod {
  PeriodKind kind = PeriodKind::kYear;
  int start_year = 0;
  int start_month = 1;
  int end_year = 0;
  int end_month = 12;
  std::string text;  // canonical, see above

  Date first_day() const { return *Date::from_ymd(start_year, start_month, 1); }
  Date last_day() const { return Date::last_of_month(end_year, end_month); }
  // Every month of the period lies in kPlanFirstYear..kPlanLastYear.
  bool within_plan() const { return start_year >= kPlanFirstYear && end_year <= kPlanLastYear; }
  // Every month of `other` is a month of this period.
  bool contains(const AuditPeriod& other) const;
};

// The days an audit reads: its period's first and last, and the as-of date
// (the day the audit is "on": waivers, deadlines, ages).
struct AuditDates {
  Date period_start;
  Date period_end;
  Date as_of;
};

// Why a text is not a period, for a message that says what to fix.
enum class PeriodProblem {
  kMalformed,     // none of the forms
  kBadMonth,      // a month outside 1..12
  kBadQuarter,    // a quarter outside 1..4
  kBadYear,       // year 0
  kReversed,      // a range that ends before it starts
  kNotOneUnit,    // a range where one year, quarter or month is expected
  kTooLong,       // a range of more than kMaxPeriodMonths
};

// Any form above, surrounding spaces ignored; nullopt (and why, in
// `problem` when given) otherwise.
std::optional<AuditPeriod> parse_period(std::string_view text, PeriodProblem* problem = nullptr);

// One year, quarter or month — a waiver's period, a finding's window — in
// any of the unit forms; a range is kNotOneUnit.
std::optional<AuditPeriod> parse_period_unit(std::string_view text,
                                             PeriodProblem* problem = nullptr);

// Exactly `YYYY-MM-DD`, a real day; nullopt otherwise. For stored dates and
// file formats that are ISO by contract.
std::optional<Date> parse_iso_date(std::string_view text);

// A date as a user types it: `YYYY-MM-DD` or `D/M/YYYY` (`31/12/2025`), a
// real day; surrounding spaces ignored; nullopt otherwise.
std::optional<Date> parse_user_date(std::string_view text);

}  // namespace genaudit
