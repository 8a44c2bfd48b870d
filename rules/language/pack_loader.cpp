#include "rules/language/pack_loader.h"

#include <algorithm>

#include "engine/core/small_file.h"
#include "rules/language/checker.h"
#include "rules/language/pack_version.h"
#include "rules/language/parser.h"

namespace genaudit::rules {

bool is_bodies_file(const std::string& name) {
  return std::filesystem::path(name).filename() == kBodiesFileName;
}

PackLoad load_rule_pack(const std::vector<RuleText>& texts, const RegisterCatalogue& registers) {
  PackLoad load;
  std::vector<RuleFile> files;
  SuccessorBodies bodies;
  for (const RuleText& t : texts) {
    if (is_bodies_file(t.name)) {
      Diagnostics read = read_successor_bodies(std::make_shared<Source>(t.name, t.text),
                                               SuccessionSource::kBodiesFile, bodies);
      load.diagnostics.insert(load.diagnostics.end(), read.begin(), read.end());
      continue;
    }
    ParseResult parsed = parse_rule_file(std::make_shared<Source>(t.name, t.text));
    if (parsed.file) {
      files.push_back(std::move(*parsed.file));
    } else {
      load.diagnostics.insert(load.diagnostics.end(), parsed.diagnostics.begin(),
                              parsed.diagnostics.end());
    }
  }
  if (!load.diagnostics.empty()) return load;
  CheckResult checked = check_rule_files(std::move(files), registers);
  load.diagnostics = std::move(checked.diagnostics);
  if (checked.pack) {
    load.pack = std::move(checked.pack);
    load.pack->bodies = std::move(bodies);
    load.pack->version = pack_version(texts);
  }
  return load;
}

std::vector<RuleText> read_rule_files(const std::filesystem::path& path, std::string* io_error) {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file() && (entry.path().extension() == ".rules" ||
                                      entry.path().filename() == kBodiesFileName)) {
        paths.push_back(entry.path());
      }
    }
    std::sort(paths.begin(), paths.end());
    if (paths.empty() && !ec) *io_error = path.string() + ": no .rules file";
  } else if (fs::is_regular_file(path, ec)) {
    paths.push_back(path);
  } else {
    *io_error = path.string() + ": no such file or folder";
  }
  if (ec) *io_error = path.string() + ": " + ec.message();
  std::vector<RuleText> texts;
  const std::uintmax_t max_bytes = ParseLimits{}.max_file_bytes;
  for (const fs::path& p : paths) {
    // A file over the limit is refused before it is read into memory; a
    // device or a pipe named as a rule file is refused, never read.
    SmallFile file = read_small_file(p, max_bytes);
    switch (file.problem) {
      case SmallFileProblem::kNone: break;
      case SmallFileProblem::kCannotOpen: *io_error = p.string() + ": cannot be read"; return {};
      case SmallFileProblem::kNotRegular:
        *io_error = p.string() + ": not a rule file (a folder, a device or a pipe)";
        return {};
      case SmallFileProblem::kTooLarge:
        *io_error = p.string() + ": over the limit of " + std::to_string(max_bytes) +
                    " bytes for a rule file (max_file_bytes); split it";
        return {};
    }
    texts.push_back({p.string(), std::move(file.text)});
  }
  return texts;
}

}  // namespace genaudit::rules
