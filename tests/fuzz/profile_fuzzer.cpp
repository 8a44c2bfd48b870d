// TOML profiles on arbitrary text, applied to the plan's own pack. A profile
// is all or nothing: with any diagnostic the pack must be unchanged.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "adapters/registers/province_registers.h"
#include "rules/language/diagnostic.h"
#include "rules/language/pack_loader.h"
#include "rules/language/profile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit::rules;
  static RulePack* pack = [] {
    PackLoad load = load_rule_pack(builtin_rule_texts(), genaudit::province_registers());
    if (!load.pack) __builtin_trap();
    return new RulePack(std::move(*load.pack));
  }();
  const auto params = pack->params;
  const auto rules = pack->rules;

  const Diagnostics problems = apply_profile(
      *pack, "fuzz.toml", std::string(reinterpret_cast<const char*>(data), size));
  if (!problems.empty()) {
    (void)format_diagnostics(problems);
    if (pack->params != params || pack->rules.size() != rules.size() ||
        !pack->param_overrides.empty()) {
      __builtin_trap();
    }
  }
  // Back to the pack as built for the next input.
  pack->params = params;
  pack->rules = rules;
  pack->param_overrides.clear();
  return 0;
}
