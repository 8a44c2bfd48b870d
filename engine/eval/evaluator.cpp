#include "engine/eval/evaluator.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

#include <boost/container/small_vector.hpp>

#include "engine/eval/access_plan.h"
#include "engine/eval/builtin_functions.h"
#include "engine/eval/distinct_keys.h"
#include "engine/eval/expr_map.h"
#include "engine/eval/row_condition.h"
#include "engine/eval/truth.h"
#include "engine/eval/windows.h"

namespace genaudit {

using rules::AggregateOp;
using rules::BinaryOp;
using rules::Expr;
using rules::ExprKind;
using rules::StatementKind;
using rules::UnaryOp;

namespace {

Value missing() { return Value{Missing{}}; }
Value boolean(bool b) { return Value{b}; }

Value from_truth(Truth t) {
  return t == Truth::kMissing ? missing() : boolean(t == Truth::kTrue);
}

// Orders two values of one kind: <0, 0, >0. REQUIRES: both are numbers, both
// dates, both text or both booleans.
int compare(const Value& a, const Value& b) {
  if (a.is<double>()) {
    const double x = a.as<double>(), y = b.as<double>();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is<Date>()) {
    const Date x = a.as<Date>(), y = b.as<Date>();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is<TextPtr>()) {
    const std::string& x = a.as<TextPtr>()->normalized();
    const std::string& y = b.as<TextPtr>()->normalized();
    return &x == &y ? 0 : x.compare(y);  // a text compared with itself: one string
  }
  return static_cast<int>(a.as<bool>()) - static_cast<int>(b.as<bool>());
}

bool same_kind(const Value& a, const Value& b) { return a.data.index() == b.data.index(); }

}  // namespace

namespace {

using Index = std::unordered_map<ValueKey, std::vector<std::uint32_t>, ValueKeyHash>;

// The rows of a register that pass a comprehension's row-only conjuncts,
// in table order, and indexed by the field its equality pins.
struct PrefilteredRows {
  // Shared with the collections that are exactly these rows.
  std::shared_ptr<std::vector<std::uint32_t>> rows = std::make_shared<std::vector<std::uint32_t>>();
  Index by_key;
};

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

}  // namespace

// Only rows of the dataset and expressions of the pack are keys: the same
// for every evaluator of one audit.
struct SharedRowSets::Impl {
  OnceMap<std::pair<const Table*, std::string>, Index> indexes;
  OnceMap<std::pair<const Expr*, const Table*>, PrefilteredRows> prefiltered;
};

SharedRowSets::SharedRowSets() : impl_(std::make_unique<Impl>()) {}
SharedRowSets::~SharedRowSets() = default;

class Evaluator::Impl {
 public:
  Impl(const rules::RulePack& pack, const Dataset& dataset, AuditDates dates,
       SharedRowSets* shared)
      : pack_(pack),
        dataset_(dataset),
        dates_(dates),
        own_shared_(shared ? nullptr : std::make_unique<SharedRowSets>()),
        shared_(shared ? shared : own_shared_.get()) {}

  std::vector<Finding> evaluate_finding(const rules::RuleInfo& rule, std::uint32_t first_row,
                                        std::uint32_t end_row) {
    std::vector<Finding> findings;
    const Table* table = dataset_.find(rule.subject_register);
    const std::vector<Window> windows = windows_of(rule);
    end_row = std::min<std::uint32_t>(end_row, static_cast<std::uint32_t>(table->row_count()));
    for (std::uint32_t row = first_row; row < end_row; ++row) {
      if (!subject_in_scope(rule, table, row)) continue;
      for (const Window& window : windows) {
        std::vector<EvidenceItem> lets;
        std::vector<EvidenceRow> rows;
        if (!evaluate_subject(rule, table, row, window, lets, rows, nullptr)) continue;
        Finding f;
        f.rule = &rule;
        describe_subject(table, row, f.subject, f.subject_name);
        if (rule.has_window) f.period = window.label;
        f.evidence = pick(lets, rule);
        f.rows.push_back(row_of(*table, row));
        f.rows.insert(f.rows.end(), rows.begin(), rows.end());
        findings.push_back(std::move(f));
      }
    }
    scope_.clear();
    return findings;
  }

  std::vector<Explanation> explain(const rules::RuleInfo& rule, const std::string& subject,
                                   const std::string& period) {
    std::vector<Explanation> out;
    if (rule.kind == rules::RuleKind::kIndicator) {
      Explanation e;
      e.rule = &rule;
      e.indicator = evaluate_indicator_traced(rule, &e.steps);
      out.push_back(std::move(e));
      return out;
    }
    const Table* table = dataset_.find(rule.subject_register);
    const int key = table->field_index(table->schema().key_field);
    const ValueKey wanted = key_of(Value{make_text(subject)});
    for (std::uint32_t row = 0; row < table->row_count(); ++row) {
      if (!(key_of(table->cell(row, static_cast<std::size_t>(key))) == wanted)) continue;
      const bool in_scope = subject_in_scope(rule, table, row);
      for (const Window& window : windows_of(rule)) {
        if (!period.empty() && window.label != period) continue;
        Explanation e;
        e.rule = &rule;
        describe_subject(table, row, e.subject, e.subject_name);
        e.subject_rows.push_back(row_of(*table, row));
        if (rule.has_window) e.period = window.label;
        e.in_scope = in_scope;
        if (in_scope) {
          std::vector<EvidenceItem> lets;
          std::vector<EvidenceRow> rows;
          e.fired = evaluate_subject(rule, table, row, window, lets, rows, &e.steps);
        }
        out.push_back(std::move(e));
      }
    }
    scope_.clear();
    return out;
  }

  IndicatorResult evaluate_indicator(const rules::RuleInfo& rule) {
    return evaluate_indicator_traced(rule, nullptr);
  }

 private:
  // The windows a finding rule is evaluated for: the audit as a whole (one
  // window with no label) when it has no `per`.
  std::vector<Window> windows_of(const rules::RuleInfo& rule) const {
    return rule.has_window ? audit_windows(rule.window, dates_) : std::vector<Window>{Window{}};
  }

  static EvidenceRow row_of(const Table& table, std::uint32_t row) {
    const RowSource& source = table.source(row);
    const SourceFile& file = table.file(source.file);
    return {table.schema().name, file.name, file.sheet, source.row};
  }

  static void describe_subject(const Table* table, std::uint32_t row, std::string& code,
                               std::string& name) {
    const RegisterSchema& schema = table->schema();
    code = display(table->cell(row, static_cast<std::size_t>(table->field_index(schema.key_field))));
    if (!schema.name_field.empty()) {
      name = display(table->cell(row, static_cast<std::size_t>(table->field_index(schema.name_field))));
    }
  }

  // Whether the subject passes the rule's `for ... where`.
  bool subject_in_scope(const rules::RuleInfo& rule, const Table* table, std::uint32_t row) {
    const Expr* filter = nullptr;
    for (const rules::Statement& s : rule.rule->statements) {
      if (s.kind == StatementKind::kFor) filter = s.expr.get();
    }
    if (!filter) return true;
    scope_.clear();
    scope_.emplace_back(&rule.subject_variable, Value{RecordRef{table, row}});
    const bool in = truth(eval(*filter)) == Truth::kTrue;
    scope_.clear();
    return in;
  }

  // Evaluates a finding's lets and `when` for one subject and window; true
  // when it is a finding. Fills `lets`, the rows of the collections among
  // them when it is a finding, and, when `steps` is given, each
  // statement's value.
  bool evaluate_subject(const rules::RuleInfo& rule, const Table* table, std::uint32_t row,
                        const Window& window, std::vector<EvidenceItem>& lets,
                        std::vector<EvidenceRow>& rows, std::vector<ExplanationStep>* steps) {
    scope_.clear();
    scope_.emplace_back(&rule.subject_variable, Value{RecordRef{table, row}});
    if (rule.has_window) scope_.emplace_back(&rule.window_variable, Value{&window});
    bool fired = false;
    for (const rules::Statement& s : rule.rule->statements) {
      if (s.kind == StatementKind::kLet) {
        Value v = eval(*s.expr);
        if (steps) steps->push_back({&s, scalar(v), rows_in(v)});
        lets.push_back({s.name, v});
        scope_.emplace_back(&s.name, std::move(v));
      } else if (s.kind == StatementKind::kWhen) {
        const Value v = eval(*s.expr);
        fired = truth(v) == Truth::kTrue;
        if (steps) steps->push_back({&s, v, {}});
      }
    }
    // The rows behind the collections, only for a finding: most subjects
    // are not one, and their rows (an agency's posts) are many.
    if (fired) {
      for (const EvidenceItem& let : lets) {
        const std::vector<EvidenceRow> behind = rows_in(let.value);
        rows.insert(rows.end(), behind.begin(), behind.end());
      }
    }
    return fired;
  }

  // The register rows of a collection value (none for other values).
  static std::vector<EvidenceRow> rows_in(const Value& v) {
    std::vector<EvidenceRow> out;
    if (!v.is<CollectionRef>()) return out;
    const CollectionRef& c = v.as<CollectionRef>();
    for (std::size_t i = 0; i < c.size(); ++i) out.push_back(row_of(*c.table, c.at(i)));
    return out;
  }

  // A value safe to keep after the registers are gone: a collection becomes
  // its size, records and lists become missing.
  static Value scalar(const Value& v) {
    if (v.is<CollectionRef>()) return Value{static_cast<double>(v.as<CollectionRef>().size())};
    if (v.is<RecordRef>() || v.is<ListPtr>() || v.is<WindowPtr>()) return Value{Missing{}};
    return v;
  }

  IndicatorResult evaluate_indicator_traced(const rules::RuleInfo& rule,
                                            std::vector<ExplanationStep>* steps) {
    IndicatorResult result;
    result.rule = &rule;
    scope_.clear();
    std::vector<EvidenceItem> lets;
    Value value = missing();
    Value target = missing();
    for (const rules::Statement& s : rule.rule->statements) {
      switch (s.kind) {
        case StatementKind::kLet: {
          Value v = eval(*s.expr);
          if (steps) steps->push_back({&s, scalar(v), rows_in(v)});
          lets.push_back({s.name, v});
          scope_.emplace_back(&s.name, std::move(v));
          break;
        }
        case StatementKind::kValue:
          value = eval(*s.expr);
          if (steps) steps->push_back({&s, scalar(value), {}});
          break;
        case StatementKind::kTarget:
          target = eval(*s.expr);
          result.comparison = s.comparison;
          if (steps) steps->push_back({&s, scalar(target), {}});
          break;
        default: break;
      }
    }
    result.evidence = pick(lets, rule);
    scope_.clear();
    if (target.is<double>()) result.target = target.as<double>();
    if (!value.is<double>() || !target.is<double>()) {
      result.status = IndicatorStatus::kNoData;
      return result;
    }
    result.value = value.as<double>();
    const int order = compare(value, target);
    bool met = false;
    switch (result.comparison) {
      case BinaryOp::kGreaterEqual: met = order >= 0; break;
      case BinaryOp::kGreater: met = order > 0; break;
      case BinaryOp::kLessEqual: met = order <= 0; break;
      case BinaryOp::kLess: met = order < 0; break;
      default: break;
    }
    result.status = met ? IndicatorStatus::kMet : IndicatorStatus::kNotMet;
    return result;
  }

  // The evidence the rule names (`evidence a, b`), as scalars, so that
  // results never point into the registers.
  static std::vector<EvidenceItem> pick(const std::vector<EvidenceItem>& lets,
                                        const rules::RuleInfo& rule) {
    std::vector<EvidenceItem> out;
    for (const rules::Statement& s : rule.rule->statements) {
      if (s.kind != StatementKind::kEvidence) continue;
      for (const auto& [name, span] : s.names) {
        for (const EvidenceItem& item : lets) {
          if (item.name == name) out.push_back({name, scalar(item.value)});
        }
      }
    }
    return out;
  }

  Value eval(const Expr& e) {
    switch (e.kind) {
      case ExprKind::kNumber: return Value{e.number};
      case ExprKind::kString: return Value{literal_text(e)};
      case ExprKind::kBool: return boolean(e.boolean);
      case ExprKind::kList: return literal_list(e);
      case ExprKind::kName: return eval_name(e);
      case ExprKind::kField: return eval_field(e);
      case ExprKind::kCall: return eval_call(e);
      case ExprKind::kUnary: return eval_unary(e);
      case ExprKind::kBinary: return eval_binary(e);
      case ExprKind::kFilter: return eval_filter(e);
      case ExprKind::kAggregate: return eval_aggregate(e);
    }
    return missing();
  }

  // Literal text is normalized once, not at every comparison.
  TextPtr literal_text(const Expr& e) {
    if (const TextPtr* known = literal_texts_.find(&e)) return *known;
    return literal_texts_.insert(&e, make_text(e.text));
  }

  Value literal_list(const Expr& e) {
    if (const ListPtr* known = literal_lists_.find(&e)) return Value{*known};
    auto items = std::make_shared<std::vector<Value>>();
    for (const rules::ExprPtr& item : e.children) items->push_back(eval(*item));
    return Value{literal_lists_.insert(&e, std::move(items))};
  }

  Value eval_name(const Expr& e) {
    // Variables first (a definition's body sees only its own parameters),
    // then the names that mean the same all through the evaluation.
    for (std::size_t i = scope_.size(); i-- > scope_base_;) {
      if (scope_[i].first && *scope_[i].first == e.text) return scope_[i].second;
    }
    if (const Value* known = globals_.find(&e)) return *known;
    Value value = global_value(e.text);
    globals_.insert(&e, value);
    return value;
  }

  Value global_value(const std::string& name) {
    if (auto p = pack_.params.find(name); p != pack_.params.end()) {
      return eval(*p->second->value);
    }
    if (name == "as_of") return Value{dates_.as_of};
    if (name == "period_start") return Value{dates_.period_start};
    if (name == "period_end") return Value{dates_.period_end};
    if (const Table* table = dataset_.find(name)) return Value{CollectionRef{table, nullptr}};
    throw std::logic_error("unchecked name: " + name);
  }

  bool is_global(const std::string& name) const {
    return pack_.params.count(name) || name == "as_of" || name == "period_start" ||
           name == "period_end" || pack_.catalogue->find(name) != nullptr;
  }

  // Whether a variable now in scope hides one of `names`.
  bool shadowed(const std::vector<std::string>& names) const {
    for (std::size_t i = scope_base_; i < scope_.size(); ++i) {
      if (scope_[i].first &&
          std::binary_search(names.begin(), names.end(), *scope_[i].first)) {
        return true;
      }
    }
    return false;
  }

  Value eval_field(const Expr& e) {
    const Value object = eval(*e.children[0]);
    if (object.is<WindowPtr>()) {
      const Window& w = *object.as<WindowPtr>();
      if (e.text == "start") return Value{w.start};
      if (e.text == "end") return Value{w.end};
      if (e.text == "year") return Value{static_cast<double>(w.year)};
      return Value{make_text(w.label)};
    }
    if (!object.is<RecordRef>()) return missing();
    const RecordRef& record = object.as<RecordRef>();
    // The field's position, looked up by name once per expression and table.
    return record.table->cell(record.row, static_cast<std::size_t>(column_of(e, record.table)));
  }

  // The position in `table` of the field a kField node names, looked up by
  // name once per node and table.
  int column_of(const Expr& field, const Table* table) {
    std::pair<const Table*, int>* slot = field_slots_.find(&field);
    if (!slot) {
      slot = &field_slots_.insert(&field, {table, table->field_index(field.text)});
    } else if (slot->first != table) {
      *slot = {table, table->field_index(field.text)};
    }
    return slot->second;
  }

  // The definition a call names, or null for a builtin; found by name once
  // per call expression.
  const rules::Define* definition_of(const Expr& call) {
    if (const rules::Define* const* known = definitions_.find(&call)) return *known;
    const auto d = pack_.defines.find(call.text);
    return definitions_.insert(&call, d != pack_.defines.end() ? d->second : nullptr);
  }

  Value eval_call(const Expr& e) {
    if (const rules::Define* found = definition_of(e)) {
      const rules::Define& define = *found;
      // The arguments are evaluated in the caller's scope, then become the
      // body's whole scope: a frame on top of the caller's, unnamed until
      // every argument is evaluated.
      const std::size_t frame = scope_.size();
      for (const rules::ExprPtr& arg : e.children) {
        Value v = eval(*arg);
        scope_.emplace_back(nullptr, std::move(v));
      }
      for (std::size_t i = 0; i < e.children.size(); ++i) {
        scope_[frame + i].first = &define.parameters[i].name;
      }
      const std::size_t caller_base = scope_base_;
      scope_base_ = frame;
      Value result = eval(*define.body);
      scope_base_ = caller_base;
      scope_.erase(scope_.begin() + static_cast<std::ptrdiff_t>(frame), scope_.end());
      return result;
    }
    std::vector<Value> args;
    for (const rules::ExprPtr& arg : e.children) args.push_back(eval(*arg));
    return call_builtin(e.text, args);
  }

  Value eval_unary(const Expr& e) {
    const Value v = eval(*e.children[0]);
    switch (e.unary_op) {
      case UnaryOp::kNot: return from_truth(negated(truth(v)));
      case UnaryOp::kNegate: return v.is<double>() ? Value{-v.as<double>()} : missing();
      case UnaryOp::kIsMissing: return boolean(v.is_missing());
      case UnaryOp::kIsNotMissing: return boolean(!v.is_missing());
    }
    return missing();
  }

  Value eval_binary(const Expr& e) {
    if (e.binary_op == BinaryOp::kAnd || e.binary_op == BinaryOp::kOr) {
      // The right side only when the left does not decide.
      const bool is_and = e.binary_op == BinaryOp::kAnd;
      const Truth left = truth(eval(*e.children[0]));
      if (left == (is_and ? Truth::kFalse : Truth::kTrue)) return from_truth(left);
      return from_truth(kleene(is_and, left, truth(eval(*e.children[1]))));
    }
    if (e.binary_op == BinaryOp::kCoalesce) {
      Value left = eval(*e.children[0]);
      return left.is_missing() ? eval(*e.children[1]) : left;
    }
    const Value a = eval(*e.children[0]);
    const Value b = eval(*e.children[1]);
    if (a.is_missing() || b.is_missing()) return missing();
    switch (e.binary_op) {
      case BinaryOp::kEqual:
      case BinaryOp::kNotEqual: {
        const bool equal = same_kind(a, b) && compare(a, b) == 0;
        return boolean(equal == (e.binary_op == BinaryOp::kEqual));
      }
      case BinaryOp::kLess: return ordered(a, b, [](int c) { return c < 0; });
      case BinaryOp::kLessEqual: return ordered(a, b, [](int c) { return c <= 0; });
      case BinaryOp::kGreater: return ordered(a, b, [](int c) { return c > 0; });
      case BinaryOp::kGreaterEqual: return ordered(a, b, [](int c) { return c >= 0; });
      case BinaryOp::kAdd:
      case BinaryOp::kSubtract:
      case BinaryOp::kMultiply:
      case BinaryOp::kDivide: return arithmetic(e.binary_op, a, b);
      case BinaryOp::kStartsWith: return boolean(starts_with(a, b));
      case BinaryOp::kContains: return boolean(contains(a, b));
      case BinaryOp::kStartsWithAny: return any_of_list(b, [&](const Value& item) {
          return starts_with(a, item);
        });
      case BinaryOp::kContainsAny: return any_of_list(b, [&](const Value& item) {
          return contains(a, item);
        });
      case BinaryOp::kIn: return any_of_list(b, [&](const Value& item) {
          return same_kind(a, item) && compare(a, item) == 0;
        });
      default: return missing();
    }
  }

  template <typename Test>
  static Value ordered(const Value& a, const Value& b, Test test) {
    if (!same_kind(a, b)) return missing();
    return boolean(test(compare(a, b)));
  }

  static Value arithmetic(BinaryOp op, const Value& a, const Value& b) {
    if (!a.is<double>() || !b.is<double>()) return missing();
    const double x = a.as<double>(), y = b.as<double>();
    switch (op) {
      case BinaryOp::kAdd: return Value{x + y};
      case BinaryOp::kSubtract: return Value{x - y};
      case BinaryOp::kMultiply: return Value{x * y};
      default: return y == 0 ? missing() : Value{x / y};
    }
  }

  static bool starts_with(const Value& a, const Value& prefix) {
    if (!a.is<TextPtr>() || !prefix.is<TextPtr>()) return false;
    return a.as<TextPtr>()->normalized().starts_with(prefix.as<TextPtr>()->normalized());
  }

  static bool contains(const Value& a, const Value& part) {
    if (!a.is<TextPtr>() || !part.is<TextPtr>()) return false;
    return a.as<TextPtr>()->normalized().find(part.as<TextPtr>()->normalized()) !=
           std::string::npos;
  }

  template <typename Test>
  static Value any_of_list(const Value& list, Test test) {
    if (!list.is<ListPtr>()) return missing();
    const auto& items = *list.as<ListPtr>();
    return boolean(std::any_of(items.begin(), items.end(), test));
  }

  // --- Comprehensions ------------------------------------------------------

  // The collection a comprehension ranges over (empty when missing).
  CollectionRef source_of(const Expr& e) {
    const Value source = eval(*e.children[0]);
    return source.is<CollectionRef>() ? source.as<CollectionRef>() : CollectionRef{};
  }

  // Calls `visit(row)` for each row of `collection` whose condition is true,
  // with the comprehension's variable bound to that row. `visit` returns
  // false to stop early. Over a whole register an equality on a field is
  // looked up in an index; a collection already narrowed is scanned.
  template <typename Visit>
  void for_each_match(const Expr& e, const CollectionRef& collection, Visit visit) {
    if (!collection.table) return;
    const AccessPlan& plan = plan_of(e);
    const bool use_index = plan.key && !collection.rows;
    // Conjuncts that read the row alone are tested once per row, when the
    // rows passing them are first needed, unless a variable hides a global
    // name they read.
    const bool prefilter = !plan.row_only.empty() && (use_index || !collection.rows) &&
                           !shadowed(plan.globals_read);
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
    scope_.emplace_back(&e.text, Value{});
    auto test_and_visit = [&](std::uint32_t row) {
      scope_.back().second = Value{RecordRef{collection.table, row}};
      for (RowTest& test : tests) {
        if (!passes(test, *collection.table, row)) return true;
      }
      return visit(row);
    };
    if (use_index) {
      const ValueKey key = key_of(eval(*plan.key));
      const Index& index = passing ? passing->by_key : field_index(*collection.table, plan.field);
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
    scope_.pop_back();
  }

  // A conjunct as a loop tests it: on the column's cell when it is a
  // FieldTest (the value it compares with computed at the first row that
  // needs it), else by evaluating it.
  struct RowTest {
    const Expr* conjunct = nullptr;
    const FieldTest* field = nullptr;  // null: evaluate the conjunct
    std::size_t column = 0;
    Value value;
    bool has_value = false;
  };
  using RowTests = boost::container::small_vector<RowTest, 4>;

  void add_test(RowTests& tests, const Expr& conjunct, const std::optional<FieldTest>& field,
                const Table& table) {
    RowTest& test = tests.emplace_back();
    test.conjunct = &conjunct;
    if (!field) return;
    const int column = column_of(*field->field, &table);
    if (column < 0) return;
    test.field = &*field;
    test.column = static_cast<std::size_t>(column);
  }

  void add_tests(RowTests& tests, const std::vector<const Expr*>& conjuncts,
                 const std::vector<std::optional<FieldTest>>& fields, const Table& table) {
    for (std::size_t i = 0; i < conjuncts.size(); ++i) add_test(tests, *conjuncts[i], fields[i], table);
  }

  // Whether the conjunct is true for `row` (bound to the loop's variable),
  // exactly as evaluating it says: a missing operand makes `==` and `!=`
  // missing, so not true.
  bool passes(RowTest& test, const Table& table, std::uint32_t row) {
    if (!test.field) return truth(eval(*test.conjunct)) == Truth::kTrue;
    const Value cell = table.cell(row, test.column);
    switch (test.field->kind) {
      case FieldTest::Kind::kIsMissing: return cell.is_missing();
      case FieldTest::Kind::kIsNotMissing: return !cell.is_missing();
      case FieldTest::Kind::kEqual:
      case FieldTest::Kind::kNotEqual: break;
    }
    if (!test.has_value) {
      test.value = eval(*test.field->value);
      test.has_value = true;
    }
    if (cell.is_missing() || test.value.is_missing()) return false;
    const bool equal = same_kind(cell, test.value) && compare(cell, test.value) == 0;
    return equal == (test.field->kind == FieldTest::Kind::kEqual);
  }

  const AccessPlan& plan_of(const Expr& e) {
    if (const auto* known = plans_.find(&e)) return **known;
    return *plans_.insert(&e, std::make_unique<const AccessPlan>(plan_access(
                                  e, [this](const std::string& name) { return is_global(name); })));
  }

  const PrefilteredRows& prefiltered(const Expr& e, const AccessPlan& plan, const Table& table) {
    return shared_->impl_->prefiltered.get({&e, &table}, [&](PrefilteredRows& out) {
      const int key_column = plan.key ? table.field_index(plan.field) : -1;
      // FieldTests first (the cheapest), then the other conjuncts taken apart.
      RowTests tests;
      std::vector<RowConditionTest> conditions;
      for (std::size_t i = 0; i < plan.row_only.size(); ++i) {
        if (plan.row_only_tests[i] && column_of(*plan.row_only_tests[i]->field, &table) >= 0) {
          add_test(tests, *plan.row_only[i], plan.row_only_tests[i], table);
        } else {
          conditions.push_back(split_condition(*plan.row_only[i], e.text, table));
        }
      }
      scope_.emplace_back(&e.text, Value{});
      for (std::uint32_t row = 0; row < table.row_count(); ++row) {
        scope_.back().second = Value{RecordRef{&table, row}};
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
      scope_.pop_back();
    });
  }

  // A row-only conjunct taken apart, tested on `table`'s rows.
  RowConditionTest split_condition(const Expr& conjunct, const std::string& var,
                                   const Table& table) {
    std::size_t leaves = 0;
    RowCondition root = take_apart_row_condition(
        conjunct, var, [this](const Expr& call) { return definition_of(call); }, &leaves);
    return RowConditionTest(std::move(root), leaves, table,
                            [this, &table](const RowCondition& leaf, std::uint32_t row) {
                              return leaf_truth(leaf, table, row);
                            });
  }

  // A leaf's truth for `row`: in the comprehension's scope, or inside an
  // opened definition with its parameters (each the row) alone in scope.
  Truth leaf_truth(const RowCondition& c, const Table& table, std::uint32_t row) {
    if (c.row_parameters.empty()) return truth(eval(*c.expr));
    const std::size_t frame = scope_.size();
    for (const std::string* name : c.row_parameters) {
      scope_.emplace_back(name, Value{RecordRef{&table, row}});
    }
    const std::size_t caller_base = scope_base_;
    scope_base_ = frame;
    const Truth t = truth(eval(*c.expr));
    scope_base_ = caller_base;
    scope_.erase(scope_.begin() + static_cast<std::ptrdiff_t>(frame), scope_.end());
    return t;
  }

  const Index& field_index(const Table& table, const std::string& field) {
    return shared_->impl_->indexes.get({&table, field}, [&](Index& index) {
      const auto column = static_cast<std::size_t>(table.field_index(field));
      for (std::uint32_t row = 0; row < table.row_count(); ++row) {
        const ValueKey key = key_of(table.cell(row, column));
        if (key.kind != 0) index[key].push_back(row);
      }
    });
  }

  Value eval_filter(const Expr& e) {
    const CollectionRef source = source_of(e);
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
  std::shared_ptr<const std::vector<std::uint32_t>> prefiltered_rows_only(
      const Expr& e, const CollectionRef& source) {
    if (!source.table || source.rows) return nullptr;
    const AccessPlan& plan = plan_of(e);
    if (plan.key || !plan.varying.empty() || plan.row_only.empty() ||
        shadowed(plan.globals_read)) {
      return nullptr;
    }
    return prefiltered(e, plan, *source.table).rows;
  }

  Value eval_aggregate(const Expr& e) {
    const Expr* projection = e.children[2].get();
    const CollectionRef source = source_of(e);
    switch (e.aggregate_op) {
      case AggregateOp::kCount: {
        double n = 0;
        for_each_match(e, source, [&](std::uint32_t) {
          ++n;
          return true;
        });
        return Value{n};
      }
      case AggregateOp::kExists:
      case AggregateOp::kNone: {
        bool found = false;
        for_each_match(e, source, [&](std::uint32_t) {
          found = true;
          return false;
        });
        return boolean(found == (e.aggregate_op == AggregateOp::kExists));
      }
      case AggregateOp::kCountDistinct: {
        if (const int column = projected_column(e, source); column >= 0) {
          const auto few = count_few_distinct(e, source, static_cast<std::size_t>(column));
          if (few) return Value{static_cast<double>(*few)};
        }
        DistinctKeys seen;
        for_each_match(e, source, [&](std::uint32_t) {
          const ValueKey key = key_of(eval(*projection));
          if (key.kind != 0) seen.insert(key);
          return true;
        });
        return Value{static_cast<double>(seen.size())};
      }
      case AggregateOp::kSum: {
        double sum = 0;
        for_each_match(e, source, [&](std::uint32_t) {
          const Value v = eval(*projection);
          if (v.is<double>()) sum += v.as<double>();
          return true;
        });
        return Value{sum};
      }
      case AggregateOp::kMin:
      case AggregateOp::kMax: {
        Value best = missing();
        const bool want_min = e.aggregate_op == AggregateOp::kMin;
        for_each_match(e, source, [&](std::uint32_t) {
          Value v = eval(*projection);
          if (v.is_missing()) return true;
          if (best.is_missing() ||
              (same_kind(v, best) && (want_min ? compare(v, best) < 0 : compare(v, best) > 0))) {
            best = std::move(v);
          }
          return true;
        });
        return best;
      }
      case AggregateOp::kLatest: {
        // Rows without a key come before any row with one; among equal keys
        // the later row of the register wins (rows are visited in order).
        const Expr& by = *e.children[3];
        Value best = missing();
        Value best_key = missing();
        bool any = false;
        for_each_match(e, source, [&](std::uint32_t) {
          Value key = eval(by);
          const bool later = !any || (key.is_missing() && best_key.is_missing()) ||
                             (!key.is_missing() &&
                              (best_key.is_missing() ||
                               (same_kind(key, best_key) && compare(key, best_key) >= 0)));
          if (later) {
            best = eval(*projection);
            best_key = std::move(key);
            any = true;
          }
          return true;
        });
        return best;
      }
    }
    return missing();
  }

  // For `count(distinct v.field for v in ...)`, the column of the field;
  // -1 for other projections.
  int projected_column(const Expr& e, const CollectionRef& source) {
    const Expr* projection = e.children[2].get();
    if (!source.table || !projection || projection->kind != ExprKind::kField ||
        projection->children[0]->kind != ExprKind::kName ||
        projection->children[0]->text != e.text) {
      return -1;
    }
    return column_of(*projection, source.table);
  }

  // Counts the distinct cells of `column` among the rows that match, when
  // they are few (an agency's posts): their keys sorted in one vector,
  // instead of a hash set with a node per key. The vector is this count's
  // own: a count in the condition runs inside it.
  std::optional<std::size_t> count_few_distinct(const Expr& e, const CollectionRef& source,
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

  const rules::RulePack& pack_;
  const Dataset& dataset_;
  AuditDates dates_;
  // Bound variables, innermost last; a null name is an argument being
  // evaluated. Lookups stop at scope_base_, where a definition's frame starts.
  std::vector<std::pair<const std::string*, Value>> scope_;
  std::size_t scope_base_ = 0;
  ExprMap<Expr, Value> globals_;
  ExprMap<Expr, std::pair<const Table*, int>> field_slots_;
  ExprMap<Expr, const rules::Define*> definitions_;
  ExprMap<Expr, TextPtr> literal_texts_;
  ExprMap<Expr, ListPtr> literal_lists_;
  ExprMap<Expr, std::unique_ptr<const AccessPlan>> plans_;  // by pointer: plans stay put
  // The row sets shared with the audit's other evaluators, or this one's.
  std::unique_ptr<SharedRowSets> own_shared_;
  SharedRowSets* shared_;
};

Evaluator::Evaluator(const rules::RulePack& pack, const Dataset& dataset, AuditDates dates,
                     SharedRowSets* shared)
    : impl_(std::make_unique<Impl>(pack, dataset, dates, shared)) {}

Evaluator::~Evaluator() = default;

std::vector<Explanation> Evaluator::explain(const rules::RuleInfo& rule, const std::string& subject,
                                           const std::string& period) {
  return impl_->explain(rule, subject, period);
}

std::vector<Finding> Evaluator::evaluate_finding(const rules::RuleInfo& rule,
                                                 std::uint32_t first_row,
                                                 std::uint32_t end_row) {
  return impl_->evaluate_finding(rule, first_row, end_row);
}

IndicatorResult Evaluator::evaluate_indicator(const rules::RuleInfo& rule) {
  return impl_->evaluate_indicator(rule);
}

}  // namespace genaudit
