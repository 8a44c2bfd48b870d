// A compact, exact text form of the syntax tree, one S-expression per node:
// what golden tests of the parser compare, and a debugging aid.
#pragma once

#include <string>

#include "rules/language/ast.h"

namespace genaudit::rules {

std::string dump(const Expr& e);
std::string dump(const RuleFile& file);

}  // namespace genaudit::rules
