// Loads a rule pack: the rule files' texts (from disk, or the plan's pack
// built into the program), parsed and checked together.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/register_catalogue.h"
#include "rules/language/diagnostic.h"
#include "rules/language/rule_pack.h"

namespace genaudit::rules {

struct RuleText {
  std::string name;  // shown in diagnostics: "rules/pack/objective1.rules"
  std::string text;
};

// Beside its rule files, a pack folder may hold its table of successor
// bodies under this name (successor_bodies.h), read with the rules.
inline constexpr const char* kBodiesFileName = "bodies.toml";
bool is_bodies_file(const std::string& name);

struct PackLoad {
  std::optional<RulePack> pack;  // set when every file parsed and checked
  Diagnostics diagnostics;
  std::string io_error;  // a file or folder that could not be read
};

// Parses and checks `texts` as one pack, against `registers` (checker.h: the
// pack keeps a pointer to them, which must outlive it). Syntax errors of
// every file are reported; the checker runs only when all files parsed.
PackLoad load_rule_pack(const std::vector<RuleText>& texts, const RegisterCatalogue& registers);
PackLoad load_rule_pack(const std::vector<RuleText>& texts, RegisterCatalogue&&) = delete;

// The `.rules` files of `path`, and its bodies.toml files (a file, or a
// folder read recursively, in name order). Sets `io_error` when it cannot be read or holds no rule file.
std::vector<RuleText> read_rule_files(const std::filesystem::path& path, std::string* io_error);

// The plan's own pack (rules/pack), built into the program.
const std::vector<RuleText>& builtin_rule_texts();

}  // namespace genaudit::rules
