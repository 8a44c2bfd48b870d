// Rule files from arbitrary bytes: parsed, and checked when they parse. No
// text may crash, hang or exhaust the stack; every problem must come back
// as a diagnostic that formats with its line and caret.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "adapters/registers/province_registers.h"
#include "rules/language/checker.h"
#include "rules/language/diagnostic.h"
#include "rules/language/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit::rules;
  auto source = std::make_shared<Source>(
      "fuzz.rules", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult parsed = parse_rule_file(source);
  if (!parsed.file) {
    if (parsed.diagnostics.empty()) __builtin_trap();  // a failure must say why
    (void)format_diagnostics(parsed.diagnostics);
    return 0;
  }
  std::vector<RuleFile> files;
  files.push_back(std::move(*parsed.file));
  CheckResult checked = check_rule_files(std::move(files), genaudit::province_registers());
  if (!checked.pack && checked.diagnostics.empty()) __builtin_trap();
  (void)format_diagnostics(checked.diagnostics);
  return 0;
}
