// The pack a rule test case runs against: the tests' pack as it is, or, for a
// case that names a `profile` or sets `[case.params]`, that pack loaded again
// from its texts with the profile and then the parameters applied, as
// `audit --profile` applies a profile. Internal to engine/audit.
#pragma once

#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rules/language/pack_loader.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct CasePack {
  std::optional<rules::RulePack> tailored;  // set when the case tailors the pack
  std::vector<std::string> problems;        // why it could not be tailored

  const rules::RulePack& pack(const rules::RulePack& tests_pack) const {
    return tailored ? *tailored : tests_pack;
  }
};

// `spec`'s pack. A `profile` is a path from the test file's folder. The
// parameters are checked as a profile's [params] are (rules/language/profile.h),
// each problem at its line and column in `test_file` (whose text is
// `test_text`).
CasePack case_pack(const std::vector<rules::RuleText>& texts, const toml::table& spec,
                   const std::filesystem::path& test_file, const std::string& test_text);

}  // namespace genaudit
