#include "reports/explanation_text.h"

#include <map>
#include <string>
#include <vector>

#include "engine/eval/results.h"
#include "reports/explanation_texts.h"
#include "reports/human_values.h"
#include "reports/messages.h"
#include "rules/language/operators.h"

namespace genaudit {
namespace {

// The text of `id` in `lang`, {i} filled with args[i].
std::string text_of(ExplanationText id, Language lang, const std::vector<std::string>& args = {}) {
  return explanation_texts().format(id, lang, args);
}

// The text of `span` as written, on one line, shortened when long.
std::string source_text(const rules::RuleInfo& rule, const rules::SourceSpan& span) {
  const std::string& text = rule.source->text();
  std::string out;
  bool space = false;
  for (std::size_t i = span.begin; i < span.end && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#') {  // a comment inside the span: skip to its line end
      while (i < span.end && text[i] != '\n') ++i;
      space = true;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > 110) out = out.substr(0, 107) + "...";
  return out;
}

std::string statement_text(const rules::RuleInfo& rule, const rules::Statement& s) {
  return source_text(rule, s.span);
}

// A step's value as the rule language computed it (display(): numbers
// unrounded, dates as YYYY-MM-DD), truth and a missing value in words. Not
// value_text() of reports/human_values.h, which writes numbers in the
// language's style for a report's reader: explain shows the rule writer
// what the rule computed.
std::string step_value_text(const ResultValue& v, Language lang) {
  if (v.is_missing()) return text_of(ExplanationText::kNoData, lang);
  if (v.is<bool>()) {
    return text_of(v.as<bool>() ? ExplanationText::kTrue : ExplanationText::kFalse, lang);
  }
  return display(v);
}

// A value a comparison compared: as step_value_text, a text in quotes (so
// that an empty or spaced text shows).
std::string operand_text(const ResultValue& v, Language lang) {
  if (v.is<std::string>()) return "\"" + v.as<std::string>() + "\"";
  return step_value_text(v, lang);
}

// The parts of a `when`, one a line, each part's operands indented under
// the `and`, `or` or `not` they belong to:
//
//       [đúng] and
//         [đúng] exists(s in posts)
//         [đúng] female_share >= female_share_threshold: 30 >= 30
void parts_text(const rules::RuleInfo& rule, const ConditionPart& part, int depth, Language lang,
                std::string& out) {
  out += std::string(static_cast<std::size_t>(6 + 2 * depth), ' ') + "[" +
         step_value_text(part.value, lang) + "] ";
  switch (part.kind) {
    case ConditionPart::Kind::kAnd: out += "and"; break;
    case ConditionPart::Kind::kOr: out += "or"; break;
    case ConditionPart::Kind::kNot: out += "not"; break;
    case ConditionPart::Kind::kComparison:
    case ConditionPart::Kind::kOther: out += source_text(rule, part.expr->span); break;
  }
  if (part.kind == ConditionPart::Kind::kComparison) {
    const rules::Expr& e = *part.expr;
    out += ": " + operand_text(part.operands.at(0), lang);
    if (e.kind == rules::ExprKind::kUnary) {
      out += std::string(" ") + rules::unary_operator(e.unary_op).spelling;
    } else if (part.operands.size() == 2) {
      out += std::string(" ") + rules::binary_operator(e.binary_op).spelling + " " +
             operand_text(part.operands[1], lang);
    }
  }
  if (!part.needed) out += " " + text_of(ExplanationText::kNotNeeded, lang);
  out += "\n";
  for (const ConditionPart& child : part.parts) parts_text(rule, child, depth + 1, lang, out);
}

// "staff.csv: rows 5, 6, 9 (3)", at most `limit` row numbers per file.
std::string rows_text(const std::vector<EvidenceRow>& rows, Language lang) {
  std::map<std::string, std::vector<long>> by_file;
  for (const EvidenceRow& r : rows) {
    by_file[r.file + (r.sheet.empty() ? "" : " [" + r.sheet + "]")].push_back(r.row);
  }
  std::string out;
  constexpr std::size_t limit = 20;
  for (const auto& [file, numbers] : by_file) {
    std::string shown;
    for (std::size_t i = 0; i < numbers.size() && i < limit; ++i) {
      shown += (i ? ", " : "") + std::to_string(numbers[i]);
    }
    if (numbers.size() > limit) shown += ", …";
    if (!out.empty()) out += "; ";
    out += text_of(ExplanationText::kRows, lang, {file, shown, std::to_string(numbers.size())});
  }
  return out;
}

// A `let` the rule labels as evidence is called by its label, as reports
// call it: "    Tỷ lệ nữ = 30".
std::string steps_text(const Explanation& e, Language lang) {
  std::string out;
  for (const ExplanationStep& step : e.steps) {
    out += "  " + statement_text(*e.rule, *step.statement) + "\n";
    out += "    ";
    const rules::Statement& s = *step.statement;
    if (s.kind == rules::StatementKind::kLet && e.rule->evidence_labels.count(s.name)) {
      out += evidence_label(e.rule, s.name, lang) + " ";
    }
    out += "= " + step_value_text(step.value, lang);
    if (!step.rows.empty()) out += "   ← " + rows_text(step.rows, lang);
    out += "\n";
    if (s.kind == rules::StatementKind::kWhen && e.when_parts) {
      out += "    " + text_of(ExplanationText::kWhenParts, lang) + "\n";
      parts_text(*e.rule, *e.when_parts, 0, lang, out);
    }
  }
  return out;
}

}  // namespace

std::string render_explanation(const Explanation& e, Language lang) {
  const rules::RuleInfo& rule = *e.rule;
  std::string out = rule.id + " — " + rule.title.in(lang) + "\n";
  if (rule.kind == rules::RuleKind::kIndicator) {
    out += steps_text(e, lang);
    const std::string status(status_name(e.indicator.status, lang));
    out += text_of(ExplanationText::kResult, lang, {status}) + "\n";
    return out;
  }
  out += text_of(ExplanationText::kSubject, lang, {e.subject});
  if (!e.subject_name.empty()) out += " — " + e.subject_name;
  // A group has no row of its own.
  if (!e.subject_rows.empty()) out += " (" + rows_text(e.subject_rows, lang) + ")";
  if (e.period) out += text_of(ExplanationText::kPeriod, lang, {*e.period});
  out += "\n";
  if (!e.in_scope) {
    out += text_of(ExplanationText::kOutOfScope, lang) + "\n";
    return out;
  }
  out += steps_text(e, lang);
  const ExplanationText conclusion =
      e.fired ? ExplanationText::kConclusionFinding : ExplanationText::kConclusionNoFinding;
  out += text_of(conclusion, lang) + "\n";
  return out;
}

std::string render_explanations(const std::vector<Explanation>& explanations, Language lang) {
  std::string out;
  for (std::size_t i = 0; i < explanations.size(); ++i) {
    if (i) out += "\n";
    out += render_explanation(explanations[i], lang);
  }
  return out;
}

}  // namespace genaudit
