#include "adapters/xlsx/excel_dates.h"

#include <cctype>
#include <cmath>

#include "engine/core/date.h"

namespace genaudit::xlsx {
namespace {

constexpr double kLastSerial1900 = 2958465;  // 9999-12-31
constexpr double kLastSerial1904 = 2958465 - 1462;
constexpr double kMillisecondsPerDay = 86'400'000;

// "h", "hh", "m", "mm", "s", "ss" ... in either case: one letter repeated.
bool is_elapsed_time(std::string_view inside) {
  if (inside.empty()) return false;
  const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(inside[0])));
  if (first != 'h' && first != 'm' && first != 's') return false;
  for (const char c : inside) {
    if (std::tolower(static_cast<unsigned char>(c)) != first) return false;
  }
  return true;
}

}  // namespace

bool is_date_format_code(std::string_view code) {
  bool has_date_part = false;  // d or y
  bool has_month_or_minute = false;
  bool has_time_part = false;  // h or s
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
    if (c == '"') {  // quoted text
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '[') {  // [Red], [$-42A], [>=100], [h] elapsed time
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      // Elapsed hours, minutes or seconds ([h], [hh], [mm], [ss]) are time:
      // with them "m" is minutes ("[h]:mm" is a duration, not a month).
      if (is_elapsed_time(code.substr(i + 1, close - i - 1))) has_time_part = true;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {  // escaped, space-of, fill character
      ++i;
    } else if (c == 'g' && code.size() - i >= 7) {
      std::string word;
      for (std::size_t k = i; k < i + 7; ++k) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(code[k])));
      }
      if (word == "general") i += 6;
    } else if (c == 'd' || c == 'y') {
      has_date_part = true;
    } else if (c == 'm') {
      has_month_or_minute = true;
    } else if (c == 'h' || c == 's') {
      has_time_part = true;
    }
  }
  // "m" with h or s is minutes ("h:mm", "mm:ss"); alone it is the month.
  return has_date_part || (has_month_or_minute && !has_time_part);
}

bool is_date_format(int id, const std::map<int, std::string>& custom) {
  const auto it = custom.find(id);
  if (it != custom.end()) return is_date_format_code(it->second);
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

std::optional<std::string> serial_to_iso_date(double serial, bool date1904) {
  if (!std::isfinite(serial)) return std::nullopt;
  // Excel rounds a date-time to the millisecond before it shows its day:
  // 45366.999999999 is 16/03/2024 00:00:00.000, not a moment of the 15th.
  const double day = std::floor(std::round(serial * kMillisecondsPerDay) / kMillisecondsPerDay);
  if (date1904) {
    if (day < 0 || day > kLastSerial1904) return std::nullopt;
    const Date epoch = *Date::from_ymd(1904, 1, 1);
    return Date::from_days(epoch.days() + static_cast<std::int32_t>(day)).iso();
  }
  if (day < 1 || day > kLastSerial1900) return std::nullopt;
  if (day == 60) return std::string("1900-02-29");
  const Date epoch = *Date::from_ymd(1899, 12, day < 60 ? 31 : 30);
  return Date::from_days(epoch.days() + static_cast<std::int32_t>(day)).iso();
}

}  // namespace genaudit::xlsx
