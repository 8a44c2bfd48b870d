// `genaudit rules test [PATH] [--rules-only]`: runs rule unit tests
// (*.test.toml). PATH is
//   - a folder: its test files, against the built-in pack extended by its
//     rule files (with --rules-only, those files alone);
//   - a test file: that file, against the built-in pack;
//   - a rule file X.rules: the tests X.test.toml beside it or in tests/
//     beside it (the pack's layout), against the built-in pack extended by
//     that rule file (with --rules-only, it alone).
// The first line says which pack the cases ran against. The runner's words
// are the rule language's, in English, for the rule writer; why nothing
// ran is said in the user's language.
#include <filesystem>
#include <iostream>

#include "engine/audit/rule_tests.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "rules/language/pack_loader.h"
#include "rules/language/rule_sources.h"

namespace genaudit::cli {
namespace {

namespace fs = std::filesystem;

bool is_test_file(const fs::path& path) { return path.filename().string().ends_with(".test.toml"); }

// The tests of rule file `rules`: X.test.toml beside it, or in tests/ beside it.
std::vector<fs::path> tests_of_rule_file(const fs::path& rules) {
  const std::string name = rules.stem().string() + ".test.toml";
  std::vector<fs::path> out;
  std::error_code ec;
  for (const fs::path& candidate : {rules.parent_path() / name, rules.parent_path() / "tests" / name}) {
    if (fs::is_regular_file(candidate, ec)) out.push_back(candidate);
  }
  return out;
}

// Each line of `problem` indented under its case.
void print_problem(const std::string& problem) {
  std::size_t start = 0;
  while (start < problem.size()) {
    const std::size_t end = problem.find('\n', start);
    std::cout << "      " << problem.substr(start, end == std::string::npos ? end : end - start)
              << "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

}  // namespace

int run_rules_test_command(const std::string& path, bool replace_builtin, Language lang) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    usage_error(lang, command_text(CommandText::kRulesTestPathMissing, lang, {path}));
    return 2;
  }
  // The pack: the rule files PATH holds or is, else the built-in one. It
  // is loaded before the tests are looked for: a pack that does not load
  // (a name declared twice) is what to fix first.
  std::string rules_path;
  std::vector<fs::path> files;
  std::string no_tests;  // why there is nothing to run, said after the pack loads
  if (fs::is_directory(path, ec)) {
    std::string io_error;
    if (!rules::read_rule_files(path, &io_error).empty() && io_error.empty()) rules_path = path;
    files = find_rule_test_files(path);
    if (files.empty()) no_tests = command_text(CommandText::kRulesTestNoTestFile, lang, {path});
  } else if (is_test_file(path)) {
    files = {path};
  } else if (fs::path(path).extension() == ".rules") {
    rules_path = path;
    files = tests_of_rule_file(path);
    if (files.empty()) {
      no_tests = command_text(CommandText::kRulesTestNoTestOfRuleFile, lang,
                              {path, fs::path(path).stem().string() + ".test.toml"});
    }
  } else {
    usage_error(lang, command_text(CommandText::kRulesTestNotATestPath, lang, {path}));
    return 2;
  }
  rules::RuleSources sources;
  if (!rules_path.empty()) sources.paths.push_back(rules_path);
  sources.replace_builtin = replace_builtin && !rules_path.empty();
  std::optional<rules::RulePack> pack = load_pack_or_report(sources, "", nullptr, lang);
  if (!pack) return 2;
  if (!no_tests.empty()) {
    usage_error(lang, no_tests);
    return 2;
  }
  // The texts the pack was made of: a case with parameters or a profile
  // loads it again from them.
  const std::vector<rules::RuleText> texts = rules::read_rule_sources(sources).texts;
  const std::string record = rules::rule_files_record(*pack);
  std::cout << "pack: " << (record.empty() ? "built-in" : record) << " (version "
            << pack->version << ")\n";
  int passed = 0, failed = 0;
  for (const auto& file : files) {
    for (const RuleTestResult& r : run_rule_test_file(*pack, texts, file)) {
      std::cout << (r.passed ? "PASS  " : "FAIL  ") << r.file << "  " << r.name << "\n";
      for (const std::string& problem : r.problems) print_problem(problem);
      (r.passed ? passed : failed)++;
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}

}  // namespace genaudit::cli
