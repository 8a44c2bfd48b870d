#include "adapters/ods/ods_cell_text.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "adapters/xlsx/cell_text.h"

namespace genaudit::ods {
namespace {

bool is(const char* attribute, const char* value) {
  return attribute != nullptr && std::strcmp(attribute, value) == 0;
}

// A number of `text` up to its next letter; false unless there is one.
bool take_number(std::string_view* text, double* value) {
  std::size_t end = 0;
  while (end < text->size() && ((*text)[end] == '.' || ((*text)[end] >= '0' && (*text)[end] <= '9'))) {
    ++end;
  }
  if (end == 0) return false;
  const auto [stop, ec] = std::from_chars(text->data(), text->data() + end, *value);
  if (ec != std::errc() || stop != text->data() + end) return false;
  text->remove_prefix(end);
  return true;
}

// office:value as a finite double (ODF writes xsd:double: "12.5", "-1E-07").
bool parse_number(std::string_view text, double* value) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(*value);
}

}  // namespace

bool duration_days(std::string_view text, double* days) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty() || text.front() != 'P') return false;
  text.remove_prefix(1);
  double total = 0;  // seconds
  bool in_time = false;
  bool any = false;
  while (!text.empty()) {
    if (text.front() == 'T' && !in_time) {
      in_time = true;
      text.remove_prefix(1);
      continue;
    }
    double n = 0;
    if (!take_number(&text, &n) || text.empty()) return false;
    const char unit = text.front();
    text.remove_prefix(1);
    if (!in_time && unit == 'D') {
      total += n * 86400;
    } else if (in_time && unit == 'H') {
      total += n * 3600;
    } else if (in_time && unit == 'M') {
      total += n * 60;
    } else if (in_time && unit == 'S') {
      total += n;
    } else {
      return false;  // years and months have no fixed length in days
    }
    any = true;
  }
  if (!any || !std::isfinite(total)) return false;
  *days = (negative ? -total : total) / 86400;
  return true;
}

std::string cell_text(const CellValue& cell, std::string_view shown) {
  using xlsx::CellType;
  const char* type = cell.value_type;
  if (is(type, "float") || is(type, "percentage") || is(type, "currency")) {
    double value = 0;
    if (cell.value != nullptr && parse_number(cell.value, &value)) return xlsx::number_text(value);
    return std::string(shown);
  }
  if (is(type, "date")) {
    if (cell.date_value == nullptr) return std::string(shown);
    return xlsx::cell_text(CellType::kIsoDate, cell.date_value, false, false);
  }
  if (is(type, "time")) {
    double days = 0;
    if (cell.time_value != nullptr && duration_days(cell.time_value, &days)) {
      return xlsx::number_text(days);
    }
    return std::string(shown);
  }
  if (is(type, "boolean")) {
    if (cell.boolean_value == nullptr) return std::string(shown);
    return xlsx::cell_text(CellType::kBoolean, cell.boolean_value, false, false);
  }
  // A formula's text result is in office:string-value; an error result
  // leaves it empty and shows the error ("#N/A") as its paragraph.
  if (cell.string_value != nullptr && *cell.string_value != '\0') return cell.string_value;
  return std::string(shown);
}

}  // namespace genaudit::ods
