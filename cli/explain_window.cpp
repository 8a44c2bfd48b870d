#include "cli/explain_window.h"

#include <algorithm>
#include <vector>

#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"
#include "engine/eval/windows.h"
#include "reports/human_values.h"

namespace genaudit::cli {
namespace {

// The windows' labels, all of them up to a dozen (a year of months), else
// the first three and the last.
std::string listed(const std::vector<Window>& windows) {
  std::string out;
  const auto add = [&](const std::string& label) { out += (out.empty() ? "" : ", ") + label; };
  if (windows.size() <= 12) {
    for (const Window& w : windows) add(w.label);
    return out;
  }
  for (std::size_t i = 0; i < 3; ++i) add(windows[i].label);
  return out + ", …, " + windows.back().label;
}

}  // namespace

bool check_explain_window(const rules::RuleInfo& rule, const std::string& window,
                          const AuditDates& dates, const std::string& period, Language lang) {
  if (window.empty()) return true;
  const std::string what = command_text(CommandText::kPlaceholderWindow, lang);
  if (rule.kind != rules::RuleKind::kFinding || !rule.has_window) {
    usage_error(lang, command_text(CommandText::kExplainRuleNotPerWindow, lang,
                                   {what, window, rule.id, period}));
    return false;
  }
  const std::vector<Window> windows = audit_windows(rule.window, dates);
  if (std::any_of(windows.begin(), windows.end(),
                  [&](const Window& w) { return w.label == window; })) {
    return true;
  }
  CommandText unit = CommandText::kExplainPerMonth;
  if (rule.window == rules::WindowKind::kQuarter) unit = CommandText::kExplainPerQuarter;
  if (rule.window == rules::WindowKind::kYear) unit = CommandText::kExplainPerYear;
  const std::string per = command_text(unit, lang);
  if (windows.empty()) {
    usage_error(lang, command_text(CommandText::kExplainNoWindowAudited, lang,
                                   {what, window, rule.id, per, period,
                                    date_text(dates.as_of, lang)}));
  } else {
    usage_error(lang, command_text(CommandText::kExplainNotAWindow, lang,
                                   {what, window, rule.id, per, listed(windows)}));
  }
  return false;
}

}  // namespace genaudit::cli
