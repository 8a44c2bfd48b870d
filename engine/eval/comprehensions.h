// The comprehensions: filters (`[s in staff where ...]`) and aggregates
// (count, count distinct, sum, min, max, exists, none, latest ... by) over
// a collection of register rows, each row bound to the comprehension's
// variable in the evaluation frame in turn.
//
// Over a whole register a comprehension whose condition pins a field to a
// value (`s.agency_code == a.agency_code`) looks that value up in a hash
// index on the field instead of scanning, so that per-subject rules stay
// linear in the size of the registers; the conjuncts that read the row
// alone are tested once per row and the rows that pass kept
// (access_plan.h). Both are SharedRowSets, computed once for the audit's
// evaluators on every thread. A collection the rule narrowed itself (a
// `let`, a shared filter) probed again on a pinned field gets an index of
// its own, this evaluator's (narrowed_indexes.h): a join written the
// natural way costs no more than one written as a sum over the keys.
//
// Thread-safety: none; one per thread, as its Expressions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "engine/eval/access_plan.h"
#include "engine/eval/evaluator.h"
#include "engine/eval/expr_map.h"
#include "engine/eval/narrowed_indexes.h"
#include "engine/eval/row_index.h"
#include "engine/eval/row_condition.h"
#include "engine/data/value.h"
#include "engine/data/table.h"
#include "rules/language/ast.h"

namespace genaudit {

class Expressions;

// The rows of a register that pass a comprehension's row-only conjuncts,
// in table order, and indexed by the field its equality pins.
struct PrefilteredRows {
  // Shared with the collections that are exactly these rows.
  std::shared_ptr<std::vector<std::uint32_t>> rows = std::make_shared<std::vector<std::uint32_t>>();
  RowIndex by_key;
};

class Comprehensions {
 public:
  // REQUIRES: `expressions` (whose frame and lookups these use) and
  // `shared` outlive this.
  Comprehensions(Expressions& expressions, SharedRowSets& shared);

  // The value of a kFilter expression: the rows of its source whose
  // condition is true, in table order.
  Value filter(const rules::Expr& e);
  // The value of a kAggregate expression.
  Value aggregate(const rules::Expr& e);

  // The register rows these comprehensions have read so far: each row
  // bound to a comprehension's variable, once per binding, and each row
  // read to build a filtered row set or an index (those of SharedRowSets
  // only when this evaluator built them).
  std::uint64_t rows_touched() const { return rows_touched_; }

 private:
  // A conjunct as a loop tests it: on the column's cell when it is a
  // FieldTest (the value it compares with computed at the first row that
  // needs it), else by evaluating it.
  struct RowTest {
    const rules::Expr* conjunct = nullptr;
    const FieldTest* field = nullptr;  // null: evaluate the conjunct
    std::size_t column = 0;
    Value value;
    bool has_value = false;
  };
  using RowTests = boost::container::small_vector<RowTest, 4>;

  template <typename Visit>
  void for_each_match(const rules::Expr& e, const CollectionRef& collection, Visit visit);
  template <typename Visit>
  void for_each_window(const rules::Expr& e, const std::vector<Value>& windows, Visit visit);
  template <typename ForEach>
  Value aggregate_each(const rules::Expr& e, ForEach for_each);
  void add_test(RowTests& tests, const rules::Expr& conjunct,
                const std::optional<FieldTest>& field, const Table& table);
  void add_tests(RowTests& tests, const std::vector<const rules::Expr*>& conjuncts,
                 const std::vector<std::optional<FieldTest>>& fields, const Table& table);
  bool passes(RowTest& test, const Table& table, std::uint32_t row);
  const AccessPlan& plan_of(const rules::Expr& e);
  const PrefilteredRows& prefiltered(const rules::Expr& e, const AccessPlan& plan,
                                     const Table& table);
  RowConditionTest split_condition(const rules::Expr& conjunct, const std::string& var,
                                   const Table& table);
  Truth leaf_truth(const RowCondition& c, const Table& table, std::uint32_t row);
  const RowIndex& field_index(const Table& table, const std::string& field);
  const RowIndex* narrowed_index(const AccessPlan& plan, const CollectionRef& collection);
  std::shared_ptr<const std::vector<std::uint32_t>> prefiltered_rows_only(
      const rules::Expr& e, const CollectionRef& source);
  int projected_column(const rules::Expr& e, const CollectionRef& source);
  std::optional<std::size_t> count_few_distinct(const rules::Expr& e,
                                                const CollectionRef& source, std::size_t column);

  Expressions& expressions_;
  SharedRowSets& shared_;
  NarrowedIndexes narrowed_;
  std::uint64_t rows_touched_ = 0;
  ExprMap<rules::Expr, std::unique_ptr<const AccessPlan>> plans_;  // by pointer: plans stay put
};

}  // namespace genaudit
