#include "engine/eval/builtin_functions.h"

#include <functional>
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

const std::map<std::string, Implementation>& implementations() {
  static const std::map<std::string, Implementation> table = {
      {"share", share},
      {"count", count},
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
