// The evaluator's implementations of the built-in functions whose
// signatures rules/language/builtins.h declares.
#pragma once

#include <string>
#include <vector>

#include "engine/data/value.h"

namespace genaudit {

// Calls built-in `name`. REQUIRES: the checker accepted the call.
Value call_builtin(const std::string& name, const std::vector<Value>& args);

// Whether `name` has an implementation here (a test holds the two lists
// equal).
bool has_builtin_implementation(const std::string& name);

}  // namespace genaudit
