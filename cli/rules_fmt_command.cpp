// `genaudit rules fmt [PATH]`: puts rule files in the canonical layout of
// rules/language/formatter.h, or, checking only, lists those that are not
// (engine/output/rule_files_format.h); the command says what it did.
#include "cli/commands.h"

#include <iostream>
#include <string>

#include "engine/output/rule_files_format.h"

namespace genaudit::cli {

// Prints the name of each file that changes (or, checking, would change),
// the diagnostics of each that does not parse and why one could not be
// replaced, in the order the files were read.
int run_rules_fmt_command(const std::string& path, bool check_only) {
  const RuleFilesFormat format = format_rule_files(
      path, check_only ? RuleFilesAction::kCheckOnly : RuleFilesAction::kReplace);
  if (!format.read_error.empty()) {
    std::cerr << "genaudit: " << format.read_error << "\n";
    return 2;
  }
  for (const RuleFileOutcome& file : format.files) {
    switch (file.kind) {
      case RuleFileOutcome::Kind::kChanged:
        std::cout << file.name << "\n";
        break;
      case RuleFileOutcome::Kind::kDoesNotParse:
        std::cerr << rules::format_diagnostics(file.diagnostics);
        break;
      case RuleFileOutcome::Kind::kNotReplaced:
        std::cerr << "genaudit: " << file.error << "\n";
        break;
    }
  }
  std::cout.flush();
  if (format.failed()) return 2;
  return check_only && format.changed() ? 1 : 0;
}

}  // namespace genaudit::cli
