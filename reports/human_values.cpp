// Values for people; see human_values.h.
#include "reports/human_values.h"

#include <cmath>
#include <cstdio>

#include "reports/document_texts.h"
#include "reports/messages.h"

namespace genaudit {


namespace {

// Inserts the thousands separator into the digits of `integer_part`, which
// may start with '-'.
std::string group_thousands(std::string integer_part, Language lang) {
  const char separator = lang == Language::kEnglish ? ',' : '.';
  const std::size_t first_digit = !integer_part.empty() && integer_part[0] == '-' ? 1 : 0;
  if (integer_part.size() - first_digit <= 4) return integer_part;  // 1234, not 1.234
  for (std::size_t i = integer_part.size(); i > first_digit + 3;) {
    i -= 3;
    integer_part.insert(i, 1, separator);
  }
  return integer_part;
}

int digits(const std::string& s, std::size_t from, std::size_t count) {
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

}  // namespace

std::string fixed_number(double n, int decimals, Language lang) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, n);
  std::string text = buf;
  if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) {
    text.erase(0, 1);  // no "-0,0%"
  }
  const std::size_t point = text.find('.');
  std::string out = group_thousands(text.substr(0, point), lang);
  if (point != std::string::npos) {
    out += lang == Language::kEnglish ? '.' : ',';
    out += text.substr(point + 1);
  }
  return out;
}

std::string plain_number(double n, Language lang) {
  if (!std::isfinite(n)) return kNoValueText;
  std::string out = fixed_number(n, 2, lang);
  const char point = lang == Language::kEnglish ? '.' : ',';
  if (out.find(point) != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == point) out.pop_back();
  }
  return out;
}

std::string share_text(double n, Language lang) {
  if (!std::isfinite(n)) return kNoValueText;
  return fixed_number(n, 1, lang) + "%";
}

std::string date_text(Date d, Language lang) {
  return lang == Language::kEnglish ? d.iso() : d.dmy();
}

std::string period_text(const std::string& period, Language lang) {
  if (period.size() == 7 && period[4] == '-' && period[5] == 'Q') {
    return format_message(MessageId::kPeriodQuarter, lang, {period.substr(0, 4), period.substr(6)});
  }
  if (period.size() == 7 && period[4] == '-') {
    return format_message(MessageId::kPeriodMonth, lang, {period.substr(0, 4), period.substr(5)});
  }
  return period;
}

std::optional<std::pair<Date, Date>> period_days(const std::string& period) {
  const int year = digits(period, 0, 4);
  if (year < 1) return std::nullopt;
  int first_month = 1, last_month = 12;
  if (period.size() == 7 && period[4] == '-' && period[5] == 'Q') {
    const int quarter = digits(period, 6, 1);
    if (quarter < 1 || quarter > 4) return std::nullopt;
    first_month = quarter * 3 - 2;
    last_month = quarter * 3;
  } else if (period.size() == 7 && period[4] == '-') {
    first_month = last_month = digits(period, 5, 2);
    if (first_month < 1 || first_month > 12) return std::nullopt;
  } else if (period.size() != 4) {
    return std::nullopt;
  }
  return std::make_pair(*Date::from_ymd(year, first_month, 1),
                        Date::last_of_month(year, last_month));
}

bool is_share_evidence(const rules::RuleInfo* info, const std::string& name) {
  if (info == nullptr) return false;
  const auto type = info->let_types.find(name);
  return type != info->let_types.end() && type->second == rules::ValueType::kPercent;
}

bool is_share_indicator(const rules::RuleInfo* info) {
  return info != nullptr && info->value_type == rules::ValueType::kPercent;
}

std::string value_text(const ResultValue& v, bool share, Language lang) {
  if (v.is<double>()) {
    return share ? share_text(v.as<double>(), lang) : plain_number(v.as<double>(), lang);
  }
  if (v.is<std::string>()) return v.as<std::string>();
  if (v.is<Date>()) return date_text(v.as<Date>(), lang);
  if (v.is<bool>()) {
    return std::string(message(v.as<bool>() ? MessageId::kYes : MessageId::kNo, lang));
  }
  return kNoValueText;
}

std::string comparison_symbol(rules::BinaryOp op) {
  switch (op) {
    case rules::BinaryOp::kGreaterEqual:
      return "≥";
    case rules::BinaryOp::kGreater:
      return ">";
    case rules::BinaryOp::kLessEqual:
      return "≤";
    case rules::BinaryOp::kLess:
      return "<";
    case rules::BinaryOp::kEqual:
      return "=";
    case rules::BinaryOp::kNotEqual:
      return "≠";
    default:
      return "?";
  }
}

std::string indicator_value_text(const IndicatorResult& i, Language lang) {
  if (!i.value) return kNoValueText;
  return is_share_indicator(i.rule) ? share_text(*i.value, lang) : plain_number(*i.value, lang);
}

std::string indicator_target_text(const IndicatorResult& i, Language lang) {
  return comparison_symbol(i.comparison) + " " + plain_number(i.target, lang) +
         (is_share_indicator(i.rule) ? "%" : "");
}

const rules::RuleInfo& rule_or_empty(const rules::RuleInfo* rule) {
  static const rules::RuleInfo kNoRule;
  return rule != nullptr ? *rule : kNoRule;
}

std::string evidence_label(const rules::RuleInfo* rule, const std::string& name, Language lang) {
  if (rule == nullptr) return name;
  const auto label = rule->evidence_labels.find(name);
  return label == rule->evidence_labels.end() ? name : label->second.in(lang);
}

const rules::LocalizedText* evidence_missing_words(const rules::RuleInfo* rule,
                                                   const std::string& name) {
  if (rule == nullptr) return nullptr;
  const auto words = rule->evidence_missing.find(name);
  return words == rule->evidence_missing.end() ? nullptr : &words->second;
}

std::string evidence_value_text(const rules::RuleInfo* rule, const EvidenceItem& item,
                                Language lang) {
  if (item.value.is_missing()) {
    if (const rules::LocalizedText* words = evidence_missing_words(rule, item.name)) {
      return words->in(lang);
    }
  }
  return value_text(item.value, is_share_evidence(rule, item.name), lang);
}

std::vector<std::pair<std::string, std::string>> evidence_texts(const Finding& f, Language lang) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const EvidenceItem& item : f.evidence) {
    out.emplace_back(evidence_label(f.rule, item.name, lang), evidence_value_text(f.rule, item, lang));
  }
  return out;
}

namespace {

// "staff.xlsx" or "staff.xlsx, trang \"Cán bộ\"".
std::string file_and_sheet(const EvidenceRow& row, Language lang) {
  std::string out = row.file.empty() ? row.register_name : row.file;
  if (!row.sheet.empty()) out += ", " + format_message(MessageId::kErrorSheet, lang, {row.sheet});
  return out;
}

}  // namespace

std::string row_text(const EvidenceRow& row, Language lang) {
  return file_and_sheet(row, lang) + ", " +
         format_message(MessageId::kErrorRow, lang, {std::to_string(row.row)});
}

std::vector<std::string> rows_summary(const std::vector<EvidenceRow>& rows, Language lang) {
  // Rows of each file, in the order the files are first seen.
  std::vector<std::pair<std::string, std::vector<long>>> files;
  for (const EvidenceRow& row : rows) {
    const std::string where = file_and_sheet(row, lang);
    auto it = files.begin();
    while (it != files.end() && it->first != where) ++it;
    if (it == files.end()) {
      files.push_back({where, {}});
      it = files.end() - 1;
    }
    it->second.push_back(row.row);
  }
  std::vector<std::string> out;
  for (const auto& [where, numbers] : files) {
    std::string list;
    for (std::size_t i = 0; i < numbers.size();) {
      std::size_t j = i;
      while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1) ++j;
      if (!list.empty()) list += ", ";
      list += std::to_string(numbers[i]);
      if (j > i) list += "–" + std::to_string(numbers[j]);
      i = j + 1;
    }
    const DocText label = numbers.size() == 1 ? DocText::kRowOne : DocText::kRowMany;
    out.push_back(where + ": " + format_doc_text(label, lang, {list}));
  }
  return out;
}

}  // namespace genaudit
