#include "engine/eval/builtin_functions.h"

#include <cmath>
#include <functional>
#include <optional>
#include <map>
#include <stdexcept>

namespace genaudit {
namespace {

using Implementation = std::function<Value(const std::vector<Value>&)>;

// share(part, whole) in percent, computed as part*100/whole so that exact
// boundaries stay exact (3 of 10 is 30, not 29.999...). No data when the
// whole is zero.
Value share(const std::vector<Value>& args) {
  if (!args[0].is<double>() || !args[1].is<double>()) return Value{Missing{}};
  const double whole = args[1].as<double>();
  if (whole == 0) return Value{Missing{}};
  return Value{args[0].as<double>() * 100.0 / whole};
}

Value count(const std::vector<Value>& args) {
  if (!args[0].is<CollectionRef>()) return Value{Missing{}};
  return Value{static_cast<double>(args[0].as<CollectionRef>().size())};
}

// A whole number, or nullopt.
std::optional<int> whole(const Value& v) {
  if (!v.is<double>()) return std::nullopt;
  const double d = v.as<double>();
  if (d != std::floor(d) || std::fabs(d) > 1e6) return std::nullopt;
  return static_cast<int>(d);
}

// date(year, month, day); no data when it is not a real day.
Value make_date(const std::vector<Value>& args) {
  const auto y = whole(args[0]), m = whole(args[1]), d = whole(args[2]);
  if (!y || !m || !d) return Value{Missing{}};
  const auto date = Date::from_ymd(*y, *m, *d);
  return date ? Value{*date} : Value{Missing{}};
}

Value year_of(const std::vector<Value>& args) {
  if (!args[0].is<Date>()) return Value{Missing{}};
  return Value{static_cast<double>(args[0].as<Date>().year())};
}

Value month_of(const std::vector<Value>& args) {
  if (!args[0].is<Date>()) return Value{Missing{}};
  return Value{static_cast<double>(args[0].as<Date>().month())};
}

// days_between(from, to): to - from, in days (negative when `to` is earlier).
Value days_between(const std::vector<Value>& args) {
  if (!args[0].is<Date>() || !args[1].is<Date>()) return Value{Missing{}};
  return Value{static_cast<double>(args[1].as<Date>() - args[0].as<Date>())};
}

const std::map<std::string, Implementation>& implementations() {
  static const std::map<std::string, Implementation> table = {
      {"share", share},         {"count", count},      {"date", make_date},
      {"year", year_of},        {"month", month_of},   {"days_between", days_between},
  };
  return table;
}

}  // namespace

Value call_builtin(const std::string& name, const std::vector<Value>& args) {
  const auto& table = implementations();
  auto it = table.find(name);
  if (it == table.end()) throw std::logic_error("no implementation of builtin " + name);
  return it->second(args);
}

bool has_builtin_implementation(const std::string& name) {
  return implementations().count(name) > 0;
}

}  // namespace genaudit
