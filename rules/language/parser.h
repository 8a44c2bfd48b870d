// Parses a rule file into the syntax tree of rules/language/ast.h.
// Boost.Spirit X3 stays behind this interface (parser.cpp, grammar_def.h).
#pragma once

#include <memory>
#include <optional>

#include "rules/language/ast.h"
#include "rules/language/diagnostic.h"

namespace genaudit::rules {

struct ParseResult {
  std::optional<RuleFile> file;  // set when the text parsed
  Diagnostics diagnostics;       // a syntax error, when it did not
};

// Parses `source`. On a syntax error the result has no file and one
// diagnostic naming what was expected at the first place parsing stopped.
ParseResult parse_rule_file(std::shared_ptr<const Source> source);

}  // namespace genaudit::rules
