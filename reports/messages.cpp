// The report's catalogue and the sentences for input errors; the texts
// themselves are data, in reports/texts/.
#include "reports/messages.h"

#include <cstddef>
#include <optional>

#include "reports/input_error_sentences.h"

namespace genaudit {
namespace {

// How `words` say `written` in `lang`; nullopt when they do not have it.
std::optional<std::string_view> said(std::span<const WrittenWord> words,
                                     std::string_view written, Language lang) {
  for (const WrittenWord& word : words) {
    if (word.written == written) return word.said.in(lang);
  }
  return std::nullopt;
}

// "row 12" or "row 12 in staff.csv" (another row the error is about, in
// this file or another file of the register), in the user's language.
std::optional<std::string> say_row(const std::string& expected, Language lang) {
  if (!expected.starts_with("row ")) return std::nullopt;
  std::size_t end = 4;
  while (end < expected.size() && expected[end] >= '0' && expected[end] <= '9') ++end;
  if (end == 4) return std::nullopt;
  const std::string number = expected.substr(4, end - 4);
  const std::string rest = expected.substr(end);
  if (rest.empty()) return format_message(MessageId::kErrorRow, lang, {number});
  if (!rest.starts_with(" in ")) return std::nullopt;
  return format_message(MessageId::kErrorRowOfFile, lang, {number, rest.substr(4)});
}

// A gender code ("female", "male") in the user's words; anything else as is.
std::string say_gender(const std::string& code, Language lang) {
  return std::string(said(gender_words(), code, lang).value_or(code));
}

std::string say_expected(const std::string& expected, bool is_list, Language lang) {
  if (const auto known = said(known_expectations(), expected, lang)) return std::string(*known);
  if (std::optional<std::string> row = say_row(expected, lang)) return *row;
  return is_list ? join_alternatives(expected, lang) : expected;
}

}  // namespace

std::string_view message(MessageId id, Language lang) { return report_texts().text(id, lang); }

std::string format_message(MessageId id, Language lang, const std::vector<std::string>& args) {
  return report_texts().format(id, lang, args);
}

std::string_view status_name(IndicatorStatus status, Language lang) {
  switch (status) {
    case IndicatorStatus::kMet:
      return message(MessageId::kStatusMet, lang);
    case IndicatorStatus::kNotMet:
      return message(MessageId::kStatusNotMet, lang);
    case IndicatorStatus::kNoData:
      return message(MessageId::kStatusNoData, lang);
  }
  return "";
}

std::string severity_name(std::string_view severity, Language lang) {
  if (severity == "low") return std::string(message(MessageId::kSeverityLow, lang));
  if (severity == "medium") return std::string(message(MessageId::kSeverityMedium, lang));
  if (severity == "high") return std::string(message(MessageId::kSeverityHigh, lang));
  if (severity == "critical") return std::string(message(MessageId::kSeverityCritical, lang));
  return std::string(severity);
}

std::string skipped_reason(const SkippedRule& skipped, Language lang) {
  std::string registers;
  for (const std::string& name : skipped.missing_registers) {
    if (!registers.empty()) registers += ", ";
    registers += name;
  }
  return format_message(MessageId::kMissingRegisters, lang, {registers});
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string join_alternatives(std::string_view list, Language lang) {
  const std::string_view separator = ", ";
  const std::size_t last = list.rfind(separator);
  if (last == std::string_view::npos) return std::string(list);
  std::string out(list.substr(0, last));
  out += message(MessageId::kAlternativesOr, lang);
  out += list.substr(last + separator.size());
  return out;
}

std::string render_input_error(const InputError& error, Language lang) {
  const ErrorSentence& s = input_error_sentences()[error.kind];
  std::vector<std::string> where;
  if (!error.file.empty()) where.push_back(error.file);
  if (!error.sheet.empty()) {
    where.push_back(format_message(MessageId::kErrorSheet, lang, {error.sheet}));
  }
  if (error.row != 0) {
    where.push_back(format_message(MessageId::kErrorRow, lang, {std::to_string(error.row)}));
  }
  if (!error.column.empty() && !s.names_column) {
    where.push_back(format_message(MessageId::kErrorColumn, lang, {error.column}));
  }
  std::string out;
  for (const std::string& part : where) {
    if (!out.empty()) out += ", ";
    out += part;
  }
  if (!out.empty()) out += ": ";
  const bool has_expected = !error.expected.empty();
  std::string_view tmpl = has_expected ? s.with_expected.in(lang) : s.without.in(lang);
  if (has_expected && error.value.empty() && !s.with_expected_no_value.vi.empty()) {
    tmpl = s.with_expected_no_value.in(lang);
  }
  if (has_expected && error.subject.empty() && !s.with_expected_no_subject.vi.empty()) {
    tmpl = s.with_expected_no_subject.in(lang);
  }
  const std::string expected =
      has_expected ? say_expected(error.expected, s.expected_is_list, lang) : "";
  const std::string other_row =
      error.other_row.empty() ? "" : say_row(error.other_row, lang).value_or(error.other_row);
  // A person's genders are the register's codes: said in the user's words.
  const bool genders = error.kind == InputErrorKind::kConflictingGender ||
                       error.kind == InputErrorKind::kConflictingPerson;
  const std::string value = genders ? say_gender(error.value, lang) : error.value;
  out += fill_placeholders(tmpl, {value, genders ? say_gender(expected, lang) : expected,
                                  error.column, error.subject, other_row});
  return out;
}

}  // namespace genaudit
