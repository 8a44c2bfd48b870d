// A pack's parameters as a reader of the pack sees them: which ones each
// rule reads, and what each one's value is as written — the rule file's
// own text, or the value a profile set (rules/language/profile.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/language/rule_pack.h"

namespace genaudit::rules {

// The parameters `rule` reads, directly or through the definitions it
// calls (and those they call) and through the parameters computed from
// others, sorted by name, each once. A name the rule
// binds itself — its `for` and `per` variables, a `let`, a comprehension's
// variable, a definition's parameter — is not the parameter it may share
// a name with, as the checker resolves names.
std::vector<std::string> params_used(const RulePack& pack, const RuleInfo& rule);

struct ParamValue {
  // The literal as the pack's file writes it (a list over several lines,
  // with its comments, as written); for a parameter a profile set, its
  // value written in the rule language (numbers exactly, a percentage
  // with its `%`, text quoted).
  std::string text;
  bool from_profile = false;
  std::string file_text;  // when from_profile: the files' literal it replaced
};

// Parameter `name`'s value; nullopt when the pack has no such parameter.
std::optional<ParamValue> param_value(const RulePack& pack, const std::string& name);

}  // namespace genaudit::rules
