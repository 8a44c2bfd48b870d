// `genaudit rules fmt [PATH]`: puts rule files in the canonical layout of
// rules/language/formatter.h, or, checking only, lists those that are not.
#include "cli/commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/output/staged_outputs.h"
#include "rules/language/formatter.h"
#include "rules/language/pack_loader.h"

namespace genaudit::cli {
namespace {

// Replaces the file at `path` by one holding `text`, with the same
// permissions, through StagedOutputs: written in full beside it, flushed
// to disk, then renamed over it, so that a reader sees the old text or the
// new, never a mix. A symbolic link is followed, not replaced.
bool replace_file(const std::filesystem::path& path, const std::string& text, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target = fs::is_symlink(path, ec) ? fs::canonical(path, ec) : path;
  const fs::perms perms = fs::status(target, ec).permissions();
  if (ec) {
    *error = path.string() + ": " + ec.message();
    return false;
  }
  StagedOutputs outputs(Language::kEnglish);  // `rules fmt` speaks English
  const std::optional<fs::path> staged = outputs.add_file(target, error);
  if (!staged) return false;
  {
    std::ofstream out(*staged, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      *error = path.string() + ": cannot be written";
      return false;
    }
  }
  fs::permissions(*staged, perms, ec);
  return outputs.publish(error);
}

}  // namespace

// Formats the `.rules` files of `path` (a file, or a folder read
// recursively), each file on its own: one that does not parse is reported
// and left as it is, the others are still formatted. Prints the name of each
// file that changes (or, checking, would change).
int run_rules_fmt_command(const std::string& path, bool check_only) {
  std::string io_error;
  const std::vector<rules::RuleText> texts = rules::read_rule_files(path, &io_error);
  if (!io_error.empty()) {
    std::cerr << "genaudit: " << io_error << "\n";
    return 2;
  }
  bool failed = false;
  bool changed = false;
  for (const rules::RuleText& t : texts) {
    const rules::FormatResult formatted =
        rules::format_rule_source(std::make_shared<rules::Source>(t.name, t.text));
    if (!formatted.text) {
      std::cerr << rules::format_diagnostics(formatted.diagnostics);
      failed = true;
      continue;
    }
    if (*formatted.text == t.text) continue;
    if (!check_only) {
      std::string error;
      if (!replace_file(t.name, *formatted.text, &error)) {
        std::cerr << "genaudit: " << error << "\n";
        failed = true;
        continue;
      }
    }
    changed = true;
    std::cout << t.name << "\n";
  }
  std::cout.flush();
  if (failed) return 2;
  return check_only && changed ? 1 : 0;
}

}  // namespace genaudit::cli
