#include "adapters/values/date_format.h"

#include <cctype>

namespace genaudit {

std::optional<DateFormat> DateFormat::parse(std::string_view pattern, std::string* error) {
  int days = 0, months = 0, years = 0;
  for (std::size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    std::size_t run = 1;
    while (i + run < pattern.size() && pattern[i + run] == c) ++run;
    if (c == 'd') {
      ++days;
      if (run > 2) break;
    } else if (c == 'm') {
      ++months;
      if (run > 2) break;
    } else if (c == 'y') {
      ++years;
      if (run != 4) {
        *error = "the year is written yyyy";
        return std::nullopt;
      }
    } else if (std::isalnum(static_cast<unsigned char>(c))) {
      *error = std::string("unknown letter `") + c + "` (use d, m and yyyy)";
      return std::nullopt;
    }
    i += run;
  }
  if (days != 1 || months != 1 || years != 1) {
    *error = "a date format names the day (d or dd), the month (m or mm) and the year (yyyy) once each";
    return std::nullopt;
  }
  DateFormat format;
  format.pattern_ = std::string(pattern);
  return format;
}

std::optional<Date> DateFormat::read(std::string_view text) const {
  int day = 0, month = 0, year = 0;
  std::size_t at = 0;
  for (std::size_t i = 0; i < pattern_.size();) {
    const char c = pattern_[i];
    std::size_t run = 1;
    while (i + run < pattern_.size() && pattern_[i + run] == c) ++run;
    i += run;
    if (c != 'd' && c != 'm' && c != 'y') {
      for (std::size_t k = 0; k < run; ++k, ++at) {
        if (at >= text.size() || text[at] != c) return std::nullopt;
      }
      continue;
    }
    // One letter: one or two digits; otherwise exactly as many digits.
    const std::size_t least = run == 1 ? 1 : run;
    const std::size_t most = run == 1 ? 2 : run;
    std::size_t digits = 0;
    int value = 0;
    while (digits < most && at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) {
      value = value * 10 + (text[at] - '0');
      ++digits;
      ++at;
    }
    if (digits < least) return std::nullopt;
    (c == 'd' ? day : c == 'm' ? month : year) = value;
  }
  if (at != text.size()) return std::nullopt;
  return Date::from_ymd(year, month, day);
}

}  // namespace genaudit
