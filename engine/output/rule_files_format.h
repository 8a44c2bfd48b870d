// Formatting the rule files of a path (`genaudit rules fmt`): every `.rules`
// file put in the canonical layout of rules/language/formatter.h and,
// unless only checking, replaced by its formatted text when that differs —
// written in full beside it and renamed over it (StagedOutputs), so that a
// reader sees the old text or the new, never a mix. Each file on its own:
// one that does not parse, or cannot be replaced, is left as it is, and the
// others are still formatted.
#pragma once

#include <string>
#include <vector>

#include "rules/language/diagnostic.h"

namespace genaudit {

enum class RuleFilesAction {
  kReplace,    // replace each file whose formatted text differs
  kCheckOnly,  // change nothing; list the files that would change
};

// A rule file that formatting changed, or would, or could not format.
struct RuleFileOutcome {
  enum class Kind {
    kChanged,       // replaced by its formatted text (checking only: would be)
    kDoesNotParse,  // left as it is; `diagnostics` say why
    kNotReplaced,   // would change, but could not be replaced; `error` says why
  };
  std::string name;  // as rules::read_rule_files() names it
  Kind kind = Kind::kChanged;
  rules::Diagnostics diagnostics;  // kDoesNotParse
  std::string error;               // kNotReplaced: in English, naming the file
};

struct RuleFilesFormat {
  // Why the path could not be read (it does not exist, or holds no rule
  // file); then nothing was formatted.
  std::string read_error;
  // Every file not already in the canonical layout, in the order read.
  std::vector<RuleFileOutcome> files;

  // Whether a file changed (or, checking only, would).
  bool changed() const;
  // Whether the path could not be read, or a file not formatted.
  bool failed() const;
};

// Formats the `.rules` files of `path` (a file, or a folder read
// recursively, in name order). A replaced file keeps its permissions; a
// symbolic link is followed, not replaced. Files already formatted are not
// touched.
RuleFilesFormat format_rule_files(const std::string& path, RuleFilesAction action);

}  // namespace genaudit
