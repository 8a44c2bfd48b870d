// The types of expressions; see expr_types.h.
#include "rules/language/expr_types.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "engine/core/unicode_text.h"
#include "rules/language/builtins.h"
#include "rules/language/expr_layout.h"
#include "rules/language/suggest.h"

namespace genaudit::rules {

std::string describe(const Type& t) {
  switch (t.kind) {
    case TypeKind::kAny: return "a value";
    case TypeKind::kBool: return "a yes/no value";
    case TypeKind::kNumber: return "a number";
    case TypeKind::kString: return "text";
    case TypeKind::kDate: return "a date";
    case TypeKind::kRecord: return "a record of `" + t.register_name + "`";
    case TypeKind::kCollection: return "a collection of `" + t.register_name + "`";
    case TypeKind::kList: return "a list";
    case TypeKind::kWindow: return "a period window";
    case TypeKind::kWindows: return "windows of the period";
    case TypeKind::kDuration: return "a duration";
  }
  return "a value";
}

namespace {

// Whether `e` is a number literal written without `%` between 0 and 1
// exclusive: compared with a share (0 to 100), almost surely meant as one.
bool reads_as_fraction(const Expr& e) {
  return e.kind == ExprKind::kNumber && !e.percent && e.number > 0 && e.number < 1;
}

// The scalar types a definition's parameter may have besides a record.
const char* const kScalarTypes[] = {"text", "number", "date", "bool"};

std::optional<Type> scalar_type(const std::string& name) {
  if (name == "text") return Type{TypeKind::kString, ""};
  if (name == "number") return Type{TypeKind::kNumber, ""};
  if (name == "date") return Type{TypeKind::kDate, ""};
  if (name == "bool") return Type{TypeKind::kBool, ""};
  return std::nullopt;
}

// The fields of a window: its first and last day, its year and its label
// ("2025-03", "2025-Q1", "2025").
std::optional<Type> window_field(const std::string& name) {
  if (name == "start" || name == "end") return Type{TypeKind::kDate, ""};
  if (name == "year") return Type{TypeKind::kNumber, ""};
  if (name == "label") return Type{TypeKind::kString, ""};
  return std::nullopt;
}

Type type_of_field(const FieldSchema& f) {
  switch (f.type) {
    case FieldType::kText:
    case FieldType::kCode: return {TypeKind::kString, ""};
    case FieldType::kBool: return {TypeKind::kBool, ""};
    case FieldType::kDate: return {TypeKind::kDate, ""};
    case FieldType::kNumber:
    case FieldType::kInteger: return {TypeKind::kNumber, ""};
  }
  return {};
}

bool is(const Type& t, TypeKind kind) { return t.kind == kind || t.kind == TypeKind::kAny; }

}  // namespace

ValueType value_type(const Type& t) {
  switch (t.kind) {
    case TypeKind::kAny:
    case TypeKind::kNumber:
      switch (t.unit) {
        case NumberUnit::kNone: return ValueType::kNumber;
        case NumberUnit::kCount: return ValueType::kCount;
        case NumberUnit::kPercent: return ValueType::kPercent;
      }
      return ValueType::kNumber;
    case TypeKind::kBool: return ValueType::kBool;
    case TypeKind::kString: return ValueType::kText;
    case TypeKind::kDate: return ValueType::kDate;
    case TypeKind::kRecord:
    case TypeKind::kCollection: return ValueType::kRows;
    case TypeKind::kList: return ValueType::kList;
    case TypeKind::kWindow: return ValueType::kWindow;
    case TypeKind::kWindows: return ValueType::kList;
    case TypeKind::kDuration: return ValueType::kText;  // never shown: see kLet
  }
  return ValueType::kNumber;
}

ExprTypes::ExprTypes(CheckContext& context)
    : context_(context), pack_(context.pack), limits_(context, unfolded_definitions_) {}

void ExprTypes::declare(const Define& define, std::shared_ptr<const Source> source) {
  Definition& d = definitions_[define.name];
  d.define = &define;
  d.source = std::move(source);
}

void ExprTypes::declare(const Param& param, std::shared_ptr<const Source> source) {
  params_[param.name] = {&param, std::move(source), false};
}

Type ExprTypes::param_type(const std::string& name) {
  if (auto known = pack_.param_types.find(name); known != pack_.param_types.end()) {
    return known->second;
  }
  ParamState& state = params_.at(name);
  if (state.checking) {
    context_.error(state.param->value->span.begin,
                   "`" + name + "` is computed from itself; parameters cannot be recursive");
    return {};
  }
  state.checking = true;
  auto saved_source = context_.source;
  auto saved_scope = std::move(scope_);
  auto saved_registers = std::move(registers_);
  context_.source = state.source;
  scope_.clear();
  const Expr& v = *state.param->value;
  check_constant(v);
  Type type = check(v);
  if (v.kind == ExprKind::kList) {
    const bool literal = std::all_of(v.items().begin(), v.items().end(), [](const ExprPtr& item) {
      return item->kind == ExprKind::kString || item->kind == ExprKind::kNumber;
    });
    if (!literal) {
      context_.error(v.span.begin, "a parameter's list holds strings or numbers only");
    }
  }
  if (type.kind == TypeKind::kDuration && v.kind != ExprKind::kDuration &&
      v.kind != ExprKind::kName) {
    context_.error(v.span.begin, "a duration parameter is written as one: `30 days`");
  }
  if (type.kind == TypeKind::kRecord || type.kind == TypeKind::kCollection ||
      type.kind == TypeKind::kWindow) {
    type = {};  // reported by check_constant
  }
  // A literal percentage keeps its unit: a profile must write it `30%`.
  if (v.kind == ExprKind::kNumber && v.percent) type.unit = NumberUnit::kPercent;
  context_.source = saved_source;
  scope_ = std::move(saved_scope);
  registers_ = std::move(saved_registers);
  state.checking = false;
  pack_.param_types[name] = type;
  return type;
}

// A parameter's value means the same for every rule and subject: it reads
// no register, record or definition. Reports the first part that does.
void ExprTypes::check_constant(const Expr& e) {
  const char* problem = nullptr;
  switch (e.kind) {
    case ExprKind::kField: problem = "a record's field"; break;
    case ExprKind::kFilter:
    case ExprKind::kAggregate: problem = "a collection"; break;
    case ExprKind::kName:
      if (context_.registers.find(e.text)) problem = "a register";
      break;
    case ExprKind::kCall:
      if (pack_.defines.count(e.text)) problem = "a definition";
      break;
    default: break;
  }
  if (problem) {
    context_.error(e.span.begin,
                   std::string("a parameter's value cannot read ") + problem +
                       ": it is made of literals, other parameters, the audit's dates "
                       "(as_of, period_start, period_end) and builtin functions");
    return;
  }
  for (const ExprPtr& child : e.children) {
    if (child) check_constant(*child);
  }
}

void ExprTypes::check_definition(const std::string& name) {
  Definition& state = definitions_.at(name);
  if (state.checked || state.checking) return;
  state.checking = true;
  const Define& define = *state.define;
  auto saved_source = context_.source;
  auto saved_scope = std::move(scope_);
  auto saved_registers = std::move(registers_);
  context_.source = state.source;
  scope_.clear();
  registers_.clear();
  for (const DefineParameter& p : define.parameters) {
    if (context_.registers.find(p.register_name)) {
      scope_.emplace_back(p.name, Type{TypeKind::kRecord, p.register_name});
    } else if (auto scalar = scalar_type(p.register_name)) {
      scope_.emplace_back(p.name, *scalar);
    } else {
      std::vector<std::string> names(std::begin(kScalarTypes), std::end(kScalarTypes));
      for (const std::string& r : context_.registers.names()) names.push_back(r);
      context_.error(p.span.begin,
                     "`" + p.register_name + "` is neither a register nor a type",
                     did_you_mean(p.register_name, names));
      scope_.emplace_back(p.name, Type{});
    }
  }
  state.result = check(*define.body);
  unfolded_definitions_[name] = limits_.unfolded(*define.body);
  limits_.check(*define.body);
  state.registers = registers_;
  context_.source = saved_source;
  scope_ = std::move(saved_scope);
  registers_ = std::move(saved_registers);
  state.checking = false;
  state.checked = true;
}

void ExprTypes::start_rule() {
  scope_.clear();
  registers_.clear();
}

void ExprTypes::bind(const std::string& name, Type type) {
  scope_.emplace_back(name, std::move(type));
}

bool ExprTypes::binds(const std::string& name) const {
  return std::any_of(scope_.begin(), scope_.end(),
                     [&](const auto& entry) { return entry.first == name; });
}

void ExprTypes::expect(const Expr& e, const Type& t, TypeKind wanted) {
  if (!is(t, wanted)) {
    context_.error(e.span.begin,
                   "expected " + describe(Type{wanted, ""}) + ", found " + describe(t));
  }
}

// A number parameter passed where a builtin takes only some numbers (the
// month of `date`): its range is narrowed to them.
void ExprTypes::narrow_param(const Expr& argument, const NumberRange& range) {
  if (argument.kind != ExprKind::kName || binds(argument.text)) return;
  if (!pack_.params.count(argument.text)) return;
  auto [it, first] = param_uses_.emplace(argument.text, range);
  if (!first) it->second = it->second.intersect(range);
}

Type ExprTypes::check(const Expr& e) {
  struct Depth {
    std::size_t& depth;
    explicit Depth(std::size_t& d) : depth(++d) {}
    ~Depth() { --depth; }
  } depth(check_depth_);
  if (check_depth_ > kMaxUnfoldedNesting) {
    limits_.report_too_deep(e, true);
    return {};
  }
  return check_expr(e);
}

Type ExprTypes::check_expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kNumber:
      return {TypeKind::kNumber, "", e.percent ? NumberUnit::kPercent : NumberUnit::kNone};
    case ExprKind::kString: return {TypeKind::kString, ""};
    case ExprKind::kBool: return {TypeKind::kBool, ""};
    case ExprKind::kList:
      for (const ExprPtr& item : e.items()) check(*item);
      return {TypeKind::kList, ""};
    case ExprKind::kName: return check_name(e);
    case ExprKind::kField: return check_field(e);
    case ExprKind::kCall: return check_call(e);
    case ExprKind::kUnary: return check_unary(e);
    case ExprKind::kBinary: return check_binary(e);
    case ExprKind::kFilter: return check_comprehension(e, false);
    case ExprKind::kAggregate: return check_comprehension(e, true);
    case ExprKind::kIf: return check_if(e);
    case ExprKind::kDuration:
      // What `date(y, m, d)` and a window allow: 10000 years of days.
      if (e.number > 3660000) {
        context_.error(e.span.begin, "a duration of at most 3660000 days, 120000 months or "
                                     "10000 years");
      }
      return {TypeKind::kDuration, ""};
  }
  return {};
}

// `if test then a else b`: a yes/no test and two values of one kind; the
// unit is kept when both branches state the same one.
Type ExprTypes::check_if(const Expr& e) {
  expect(*e.test(), check(*e.test()), TypeKind::kBool);
  const Type a = check(*e.then_value());
  const Type b = check(*e.else_value());
  if (a.kind != TypeKind::kAny && b.kind != TypeKind::kAny &&
      (a.kind != b.kind || a.register_name != b.register_name)) {
    context_.error(e.else_value()->span.begin, "`then` gives " + describe(a) +
                                                   " but `else` gives " + describe(b) +
                                                   ": both must give one kind of value");
  }
  for (const Type* t : {&a, &b}) {
    if (t->kind == TypeKind::kDuration) {
      context_.error(e.span.begin, "an `if` cannot give a duration: write `if ... then d + 30 "
                                   "days else d + 60 days`");
      return {};
    }
  }
  Type result = a.kind == TypeKind::kAny ? b : a;
  if (a.unit != b.unit) result.unit = NumberUnit::kNone;
  return result;
}

std::vector<std::string> ExprTypes::visible_names() const {
  std::vector<std::string> names;
  for (const auto& [name, type] : scope_) names.push_back(name);
  for (const auto& [name, p] : pack_.params) names.push_back(name);
  for (const Builtin& b : builtin_values()) names.push_back(b.name);
  for (const std::string& r : context_.registers.names()) names.push_back(r);
  return names;
}

Type ExprTypes::check_name(const Expr& e) {
  for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
    if (it->first == e.text) return it->second;
  }
  if (pack_.params.count(e.text)) {
    // As before parameters could be computed: a parameter's number has no
    // unit where a rule reads it (types.h).
    Type type = param_type(e.text);
    if (type.kind == TypeKind::kNumber) type.unit = NumberUnit::kNone;
    return type;
  }
  if (const Builtin* b = find_builtin_value(e.text)) return b->type;
  if (context_.registers.find(e.text)) {
    registers_.insert(e.text);
    return {TypeKind::kCollection, e.text};
  }
  if (pack_.defines.count(e.text)) {
    context_.error(e.span.begin, "`" + e.text + "` is a definition: call it with its arguments",
                   "write `" + e.text + "(...)`");
    return {};
  }
  context_.error(e.span.begin, "unknown name `" + e.text + "`",
                 did_you_mean(e.text, visible_names()));
  return {};
}

Type ExprTypes::check_field(const Expr& e) {
  const Type object = check(*e.record());
  if (object.kind == TypeKind::kAny) return {};
  if (object.kind == TypeKind::kWindow) {
    if (auto field = window_field(e.text)) return *field;
    // Its fields listed, and the functions of a date for what a window
    // has only through them (`month(w.start)`).
    std::string hint = did_you_mean(e.text, {"start", "end", "year", "label"});
    if (hint.empty() && (e.text == "month" || e.text == "quarter" || e.text == "day")) {
      const std::string w = e.record()->kind == ExprKind::kName ? e.record()->text : "w";
      hint = e.text == "quarter" ? "its label says the quarter (`" + w + ".label` is \"2025-Q1\")"
                                 : "`" + e.text + "(" + w + ".start)` is the " + e.text +
                                       " it starts in";
    }
    context_.error(e.span.end - e.text.size(),
                   "a window has no field `" + e.text +
                       "`; its fields are `start` and `end` (dates), `year` and `label`",
                   hint);
    return {};
  }
  if (object.kind != TypeKind::kRecord) {
    context_.error(e.span.begin, "only a record has fields; this is " + describe(object));
    return {};
  }
  const RegisterSchema* r = context_.registers.find(object.register_name);
  if (r == nullptr) return {};  // a record of an unknown register: reported already
  if (const FieldSchema* f = r->find_field(e.text)) {
    pack_.fields_read[r->name].insert(f->name);
    if (f->type == FieldType::kCode) coded_fields_[&e] = f;
    return type_of_field(*f);
  }
  std::vector<std::string> fields;
  for (const FieldSchema& f : r->fields) fields.push_back(f.name);
  context_.error(e.span.end - e.text.size(),
                 "register `" + r->name + "` has no field `" + e.text + "`",
                 did_you_mean(e.text, fields));
  return {};
}

Type ExprTypes::check_call(const Expr& e) {
  std::vector<Type> args;
  for (const ExprPtr& arg : e.arguments()) args.push_back(check(*arg));
  if (pack_.defines.count(e.text)) return check_definition_call(e, args);
  if (const BuiltinFunction* f = find_builtin_function(e.text)) {
    for (std::size_t i = 0; i < e.arguments().size(); ++i) {
      if (const NumberRange* range = builtin_argument_range(e.text, i)) {
        narrow_param(*e.arguments()[i], *range);
      }
    }
    std::string problem = f->check(args);
    if (!problem.empty()) context_.error(e.span.begin, "`" + e.text + "`: " + problem);
    return f->result(args);
  }
  std::vector<std::string> names;
  for (const auto& [name, d] : pack_.defines) names.push_back(name);
  for (const BuiltinFunction& f : builtin_functions()) names.push_back(f.name);
  context_.error(e.span.begin, "unknown function `" + e.text + "`", did_you_mean(e.text, names));
  return {};
}

// A call of a definition: its result's type, without its unit (types.h).
Type ExprTypes::check_definition_call(const Expr& e, const std::vector<Type>& args) {
  const Definition& state = definitions_.at(e.text);
  if (state.checking) {
    context_.error(e.span.begin,
                   "`" + e.text + "` uses itself; definitions cannot be recursive");
    return {};
  }
  check_definition(e.text);
  const Define& define = *state.define;
  if (args.size() != define.parameters.size()) {
    context_.error(e.span.begin, "`" + e.text + "` takes " +
                                     std::to_string(define.parameters.size()) +
                                     " argument(s), not " + std::to_string(args.size()));
    return state.result;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& wanted = define.parameters[i].register_name;
    if (args[i].kind == TypeKind::kAny) continue;
    const std::size_t at = e.arguments()[i]->span.begin;
    if (auto scalar = scalar_type(wanted)) {
      if (args[i].kind != scalar->kind) {
        context_.error(at, "expected " + describe(*scalar) + ", found " + describe(args[i]));
      }
    } else if (args[i].kind != TypeKind::kRecord || args[i].register_name != wanted) {
      context_.error(at, "expected a record of `" + wanted + "`, found " + describe(args[i]));
    }
  }
  // A definition gives its body's type, unit and all: a share defined once
  // is a share wherever it is used (shown with its percent sign).
  registers_.insert(state.registers.begin(), state.registers.end());
  return state.result;
}

Type ExprTypes::check_unary(const Expr& e) {
  const Type operand = check(*e.operand());
  switch (e.unary_op) {
    case UnaryOp::kNot:
      expect(*e.operand(), operand, TypeKind::kBool);
      return {TypeKind::kBool, ""};
    case UnaryOp::kNegate:
      expect(*e.operand(), operand, TypeKind::kNumber);
      return {TypeKind::kNumber, ""};
    case UnaryOp::kIsMissing:
    case UnaryOp::kIsNotMissing:
      return {TypeKind::kBool, ""};
  }
  return {};
}

Type ExprTypes::check_binary(const Expr& e) {
  const Type lhs = check(*e.left());
  const Type rhs = check(*e.right());
  const Expr& l = *e.left();
  const Expr& r = *e.right();
  const bool scalar_mismatch = lhs.kind != TypeKind::kAny && rhs.kind != TypeKind::kAny &&
                               lhs.kind != rhs.kind;
  switch (e.binary_op) {
    case BinaryOp::kOr:
    case BinaryOp::kAnd:
      expect(l, lhs, TypeKind::kBool);
      expect(r, rhs, TypeKind::kBool);
      return {TypeKind::kBool, ""};
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
      if (scalar_mismatch) {
        context_.error(r.span.begin,
                       "cannot compare " + describe(lhs) + " with " + describe(rhs));
      }
      check_codes(l, r);
      check_codes(r, l);
      return {TypeKind::kBool, ""};
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kGreater:
    case BinaryOp::kGreaterEqual:
      check_percent_comparison(e, lhs, rhs);
      if (!is(lhs, TypeKind::kNumber) && !is(lhs, TypeKind::kDate)) {
        context_.error(l.span.begin,
                       "only numbers and dates are ordered; this is " + describe(lhs));
      } else if (scalar_mismatch) {
        context_.error(r.span.begin,
                       "cannot compare " + describe(lhs) + " with " + describe(rhs));
      }
      return {TypeKind::kBool, ""};
    case BinaryOp::kAdd:
      // Texts joined with `+`: one error for the whole chain (`a + " " + b`),
      // whose value is then of no known type, so that neither the next `+`
      // nor a comparison of the result repeats it.
      if (lhs.kind == TypeKind::kString && rhs.kind == TypeKind::kString) {
        context_.error(l.span.begin, "`+` adds numbers; the rule language cannot join texts",
                       "compare each part instead (`a.x == \"…\" and a.y == \"…\"`), or "
                       "test a part with `contains` or `starts_with`");
        return {};
      }
      if ((lhs.kind == TypeKind::kString && rhs.kind == TypeKind::kAny) ||
          (lhs.kind == TypeKind::kAny && rhs.kind == TypeKind::kString)) {
        return {};  // a text and a value already reported
      }
      [[fallthrough]];
    case BinaryOp::kSubtract:
      return check_arithmetic(e, lhs, rhs);
    case BinaryOp::kMultiply:
    case BinaryOp::kDivide:
      expect(l, lhs, TypeKind::kNumber);
      expect(r, rhs, TypeKind::kNumber);
      return {TypeKind::kNumber, ""};
    case BinaryOp::kCoalesce:
      if (scalar_mismatch) {
        context_.error(r.span.begin, "`??` needs two values of one kind: " + describe(lhs) +
                                         " and " + describe(rhs));
      }
      return without_unit(lhs.kind == TypeKind::kAny ? rhs : lhs);
    case BinaryOp::kStartsWith:
    case BinaryOp::kContains:
      expect(l, lhs, TypeKind::kString);
      expect(r, rhs, TypeKind::kString);
      return {TypeKind::kBool, ""};
    case BinaryOp::kStartsWithAny:
    case BinaryOp::kContainsAny:
      expect(l, lhs, TypeKind::kString);
      expect(r, rhs, TypeKind::kList);
      return {TypeKind::kBool, ""};
    case BinaryOp::kIn:
      expect(r, rhs, TypeKind::kList);
      check_codes(l, r);
      return {TypeKind::kBool, ""};
  }
  return {};
}

// `a + b`, `a - b`: numbers, or a date and a duration after it (`as_of -
// 30 days`), written as a literal or a parameter holding one, so that the
// evaluator finds it without a value for it.
Type ExprTypes::check_arithmetic(const Expr& e, const Type& lhs, const Type& rhs) {
  const Expr& l = *e.left();
  const Expr& r = *e.right();
  const auto written = [&](const Expr& x) { return ExprLayout(context_.source.get()).flat(x); };
  if (lhs.kind == TypeKind::kDate || rhs.kind == TypeKind::kDuration) {
    if (lhs.kind == TypeKind::kDate && rhs.kind == TypeKind::kDate) {
      context_.error(e.span.begin, "a date cannot be taken from a date",
                     "the days from one to the other are `days_between(" +
                         written(l) + ", " + written(r) + ")`");
      return {};
    }
    if (rhs.kind == TypeKind::kNumber) {
      context_.error(r.span.begin, "expected a duration after a date, found a number",
                     "write the unit: `" + written(l) + (e.binary_op == BinaryOp::kAdd
                                                                    ? " + "
                                                                    : " - ") +
                         written(r) + " days` (or months, years)");
      return {TypeKind::kDate, ""};
    }
    expect(l, lhs, TypeKind::kDate);
    expect(r, rhs, TypeKind::kDuration);
    if (rhs.kind == TypeKind::kDuration && r.kind != ExprKind::kDuration &&
        r.kind != ExprKind::kName) {
      context_.error(r.span.begin, "a duration is written after `+` or `-` as `30 days` or a "
                                   "parameter holding one");
    }
    return {TypeKind::kDate, ""};
  }
  if (lhs.kind == TypeKind::kDuration) {
    context_.error(l.span.begin, "a duration goes after a date: `as_of - 30 days`");
    return {};
  }
  expect(l, lhs, TypeKind::kNumber);
  expect(r, rhs, TypeKind::kNumber);
  return {TypeKind::kNumber, ""};
}

// A share (percent, 0 to 100) ordered against a bare number between 0 and
// 1 (`share(a, b) >= 0.3`): a fraction where a percentage was meant, true
// or false almost everywhere. An error, with the percentage to write.
void ExprTypes::check_percent_comparison(const Expr& e, const Type& lhs, const Type& rhs) {
  const auto report = [&](const Expr& number) {
    context_.error(number.span.begin,
                   "a share is in percent, 0 to 100: " + format_number(number.number) +
                       " would be " + format_number(number.number, true),
                   "did you mean `" + format_number(number.number * 100, true) + "`?");
  };
  if (lhs.unit == NumberUnit::kPercent && reads_as_fraction(*e.right())) report(*e.right());
  if (rhs.unit == NumberUnit::kPercent && reads_as_fraction(*e.left())) report(*e.left());
}

// A coded field compared with a literal (or a list, or a parameter holding
// one): each text must be one of the field's codes, or the comparison
// could never be true and the rule would pass silently.
void ExprTypes::check_codes(const Expr& field_expr, const Expr& other) {
  auto it = coded_fields_.find(&field_expr);
  if (it == coded_fields_.end()) return;
  const FieldSchema& field = *it->second;
  const Expr* literal = &other;
  if (other.kind == ExprKind::kName) {
    auto p = pack_.params.find(other.text);
    if (p == pack_.params.end() || binds(other.text)) return;
    literal = p->second->value.get();
    // A profile setting the parameter is held to the same codes.
    pack_.param_codes[other.text] = &field;
  }
  std::vector<const Expr*> items;
  if (literal->kind == ExprKind::kString) items.push_back(literal);
  if (literal->kind == ExprKind::kList) {
    for (const ExprPtr& item : literal->items()) {
      if (item->kind == ExprKind::kString) items.push_back(item.get());
    }
  }
  std::vector<std::string> codes;
  for (const CodeForms& c : field.codes) codes.push_back(c.code);
  if (!field.code_otherwise.empty()) codes.push_back(field.code_otherwise);
  for (const Expr* item : items) {
    const std::string code = text::normalize_free_text(item->text);
    if (std::find(codes.begin(), codes.end(), code) != codes.end()) continue;
    std::string list;
    for (const std::string& c : codes) list += (list.empty() ? "" : ", ") + c;
    // A parameter's value may sit in another file: point at the use.
    const std::size_t at = literal == &other ? item->span.begin : other.span.begin;
    context_.error(at, "`" + item->text + "` is not a code of `" + field.name + "` (" + list + ")",
                   did_you_mean(code, codes));
  }
}

Type ExprTypes::check_comprehension(const Expr& e, bool aggregate) {
  const Type source = check(*e.collection());
  Type element{};
  if (source.kind == TypeKind::kCollection) {
    element = {TypeKind::kRecord, source.register_name};
  } else if (source.kind == TypeKind::kWindows) {
    element = {TypeKind::kWindow, ""};
  } else if (source.kind != TypeKind::kAny) {
    context_.error(e.collection()->span.begin,
                   "expected a register, a collection or windows (`years(period)`), found " +
                       describe(source));
  }
  scope_.emplace_back(e.text, element);
  if (e.condition()) expect(*e.condition(), check(*e.condition()), TypeKind::kBool);
  Type projected{};
  const bool has_projection = aggregate && e.projection();
  if (has_projection) projected = check(*e.projection());
  const bool has_key = aggregate && e.children.size() > 3 && e.order_key();
  Type key{};
  if (has_key) key = check(*e.order_key());
  scope_.pop_back();
  if (!aggregate) {
    // A filter over something already reported is of no known type.
    if (source.kind != TypeKind::kCollection && source.kind != TypeKind::kWindows) return {};
    return source;
  }

  const std::size_t at = e.span.begin;
  if (e.distinct && e.aggregate_op != AggregateOp::kCountDistinct) {
    context_.error(at, "`distinct` goes only with `count`");
  }
  if (has_key && e.aggregate_op != AggregateOp::kLatest) {
    context_.error(e.order_key()->span.begin, "`by` goes only with `latest`");
  }
  switch (e.aggregate_op) {
    case AggregateOp::kCount:
      if (has_projection) {
        context_.error(
            at, "`count` counts records; to count values write `count(distinct ... for ...)`");
      }
      return {TypeKind::kNumber, "", NumberUnit::kCount};
    case AggregateOp::kCountDistinct:
      if (!has_projection) {
        context_.error(at, "`count(distinct ...)` needs the value to count: "
                           "`count(distinct s.staff_id for s in ...)`");
      }
      return {TypeKind::kNumber, "", NumberUnit::kCount};
    case AggregateOp::kExists:
    case AggregateOp::kNone:
      if (has_projection) context_.error(at, "`exists` and `none` take no value before `for`");
      return {TypeKind::kBool, ""};
    case AggregateOp::kSum:
      if (!has_projection) {
        context_.error(at, "`sum` needs the value to add: `sum(s.x for s in ...)`");
      } else {
        expect(*e.projection(), projected, TypeKind::kNumber);
      }
      return {TypeKind::kNumber, ""};
    case AggregateOp::kMin:
    case AggregateOp::kMax:
      if (!has_projection) {
        context_.error(at, "`min` and `max` need a value: `max(s.x for s in ...)`");
      } else if (!is(projected, TypeKind::kNumber) && !is(projected, TypeKind::kDate)) {
        context_.error(e.projection()->span.begin,
                       std::string("only numbers and dates have a ") +
                           (e.aggregate_op == AggregateOp::kMin ? "minimum" : "maximum") +
                           "; this is " + describe(projected));
      }
      return without_unit(projected);
    case AggregateOp::kLatest:
      if (!has_projection || !has_key) {
        context_.error(at, "`latest` needs a value and an order: "
                           "`latest(r.value for r in ... by r.reported_on)`");
      } else if (!is(key, TypeKind::kNumber) && !is(key, TypeKind::kDate) &&
                 !is(key, TypeKind::kString)) {
        context_.error(e.order_key()->span.begin,
                       "`by` orders by a number, a date or text; this is " + describe(key));
      }
      return without_unit(projected);
    case AggregateOp::kDistinct:
      if (!has_projection) {
        context_.error(at, "`distinct` needs the value that names each group: "
                           "`for d in distinct(a.district for a in agencies)`");
      }
      return without_unit(projected);
  }
  return {};
}

}  // namespace genaudit::rules
