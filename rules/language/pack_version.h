// A pack's version: what reports and the run history record to say which
// rules an audit applied.
#pragma once

#include <string>
#include <vector>

#include "rules/language/pack_loader.h"

namespace genaudit::rules {

// Twelve hex digits of a SHA-256 over the files' contents only: the same
// files give the same version however their paths are spelled (`rules`,
// `./rules`, an absolute path, the pack built into the program) and in
// whatever order they are listed. What a file is (rules, or a table of
// successor bodies) counts, since the same text read as either means
// something else; its name and folder do not.
std::string pack_version(const std::vector<RuleText>& texts);

}  // namespace genaudit::rules
