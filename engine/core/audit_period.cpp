// The period and date grammar of audit_period.h.
#include "engine/core/audit_period.h"

#include <cctype>
#include <cstdio>

namespace genaudit {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

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

// The whole of `text` as a number of one to `max_digits` digits.
std::optional<int> small_number(std::string_view text, std::size_t max_digits) {
  if (text.empty() || text.size() > max_digits) return std::nullopt;
  return digits_at(text, 0, text.size());
}

std::string year_month_text(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::optional<AuditPeriod> fail(PeriodProblem why, PeriodProblem* problem) {
  if (problem) *problem = why;
  return std::nullopt;
}

AuditPeriod months(PeriodKind kind, int year, int first_month, int last_month, std::string text) {
  AuditPeriod p;
  p.kind = kind;
  p.start_year = p.end_year = year;
  p.start_month = first_month;
  p.end_month = last_month;
  p.text = std::move(text);
  return p;
}

// One year, quarter or month in any unit form; `text` is already trimmed.
std::optional<AuditPeriod> unit(std::string_view text, PeriodProblem* problem) {
  if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    // M/YYYY or MM/YYYY
    const auto month = small_number(text.substr(0, slash), 2);
    const std::string_view year_text = text.substr(slash + 1);
    const auto year = year_text.size() == 4 ? digits_at(year_text, 0, 4) : std::nullopt;
    if (!month || !year) return fail(PeriodProblem::kMalformed, problem);
    if (*year < 1) return fail(PeriodProblem::kBadYear, problem);
    if (*month < 1 || *month > 12) return fail(PeriodProblem::kBadMonth, problem);
    return months(PeriodKind::kMonth, *year, *month, *month, year_month_text(*year, *month));
  }
  const auto year = digits_at(text, 0, 4);
  if (!year) return fail(PeriodProblem::kMalformed, problem);
  if (text.size() == 4) {
    if (*year < 1) return fail(PeriodProblem::kBadYear, problem);
    return months(PeriodKind::kYear, *year, 1, 12, std::string(text));
  }
  if (text.size() != 7 || text[4] != '-') return fail(PeriodProblem::kMalformed, problem);
  if (text[5] == 'Q' || text[5] == 'q') {
    const auto quarter = digits_at(text, 6, 1);
    if (!quarter) return fail(PeriodProblem::kMalformed, problem);
    if (*year < 1) return fail(PeriodProblem::kBadYear, problem);
    if (*quarter < 1 || *quarter > 4) return fail(PeriodProblem::kBadQuarter, problem);
    return months(PeriodKind::kQuarter, *year, *quarter * 3 - 2, *quarter * 3,
                  std::to_string(*year) + "-Q" + std::to_string(*quarter));
  }
  const auto month = digits_at(text, 5, 2);
  if (!month) return fail(PeriodProblem::kMalformed, problem);
  if (*year < 1) return fail(PeriodProblem::kBadYear, problem);
  if (*month < 1 || *month > 12) return fail(PeriodProblem::kBadMonth, problem);
  return months(PeriodKind::kMonth, *year, *month, *month, year_month_text(*year, *month));
}

}  // namespace

bool AuditPeriod::contains(const AuditPeriod& other) const {
  const int first = start_year * 12 + start_month;
  const int last = end_year * 12 + end_month;
  return first <= other.start_year * 12 + other.start_month &&
         other.end_year * 12 + other.end_month <= last;
}

std::optional<AuditPeriod> parse_period(std::string_view text, PeriodProblem* problem) {
  text = trimmed(text);
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return unit(text, problem);
  const auto start = unit(trimmed(text.substr(0, dots)), problem);
  if (!start) return std::nullopt;
  const auto end = unit(trimmed(text.substr(dots + 2)), problem);
  if (!end) return std::nullopt;
  AuditPeriod period;
  period.kind = PeriodKind::kRange;
  period.start_year = start->start_year;
  period.start_month = start->start_month;
  period.end_year = end->end_year;
  period.end_month = end->end_month;
  const int months = (period.end_year * 12 + period.end_month) -
                     (period.start_year * 12 + period.start_month) + 1;
  if (months < 1) return fail(PeriodProblem::kReversed, problem);
  if (months > kMaxPeriodMonths) return fail(PeriodProblem::kTooLong, problem);
  period.text = start->kind == end->kind
                    ? start->text + ".." + end->text
                    : year_month_text(period.start_year, period.start_month) + ".." +
                          year_month_text(period.end_year, period.end_month);
  return period;
}

std::optional<AuditPeriod> parse_period_unit(std::string_view text, PeriodProblem* problem) {
  std::optional<AuditPeriod> period = parse_period(text, problem);
  if (period && period->kind == PeriodKind::kRange) return fail(PeriodProblem::kNotOneUnit, problem);
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

std::optional<Date> parse_user_date(std::string_view text) {
  text = trimmed(text);
  const std::size_t first = text.find('/');
  if (first == std::string_view::npos) return parse_iso_date(text);
  const std::size_t second = text.find('/', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const auto day = small_number(text.substr(0, first), 2);
  const auto month = small_number(text.substr(first + 1, second - first - 1), 2);
  const std::string_view year_text = text.substr(second + 1);
  const auto year = year_text.size() == 4 ? digits_at(year_text, 0, 4) : std::nullopt;
  if (!day || !month || !year) return std::nullopt;
  return Date::from_ymd(*year, *month, *day);
}

}  // namespace genaudit
