// The history's texts: the catalogue's accessors and the lines worded from
// a run's facts; see history_texts.h. The rows are in reports/texts/history.cpp.
#include "reports/history_texts.h"

#include "reports/human_values.h"

namespace genaudit {

std::string_view history_text(HistoryText id, Language lang) {
  return history_texts().text(id, lang);
}

std::string format_history_text(HistoryText id, Language lang,
                                const std::vector<std::string>& args) {
  return history_texts().format(id, lang, args);
}

std::vector<std::string> run_history_lines(const RunHistoryFacts& h, Language lang) {
  std::vector<std::string> lines = {
      h.previous_run ? format_history_text(HistoryText::kRunLine, lang,
                                           {std::to_string(h.run_id), std::to_string(*h.previous_run)})
                     : format_history_text(HistoryText::kRunLineFirst, lang, {std::to_string(h.run_id)})};
  if (h.baseline_run) {
    lines.push_back(format_history_text(
        HistoryText::kBaselineLine, lang,
        {std::to_string(*h.baseline_run), std::to_string(h.baseline_hidden)}));
  }
  return lines;
}

std::string waiver_expired_note(const Finding& finding, Language lang) {
  if (!finding.waiver_expired) return "";
  return format_history_text(HistoryText::kWaiverExpired, lang,
                             {date_text(*finding.waiver_expired, lang)});
}

std::string finding_status_name(FindingStatus status, Language lang) {
  switch (status) {
    case FindingStatus::kNew: return std::string(history_text(HistoryText::kStatusNew, lang));
    case FindingStatus::kPersisting:
      return std::string(history_text(HistoryText::kStatusPersisting, lang));
    case FindingStatus::kRegressed:
      return std::string(history_text(HistoryText::kStatusRegressed, lang));
    case FindingStatus::kUnknown: break;
  }
  return "";
}

}  // namespace genaudit
