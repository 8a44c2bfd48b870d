// A rule author's mistake, reported as a value: where it is, what is wrong,
// and a hint when one helps. Diagnostics are collected so that the author
// sees all of them at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/language/source.h"

namespace genaudit::rules {

// An error stops the pack from running; a warning (a rule that runs, but
// slowly) is said and the pack runs.
enum class Severity { kError, kWarning };

struct Diagnostic {
  std::shared_ptr<const Source> source;
  std::size_t offset = 0;
  std::string message;
  std::string hint;  // e.g. "did you mean `gender`?"; may be empty
  Severity severity = Severity::kError;

  // "file:line:col: error: message" (or "warning:"), the line, a caret,
  // then the hint.
  std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

// All diagnostics, ordered by file and position.
std::string format_diagnostics(Diagnostics diagnostics);

}  // namespace genaudit::rules
