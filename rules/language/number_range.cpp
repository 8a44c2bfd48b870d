#include "rules/language/number_range.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace genaudit::rules {

bool NumberRange::contains(double value) const {
  if (!std::isfinite(value) || value < min || value > max) return false;
  return !whole || value == std::floor(value);
}

NumberRange NumberRange::intersect(const NumberRange& other) const {
  NumberRange r;
  r.min = std::max(min, other.min);
  r.max = std::min(max, other.max);
  r.whole = whole || other.whole;
  r.percent = percent || other.percent;
  // Name the use that bounds the values most closely.
  if (use.empty() || other.use.empty()) {
    r.use = use.empty() ? other.use : use;
  } else {
    r.use = other.max - other.min < max - min ? other.use : use;
  }
  return r;
}

std::string NumberRange::describe() const {
  std::string kind = percent ? "a percentage" : whole ? "a whole number" : "a number";
  std::string out = std::isinf(max) ? kind + " of " + format_number(min) + " or more"
                                    : kind + " from " + format_number(min) + " to " +
                                          format_number(max);
  if (!use.empty()) out += " (" + use + ")";
  return out;
}

NumberRange literal_range(bool percent) {
  NumberRange r;
  if (percent) {
    r.max = 100;
    r.percent = true;
  }
  return r;
}

std::string format_number(double value, bool percent) {
  if (std::isnan(value)) return "nan";  // without the sign a NaN may carry
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", value);
  return std::string(buf) + (percent ? "%" : "");
}

std::string out_of_range_message(const std::string& what, double value, bool written_percent,
                                 const NumberRange& range) {
  return what + " = " + format_number(value, written_percent) +
         (std::isnan(value) ? " is not a number" : " is out of range") + ": it takes " +
         range.describe();
}

}  // namespace genaudit::rules
