// Kleene logic, as the rule language has it: a condition is true, false or
// missing, and a missing operand makes `and`/`or` missing unless the other
// operand decides it.
#pragma once

#include <cstdint>

#include "engine/data/value.h"

namespace genaudit {

enum class Truth : std::uint8_t { kFalse, kTrue, kMissing };

// A boolean's truth; anything else (a missing value, a number) is missing.
inline Truth truth(const Value& v) {
  if (v.is<bool>()) return v.as<bool>() ? Truth::kTrue : Truth::kFalse;
  return Truth::kMissing;
}

// `a and b` (is_and) or `a or b`, from the truths of both sides.
inline Truth kleene(bool is_and, Truth left, Truth right) {
  const Truth decisive = is_and ? Truth::kFalse : Truth::kTrue;
  if (left == decisive || right == decisive) return decisive;
  if (left == Truth::kMissing || right == Truth::kMissing) return Truth::kMissing;
  return is_and ? Truth::kTrue : Truth::kFalse;
}

inline Truth negated(Truth t) {
  if (t == Truth::kMissing) return t;
  return t == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
}

}  // namespace genaudit
