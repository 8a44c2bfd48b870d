#include "server/shown_values.h"

#include "engine/core/audit_period.h"
#include "engine/eval/results.h"
#include "reports/human_values.h"
#include "server/request_values.h"

namespace genaudit::server {

std::string shown_rule_title(const rules::RuleInfo* rule, const nlohmann::json& item,
                             Language lang) {
  return rule ? rule->title.in(lang) : json_text(item, "title");
}

namespace {

// The JSON value as the result it was written from: the rule's recorded
// type says whether a text is a date.
ResultValue result_of(const nlohmann::json& value, rules::ValueType type) {
  ResultValue r;
  if (value.is_boolean()) {
    r.data = value.get<bool>();
  } else if (value.is_number()) {
    r.data = value.get<double>();
  } else if (value.is_string()) {
    const std::string text = value.get<std::string>();
    const std::optional<Date> date =
        type == rules::ValueType::kDate ? parse_iso_date(text) : std::nullopt;
    if (date) {
      r.data = *date;
    } else {
      r.data = text;
    }
  }
  return r;  // null, a list, an object: missing
}

}  // namespace

std::string shown_evidence_value(const rules::RuleInfo* rule, const std::string& name,
                                 const nlohmann::json& value, Language lang) {
  rules::ValueType type = rules::ValueType::kNumber;
  if (rule) {
    const auto found = rule->let_types.find(name);
    if (found != rule->let_types.end()) type = found->second;
  }
  return value_text(result_of(value, type), is_share_evidence(rule, name), lang);
}

std::string shown_evidence_label(const rules::RuleInfo* rule, const std::string& name,
                                 Language lang) {
  return evidence_label(rule, name, lang);
}

std::string shown_indicator_number(const rules::RuleInfo* rule, const nlohmann::json& value,
                                   Language lang) {
  if (!value.is_number()) return kNoValueText;
  const double n = value.get<double>();
  return is_share_indicator(rule) ? share_text(n, lang) : plain_number(n, lang);
}

std::string shown_comparison(const std::string& comparison) {
  if (comparison == ">=") return "≥";
  if (comparison == "<=") return "≤";
  if (comparison == "==") return "=";
  if (comparison == "!=") return "≠";
  return comparison;
}

std::string shown_period(const std::string& period, Language lang) {
  return period.empty() ? "" : period_text(period, lang);
}

}  // namespace genaudit::server
