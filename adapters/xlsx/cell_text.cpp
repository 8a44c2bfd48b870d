#include "adapters/xlsx/cell_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "adapters/xlsx/escaped_text.h"
#include "adapters/xlsx/excel_dates.h"

namespace genaudit::xlsx {
namespace {

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "2024-03-15" or "2024-03-15T..." : the date part.
bool is_iso_date_prefix(std::string_view s) {
  if (s.size() < 10) return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(s[i])) return false;
  }
  return s[4] == '-' && s[7] == '-' && (s.size() == 10 || s[10] == 'T' || s[10] == ' ');
}

}  // namespace

// The number whose shortest round-trip digits are `digits` ("125", no
// sign, no point) and whose first digit is worth 10^exponent, written
// without an exponent: ("125", -4) is "0.000125", ("293", 23) is
// "293000000000000000000000".
std::string plain_decimal(bool negative, std::string_view digits, int exponent) {
  std::string out = negative ? "-" : "";
  const long point = static_cast<long>(exponent) + 1;  // digits before the point
  const auto count = static_cast<long>(digits.size());
  if (point <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += digits;
  } else if (point >= count) {
    out += digits;
    out.append(static_cast<std::size_t>(point - count), '0');
  } else {
    out += digits.substr(0, static_cast<std::size_t>(point));
    out += '.';
    out += digits.substr(static_cast<std::size_t>(point));
  }
  return out;
}

std::string number_text(double value) {
  char buffer[64];
  // Whole numbers below 2^63 print as integers; every double that large is
  // whole, and its integer digits are exact.
  if (value == std::trunc(value) && std::fabs(value) < 9.2e18) {
    const auto whole = static_cast<std::int64_t>(value);
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, whole);
    return std::string(buffer, end);
  }
  // The shortest digits that read back to the same double, as "d.ddde-XX",
  // then written out in full: the register's number parser takes no
  // exponent, and Excel shows 0.0001 as 0.0001, never 1e-04.
  const auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  const bool negative = text.front() == '-';
  const std::size_t e = text.find('e');
  std::string digits;
  for (const char c : text.substr(negative ? 1 : 0, e - (negative ? 1 : 0))) {
    if (c != '.') digits += c;
  }
  int exponent = 0;
  const char* first = text.data() + e + 1;
  if (*first == '+') ++first;
  std::from_chars(first, text.data() + text.size(), exponent);
  return plain_decimal(negative, digits, exponent);
}

CellType cell_type(const char* t) {
  if (t == nullptr) return CellType::kNumber;
  if (std::strcmp(t, "s") == 0) return CellType::kSharedString;
  if (std::strcmp(t, "inlineStr") == 0) return CellType::kInlineString;
  if (std::strcmp(t, "str") == 0) return CellType::kString;
  if (std::strcmp(t, "b") == 0) return CellType::kBoolean;
  if (std::strcmp(t, "e") == 0) return CellType::kError;
  if (std::strcmp(t, "d") == 0) return CellType::kIsoDate;
  return CellType::kNumber;
}

std::string cell_text(CellType type, std::string_view stored, bool is_date, bool date1904) {
  switch (type) {
    case CellType::kSharedString:
    case CellType::kInlineString:
    case CellType::kError:
      return std::string(stored);
    case CellType::kString: {
      std::string text(stored);
      decode_escapes(text);
      return text;
    }
    case CellType::kBoolean: {
      const std::string_view v = trim_ascii(stored);
      if (v == "1" || v == "true") return "true";
      if (v == "0" || v == "false") return "false";
      return std::string(stored);
    }
    case CellType::kIsoDate: {
      const std::string_view v = trim_ascii(stored);
      return std::string(is_iso_date_prefix(v) ? v.substr(0, 10) : stored);
    }
    case CellType::kNumber: {
      const std::string_view v = trim_ascii(stored);
      if (v.empty()) return "";
      double value = 0;
      const char* first = v.data();
      if (*first == '+') ++first;
      const auto [end, ec] = std::from_chars(first, v.data() + v.size(), value);
      if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(value)) {
        return std::string(stored);
      }
      if (is_date) {
        if (auto date = serial_to_iso_date(value, date1904)) return *date;
      }
      return number_text(value);
    }
  }
  return std::string(stored);
}

}  // namespace genaudit::xlsx
