#include "engine/eval/access_plan.h"

#include <algorithm>

namespace genaudit {

using rules::BinaryOp;
using rules::Expr;
using rules::ExprKind;

namespace {

// Flattens `a and b and c` into its conjuncts.
void conjuncts(const Expr& e, std::vector<const Expr*>& out) {
  if (e.kind == ExprKind::kBinary && e.binary_op == BinaryOp::kAnd) {
    conjuncts(*e.left(), out);
    conjuncts(*e.right(), out);
  } else {
    out.push_back(&e);
  }
}

bool mentions(const Expr& e, const std::string& name) {
  if (e.kind == ExprKind::kName && e.text == name) return true;
  return std::any_of(e.children.begin(), e.children.end(),
                     [&](const rules::ExprPtr& c) { return c && mentions(*c, name); });
}

// Whether `e` reads nothing but the names in `bound` (the row's variable and
// those of comprehensions inside `e`) and global names, which it appends to
// `globals`. A call passes only its arguments: a definition's body sees its
// parameters and global names alone, and builtins are pure functions.
bool reads_row_only(const Expr& e, std::vector<std::string>& bound, const IsGlobalName& is_global,
                    std::vector<std::string>& globals) {
  if (e.kind == ExprKind::kName) {
    if (std::find(bound.begin(), bound.end(), e.text) != bound.end()) return true;
    if (!is_global(e.text)) return false;
    globals.push_back(e.text);
    return true;
  }
  const bool comprehension = e.kind == ExprKind::kFilter || e.kind == ExprKind::kAggregate;
  for (const rules::ExprPtr& child : e.children) {
    if (!child) continue;
    // A comprehension's variable is bound in everything but its source.
    const bool binds = comprehension && &child != &e.collection();
    if (binds) bound.push_back(e.text);
    const bool ok = reads_row_only(*child, bound, is_global, globals);
    if (binds) bound.pop_back();
    if (!ok) return false;
  }
  return true;
}

// `e` as a test of a field of the row `var` against a value that does not
// mention `var`, when it is one.
std::optional<FieldTest> field_test(const Expr& e, const std::string& var) {
  const auto field_of_row = [&](const Expr& x) {
    return x.kind == ExprKind::kField && x.record()->kind == ExprKind::kName &&
           x.record()->text == var;
  };
  if (e.kind == ExprKind::kUnary && (e.unary_op == rules::UnaryOp::kIsMissing ||
                                     e.unary_op == rules::UnaryOp::kIsNotMissing)) {
    if (!field_of_row(*e.operand())) return std::nullopt;
    return FieldTest{e.unary_op == rules::UnaryOp::kIsMissing ? FieldTest::Kind::kIsMissing
                                                              : FieldTest::Kind::kIsNotMissing,
                     e.operand().get(), nullptr};
  }
  if (e.kind != ExprKind::kBinary ||
      (e.binary_op != BinaryOp::kEqual && e.binary_op != BinaryOp::kNotEqual)) {
    return std::nullopt;
  }
  const FieldTest::Kind kind =
      e.binary_op == BinaryOp::kEqual ? FieldTest::Kind::kEqual : FieldTest::Kind::kNotEqual;
  for (int side = 0; side < 2; ++side) {
    const Expr& field = side == 0 ? *e.left() : *e.right();
    const Expr& other = side == 0 ? *e.right() : *e.left();
    if (field_of_row(field) && !mentions(other, var)) return FieldTest{kind, &field, &other};
  }
  return std::nullopt;
}

}  // namespace

AccessPlan plan_access(const Expr& comprehension, const IsGlobalName& is_global) {
  AccessPlan plan;
  const Expr* condition = comprehension.condition().get();
  if (!condition) return plan;
  std::vector<const Expr*> parts;
  conjuncts(*condition, parts);
  const std::string& var = comprehension.text;
  for (const Expr* part : parts) {
    if (!plan.key && part->kind == ExprKind::kBinary && part->binary_op == BinaryOp::kEqual) {
      for (int side = 0; side < 2 && !plan.key; ++side) {
        const Expr& field = side == 0 ? *part->left() : *part->right();
        const Expr& other = side == 0 ? *part->right() : *part->left();
        if (field.kind == ExprKind::kField && field.record()->kind == ExprKind::kName &&
            field.record()->text == var && !mentions(other, var)) {
          plan.field = field.text;
          plan.key = &other;
          plan.key_conjunct = part;
        }
      }
      if (plan.key) continue;
    }
    plan.rest.push_back(part);
    std::vector<std::string> bound{var};
    std::vector<std::string> globals;
    if (reads_row_only(*part, bound, is_global, globals)) {
      plan.row_only.push_back(part);
      plan.globals_read.insert(plan.globals_read.end(), globals.begin(), globals.end());
    } else {
      plan.varying.push_back(part);
    }
  }
  for (const Expr* part : plan.rest) plan.rest_tests.push_back(field_test(*part, var));
  for (const Expr* part : plan.row_only) plan.row_only_tests.push_back(field_test(*part, var));
  for (const Expr* part : plan.varying) plan.varying_tests.push_back(field_test(*part, var));
  if (plan.key_conjunct) plan.key_test = field_test(*plan.key_conjunct, var);
  std::sort(plan.globals_read.begin(), plan.globals_read.end());
  plan.globals_read.erase(std::unique(plan.globals_read.begin(), plan.globals_read.end()),
                          plan.globals_read.end());
  return plan;
}

}  // namespace genaudit
