#include "engine/eval/comprehensions.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_set>
#include <utility>

#include "engine/eval/distinct_keys.h"
#include "engine/eval/expressions.h"
#include "engine/eval/truth.h"
#include "engine/eval/value_order.h"

namespace genaudit {

using rules::AggregateOp;
using rules::Expr;
using rules::ExprKind;

namespace {

// A value computed once, by the first evaluator that needs it; the others
// wait for it. Entries never move (held by pointer).
template <typename T>
struct OnceEntry {
  std::once_flag once;
  T value;
};

template <typename Key, typename T>
class OnceMap {
 public:
  // The entry of `key`, computed by `compute(T&)` unless it was already.
  template <typename Compute>
  const T& get(const Key& key, Compute compute) {
    OnceEntry<T>* entry;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      std::unique_ptr<OnceEntry<T>>& slot = entries_[key];
      if (!slot) slot = std::make_unique<OnceEntry<T>>();
      entry = slot.get();
    }
    std::call_once(entry->once, [&] { compute(entry->value); });
    return entry->value;
  }

 private:
  std::mutex mutex_;
  std::map<Key, std::unique_ptr<OnceEntry<T>>> entries_;
};

// The rows a comprehension's source gives (empty when missing).
CollectionRef rows_of(const Value& source) {
  return source.is<CollectionRef>() ? source.as<CollectionRef>() : CollectionRef{};
}

}  // namespace

// Only rows of the dataset and expressions of the pack are keys: the same
// for every evaluator of one audit.
struct SharedRowSets::Impl {
  OnceMap<std::pair<const Table*, std::string>, RowIndex> indexes;
  OnceMap<std::pair<const Expr*, const Table*>, PrefilteredRows> prefiltered;
};

SharedRowSets::SharedRowSets() : impl_(std::make_unique<Impl>()) {}
SharedRowSets::~SharedRowSets() = default;

Comprehensions::Comprehensions(Expressions& expressions, SharedRowSets& shared)
    : expressions_(expressions), shared_(shared) {}

// Calls `visit(row)` for each row of `collection` whose condition is true,
// with the comprehension's variable bound to that row. `visit` returns
// false to stop early. An equality on a field is looked up in an index:
// the register's over a whole register, the collection's own over a
// narrowed one probed again (narrowed_indexes.h); else the rows are
// scanned. Either way the rows visited, and their order, are the same.
template <typename Visit>
void Comprehensions::for_each_match(const Expr& e, const CollectionRef& collection, Visit visit) {
  if (!collection.table) return;
  EvaluationFrame& frame = expressions_.frame();
  const AccessPlan& plan = plan_of(e);
  const RowIndex* narrowed = plan.key && collection.rows ? narrowed_index(plan, collection) : nullptr;
  const bool use_index = plan.key && (!collection.rows || narrowed);
  // Conjuncts that read the row alone are tested once per row, when the
  // rows passing them are first needed, unless a variable hides a global
  // name they read.
  const bool prefilter = !plan.row_only.empty() && !collection.rows &&
                         !frame.binds_any(plan.globals_read);
  const PrefilteredRows* passing = prefilter ? &prefiltered(e, plan, *collection.table) : nullptr;
  RowTests tests;
  if (!use_index && plan.key_conjunct) {
    add_test(tests, *plan.key_conjunct, plan.key_test, *collection.table);
  }
  if (prefilter) {
    add_tests(tests, plan.varying, plan.varying_tests, *collection.table);
  } else {
    add_tests(tests, plan.rest, plan.rest_tests, *collection.table);
  }
  frame.bind(e.text, Value{});
  auto test_and_visit = [&](std::uint32_t row) {
    frame.innermost() = Value{RecordRef{collection.table, row}};
    ++rows_touched_;
    for (RowTest& test : tests) {
      if (!passes(test, *collection.table, row)) return true;
    }
    return visit(row);
  };
  if (use_index) {
    const ValueKey key = key_of(expressions_.eval(*plan.key));
    const RowIndex& index = narrowed  ? *narrowed
                            : passing ? passing->by_key
                                      : field_index(*collection.table, plan.field);
    if (auto found = key.kind == 0 ? index.end() : index.find(key); found != index.end()) {
      for (std::uint32_t row : found->second) {
        if (!test_and_visit(row)) break;
      }
    }
  } else if (passing) {
    for (std::uint32_t row : *passing->rows) {
      if (!test_and_visit(row)) break;
    }
  } else {
    for (std::size_t i = 0; i < collection.size(); ++i) {
      if (!test_and_visit(collection.at(i))) break;
    }
  }
  frame.unbind();
}

// Calls `visit()` for each window of `windows` whose condition is true,
// with the comprehension's variable bound to it; `visit` returns false to
// stop early. The windows of a period are few (60 months in five years):
// no index, no plan.
template <typename Visit>
void Comprehensions::for_each_window(const Expr& e, const std::vector<Value>& windows,
                                     Visit visit) {
  EvaluationFrame& frame = expressions_.frame();
  frame.bind(e.text, Value{});
  for (const Value& window : windows) {
    frame.innermost() = window;
    if (e.condition() && truth(expressions_.eval(*e.condition())) != Truth::kTrue) continue;
    if (!visit()) break;
  }
  frame.unbind();
}

void Comprehensions::add_test(RowTests& tests, const Expr& conjunct,
                              const std::optional<FieldTest>& field, const Table& table) {
  RowTest& test = tests.emplace_back();
  test.conjunct = &conjunct;
  if (!field) return;
  const int column = expressions_.column_of(*field->field, &table);
  if (column < 0) return;
  test.field = &*field;
  test.column = static_cast<std::size_t>(column);
}

void Comprehensions::add_tests(RowTests& tests, const std::vector<const Expr*>& conjuncts,
                               const std::vector<std::optional<FieldTest>>& fields,
                               const Table& table) {
  for (std::size_t i = 0; i < conjuncts.size(); ++i) add_test(tests, *conjuncts[i], fields[i], table);
}

// Whether the conjunct is true for `row` (bound to the loop's variable),
// exactly as evaluating it says: a missing operand makes `==` and `!=`
// missing, so not true.
bool Comprehensions::passes(RowTest& test, const Table& table, std::uint32_t row) {
  if (!test.field) return truth(expressions_.eval(*test.conjunct)) == Truth::kTrue;
  const Value cell = table.cell(row, test.column);
  switch (test.field->kind) {
    case FieldTest::Kind::kIsMissing: return cell.is_missing();
    case FieldTest::Kind::kIsNotMissing: return !cell.is_missing();
    case FieldTest::Kind::kEqual:
    case FieldTest::Kind::kNotEqual: break;
  }
  if (!test.has_value) {
    test.value = expressions_.eval(*test.field->value);
    test.has_value = true;
  }
  if (cell.is_missing() || test.value.is_missing()) return false;
  const bool equal = same_kind(cell, test.value) && compare(cell, test.value) == 0;
  return equal == (test.field->kind == FieldTest::Kind::kEqual);
}

const AccessPlan& Comprehensions::plan_of(const Expr& e) {
  if (const auto* known = plans_.find(&e)) return **known;
  return *plans_.insert(&e, std::make_unique<const AccessPlan>(
                                plan_access(e, expressions_.is_global())));
}

const PrefilteredRows& Comprehensions::prefiltered(const Expr& e, const AccessPlan& plan,
                                                   const Table& table) {
  return shared_.impl_->prefiltered.get({&e, &table}, [&](PrefilteredRows& out) {
    const int key_column = plan.key ? table.field_index(plan.field) : -1;
    // FieldTests first (the cheapest), then the other conjuncts taken apart.
    RowTests tests;
    std::vector<RowConditionTest> conditions;
    for (std::size_t i = 0; i < plan.row_only.size(); ++i) {
      if (plan.row_only_tests[i] &&
          expressions_.column_of(*plan.row_only_tests[i]->field, &table) >= 0) {
        add_test(tests, *plan.row_only[i], plan.row_only_tests[i], table);
      } else {
        conditions.push_back(split_condition(*plan.row_only[i], e.text, table));
      }
    }
    EvaluationFrame& frame = expressions_.frame();
    frame.bind(e.text, Value{});
    for (std::uint32_t row = 0; row < table.row_count(); ++row) {
      frame.innermost() = Value{RecordRef{&table, row}};
      ++rows_touched_;
      const bool pass =
          std::all_of(tests.begin(), tests.end(),
                      [&](RowTest& test) { return passes(test, table, row); }) &&
          std::all_of(conditions.begin(), conditions.end(),
                      [&](RowConditionTest& test) { return test(row) == Truth::kTrue; });
      if (!pass) continue;
      if (key_column < 0) {
        out.rows->push_back(row);
      } else {
        const ValueKey key = key_of(table.cell(row, static_cast<std::size_t>(key_column)));
        if (key.kind != 0) out.by_key[key].push_back(row);
      }
    }
    frame.unbind();
  });
}

// A row-only conjunct taken apart, tested on `table`'s rows.
RowConditionTest Comprehensions::split_condition(const Expr& conjunct, const std::string& var,
                                                 const Table& table) {
  std::size_t leaves = 0;
  RowCondition root = take_apart_row_condition(
      conjunct, var, [this](const Expr& call) { return expressions_.definition_of(call); },
      &leaves);
  return RowConditionTest(std::move(root), leaves, table,
                          [this, &table](const RowCondition& leaf, std::uint32_t row) {
                            return leaf_truth(leaf, table, row);
                          });
}

// A leaf's truth for `row`: in the comprehension's bindings, or inside an
// opened definition with its parameters (each the row) alone visible.
Truth Comprehensions::leaf_truth(const RowCondition& c, const Table& table, std::uint32_t row) {
  if (c.row_parameters.empty()) return truth(expressions_.eval(*c.expr));
  EvaluationFrame& frame = expressions_.frame();
  const std::size_t start = frame.size();
  for (const std::string* name : c.row_parameters) frame.bind(*name, Value{RecordRef{&table, row}});
  const EvaluationFrame::Body body = frame.enter_body(start);
  const Truth t = truth(expressions_.eval(*c.expr));
  frame.leave_body(body);
  return t;
}

// The index of a narrowed collection on the field the plan pins, once it
// pays (narrowed_indexes.h); null: scan it.
const RowIndex* Comprehensions::narrowed_index(const AccessPlan& plan,
                                               const CollectionRef& collection) {
  const int column = collection.table->field_index(plan.field);
  if (column < 0) return nullptr;
  return narrowed_.probe(collection, static_cast<std::size_t>(column),
                         [this] { ++rows_touched_; });
}

const RowIndex& Comprehensions::field_index(const Table& table, const std::string& field) {
  return shared_.impl_->indexes.get({&table, field}, [&](RowIndex& index) {
    const auto column = static_cast<std::size_t>(table.field_index(field));
    for (std::uint32_t row = 0; row < table.row_count(); ++row) {
      ++rows_touched_;
      const ValueKey key = key_of(table.cell(row, column));
      if (key.kind != 0) index[key].push_back(row);
    }
  });
}

Value Comprehensions::filter(const Expr& e) {
  const Value from = expressions_.eval(*e.collection());
  if (from.is<ListPtr>()) {  // windows of the period
    const std::vector<Value>& windows = *from.as<ListPtr>();
    auto kept = std::make_shared<std::vector<Value>>();
    for_each_window(e, windows, [&] {
      kept->push_back(expressions_.frame().innermost());  // the window visited
      return true;
    });
    return Value{ListPtr(std::move(kept))};
  }
  const CollectionRef source = rows_of(from);
  if (auto same = prefiltered_rows_only(e, source)) return Value{CollectionRef{source.table, same}};
  auto rows = std::make_shared<std::vector<std::uint32_t>>();
  for_each_match(e, source, [&](std::uint32_t row) {
    rows->push_back(row);
    return true;
  });
  // Rows come in table order from a scan, a prefilter or an index bucket;
  // sorting them anyway (millions at national size) cost more than
  // checking.
  if (!std::is_sorted(rows->begin(), rows->end())) std::sort(rows->begin(), rows->end());
  return Value{CollectionRef{source.table, rows}};
}

// The rows of a filter over a whole register whose condition reads the
// row alone: its prefiltered rows themselves, not a copy (a million
// active posts, for every call of a definition that filters them).
std::shared_ptr<const std::vector<std::uint32_t>> Comprehensions::prefiltered_rows_only(
    const Expr& e, const CollectionRef& source) {
  if (!source.table || source.rows) return nullptr;
  const AccessPlan& plan = plan_of(e);
  if (plan.key || !plan.varying.empty() || plan.row_only.empty() ||
      expressions_.frame().binds_any(plan.globals_read)) {
    return nullptr;
  }
  return prefiltered(e, plan, *source.table).rows;
}

Value Comprehensions::aggregate(const Expr& e) {
  const Value from = expressions_.eval(*e.collection());
  if (from.is<ListPtr>()) {  // windows of the period
    const std::vector<Value>& windows = *from.as<ListPtr>();
    return aggregate_each(e, [&](auto visit) { for_each_window(e, windows, visit); });
  }
  const CollectionRef source = rows_of(from);
  if (e.aggregate_op == AggregateOp::kCountDistinct) {
    if (const int column = projected_column(e, source); column >= 0) {
      const auto few = count_few_distinct(e, source, static_cast<std::size_t>(column));
      if (few) return Value{static_cast<double>(*few)};
    }
  }
  return aggregate_each(e, [&](auto visit) {
    for_each_match(e, source, [&](std::uint32_t) { return visit(); });
  });
}

// The aggregate `e` of what `for_each(visit)` visits: it calls `visit()`
// for each row or window that matches, bound to the variable, and stops
// when `visit` returns false.
template <typename ForEach>
Value Comprehensions::aggregate_each(const Expr& e, ForEach for_each) {
  const Expr* projection = e.projection().get();
  switch (e.aggregate_op) {
    case AggregateOp::kCount: {
      double n = 0;
      for_each([&] {
        ++n;
        return true;
      });
      return Value{n};
    }
    case AggregateOp::kExists:
    case AggregateOp::kNone: {
      bool found = false;
      for_each([&] {
        found = true;
        return false;
      });
      return Value{found == (e.aggregate_op == AggregateOp::kExists)};
    }
    case AggregateOp::kCountDistinct: {
      DistinctKeys seen;
      for_each([&] {
        const ValueKey key = key_of(expressions_.eval(*projection));
        if (key.kind != 0) seen.insert(key);
        return true;
      });
      return Value{static_cast<double>(seen.size())};
    }
    case AggregateOp::kSum: {
      double sum = 0;
      for_each([&] {
        const Value v = expressions_.eval(*projection);
        if (v.is<double>()) sum += v.as<double>();
        return true;
      });
      return Value{sum};
    }
    case AggregateOp::kMin:
    case AggregateOp::kMax: {
      Value best{Missing{}};
      const bool want_min = e.aggregate_op == AggregateOp::kMin;
      for_each([&] {
        Value v = expressions_.eval(*projection);
        if (v.is_missing()) return true;
        if (best.is_missing() ||
            (same_kind(v, best) && (want_min ? compare(v, best) < 0 : compare(v, best) > 0))) {
          best = std::move(v);
        }
        return true;
      });
      return best;
    }
    case AggregateOp::kDistinct: {
      // The groups of a `for` (finding_subjects.h): each value once, in
      // the order first met, missing values left out.
      auto values = std::make_shared<std::vector<Value>>();
      std::unordered_set<ValueKey, ValueKeyHash> seen;
      for_each([&] {
        Value v = expressions_.eval(*projection);
        const ValueKey key = key_of(v);
        if (key.kind != 0 && seen.insert(key).second) values->push_back(std::move(v));
        return true;
      });
      return Value{ListPtr(std::move(values))};
    }
    case AggregateOp::kLatest: {
      // Rows without a key come before any row with one; among equal keys
      // the later row of the register wins (rows are visited in order).
      const Expr& by = *e.order_key();
      Value best{Missing{}};
      Value best_key{Missing{}};
      bool any = false;
      for_each([&] {
        Value key = expressions_.eval(by);
        const bool later = !any || (key.is_missing() && best_key.is_missing()) ||
                           (!key.is_missing() &&
                            (best_key.is_missing() ||
                             (same_kind(key, best_key) && compare(key, best_key) >= 0)));
        if (later) {
          best = expressions_.eval(*projection);
          best_key = std::move(key);
          any = true;
        }
        return true;
      });
      return best;
    }
  }
  return Value{Missing{}};
}

// For `count(distinct v.field for v in ...)`, the column of the field;
// -1 for other projections.
int Comprehensions::projected_column(const Expr& e, const CollectionRef& source) {
  const Expr* projection = e.projection().get();
  if (!source.table || !projection || projection->kind != ExprKind::kField ||
      projection->record()->kind != ExprKind::kName || projection->record()->text != e.text) {
    return -1;
  }
  return expressions_.column_of(*projection, source.table);
}

// Counts the distinct cells of `column` among the rows that match, when
// they are few (an agency's posts): their keys sorted in one vector,
// instead of a hash set with a node per key. The vector is this count's
// own: a count in the condition runs inside it.
std::optional<std::size_t> Comprehensions::count_few_distinct(const Expr& e,
                                                              const CollectionRef& source,
                                                              std::size_t column) {
  constexpr std::size_t kFewRows = 4096;
  if (source.rows && source.rows->size() <= kFewRows) {
    std::vector<ValueKey> keys;
    keys.reserve(source.rows->size());
    for_each_match(e, source, [&](std::uint32_t row) {
      const ValueKey key = key_of(source.table->cell(row, column));
      if (key.kind != 0) keys.push_back(key);
      return true;
    });
    std::sort(keys.begin(), keys.end(), [](const ValueKey& a, const ValueKey& b) {
      if (a.kind != b.kind) return a.kind < b.kind;
      if (a.bits != b.bits) return a.bits < b.bits;
      return a.text && b.text && a.text != b.text && *a.text < *b.text;
    });
    return static_cast<std::size_t>(std::unique(keys.begin(), keys.end()) - keys.begin());
  }
  return std::nullopt;
}

}  // namespace genaudit
