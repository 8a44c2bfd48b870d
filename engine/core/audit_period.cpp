#include "engine/core/audit_period.h"

#include <cctype>

namespace genaudit {
namespace {

// Reads exactly `digits` decimal digits at `pos`.
std::optional<int> digits_at(std::string_view text, std::size_t pos, std::size_t digits) {
  if (pos + digits > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + digits; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// `YYYY-MM` at the start of `text`.
std::optional<std::pair<int, int>> year_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  const auto year = digits_at(text, 0, 4);
  const auto month = digits_at(text, 5, 2);
  if (!year || !month || *year < 1 || *month < 1 || *month > 12) return std::nullopt;
  return std::make_pair(*year, *month);
}

}  // namespace

std::optional<AuditPeriod> parse_period(std::string_view text) {
  AuditPeriod period;
  period.text = std::string(text);
  if (text.size() == 4) {
    const auto year = digits_at(text, 0, 4);
    if (!year || *year < 1) return std::nullopt;
    period.start_year = period.end_year = *year;
    return period;
  }
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  const auto start = year_month(text.substr(0, dots));
  const auto end = year_month(text.substr(dots + 2));
  if (!start || !end || *end < *start) return std::nullopt;
  period.start_year = start->first;
  period.start_month = start->second;
  period.end_year = end->first;
  period.end_month = end->second;
  return period;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = digits_at(text, 0, 4);
  const auto month = digits_at(text, 5, 2);
  const auto day = digits_at(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  return Date::from_ymd(*year, *month, *day);
}

}  // namespace genaudit
