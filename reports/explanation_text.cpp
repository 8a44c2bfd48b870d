#include "reports/explanation_text.h"

#include <map>

#include "engine/eval/results.h"
#include "reports/human_values.h"
#include "reports/messages.h"

namespace genaudit {
namespace {

const char* say(Language lang, const char* vi, const char* en) {
  return lang == Language::kEnglish ? en : vi;
}

// The statement as written, on one line, shortened when long.
std::string statement_text(const rules::RuleInfo& rule, const rules::Statement& s) {
  const std::string& text = rule.source->text();
  std::string out;
  bool space = false;
  for (std::size_t i = s.span.begin; i < s.span.end && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#') {  // a comment inside the statement: skip to its line end
      while (i < s.span.end && text[i] != '\n') ++i;
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

// A step's value as the rule language computed it (display(): numbers
// unrounded, dates as YYYY-MM-DD), truth and a missing value in words. Not
// value_text() of reports/human_values.h, which writes numbers in the
// language's style for a report's reader: explain shows the rule writer
// what the rule computed.
std::string step_value_text(const ResultValue& v, Language lang) {
  if (v.is_missing()) return say(lang, "không có dữ liệu", "no data");
  if (v.is<bool>()) return v.as<bool>() ? say(lang, "đúng", "true") : say(lang, "sai", "false");
  return display(v);
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
    if (!out.empty()) out += "; ";
    out += file + say(lang, ": dòng ", ": rows ");
    for (std::size_t i = 0; i < numbers.size() && i < limit; ++i) {
      out += (i ? ", " : "") + std::to_string(numbers[i]);
    }
    if (numbers.size() > limit) out += ", …";
    out += " (" + std::to_string(numbers.size()) + ")";
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
  }
  return out;
}

}  // namespace

std::string render_explanation(const Explanation& e, Language lang) {
  const rules::RuleInfo& rule = *e.rule;
  std::string out = rule.id + " — " + rule.title.in(lang) + "\n";
  if (rule.kind == rules::RuleKind::kIndicator) {
    out += steps_text(e, lang);
    out += say(lang, "Kết quả: ", "Result: ");
    out += status_name(e.indicator.status, lang);
    out += "\n";
    return out;
  }
  out += say(lang, "Đối tượng: ", "Subject: ") + e.subject;
  if (!e.subject_name.empty()) out += " — " + e.subject_name;
  out += " (" + rows_text(e.subject_rows, lang) + ")";
  if (e.period) out += say(lang, ", kỳ ", ", period ") + *e.period;
  out += "\n";
  if (!e.in_scope) {
    out += say(lang, "Không thuộc phạm vi của quy tắc (điều kiện sau `for ... where` không thỏa).\n",
               "Outside the rule's scope (its `for ... where` condition does not hold).\n");
    return out;
  }
  out += steps_text(e, lang);
  out += e.fired ? say(lang, "Kết luận: CÓ PHÁT HIỆN\n", "Conclusion: FINDING\n")
                 : say(lang, "Kết luận: không có phát hiện\n", "Conclusion: no finding\n");
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
