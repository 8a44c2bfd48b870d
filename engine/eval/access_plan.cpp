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
    conjuncts(*e.children[0], out);
    conjuncts(*e.children[1], out);
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
  for (std::size_t i = 0; i < e.children.size(); ++i) {
    if (!e.children[i]) continue;
    // A comprehension's variable is bound in everything but its source.
    const bool binds = comprehension && i > 0;
    if (binds) bound.push_back(e.text);
    const bool ok = reads_row_only(*e.children[i], bound, is_global, globals);
    if (binds) bound.pop_back();
    if (!ok) return false;
  }
  return true;
}

}  // namespace

AccessPlan plan_access(const Expr& comprehension, const IsGlobalName& is_global) {
  AccessPlan plan;
  const Expr* condition = comprehension.children[1].get();
  if (!condition) return plan;
  std::vector<const Expr*> parts;
  conjuncts(*condition, parts);
  const std::string& var = comprehension.text;
  for (const Expr* part : parts) {
    if (!plan.key && part->kind == ExprKind::kBinary && part->binary_op == BinaryOp::kEqual) {
      for (int side = 0; side < 2 && !plan.key; ++side) {
        const Expr& field = *part->children[side];
        const Expr& other = *part->children[1 - side];
        if (field.kind == ExprKind::kField && field.children[0]->kind == ExprKind::kName &&
            field.children[0]->text == var && !mentions(other, var)) {
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
  std::sort(plan.globals_read.begin(), plan.globals_read.end());
  plan.globals_read.erase(std::unique(plan.globals_read.begin(), plan.globals_read.end()),
                          plan.globals_read.end());
  return plan;
}

}  // namespace genaudit
