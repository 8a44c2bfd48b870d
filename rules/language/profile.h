// Profiles tailor a rule pack without editing a rule, as tailoring does in
// compliance benchmarks: a TOML file overrides parameters and chooses which
// rules run.
//
//   # Raise the women's-share threshold of O1.S4 and audit only Objective 1.
//   [params]
//   female_share_threshold = "35%"     # a percentage is written with its sign, as text
//   [rules]
//   only = ["O1.*"]                    # rule ids, `*` matching any text
//   skip = ["O1.T1"]
//   # Add or replace (same body, date and rules) a row of the pack's table
//   # of successor bodies (successor_bodies.h).
//   [[succession]]
//   body = "Sở Kế hoạch và Đầu tư"
//   successor = "Sở Tài chính"
//   from = 2025-03-01
//   decision = "Nghị quyết số .../NQ-HĐND ngày ... của HĐND tỉnh"
//   confirmed = true
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "rules/language/diagnostic.h"
#include "rules/language/rule_pack.h"

namespace genaudit::rules {

// Applies the profile in `text` (named `name` in messages) to `pack`:
// parameters are replaced, rules not chosen are removed. Every problem — a
// TOML syntax error, an unknown parameter or table, a value of the wrong
// kind, a pattern that matches no rule — is a diagnostic with its line and
// column; on any, the pack is left unchanged.
Diagnostics apply_profile(RulePack& pack, const std::string& name, const std::string& text);

// Whether rule id `id` matches `pattern`, where `*` matches any text.
bool rule_id_matches(const std::string& pattern, const std::string& id);

}  // namespace genaudit::rules
