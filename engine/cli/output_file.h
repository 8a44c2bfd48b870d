// Writes a report where the user asked: standard output, or a file replaced
// atomically (a temporary file renamed over it), so that a failed run never
// leaves half a report behind.
#pragma once

#include <string>

#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// Writes `content` to `path`, or to standard output when `path` is empty.
// Returns false, with a reason in `error` in `lang`, when it cannot.
bool write_output(const std::string& path, const std::string& content, rules::Language lang,
                  std::string* error);

}  // namespace genaudit::cli
