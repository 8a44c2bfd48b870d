#include "engine/eval/row_condition.h"

#include <algorithm>

namespace genaudit {

using rules::BinaryOp;
using rules::Expr;
using rules::ExprKind;
using rules::UnaryOp;

namespace {

// Definitions opened inside one another at most (the checker refuses
// recursion; this bounds the work whatever it lets through).
constexpr int kMaxOpened = 16;

using RowNames = std::vector<const std::string*>;

bool names_row(const std::string& name, const RowNames& names) {
  return std::any_of(names.begin(), names.end(), [&](const std::string* n) { return *n == name; });
}

bool is_row_name(const Expr& e, const RowNames& names) {
  return e.kind == ExprKind::kName && names_row(e.text, names);
}

enum class RowUse { kNone, kOneField, kMore };

// How `e` reads the row (named by any of `names`): not at all, through the
// one field `field` (set at the first), or otherwise — the row itself,
// handed to a call, or a second field.
RowUse row_use(const Expr& e, const RowNames& names, std::string& field) {
  if (e.kind == ExprKind::kField && is_row_name(*e.record(), names)) {
    if (field.empty()) field = e.text;
    return field == e.text ? RowUse::kOneField : RowUse::kMore;
  }
  if (is_row_name(e, names)) return RowUse::kMore;
  // A comprehension naming its variable like the row hides the row inside:
  // not worth telling apart.
  if ((e.kind == ExprKind::kFilter || e.kind == ExprKind::kAggregate) &&
      names_row(e.text, names)) {
    return RowUse::kMore;
  }
  RowUse use = RowUse::kNone;
  for (const rules::ExprPtr& child : e.children) {
    if (!child) continue;
    const RowUse r = row_use(*child, names, field);
    if (r == RowUse::kMore) return r;
    if (r == RowUse::kOneField) use = r;
  }
  return use;
}

// Takes a condition apart, numbering its leaves 0, 1, ... as it meets them.
class Splitter {
 public:
  explicit Splitter(const FindDefinition& find_definition) : find_definition_(find_definition) {}

  RowCondition take_apart(const Expr& e, const RowNames& names, bool in_definition, int opened);
  std::size_t leaves() const { return leaves_; }

 private:
  RowCondition leaf(RowCondition::Kind kind, const Expr& e, const RowNames& names,
                    bool in_definition, std::string field = {});

  const FindDefinition& find_definition_;
  std::size_t leaves_ = 0;
};

RowCondition Splitter::leaf(RowCondition::Kind kind, const Expr& e, const RowNames& names,
                            bool in_definition, std::string field) {
  RowCondition c;
  c.leaf = leaves_++;
  c.kind = kind;
  c.expr = &e;
  c.field = std::move(field);
  if (in_definition) c.row_parameters = names;
  return c;
}

RowCondition Splitter::take_apart(const Expr& e, const RowNames& names, bool in_definition,
                                  int opened) {
  std::string field;
  if (row_use(e, names, field) != RowUse::kMore) {
    return leaf(RowCondition::Kind::kOneField, e, names, in_definition, field);
  }
  const auto part = [&](const Expr& child) {
    return take_apart(child, names, in_definition, opened);
  };
  if (e.kind == ExprKind::kBinary &&
      (e.binary_op == BinaryOp::kAnd || e.binary_op == BinaryOp::kOr)) {
    RowCondition c;
    c.kind = e.binary_op == BinaryOp::kAnd ? RowCondition::Kind::kAnd : RowCondition::Kind::kOr;
    c.children.push_back(part(*e.left()));
    c.children.push_back(part(*e.right()));
    return c;
  }
  if (e.kind == ExprKind::kUnary && e.unary_op == UnaryOp::kNot) {
    RowCondition c;
    c.kind = RowCondition::Kind::kNot;
    c.children.push_back(part(*e.operand()));
    return c;
  }
  if (e.kind == ExprKind::kCall && opened < kMaxOpened && !e.arguments().empty() &&
      std::all_of(e.arguments().begin(), e.arguments().end(),
                  [&](const rules::ExprPtr& arg) { return is_row_name(*arg, names); })) {
    if (const rules::Define* define = find_definition_(e);
        define && define->parameters.size() == e.arguments().size()) {
      RowNames parameters;
      for (const rules::DefineParameter& p : define->parameters) parameters.push_back(&p.name);
      return take_apart(*define->body, parameters, true, opened + 1);
    }
  }
  return leaf(RowCondition::Kind::kWholeRow, e, names, in_definition);
}

}  // namespace

RowCondition take_apart_row_condition(const Expr& condition, const std::string& var,
                                      const FindDefinition& find_definition, std::size_t* leaves) {
  Splitter splitter(find_definition);
  RowCondition root = splitter.take_apart(condition, RowNames{&var}, false, 0);
  *leaves = splitter.leaves();
  return root;
}

RowConditionTest::RowConditionTest(RowCondition root, std::size_t leaves, const Table& table,
                                   LeafTruth leaf_truth)
    : root_(std::move(root)), memos_(leaves), table_(table), leaf_truth_(std::move(leaf_truth)) {
  set_leaf_columns(root_);
}

void RowConditionTest::set_leaf_columns(const RowCondition& c) {
  if (c.kind == RowCondition::Kind::kOneField && !c.field.empty()) {
    memos_[c.leaf].column = table_.field_index(c.field);
  }
  for (const RowCondition& child : c.children) set_leaf_columns(child);
}

Truth RowConditionTest::truth_of(const RowCondition& c, std::uint32_t row) {
  switch (c.kind) {
    case RowCondition::Kind::kAnd:
    case RowCondition::Kind::kOr: {
      // The right side only when the left does not decide, as evaluating does.
      const bool is_and = c.kind == RowCondition::Kind::kAnd;
      const Truth left = truth_of(c.children[0], row);
      if (left == (is_and ? Truth::kFalse : Truth::kTrue)) return left;
      return kleene(is_and, left, truth_of(c.children[1], row));
    }
    case RowCondition::Kind::kNot: return negated(truth_of(c.children[0], row));
    case RowCondition::Kind::kOneField: {
      LeafMemo& memo = memos_[c.leaf];
      const std::uint64_t cell =
          memo.column < 0 ? 0 : table_.cell_identity(row, static_cast<std::size_t>(memo.column));
      if (memo.has_last && memo.last_cell == cell) return memo.last;
      memo.last = static_cast<Truth>(memo.truths.get(
          cell, [&] { return static_cast<std::uint8_t>(leaf_truth_(c, row)); }));
      memo.last_cell = cell;
      memo.has_last = true;
      return memo.last;
    }
    case RowCondition::Kind::kWholeRow: return leaf_truth_(c, row);
  }
  return Truth::kMissing;
}

}  // namespace genaudit
