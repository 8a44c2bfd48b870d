// Strict parsers for date, number and integer cells; std::from_chars does the
// conversions, so the results never depend on the C locale.
#include "adapters/values/value_parsers.h"

#include <charconv>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <system_error>

namespace genaudit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads at most `max_digits` digits from text[*pos] on into *value. Returns
// how many digits were read.
int read_digits(std::string_view text, std::size_t* pos, int max_digits,
                int* value) {
  int count = 0;
  *value = 0;
  while (*pos < text.size() && is_digit(text[*pos]) && count < max_digits) {
    *value = *value * 10 + (text[*pos] - '0');
    ++*pos;
    ++count;
  }
  return count;
}

// Returns the index after an optional leading '+' or '-' in `text`.
std::size_t skip_sign(std::string_view text) {
  return !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
}

std::size_t count_digits(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - pos;
}

// The forms of nearly every date cell, ten characters: dd/mm/yyyy (or
// dd-mm-yyyy) and yyyy-mm-dd, read without loops (a register has millions);
// false for any other text, which the general reading below then reads.
bool parse_ten_character_date(std::string_view text, std::optional<Date>* date) {
  if (text.size() != 10) return false;
  const char* c = text.data();
  const auto digit = [c](int i) { return static_cast<unsigned>(c[i] - '0'); };
  const auto digits = [&](std::initializer_list<int> at) {
    unsigned bad = 0;
    for (int i : at) bad |= digit(i) >= 10 ? 1u : 0u;
    return bad == 0;
  };
  if ((c[2] == '/' || c[2] == '-') && c[5] == c[2] && digits({0, 1, 3, 4, 6, 7, 8, 9})) {
    const int year = static_cast<int>(digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9));
    *date = Date::from_ymd(year, static_cast<int>(digit(3) * 10 + digit(4)),
                           static_cast<int>(digit(0) * 10 + digit(1)));
    return true;
  }
  if (c[4] == '-' && c[7] == '-' && digits({0, 1, 2, 3, 5, 6, 8, 9})) {
    const int year = static_cast<int>(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3));
    *date = Date::from_ymd(year, static_cast<int>(digit(5) * 10 + digit(6)),
                           static_cast<int>(digit(8) * 10 + digit(9)));
    return true;
  }
  return false;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  std::optional<Date> date;
  if (parse_ten_character_date(text, &date)) return date;
  // Three groups of one to four digits with a separator after the first two.
  int parts[3];
  int widths[3];
  char separators[2] = {0, 0};
  std::size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    widths[i] = read_digits(text, &pos, 4, &parts[i]);
    if (widths[i] == 0) return std::nullopt;
    if (i < 2) {
      if (pos == text.size()) return std::nullopt;
      separators[i] = text[pos++];
    }
  }
  if (pos != text.size() || separators[0] != separators[1]) {
    return std::nullopt;
  }
  const char separator = separators[0];
  if (widths[0] == 4 && widths[1] == 2 && widths[2] == 2 && separator == '-') {
    return Date::from_ymd(parts[0], parts[1], parts[2]);
  }
  if (widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 &&
      (separator == '/' || separator == '-')) {
    return Date::from_ymd(parts[2], parts[1], parts[0]);
  }
  return std::nullopt;
}

std::optional<double> parse_number(std::string_view text) {
  const std::size_t sign = skip_sign(text);
  const std::size_t whole = count_digits(text, sign);
  if (whole == 0) return std::nullopt;
  std::size_t end = sign + whole;
  std::size_t fraction = 0;  // digits after the decimal mark
  if (end < text.size()) {
    if (text[end] != '.' && text[end] != ',') return std::nullopt;
    fraction = count_digits(text, end + 1);
    if (fraction == 0) return std::nullopt;
    end += 1 + fraction;
    if (end != text.size()) return std::nullopt;
  }
  // Up to 15 digits (a register's amounts and durations): the digits as an
  // integer, exact in a double, divided by a power of ten that is too; one
  // IEEE division rounds correctly, so this is from_chars' very value
  // (Clinger's fast path).
  if (whole + fraction <= 15) {
    static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                              1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::uint64_t digits = 0;
    for (std::size_t i = sign; i < end; ++i) {
      if (is_digit(text[i])) digits = digits * 10 + static_cast<std::uint64_t>(text[i] - '0');
    }
    const double value = static_cast<double>(digits) / kPowersOfTen[fraction];
    return text[0] == '-' ? -value : value;
  }
  // from_chars wants no '+' and a '.'.
  std::string digits(text.substr(text[0] == '+' ? 1 : 0));
  for (char& c : digits) {
    if (c == ',') c = '.';
  }
  double value = 0;
  const auto [ptr, ec] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return value;
}

std::optional<long long> parse_integer(std::string_view text) {
  const std::size_t sign = skip_sign(text);
  if (count_digits(text, sign) != text.size() - sign || sign == text.size()) {
    return std::nullopt;
  }
  // from_chars accepts '-' but not '+'.
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  long long value = 0;
  const auto [ptr, ec] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace genaudit
