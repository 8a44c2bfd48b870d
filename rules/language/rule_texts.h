// `{param}` placeholders in a rule's title and remedy: `title vi "Chuyên mục
// dưới {min_minutes} phút" en "..."` says the value in force, the file's or
// a profile's (a profile raising 45 to 90 makes the title say 90). The
// checker rejects a placeholder naming no parameter, or one whose value
// depends on the audit (as_of); the pack's titles and remedies are filled
// when it is made and again when a profile sets its parameters, so that
// every report, page and record reads the filled text.
#pragma once

#include <optional>
#include <string>

#include "engine/core/language.h"
#include "rules/language/check_context.h"
#include "rules/language/rule_pack.h"

namespace genaudit::rules {

// Checks the placeholders of `rule`'s title and remedy (info's templates),
// reporting each unknown or unshowable one at its place in the file.
void check_placeholders(const Rule& rule, const RuleInfo& info, CheckContext& context);

// Fills every rule's title and remedy from its templates with the
// parameters in force.
void fill_rule_texts(RulePack& pack);

// Parameter `name`'s value as a title shows it in `lang` ("45", "1,5" in
// Vietnamese, "30%", "10/12/2025", "30 ngày"); nullopt when it cannot be
// known before the audit (it reads as_of) or there is no such parameter.
std::optional<std::string> shown_param(const RulePack& pack, const std::string& name,
                                       Language lang);

}  // namespace genaudit::rules
