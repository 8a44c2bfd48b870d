// Parses a rule file into the syntax tree of rules/language/ast.h.
// Boost.Spirit X3 stays behind this interface: only parser.cpp includes the
// grammar (rules/language/grammar/), and nothing else includes X3.
#pragma once

#include <memory>
#include <optional>

#include "rules/language/ast.h"
#include "rules/language/diagnostic.h"

namespace genaudit::rules {

// The bounds a rule file must stay within. Every stage after the parser
// (checker, evaluator, formatter) walks expressions recursively, so the
// nesting limit is what keeps a hostile file from exhausting the stack.
struct ParseLimits {
  // Bytes of one rule file. The plan's whole pack is about 20 KiB.
  // Default: 1 MiB.
  std::size_t max_file_bytes = std::size_t{1} << 20;
  // How deep expressions may nest: parentheses, brackets, calls and
  // aggregates, `not` and unary minus, and the operands of chained
  // operators (`a + b + c` is two deep). Default: 256.
  std::size_t max_nesting = 256;
};

struct ParseResult {
  std::optional<RuleFile> file;  // set when the text parsed
  Diagnostics diagnostics;       // a syntax error, when it did not
};

// Parses `source`. On a syntax error the result has no file and one
// diagnostic naming what was expected at the first place parsing stopped. A
// file over `limits` gets one diagnostic saying which limit, where.
ParseResult parse_rule_file(std::shared_ptr<const Source> source,
                            const ParseLimits& limits = {});

}  // namespace genaudit::rules
