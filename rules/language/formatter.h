// Writes rule files in one canonical layout (`genaudit rules fmt`). The
// layout is a function of the syntax tree, the comments and the few things
// the author chose that the tree does not keep (numbers as written, their
// parentheses), so formatting is idempotent and the formatted text parses to
// the same tree. Comments survive, as written but for trailing blanks: one on
// a line of its own stays before the declaration or statement it precedes
// (blank lines between comments stay, as one), one after code stays after it
// on the same line (one space before the `#`), one at the end of the file
// stays at the end; the items of a list param keep theirs (the list is then
// written one item a line); any other comment inside a declaration or
// statement moves onto a line of its own before it.
//
// The layout (lines of at most 88 columns where it can):
//   - declarations separated by one blank line; params next to each other
//     in the source (defines likewise) stay together when each fits on a line;
//   - `param name = value`; a list that does not fit has one item a line,
//     indented 2, and `]` on a line of its own;
//   - `define name(p: type, ...) = body`, or the body on the next line,
//     indented 2, when the whole does not fit;
//   - `finding ID {` / `indicator ID {`, statements indented 2 in the order
//     written, one blank line where descriptions give way to logic (and back);
//     `title vi "..." en "..."` on one line, or `en` under `vi` on the next;
//   - `needs` and `evidence` names as many a line as fit, lined up after
//     the keyword; evidence with labels one item a line, the labels lined
//     up after the longest name, `en` under `vi` when the item does not fit;
//   - expressions as in expr_layout.h; continuation lines of a statement's
//     expression are indented 4 beyond the statement, 5 after `when` (under
//     the start of the condition).
// Line ends are `\n`; the text ends with one line end.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "rules/language/ast.h"
#include "rules/language/diagnostic.h"

namespace genaudit::rules {

// The canonical text of `file`. Comments, numbers and parentheses are read
// from `file.source`, so `file` must be the parser's result for that text.
std::string format_rule_file(const RuleFile& file);

struct FormatResult {
  std::optional<std::string> text;  // the canonical text, when the source parsed
  Diagnostics diagnostics;          // the syntax error, when it did not
};

// Parses `source` and formats it.
FormatResult format_rule_source(std::shared_ptr<const Source> source);

}  // namespace genaudit::rules
