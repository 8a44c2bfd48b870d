// `genaudit rules test [PATH] [--rules-only]`: runs the rule unit tests
// (*.test.toml) under PATH against the built-in pack extended by the rule
// files under PATH (with --rules-only, those files alone), or the built-in
// pack when PATH has none.
#include <filesystem>
#include <iostream>

#include "engine/audit/rule_tests.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "rules/language/pack_loader.h"

namespace genaudit::cli {

int run_rules_test_command(const std::string& path, bool replace_builtin) {
  if (!std::filesystem::exists(path)) {
    std::cerr << "genaudit: " << path << ": no such file or folder\n";
    return 2;
  }
  std::string io_error;
  const bool has_rules = !rules::read_rule_files(path, &io_error).empty() && io_error.empty();
  rules::RuleSources sources;
  if (has_rules) sources.paths.push_back(path);
  sources.replace_builtin = replace_builtin;
  std::optional<rules::RulePack> pack = load_pack_or_report(sources);
  if (!pack) return 2;
  const auto files = find_rule_test_files(path);
  if (files.empty()) {
    std::cerr << "genaudit: " << path << ": no *.test.toml file\n";
    return 2;
  }
  int passed = 0, failed = 0;
  for (const auto& file : files) {
    for (const RuleTestResult& r : run_rule_test_file(*pack, file)) {
      std::cout << (r.passed ? "PASS  " : "FAIL  ") << r.file << "  " << r.name << "\n";
      for (const std::string& problem : r.problems) std::cout << "      " << problem << "\n";
      (r.passed ? passed : failed)++;
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}

}  // namespace genaudit::cli
