// The canonical layout of the rule language's expressions, for the
// formatter: an expression stays on one line when it fits in kLineWidth
// columns; otherwise it breaks at fixed places, outermost first:
//   - a chain of `and` (or of `or`) before its operators, as many operands a
//     line as fit, the next lines starting with the operator at the chain's
//     continuation column;
//   - a call's arguments and a list's items one a line, after the `(` / `[`;
//   - an aggregate or a filtered collection before `where` (unless the
//     condition is a chain that must break anyway: then `where` stays and the
//     chain's lines start under the comprehension) and before `by`, lined up
//     after its `(` / `[`;
//   - another operator before it, indented 4 more, when its right operand
//     does not fit after a left one that is more than a name or a field;
//   - nothing else breaks (a long name or string stays as it is).
// Parentheses are written where precedence needs them and where the author
// wrote them; numbers keep the text they were written with.
#pragma once

#include <string>
#include <string_view>

#include "rules/language/ast.h"

namespace genaudit::rules {

inline constexpr int kLineWidth = 88;

// The columns `text` takes: its code points (UTF-8).
int display_width(std::string_view text);

// `text` as a string literal: in double quotes, `"` and `\` escaped.
std::string quote_string(const std::string& text);

// Text being laid out, and the column (from 0, in code points) at which the
// next character goes.
class LayoutWriter {
 public:
  // Appends `text`, which holds no line end.
  void write(std::string_view text);
  // Ends the line and indents the next one by `indent` spaces.
  void newline(int indent);
  int column() const { return column_; }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  int column_ = 0;
};

// Lays out the expressions of one rule file. `source` is the text they were
// parsed from, for numbers as written and the author's parentheses; it may
// be null (then numbers are printed from their value and only needed
// parentheses are written).
class ExprLayout {
 public:
  explicit ExprLayout(const Source* source) : source_(source) {}

  // `e` on one line.
  std::string flat(const Expr& e) const;

  // Writes `e` at `out`'s column. Lines it breaks onto start at column
  // `indent`; `reserve` columns are kept free at the end of its last line
  // (for what follows it there, such as `)`).
  void write(const Expr& e, LayoutWriter& out, int indent, int reserve = 0) const;

  // Writes item `i` of the list `list` as `write` would, for a list laid
  // out one item a line (the first item is parenthesized when it would read
  // as the head of a filter, `[s in staff ...]`).
  void write_list_item(const Expr& list, std::size_t i, LayoutWriter& out, int indent,
                       int reserve) const;

  // Whether `e` is parenthesized as written.
  bool parenthesized(const Expr& e) const;

 private:
  std::string flat_operand(const Expr& e, int min_precedence) const;
  std::string flat_bare(const Expr& e) const;
  void write_operand(const Expr& e, int min_precedence, LayoutWriter& out, int indent,
                     int reserve) const;
  void write_bare(const Expr& e, LayoutWriter& out, int indent, int reserve) const;
  std::vector<const Expr*> chain_operands(const Expr& e) const;
  void write_chain(const Expr& e, LayoutWriter& out, int indent, int reserve) const;
  void write_condition(const Expr& condition, LayoutWriter& out, int column, int reserve) const;
  void write_items(const std::vector<ExprPtr>& items, bool list, LayoutWriter& out,
                   int reserve) const;
  bool needs_parens(const Expr& e, int min_precedence) const;
  bool forced_list_parens(const std::vector<ExprPtr>& items, std::size_t i) const;
  int collection_minimum(const Expr& aggregate) const;
  std::string number_text(const Expr& e) const;

  const Source* source_;
};

}  // namespace genaudit::rules
