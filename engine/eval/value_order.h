// How the evaluator orders and equates two values, as the rules' `==`, `<`
// and friends, `min`, `max`, `latest ... by` and an indicator's target see
// them. Inline: the operators and the aggregates call these for every row.
#pragma once

#include <string>

#include "engine/data/value.h"

namespace genaudit {

// Orders two values of one kind: <0, 0, >0. REQUIRES: both are numbers, both
// dates, both text or both booleans.
inline int compare(const Value& a, const Value& b) {
  if (a.is<double>()) {
    const double x = a.as<double>(), y = b.as<double>();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is<Date>()) {
    const Date x = a.as<Date>(), y = b.as<Date>();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is<TextPtr>()) {
    const std::string& x = a.as<TextPtr>()->normalized();
    const std::string& y = b.as<TextPtr>()->normalized();
    return &x == &y ? 0 : x.compare(y);  // a text compared with itself: one string
  }
  return static_cast<int>(a.as<bool>()) - static_cast<int>(b.as<bool>());
}

inline bool same_kind(const Value& a, const Value& b) { return a.data.index() == b.data.index(); }

}  // namespace genaudit
