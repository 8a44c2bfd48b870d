// Which rule files make the pack an audit runs: the plan's pack built into
// the program, extended by the files a user adds (`--rules`, any number of
// times), or replaced by them (`--rules-only`). A pack a user extends keeps
// the built-in definitions (`active`, `within`, ...) and parameters in
// reach of the added rules; a name both declare is a checker error naming
// both places (checker.h).
#pragma once

#include <string>
#include <vector>

#include "rules/language/pack_loader.h"

namespace genaudit::rules {

struct RuleSources {
  std::vector<std::string> paths;  // files or folders (read_rule_files), in the order given
  bool replace_builtin = false;    // `--rules-only`: the paths are the whole pack

  // Only the built-in pack: no path, nothing replaced.
  bool builtin_only() const { return paths.empty() && !replace_builtin; }
};

struct SourceTexts {
  std::vector<RuleText> texts;  // the built-in pack's first, unless replaced
  // The names of the files read from the paths, in order, which the
  // reports list (rule_pack.h: RulePack::added_files).
  std::vector<std::string> added;
  std::string io_error;  // set when a path could not be read: no texts then
};

// The texts of the pack `sources` names. A file read from a path whose
// name ends like a built-in file's and whose text is that file's text is
// that file, not a second copy: `--rules rules/pack` run from the source
// tree adds nothing (a changed copy clashes, and `--rules-only` runs it).
SourceTexts read_rule_sources(const RuleSources& sources);

// Sets what `pack` records of `sources` and `texts` (added_files,
// replaces_builtin).
void record_rule_sources(RulePack& pack, const RuleSources& sources, const SourceTexts& texts);

// What a run's record says of `pack`'s rule files (the run history's
// `rules`): "" for the built-in pack alone; else the added files joined by
// " + ", after "built-in + " when they extend the pack.
std::string rule_files_record(const RulePack& pack);

}  // namespace genaudit::rules
