// The names the rule language knows without a declaration: the audit's
// dates and the built-in functions. The checker reads their signatures from
// here; the evaluator implements each of them (engine/eval/builtins.cpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "rules/language/number_range.h"
#include "rules/language/types.h"

namespace genaudit::rules {

struct Builtin {
  std::string name;
  Type type;
  std::string description;
};

struct BuiltinFunction {
  std::string name;
  std::string signature;  // as an author writes it: "share(part, whole)"
  // Returns what is wrong with these argument types, or "" when they fit.
  std::function<std::string(const std::vector<Type>&)> check;
  std::function<Type(const std::vector<Type>&)> result;
};

// as_of, period_start, period_end.
const std::vector<Builtin>& builtin_values();
const Builtin* find_builtin_value(const std::string& name);

const std::vector<BuiltinFunction>& builtin_functions();
const BuiltinFunction* find_builtin_function(const std::string& name);

// The numbers argument `index` (from 0) of builtin function `name` gives a
// value for, or nullptr when it takes any: the year, month and day of
// `date(year, month, day)`, outside of which `date` has no value. The
// checker narrows a parameter passed there to this range.
const NumberRange* builtin_argument_range(const std::string& name, std::size_t index);

}  // namespace genaudit::rules
