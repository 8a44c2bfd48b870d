// The expression walker: the value of an expression of the rule language —
// a literal, a name, a record's field, a call, a unary or binary operator —
// in an evaluation frame; filters and aggregates it hands to Comprehensions.
// A switch on the node's kind, no virtual call per node. What does not
// change between evaluations of a node (a field's column, the definition a
// call names, a literal's text, a global name's value) is looked up once per
// node, in an ExprMap keyed by the node: nodes are evaluated millions of
// times at national size.
//
// Thread-safety: none; one per thread. It owns the frame, its caches and
// its Comprehensions; only the SharedRowSets it is given are shared.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "engine/eval/access_plan.h"
#include "engine/eval/comprehensions.h"
#include "engine/eval/evaluation_frame.h"
#include "engine/eval/evaluator.h"
#include "engine/eval/expr_map.h"
#include "engine/eval/windows.h"
#include "engine/data/value.h"
#include "engine/data/table.h"
#include "rules/language/ast.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The operands a `share(part, whole)` was computed from.
struct ShareOperands {
  Value part;
  Value whole;
};

class Expressions {
 public:
  // REQUIRES: `pack`, `dataset` and `shared` outlive this, as Evaluator
  // requires. `is_global` says which names mean the same all through the
  // audit when no variable hides them: those global_value() gives a value.
  Expressions(const rules::RulePack& pack, const Dataset& dataset, const AuditDates& dates,
              SharedRowSets& shared, IsGlobalName is_global);
  // Its Comprehensions hold on to it.
  Expressions(const Expressions&) = delete;
  Expressions& operator=(const Expressions&) = delete;

  // The bindings eval() reads: the driver binds a subject, its window and
  // its lets there; comprehensions and calls bind and unbind their own.
  EvaluationFrame& frame() { return frame_; }

  // The value of `e` in the frame. REQUIRES: the checker accepted the
  // expression, and every register it names is in the dataset.
  Value eval(const rules::Expr& e);

  // eval(e), and, when `e` is a call of `share` — directly, or as the body
  // of the definitions it calls — the operands that share divided, in
  // `operands` (left empty otherwise). The value is computed from those
  // very operands: the parts of an indicator are never evaluated twice.
  Value eval_share(const rules::Expr& e, std::optional<ShareOperands>& operands);

  // The position in `table` of the field a kField node names (-1: no such
  // field), looked up by name once per node and table.
  int column_of(const rules::Expr& field, const Table* table);

  // The definition a call names, or null for a builtin; found by name once
  // per call expression.
  const rules::Define* definition_of(const rules::Expr& call);

  const IsGlobalName& is_global() const { return is_global_; }

  // The register rows the comprehensions have read (Comprehensions::rows_touched).
  std::uint64_t rows_touched() const { return comprehensions_.rows_touched(); }

 private:
  TextPtr literal_text(const rules::Expr& e);
  Value literal_list(const rules::Expr& e);
  Value eval_name(const rules::Expr& e);
  Value global_value(const std::string& name);
  Value eval_field(const rules::Expr& e);
  Value eval_call(const rules::Expr& e);
  // Evaluates `body` of `define` as called by `call`: the arguments in the
  // caller's bindings, then the body seeing only its parameters.
  template <typename Body>
  Value in_definition(const rules::Expr& call, const rules::Define& define, Body body);
  Value eval_unary(const rules::Expr& e);
  const rules::Expr* duration_of(const rules::Expr& e) const;
  Value eval_binary(const rules::Expr& e);

  const rules::RulePack& pack_;
  const Dataset& dataset_;
  AuditDates dates_;
  AuditWindows windows_;  // `period` and what the window functions give
  IsGlobalName is_global_;
  EvaluationFrame frame_;
  ExprMap<rules::Expr, Value> globals_;
  ExprMap<rules::Expr, std::pair<const Table*, int>> field_slots_;
  ExprMap<rules::Expr, const rules::Define*> definitions_;
  ExprMap<rules::Expr, TextPtr> literal_texts_;
  ExprMap<rules::Expr, ListPtr> literal_lists_;
  Comprehensions comprehensions_;
};

}  // namespace genaudit
