// Checks parsed rule files before anything runs: names, register fields,
// types, the shape of each rule and its description. Every mistake is
// reported, each with its position and, where one helps, a hint.
#pragma once

#include <optional>
#include <vector>

#include "engine/core/register_catalogue.h"
#include "rules/language/diagnostic.h"
#include "rules/language/rule_pack.h"
#include "rules/language/types.h"

namespace genaudit::rules {

struct CheckResult {
  std::optional<RulePack> pack;  // set only when there is no diagnostic
  Diagnostics diagnostics;
};

// Checks `files` together: a rule may use the parameters and definitions of
// any file of the pack, and the registers of `registers`, no others. The
// pack made keeps a pointer to `registers`, which must outlive it.
CheckResult check_rule_files(std::vector<RuleFile> files, const RegisterCatalogue& registers);
CheckResult check_rule_files(std::vector<RuleFile> files, RegisterCatalogue&&) = delete;

}  // namespace genaudit::rules
