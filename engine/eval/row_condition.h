// A comprehension's condition on the row alone, taken apart so that a pass
// over millions of rows does not walk the whole expression for each one.
// `and`, `or` and `not` stay as they are; a definition called with the row
// itself (`active(s)`) is opened up; and every part that reads a single
// field of the row — `s.start_date is missing or s.start_date <= as_of`,
// `on_gender_equality(n.topic)` — becomes a leaf whose truth depends on
// that cell alone, so the evaluator computes it once per distinct cell.
// Anything else is a leaf evaluated for every row, as before.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "rules/language/ast.h"

namespace genaudit {

struct RowCondition {
  enum class Kind { kAnd, kOr, kNot, kOneField, kWholeRow };
  Kind kind = Kind::kWholeRow;
  std::vector<RowCondition> children;  // kAnd, kOr: two; kNot: one
  const rules::Expr* expr = nullptr;   // leaves: what to evaluate
  std::string field;                   // kOneField: the field it reads (none: a constant)
  std::size_t leaf = 0;                // leaves: numbered 0, 1, ... in the condition
  // Leaves inside an opened definition: the parameters there, each bound
  // to the row; the leaf is evaluated with those alone in scope, as the
  // definition's body would be. Empty: the comprehension's own scope.
  std::vector<const std::string*> row_parameters;
};

// The definition a call names, or null for a builtin.
using FindDefinition = std::function<const rules::Define*(const rules::Expr& call)>;

// REQUIRES: `condition` reads nothing but the row `var` and global names.
// `leaves` is set to the number of leaves.
RowCondition take_apart_row_condition(const rules::Expr& condition, const std::string& var,
                                      const FindDefinition& find_definition, std::size_t* leaves);

}  // namespace genaudit
