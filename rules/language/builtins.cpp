#include "rules/language/builtins.h"

#include <iterator>

namespace genaudit::rules {
namespace {

bool fits(const Type& t, TypeKind kind) { return t.kind == kind || t.kind == TypeKind::kAny; }

// A checker for functions whose arguments are all of one kind.
std::function<std::string(const std::vector<Type>&)> arguments(std::size_t count,
                                                                TypeKind kind,
                                                                std::string what) {
  return [count, kind, what](const std::vector<Type>& args) -> std::string {
    if (args.size() != count) {
      return "takes " + std::to_string(count) + " argument(s), not " +
             std::to_string(args.size());
    }
    for (const Type& t : args) {
      if (!fits(t, kind)) return "expects " + what;
    }
    return "";
  };
}

std::function<Type(const std::vector<Type>&)> returns(TypeKind kind,
                                                    NumberUnit unit = NumberUnit::kNone) {
  return [kind, unit](const std::vector<Type>&) { return Type{kind, "", unit}; };
}

// count(collection): the rows of a collection or the windows of a period.
std::string one_collection(const std::vector<Type>& args) {
  if (args.size() != 1) return "takes 1 argument(s), not " + std::to_string(args.size());
  return fits(args[0], TypeKind::kCollection) || fits(args[0], TypeKind::kWindows)
             ? ""
             : "expects a collection: count(posts), count(years(period))";
}

// Two numbers or two dates: min(a, b), max(a, b). (With a comprehension,
// `min` and `max` are aggregates: the grammar tells them apart.)
std::string two_ordered(const std::vector<Type>& args) {
  if (args.size() != 2) {
    return "takes 2 argument(s), not " + std::to_string(args.size()) +
           " (or a comprehension: `max(s.x for s in ...)`)";
  }
  const bool numbers = fits(args[0], TypeKind::kNumber) && fits(args[1], TypeKind::kNumber);
  const bool dates = fits(args[0], TypeKind::kDate) && fits(args[1], TypeKind::kDate);
  return numbers || dates ? "" : "expects two numbers or two dates";
}

// The type of the first argument that is known, with its unit when both
// state the same one: min(share(a, b), 30%) is a share.
Type first_known(const std::vector<Type>& args) {
  Type t = args.empty() ? Type{} : args[0];
  if (t.kind == TypeKind::kAny && args.size() > 1) t = args[1];
  if (args.size() > 1 && args[0].unit != args[1].unit) t.unit = NumberUnit::kNone;
  return t;
}

// A number: abs(x), round(x, digits), of the unit of x.
std::function<Type(const std::vector<Type>&)> same_number() {
  return [](const std::vector<Type>& args) {
    Type t = args.empty() ? Type{} : args[0];
    t.kind = TypeKind::kNumber;
    return t;
  };
}

}  // namespace

const std::vector<Builtin>& builtin_values() {
  // Appended one by one: GCC 12 warns falsely (-Wmaybe-uninitialized) about
  // the strings of a braced list of structs on its exception path.
  static const std::vector<Builtin> values = [] {
    std::vector<Builtin> v;
    const Type date{TypeKind::kDate, ""};
    v.push_back({"as_of", date, "the date the registers are read at"});
    v.push_back({"period_start", date, "the first day of the audit period"});
    v.push_back({"period_end", date, "the last day of the audit period"});
    v.push_back({"period", Type{TypeKind::kWindow, ""},
                 "the audit period as a window: `years(period)`, `period.start`"});
    return v;
  }();
  return values;
}

const Builtin* find_builtin_value(const std::string& name) {
  for (const Builtin& b : builtin_values()) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

const std::vector<BuiltinFunction>& builtin_functions() {
  static const std::vector<BuiltinFunction> functions = {
      {"share", "share(part, whole)",
       arguments(2, TypeKind::kNumber, "two numbers: share(part, whole)"),
       returns(TypeKind::kNumber, NumberUnit::kPercent)},
      {"count", "count(collection)", one_collection,
       returns(TypeKind::kNumber, NumberUnit::kCount)},
      {"date", "date(year, month, day)",
       arguments(3, TypeKind::kNumber, "three numbers: date(2025, 12, 10)"),
       returns(TypeKind::kDate)},
      {"year", "year(date)", arguments(1, TypeKind::kDate, "a date"), returns(TypeKind::kNumber)},
      {"month", "month(date)", arguments(1, TypeKind::kDate, "a date"),
       returns(TypeKind::kNumber)},
      {"day", "day(date)", arguments(1, TypeKind::kDate, "a date"), returns(TypeKind::kNumber)},
      {"abs", "abs(number)", arguments(1, TypeKind::kNumber, "a number: abs(x - y)"),
       same_number()},
      {"round", "round(number, digits)",
       arguments(2, TypeKind::kNumber, "a number and how many decimals: round(x, 1)"),
       same_number()},
      {"min", "min(a, b)", two_ordered, first_known},
      {"max", "max(a, b)", two_ordered, first_known},
      {"days_between", "days_between(from, to)",
       arguments(2, TypeKind::kDate, "two dates: days_between(deadline, sent)"),
       returns(TypeKind::kNumber)},
      // The windows `per` gives that lie in a window (engine/eval/windows.h).
      {"months", "months(window)",
       arguments(1, TypeKind::kWindow, "a window: months(period), months(q)"),
       returns(TypeKind::kWindows)},
      {"quarters", "quarters(window)",
       arguments(1, TypeKind::kWindow, "a window: quarters(period), quarters(y)"),
       returns(TypeKind::kWindows)},
      {"years", "years(window)", arguments(1, TypeKind::kWindow, "a window: years(period)"),
       returns(TypeKind::kWindows)},
  };
  return functions;
}

const NumberRange* builtin_argument_range(const std::string& name, std::size_t index) {
  // As engine/eval/builtin_functions.cpp and Date::from_ymd read them.
  // round(x, digits): half away from zero at 0 to 10 decimals.
  static const NumberRange round_digits{0, 10, true, false,
                                        "the decimals of `round(number, digits)`"};
  if (name == "round" && index == 1) return &round_digits;
  static const NumberRange date_parts[] = {
      {1, 9999, true, false, "the year of `date(year, month, day)`"},
      {1, 12, true, false, "the month of `date(year, month, day)`"},
      {1, 31, true, false, "the day of `date(year, month, day)`"},
  };
  if (name == "date" && index < std::size(date_parts)) return &date_parts[index];
  return nullptr;
}

const BuiltinFunction* find_builtin_function(const std::string& name) {
  for (const BuiltinFunction& f : builtin_functions()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace genaudit::rules
