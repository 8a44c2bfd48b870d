#include "engine/output/rule_files_format.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>

#include "engine/output/staged_outputs.h"
#include "rules/language/formatter.h"
#include "rules/language/pack_loader.h"

namespace genaudit {
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

bool RuleFilesFormat::changed() const {
  for (const RuleFileOutcome& file : files) {
    if (file.kind == RuleFileOutcome::Kind::kChanged) return true;
  }
  return false;
}

bool RuleFilesFormat::failed() const {
  if (!read_error.empty()) return true;
  for (const RuleFileOutcome& file : files) {
    if (file.kind != RuleFileOutcome::Kind::kChanged) return true;
  }
  return false;
}

RuleFilesFormat format_rule_files(const std::string& path, RuleFilesAction action) {
  RuleFilesFormat result;
  const std::vector<rules::RuleText> texts = rules::read_rule_files(path, &result.read_error);
  if (!result.read_error.empty()) return result;
  for (const rules::RuleText& t : texts) {
    if (rules::is_bodies_file(t.name)) continue;  // TOML, not the rule language
    rules::FormatResult formatted =
        rules::format_rule_source(std::make_shared<rules::Source>(t.name, t.text));
    if (!formatted.text) {
      result.files.push_back({t.name, RuleFileOutcome::Kind::kDoesNotParse,
                              std::move(formatted.diagnostics), ""});
      continue;
    }
    if (*formatted.text == t.text) continue;
    std::string error;
    if (action == RuleFilesAction::kReplace && !replace_file(t.name, *formatted.text, &error)) {
      result.files.push_back({t.name, RuleFileOutcome::Kind::kNotReplaced, {}, std::move(error)});
      continue;
    }
    result.files.push_back({t.name, RuleFileOutcome::Kind::kChanged, {}, ""});
  }
  return result;
}

}  // namespace genaudit
