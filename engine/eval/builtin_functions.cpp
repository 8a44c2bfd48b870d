#include "engine/eval/builtin_functions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
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

// count(collection): its rows, or its windows (`count(years(period))`).
Value count(const std::vector<Value>& args) {
  if (args[0].is<ListPtr>()) return Value{static_cast<double>(args[0].as<ListPtr>()->size())};
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

Value day_of(const std::vector<Value>& args) {
  if (!args[0].is<Date>()) return Value{Missing{}};
  return Value{static_cast<double>(args[0].as<Date>().day())};
}

Value absolute(const std::vector<Value>& args) {
  if (!args[0].is<double>()) return Value{Missing{}};
  return Value{std::fabs(args[0].as<double>())};
}

// round(x, digits): half away from zero, at 0 to 10 decimals (the checker
// keeps a literal there; no data otherwise). Rounded through the decimal
// text of x, so that round(2.675, 2) is 2.68, as the author reads 2.675.
Value round_to(const std::vector<Value>& args) {
  const auto digits = whole(args[1]);
  if (!args[0].is<double>() || !digits || *digits < 0 || *digits > 10) return Value{Missing{}};
  const double x = args[0].as<double>();
  if (!std::isfinite(x)) return Value{Missing{}};
  char text[64];
  std::snprintf(text, sizeof text, "%.15g", x);
  const double shortest = std::strtod(text, nullptr);
  const double scale = std::pow(10.0, *digits);
  double scaled = shortest * scale;
  // 2.675 * 100 is 267.49999...: nudge by the error of the multiplication.
  scaled = std::nextafter(scaled, scaled < 0 ? -HUGE_VAL : HUGE_VAL);
  const double rounded = std::round(scaled) / scale;
  return Value{rounded == 0 ? 0.0 : rounded};  // never -0
}

// min(a, b) / max(a, b) of two numbers or two dates; no data when either
// has none.
template <bool kMax>
Value extreme(const std::vector<Value>& args) {
  const Value& a = args[0];
  const Value& b = args[1];
  if (a.is<double>() && b.is<double>()) {
    return Value{kMax ? std::max(a.as<double>(), b.as<double>())
                      : std::min(a.as<double>(), b.as<double>())};
  }
  if (a.is<Date>() && b.is<Date>()) {
    return Value{kMax ? std::max(a.as<Date>(), b.as<Date>()) : std::min(a.as<Date>(), b.as<Date>())};
  }
  return Value{Missing{}};
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
      {"day", day_of},          {"abs", absolute},     {"round", round_to},
      {"min", extreme<false>},  {"max", extreme<true>},
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
  return implementations().count(name) > 0 || window_function(name).has_value();
}

std::optional<rules::WindowKind> window_function(const std::string& name) {
  if (name == "months") return rules::WindowKind::kMonth;
  if (name == "quarters") return rules::WindowKind::kQuarter;
  if (name == "years") return rules::WindowKind::kYear;
  return std::nullopt;
}

}  // namespace genaudit
