// A calendar date (proleptic Gregorian), stored as days since 1970-01-01 so
// that comparisons and differences are integer operations.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace genaudit {

class Date {
 public:
  constexpr Date() = default;

  // Returns the date, or nullopt when (year, month, day) is not a real date
  // (31/02, month 13, ...). Years 1..9999 only. Inline: every date cell of
  // a register comes through here, and the call's return of an optional
  // through memory cost more than the arithmetic.
  static constexpr std::optional<Date> from_ymd(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month)) {
      return std::nullopt;
    }
    return Date(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
  }
  static constexpr Date from_days(std::int32_t days) { return Date(days); }

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;

  // The last day of year/month, e.g. (2024, 2) -> 2024-02-29.
  static Date last_of_month(int year, int month);
  static constexpr bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }
  static constexpr int days_in_month(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
  }

  // "YYYY-MM-DD".
  std::string iso() const;
  // "DD/MM/YYYY", the form Vietnamese documents use.
  std::string dmy() const;

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr std::int32_t operator-(Date a, Date b) {
    return a.days_ - b.days_;
  }

 private:
  // Howard Hinnant's days_from_civil: exact for every proleptic Gregorian
  // date, no tables, no time zones.
  static constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
  }

  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

// Today in the machine's local time zone (the inspectors' day: a waiver
// expires at the end of their day, not UTC's).
Date today();

}  // namespace genaudit
