// Values for people, shared by every report: numbers and dates in the
// language's own style (1.234,5 and 31/12/2025 in Vietnamese; 1,234.5 and
// 2025-12-31 in English), periods of findings, shares in percent, targets
// with their comparison, and the register rows behind a finding.
//
// Every function is pure; texts come out unescaped (each document escapes
// them for its own syntax, see reports/escaping.h).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/eval/results.h"
#include "engine/core/date.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// What is written for a value that is missing: "—".
inline constexpr const char* kNoValueText = "—";

// `n` with exactly `decimals` decimals, the language's separators; thousands
// are grouped from five digits on (1234, 12.345). Never "-0".
std::string fixed_number(double n, int decimals, Language lang);

// `n` with up to two decimals, trailing zeros dropped: 12, 1,7, 42,25.
std::string plain_number(double n, Language lang);

// A share in percent with one decimal: "33,3%" / "33.3%".
std::string share_text(double n, Language lang);

// "31/12/2025" in Vietnamese, "2025-12-31" in English.
std::string date_text(Date d, Language lang);

// A finding's period for people: "2025-03" is "03/2025", "2025-Q1" is
// "Quý 1/2025" in Vietnamese; a year, and every period in English, as written.
std::string period_text(const std::string& period, Language lang);

// The first and last day of a finding's period ("YYYY", "YYYY-MM",
// "YYYY-Qn"); nullopt for anything else.
std::optional<std::pair<Date, Date>> period_days(const std::string& period);

// Whether evidence `name` of `rule` (a `let`) is a share, shown in percent:
// the type the checker recorded for it (rules::ValueType::kPercent).
bool is_share_evidence(const rules::RuleInfo* rule, const std::string& name);

// Whether the value of indicator `rule` is a share, as the checker recorded.
bool is_share_indicator(const rules::RuleInfo* rule);

// An evidence value for people: numbers (as shares when `share`), text as
// written, dates, yes/no, missing as "—".
std::string value_text(const ResultValue& v, bool share, Language lang);

// "≥", ">", "≤", "<", "=", "≠".
std::string comparison_symbol(rules::BinaryOp op);

// An indicator's value ("47,6%", "1,75" or "—") and its target ("≥ 60%").
std::string indicator_value_text(const IndicatorResult& indicator, Language lang);
std::string indicator_target_text(const IndicatorResult& indicator, Language lang);

// The rule behind a result, or an empty description when there is none.
const rules::RuleInfo& rule_or_empty(const rules::RuleInfo* rule);

// What evidence `name` of `rule` (a `let`) is called in `lang`: the label
// the rule gives it (`evidence women vi "Số cán bộ nữ" en "Women on staff"`),
// or the name itself when it has none or there is no rule. Every document
// that shows evidence to people names it with this.
std::string evidence_label(const rules::RuleInfo* rule, const std::string& name,
                           Language lang);

// An evidence item's value of `rule` as people read it: value_text(), or,
// when it has no value and the rule has words for that (`missing vi "chưa
// gửi" en "not sent"`), those words. Every document that shows evidence to
// people writes it with this.
std::string evidence_value_text(const rules::RuleInfo* rule, const EvidenceItem& item,
                                Language lang);
// The rule's words for `name` without a value, or nullptr.
const rules::LocalizedText* evidence_missing_words(const rules::RuleInfo* rule,
                                                   const std::string& name);

// A finding's evidence as (label, value) pairs, in the rule's order.
std::vector<std::pair<std::string, std::string>> evidence_texts(const Finding& finding,
                                                                Language lang);

// Where one register row is: "staff.xlsx, trang \"Cán bộ\", dòng 5" /
// "staff.xlsx, sheet \"Cán bộ\", row 5".
std::string row_text(const EvidenceRow& row, Language lang);

// The rows behind a finding, one entry per file (and sheet) in the order
// first seen, consecutive rows as ranges: "staff.csv: dòng 110–116, 118" /
// "staff.csv: rows 110–116, 118".
std::vector<std::string> rows_summary(const std::vector<EvidenceRow>& rows, Language lang);

}  // namespace genaudit
