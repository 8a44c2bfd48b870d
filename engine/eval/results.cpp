// What an audit produces; see results.h.
#include "engine/eval/results.h"

#include <type_traits>

namespace genaudit {

double result_number(double n) {
  return n + 0.0;  // IEEE 754: -0 + 0 is +0 (rounding to nearest); any other n is unchanged
}

ResultValue ResultValue::of(const Value& v) {
  if (v.is<TextPtr>()) return {v.as<TextPtr>()->original};
  if (v.is<double>()) return {result_number(v.as<double>())};
  if (v.is<Date>()) return {v.as<Date>()};
  if (v.is<bool>()) return {v.as<bool>()};
  if (v.is<CollectionRef>()) return {static_cast<double>(v.as<CollectionRef>().size())};
  return {Missing{}};  // missing, a record, a list or a window
}

std::string display(const ResultValue& v) {
  return std::visit(
      [](const auto& scalar) -> std::string {
        if constexpr (std::is_same_v<std::decay_t<decltype(scalar)>, std::string>) {
          return scalar;
        } else {
          return display(Value{scalar});  // one writing of numbers, dates and truth
        }
      },
      v.data);
}

}  // namespace genaudit
