#include "engine/core/date.h"

#include <cstdio>
#include <ctime>

namespace genaudit {
namespace {

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

// Howard Hinnant's civil_from_days, the inverse of Date::days_from_civil.
Civil civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

}  // namespace

Date Date::last_of_month(int year, int month) {
  return *from_ymd(year, month, days_in_month(year, month));
}

int Date::year() const { return civil_from_days(days_).year; }
int Date::month() const { return static_cast<int>(civil_from_days(days_).month); }
int Date::day() const { return static_cast<int>(civil_from_days(days_).day); }

std::string Date::iso() const {
  const Civil c = civil_from_days(days_);
  if (c.year >= 0 && c.year <= 9999) {  // every date a register holds: no printf
    std::string out = "0000-00-00";
    const auto put = [&out](std::size_t last, unsigned value, std::size_t width) {
      for (std::size_t i = 0; i < width; ++i, value /= 10) {
        out[last - i] = static_cast<char>('0' + value % 10);
      }
    };
    put(3, static_cast<unsigned>(c.year), 4);
    put(6, c.month, 2);
    put(9, c.day, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

std::string Date::dmy() const {
  const Civil c = civil_from_days(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", c.day, c.month, c.year);
  return buf;
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  localtime_r(&now, &parts);
  return Date::from_ymd(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday).value_or(Date{});
}

}  // namespace genaudit
