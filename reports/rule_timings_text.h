// `genaudit explain --timings` for people: each rule's evaluation time and
// the register rows it read, slowest first, as engine/audit/rule_timings.h
// measured them, then the rules not run for want of a register and what
// "rows touched" counts.
//
// Pure; the text comes out as the terminal shows it, each line ending in
// "\n". Times are in milliseconds with one decimal, in the language's style.
#pragma once

#include <string>
#include <vector>

#include "engine/audit/rule_timings.h"
#include "engine/core/language.h"

namespace genaudit {

std::string render_rule_timings(const std::vector<RuleTiming>& timings, Language lang);

}  // namespace genaudit
