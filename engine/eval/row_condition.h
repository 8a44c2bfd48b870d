// A comprehension's condition on the row alone, taken apart so that a pass
// over millions of rows does not walk the whole expression for each one.
// `and`, `or` and `not` stay as they are; a definition called with the row
// itself (`active(s)`) is opened up; and every part that reads a single
// field of the row — `s.start_date is missing or s.start_date <= as_of`,
// `on_gender_equality(n.topic)` — becomes a leaf whose truth depends on
// that cell alone, so the evaluator computes it once per distinct cell.
// Anything else is a leaf evaluated for every row, as before.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/eval/cell_memo.h"
#include "engine/eval/truth.h"
#include "engine/data/table.h"
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

// A condition taken apart, tested row after row of one table: `and`, `or`
// and `not` as the language has them (truth.h), a leaf that reads one
// field evaluated once per distinct cell, any other leaf for every row.
class RowConditionTest {
 public:
  // Evaluates a leaf for a row, as the evaluator would (it binds the
  // comprehension's variable, or the leaf's row parameters, to the row).
  using LeafTruth = std::function<Truth(const RowCondition& leaf, std::uint32_t row)>;

  RowConditionTest(RowCondition root, std::size_t leaves, const Table& table,
                   LeafTruth leaf_truth);

  Truth operator()(std::uint32_t row) { return truth_of(root_, row); }

 private:
  struct LeafMemo {
    int column = -1;  // -1: the leaf reads no field, its truth is one for all rows
    CellMemo truths;
    std::uint64_t last_cell = 0;  // the previous row's cell (registers come in runs)
    Truth last = Truth::kMissing;
    bool has_last = false;
  };

  void set_leaf_columns(const RowCondition& c);
  Truth truth_of(const RowCondition& c, std::uint32_t row);

  RowCondition root_;
  std::vector<LeafMemo> memos_;  // by leaf number
  const Table& table_;
  LeafTruth leaf_truth_;
};

}  // namespace genaudit
