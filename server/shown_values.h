// The values of a stored JSON report as the documents show them
// (reports/human_values.h): shares in percent and numbers with the
// language's separators, dates in the language's style, evidence by the
// label its rule gives it — so that a page says a figure as the printed
// report says it.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "engine/core/language.h"
#include "rules/language/rule_pack.h"

namespace genaudit::server {

// Evidence item `name` of `rule` (nullptr: a rule the pack no longer has).
std::string shown_evidence_value(const rules::RuleInfo* rule, const std::string& name,
                                 const nlohmann::json& value, Language lang);
std::string shown_evidence_label(const rules::RuleInfo* rule, const std::string& name,
                                 Language lang);

// An indicator's value or target ("47,6%", "1,75", "—").
std::string shown_indicator_number(const rules::RuleInfo* rule, const nlohmann::json& value,
                                   Language lang);

// A report's rule or finding's title: the pack's in the person's language,
// else (`rule` nullptr: a rule the pack no longer has) the report's own.
std::string shown_rule_title(const rules::RuleInfo* rule, const nlohmann::json& item,
                             Language lang);

// ">=" as "≥".
std::string shown_comparison(const std::string& comparison);

// A finding's period: "2025-03" as "03/2025" in Vietnamese.
std::string shown_period(const std::string& period, Language lang);

}  // namespace genaudit::server
