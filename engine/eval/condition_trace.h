// The truth of each part of a condition, for `explain`: a `when` taken
// apart at its `and`, `or` and `not` down to the comparisons and the other
// conditions (a call, an `exists`, ...), each with its value and, for a
// comparison, the values it compared. So an author sees which part made
// a rule fire or not, not only that the whole was true or false.
//
// Every part is evaluated, also those the evaluator skips (the right side
// of an `and` whose left side is false): their truth is shown, marked as
// not needed. A part's value is what evaluating it gives; an `and` or
// `or` node's is Kleene logic over its parts (truth.h), which is what
// evaluating the whole gives.
#pragma once

#include <vector>

#include "engine/eval/results.h"
#include "rules/language/ast.h"

namespace genaudit {

class Expressions;

struct ConditionPart {
  const rules::Expr* expr = nullptr;  // the part as written (its span)
  enum class Kind { kAnd, kOr, kNot, kComparison, kOther };
  Kind kind = Kind::kOther;
  ResultValue value;                   // true, false or missing for a condition
  // A comparison's operands, left then right (`x is missing`, `x in
  // list`: x alone).
  std::vector<ResultValue> operands;
  // False when the parts before it in its `and` or `or` decided it: the
  // evaluator does not evaluate it.
  bool needed = true;
  // `and`, `or`: their operands, a chain (`a and b and c`) as one node;
  // `not`: its operand.
  std::vector<ConditionPart> parts;
};

// `condition` taken apart and evaluated in `expressions`' frame as it is
// (the subject, its window and the rule's lets bound).
ConditionPart trace_condition(Expressions& expressions, const rules::Expr& condition);

}  // namespace genaudit
