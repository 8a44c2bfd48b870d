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
  // (31/02, month 13, ...). Years 1..9999 only.
  static std::optional<Date> from_ymd(int year, int month, int day);
  static constexpr Date from_days(std::int32_t days) { return Date(days); }

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;

  // The last day of year/month, e.g. (2024, 2) -> 2024-02-29.
  static Date last_of_month(int year, int month);
  static bool is_leap_year(int year);
  static int days_in_month(int year, int month);

  // "YYYY-MM-DD".
  std::string iso() const;
  // "DD/MM/YYYY", the form Vietnamese documents use.
  std::string dmy() const;

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr std::int32_t operator-(Date a, Date b) {
    return a.days_ - b.days_;
  }

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

// Today in the machine's local time zone (the inspectors' day: a waiver
// expires at the end of their day, not UTC's).
Date today();

}  // namespace genaudit
