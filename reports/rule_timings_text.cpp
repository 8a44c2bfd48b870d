#include "reports/rule_timings_text.h"

#include "reports/explanation_texts.h"
#include "reports/human_values.h"
#include "reports/messages.h"
#include "reports/text_table.h"

namespace genaudit {

namespace {

std::string text_of(ExplanationText id, Language lang, const std::vector<std::string>& args = {}) {
  return explanation_texts().format(id, lang, args);
}

// Milliseconds with one decimal: a rule of the pack takes from a tenth of a
// millisecond (a figure read from the statistics) to seconds.
std::string seconds_text(double seconds, Language lang) {
  return fixed_number(seconds * 1000, 1, lang) + " ms";
}

}  // namespace

std::string render_rule_timings(const std::vector<RuleTiming>& timings, Language lang) {
  TextTable table({{text_of(ExplanationText::kTimingsRule, lang), Align::kLeft},
                   {text_of(ExplanationText::kTimingsTime, lang), Align::kRight},
                   {text_of(ExplanationText::kTimingsRows, lang), Align::kRight},
                   {text_of(ExplanationText::kTimingsResult, lang), Align::kLeft}});
  std::size_t timed = 0;
  double total = 0;
  std::string not_run;
  for (const RuleTiming& t : timings) {
    if (!t.missing_registers.empty()) {
      std::string registers;
      for (const std::string& name : t.missing_registers) {
        registers += (registers.empty() ? "" : ", ") + name;
      }
      not_run += text_of(ExplanationText::kTimingsNotRun, lang, {t.rule->id, registers}) + "\n";
      continue;
    }
    ++timed;
    total += t.seconds;
    const std::string result =
        t.rule->kind == rules::RuleKind::kFinding
            ? text_of(ExplanationText::kTimingsFindings, lang, {std::to_string(t.findings)})
            : std::string(status_name(t.status, lang));
    table.add_row({{t.rule->id},
                   {seconds_text(t.seconds, lang)},
                   {fixed_number(static_cast<double>(t.rows_touched), 0, lang)},
                   {result}});
  }
  std::string out = text_of(ExplanationText::kTimingsTitle, lang, {std::to_string(timed)}) + "\n";
  out += table.render("  ", false);
  out += text_of(ExplanationText::kTimingsTotal, lang, {seconds_text(total, lang)}) + "\n";
  out += not_run;
  out += text_of(ExplanationText::kTimingsRowsMeaning, lang) + "\n";
  return out;
}

}  // namespace genaudit
