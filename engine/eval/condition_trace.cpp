#include "engine/eval/condition_trace.h"

#include "engine/eval/expressions.h"
#include "engine/eval/truth.h"
#include "rules/language/operators.h"

namespace genaudit {

using rules::BinaryOp;
using rules::Expr;
using rules::ExprKind;
using rules::UnaryOp;

namespace {

bool is_junction(const Expr& e, BinaryOp op) {
  return e.kind == ExprKind::kBinary && e.binary_op == op;
}

// A comparison as the language's operator table has it (`==`, `<`,
// `contains`, `in`, `is missing`, ...): a part whose operands are shown.
bool is_comparison(const Expr& e) {
  if (e.kind == ExprKind::kUnary) {
    return rules::unary_operator(e.unary_op).precedence == rules::precedence::kComparison;
  }
  return e.kind == ExprKind::kBinary &&
         rules::binary_operator(e.binary_op).precedence == rules::precedence::kComparison;
}

// The operands of a chain of one junction, left to right.
void chain(const Expr& e, BinaryOp op, std::vector<const Expr*>& out) {
  if (is_junction(e, op)) {
    chain(*e.left(), op, out);
    chain(*e.right(), op, out);
  } else {
    out.push_back(&e);
  }
}

ResultValue from_truth(Truth t) {
  return ResultValue::of(t == Truth::kMissing ? Value{Missing{}} : Value{t == Truth::kTrue});
}

Truth truth_of(const ResultValue& v) {
  if (!v.is<bool>()) return Truth::kMissing;
  return v.as<bool>() ? Truth::kTrue : Truth::kFalse;
}

// A list (`in`, `contains any`, `starts with any`) has no value a result
// keeps: only the left operand is shown.
bool right_is_list(const Expr& e) {
  return e.binary_op == BinaryOp::kIn || e.binary_op == BinaryOp::kContainsAny ||
         e.binary_op == BinaryOp::kStartsWithAny;
}

}  // namespace

ConditionPart trace_condition(Expressions& expressions, const Expr& e) {
  ConditionPart part;
  part.expr = &e;
  if (is_junction(e, BinaryOp::kAnd) || is_junction(e, BinaryOp::kOr)) {
    const bool is_and = e.binary_op == BinaryOp::kAnd;
    part.kind = is_and ? ConditionPart::Kind::kAnd : ConditionPart::Kind::kOr;
    std::vector<const Expr*> operands;
    chain(e, e.binary_op, operands);
    const Truth decisive = is_and ? Truth::kFalse : Truth::kTrue;
    Truth whole = is_and ? Truth::kTrue : Truth::kFalse;
    bool decided = false;
    for (const Expr* operand : operands) {
      ConditionPart child = trace_condition(expressions, *operand);
      const Truth t = truth_of(child.value);
      child.needed = !decided;
      if (!decided) whole = kleene(is_and, whole, t);
      decided = decided || t == decisive;
      part.parts.push_back(std::move(child));
    }
    part.value = from_truth(whole);
    return part;
  }
  if (e.kind == ExprKind::kUnary && e.unary_op == UnaryOp::kNot) {
    part.kind = ConditionPart::Kind::kNot;
    part.parts.push_back(trace_condition(expressions, *e.operand()));
    part.value = from_truth(negated(truth_of(part.parts[0].value)));
    return part;
  }
  if (is_comparison(e)) {
    part.kind = ConditionPart::Kind::kComparison;
    if (e.kind == ExprKind::kUnary) {
      part.operands.push_back(ResultValue::of(expressions.eval(*e.operand())));
    } else {
      part.operands.push_back(ResultValue::of(expressions.eval(*e.left())));
      if (!right_is_list(e)) part.operands.push_back(ResultValue::of(expressions.eval(*e.right())));
    }
  }
  part.value = ResultValue::of(expressions.eval(e));
  return part;
}

}  // namespace genaudit
