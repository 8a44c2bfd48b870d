// The evaluator's implementations of the built-in functions whose
// signatures rules/language/builtins.h declares.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/data/value.h"
#include "rules/language/ast.h"

namespace genaudit {

// Calls built-in `name`. REQUIRES: the checker accepted the call, and it
// is no window function (below).
Value call_builtin(const std::string& name, const std::vector<Value>& args);

// Whether `name` has an implementation here or is a window function (a
// test holds the two lists equal).
bool has_builtin_implementation(const std::string& name);

// The windows `months(w)`, `quarters(w)` and `years(w)` give, by name;
// nullopt for other names. They need the audit's dates: Expressions calls
// them (AuditWindows, windows.h).
std::optional<rules::WindowKind> window_function(const std::string& name);

}  // namespace genaudit
