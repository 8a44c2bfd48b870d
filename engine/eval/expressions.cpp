#include "engine/eval/expressions.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "engine/eval/builtin_functions.h"
#include "engine/eval/truth.h"
#include "engine/eval/value_order.h"

namespace genaudit {

using rules::BinaryOp;
using rules::Expr;
using rules::ExprKind;
using rules::UnaryOp;

namespace {

Value missing() { return Value{Missing{}}; }
Value boolean(bool b) { return Value{b}; }

Value from_truth(Truth t) {
  return t == Truth::kMissing ? missing() : boolean(t == Truth::kTrue);
}

template <typename Test>
Value ordered(const Value& a, const Value& b, Test test) {
  if (!same_kind(a, b)) return missing();
  return boolean(test(compare(a, b)));
}

Value arithmetic(BinaryOp op, const Value& a, const Value& b) {
  if (!a.is<double>() || !b.is<double>()) return missing();
  const double x = a.as<double>(), y = b.as<double>();
  switch (op) {
    case BinaryOp::kAdd: return Value{x + y};
    case BinaryOp::kSubtract: return Value{x - y};
    case BinaryOp::kMultiply: return Value{x * y};
    default: return y == 0 ? missing() : Value{x / y};
  }
}

bool starts_with(const Value& a, const Value& prefix) {
  if (!a.is<TextPtr>() || !prefix.is<TextPtr>()) return false;
  return a.as<TextPtr>()->normalized().starts_with(prefix.as<TextPtr>()->normalized());
}

bool contains(const Value& a, const Value& part) {
  if (!a.is<TextPtr>() || !part.is<TextPtr>()) return false;
  return a.as<TextPtr>()->normalized().find(part.as<TextPtr>()->normalized()) !=
         std::string::npos;
}

// `day` moved by `n` units: days exactly; months and years to the same day
// of the month, or the month's last day when it has no such day (31
// January + 1 month is 28 or 29 February). Nullopt outside years 1..9999.
std::optional<Date> add_to_date(Date day, std::int64_t n, rules::DurationUnit unit) {
  if (unit == rules::DurationUnit::kDays) {
    static const std::int64_t first = Date::from_ymd(1, 1, 1)->days();
    static const std::int64_t last = Date::from_ymd(9999, 12, 31)->days();
    const std::int64_t days = static_cast<std::int64_t>(day.days()) + n;
    if (days < first || days > last) return std::nullopt;
    return Date::from_days(static_cast<std::int32_t>(days));
  }
  const std::int64_t months = unit == rules::DurationUnit::kYears ? n * 12 : n;
  const std::int64_t index = static_cast<std::int64_t>(day.year()) * 12 + (day.month() - 1) + months;
  if (index < 12 || index >= 10000 * 12) return std::nullopt;
  const int year = static_cast<int>(index / 12);
  const int month = static_cast<int>(index % 12) + 1;
  return Date::from_ymd(year, month, std::min(day.day(), Date::days_in_month(year, month)));
}

template <typename Test>
Value any_of_list(const Value& list, Test test) {
  if (!list.is<ListPtr>()) return missing();
  const auto& items = *list.as<ListPtr>();
  return boolean(std::any_of(items.begin(), items.end(), test));
}

}  // namespace

Expressions::Expressions(const rules::RulePack& pack, const Dataset& dataset,
                         const AuditDates& dates, SharedRowSets& shared, IsGlobalName is_global)
    : pack_(pack),
      dataset_(dataset),
      dates_(dates),
      windows_(dates),
      is_global_(std::move(is_global)),
      comprehensions_(*this, shared) {}

Value Expressions::eval(const Expr& e) {
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
    case ExprKind::kFilter: return comprehensions_.filter(e);
    case ExprKind::kAggregate: return comprehensions_.aggregate(e);
    case ExprKind::kIf: {
      // Only the branch the test chooses is evaluated; no data decides none.
      const Truth test = truth(eval(*e.test()));
      if (test == Truth::kMissing) return missing();
      return eval(test == Truth::kTrue ? *e.then_value() : *e.else_value());
    }
    case ExprKind::kDuration: return missing();  // only beside a date: eval_binary
  }
  return missing();
}

// The duration `e` stands for: a literal, or a parameter holding one (the
// checker allows no other), as the profile in force sets it.
const Expr* Expressions::duration_of(const Expr& e) const {
  const Expr* at = &e;
  for (int hops = 0; at && hops < 64; ++hops) {
    if (at->kind == ExprKind::kDuration) return at;
    if (at->kind != ExprKind::kName) return nullptr;
    const auto p = pack_.params.find(at->text);
    if (p == pack_.params.end()) return nullptr;
    at = p->second->value.get();
  }
  return nullptr;
}

// Literal text is normalized once, not at every comparison.
TextPtr Expressions::literal_text(const Expr& e) {
  if (const TextPtr* known = literal_texts_.find(&e)) return *known;
  return literal_texts_.insert(&e, make_text(e.text));
}

Value Expressions::literal_list(const Expr& e) {
  if (const ListPtr* known = literal_lists_.find(&e)) return Value{*known};
  auto items = std::make_shared<std::vector<Value>>();
  for (const rules::ExprPtr& item : e.items()) items->push_back(eval(*item));
  return Value{literal_lists_.insert(&e, std::move(items))};
}

Value Expressions::eval_name(const Expr& e) {
  // Variables first (a definition's body sees only its own parameters),
  // then the names that mean the same all through the evaluation.
  if (const Value* bound = frame_.find(e.text)) return *bound;
  if (const Value* known = globals_.find(&e)) return *known;
  Value value = global_value(e.text);
  globals_.insert(&e, value);
  return value;
}

// The value of a name is_global_ accepts.
Value Expressions::global_value(const std::string& name) {
  if (auto p = pack_.params.find(name); p != pack_.params.end()) {
    return eval(*p->second->value);
  }
  if (name == "as_of") return Value{dates_.as_of};
  if (name == "period") return Value{windows_.period()};
  if (name == "period_start") return Value{dates_.period_start};
  if (name == "period_end") return Value{dates_.period_end};
  if (const Table* table = dataset_.find(name)) return Value{CollectionRef{table, nullptr}};
  throw std::logic_error("unchecked name: " + name);
}

Value Expressions::eval_field(const Expr& e) {
  const Value object = eval(*e.record());
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

int Expressions::column_of(const Expr& field, const Table* table) {
  std::pair<const Table*, int>* slot = field_slots_.find(&field);
  if (!slot) {
    slot = &field_slots_.insert(&field, {table, table->field_index(field.text)});
  } else if (slot->first != table) {
    *slot = {table, table->field_index(field.text)};
  }
  return slot->second;
}

const rules::Define* Expressions::definition_of(const Expr& call) {
  if (const rules::Define* const* known = definitions_.find(&call)) return *known;
  const auto d = pack_.defines.find(call.text);
  return definitions_.insert(&call, d != pack_.defines.end() ? d->second : nullptr);
}

template <typename Body>
Value Expressions::in_definition(const Expr& call, const rules::Define& define, Body body) {
  // The arguments are evaluated in the caller's bindings, then become the
  // body's only visible ones: unnamed until every argument is evaluated.
  const std::size_t start = frame_.size();
  for (const rules::ExprPtr& arg : call.arguments()) frame_.bind_unnamed(eval(*arg));
  for (std::size_t i = 0; i < call.arguments().size(); ++i) {
    frame_.name(start + i, define.parameters[i].name);
  }
  const EvaluationFrame::Body entered = frame_.enter_body(start);
  Value result = body(*define.body);
  frame_.leave_body(entered);
  return result;
}

Value Expressions::eval_call(const Expr& e) {
  if (const rules::Define* found = definition_of(e)) {
    return in_definition(e, *found, [this](const Expr& body) { return eval(body); });
  }
  if (const auto kind = window_function(e.text)) {
    const Value w = eval(*e.arguments().front());
    return w.is<WindowPtr>() ? Value{windows_.within(*kind, *w.as<WindowPtr>())} : missing();
  }
  std::vector<Value> args;
  for (const rules::ExprPtr& arg : e.arguments()) args.push_back(eval(*arg));
  return call_builtin(e.text, args);
}

Value Expressions::eval_share(const Expr& e, std::optional<ShareOperands>& operands) {
  if (e.kind != ExprKind::kCall) return eval(e);
  if (const rules::Define* found = definition_of(e)) {
    return in_definition(e, *found,
                         [&](const Expr& body) { return eval_share(body, operands); });
  }
  if (e.text != "share") return eval(e);
  std::vector<Value> args;
  for (const rules::ExprPtr& arg : e.arguments()) args.push_back(eval(*arg));
  operands = ShareOperands{args[0], args[1]};
  return call_builtin(e.text, args);
}

Value Expressions::eval_unary(const Expr& e) {
  const Value v = eval(*e.operand());
  switch (e.unary_op) {
    case UnaryOp::kNot: return from_truth(negated(truth(v)));
    case UnaryOp::kNegate: return v.is<double>() ? Value{-v.as<double>()} : missing();
    case UnaryOp::kIsMissing: return boolean(v.is_missing());
    case UnaryOp::kIsNotMissing: return boolean(!v.is_missing());
  }
  return missing();
}

Value Expressions::eval_binary(const Expr& e) {
  if (e.binary_op == BinaryOp::kAnd || e.binary_op == BinaryOp::kOr) {
    // The right side only when the left does not decide.
    const bool is_and = e.binary_op == BinaryOp::kAnd;
    const Truth left = truth(eval(*e.left()));
    if (left == (is_and ? Truth::kFalse : Truth::kTrue)) return from_truth(left);
    return from_truth(kleene(is_and, left, truth(eval(*e.right()))));
  }
  if (e.binary_op == BinaryOp::kCoalesce) {
    Value left = eval(*e.left());
    return left.is_missing() ? eval(*e.right()) : left;
  }
  if (e.binary_op == BinaryOp::kAdd || e.binary_op == BinaryOp::kSubtract) {
    if (const Expr* duration = duration_of(*e.right())) {
      const Value day = eval(*e.left());
      if (!day.is<Date>()) return missing();
      const auto n = static_cast<std::int64_t>(duration->number);
      const std::optional<Date> moved =
          add_to_date(day.as<Date>(), e.binary_op == BinaryOp::kAdd ? n : -n,
                      duration->duration_unit);
      return moved ? Value{*moved} : missing();
    }
  }
  const Value a = eval(*e.left());
  const Value b = eval(*e.right());
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

}  // namespace genaudit
