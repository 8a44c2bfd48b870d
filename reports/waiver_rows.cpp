// Waivers as table rows; see waiver_rows.h.
#include "reports/waiver_rows.h"

#include "engine/audit/waivers.h"
#include "reports/document_texts.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/messages.h"

namespace genaudit {


std::vector<WaiverRow> waiver_rows(const AuditReport& report, Language lang) {
  std::vector<WaiverRow> rows;
  auto fill_waiver = [&](const Waiver& w, WaiverRow& row) {
    row.justification = w.justification;
    row.approved_by = w.approved_by;
    row.expires = w.expires;
    row.source = w.source;
  };
  for (const WaivedFinding& waived : report.waived) {
    const Finding& f = waived.finding;
    const rules::RuleInfo& rule = rule_or_empty(f.rule);
    WaiverRow row;
    row.objective = objective_of(rule.id);
    row.rule = rule.id;
    row.title = rule.title.in(lang);
    row.subject = f.subject;
    row.subject_name = f.subject_name;
    row.period = f.period ? period_text(*f.period, lang) : "";
    row.status = finding_status_name(f.status, lang);
    fill_waiver(waived.waiver, row);
    rows.push_back(std::move(row));
  }
  for (const Waiver& w : report.unused_waivers) {
    WaiverRow row;
    row.matched = false;
    row.objective = objective_of(w.rule);
    row.rule = w.rule;
    row.subject = w.subject;
    row.period = w.period ? period_text(*w.period, lang) : "";
    fill_waiver(w, row);
    row.note = format_history_text(HistoryText::kWaiverMatchesNothing, lang);
    if (waiver_expired_on(w, report.dates.as_of)) {
      row.note += "; " + format_history_text(HistoryText::kWaiverStateExpired, lang);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> waiver_row_headers(Language lang) {
  auto doc = [&](DocText id) { return std::string(doc_text(id, lang)); };
  auto msg = [&](MessageId id) { return std::string(message(id, lang)); };
  auto hist = [&](HistoryText id) { return format_history_text(id, lang); };
  return {doc(DocText::kColumnNumber),        doc(DocText::kColumnObjective),
          doc(DocText::kColumnRuleId),        doc(DocText::kColumnFindingTitle),
          doc(DocText::kColumnSubjectCode),   doc(DocText::kColumnSubjectName),
          msg(MessageId::kColumnPeriod),      hist(HistoryText::kColumnSinceLastRun),
          hist(HistoryText::kColumnJustification), hist(HistoryText::kColumnApprovedBy),
          hist(HistoryText::kColumnExpires),  hist(HistoryText::kColumnSource),
          hist(HistoryText::kColumnNote)};
}

bool has_history_columns(const AuditReport& report) {
  if (report.history) return true;
  for (const Finding& f : report.findings) {
    if (f.status != FindingStatus::kUnknown || f.waiver_expired) return true;
  }
  return false;
}

std::vector<std::string> history_column_headers(Language lang) {
  return {format_history_text(HistoryText::kColumnSinceLastRun, lang),
          format_history_text(HistoryText::kColumnNote, lang)};
}

std::vector<std::string> history_cells(const Finding& finding, Language lang) {
  return {finding_status_name(finding.status, lang), waiver_expired_note(finding, lang)};
}

}  // namespace genaudit
