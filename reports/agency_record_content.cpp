// The content of an inspection record; see agency_record_content.h.
#include "reports/agency_record_content.h"

#include "reports/document_texts.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"

namespace genaudit {
namespace {


}  // namespace

RecordContent record_content(const AuditReport& report, const AgencyRecord& record, Language lang) {
  auto msg = [&](MessageId id) { return std::string(message(id, lang)); };
  auto hist = [&](HistoryText id) { return format_history_text(id, lang); };
  const SubjectFindings& s = record.subject;
  const AuditDates& d = report.dates;
  RecordContent c;
  c.page_title = std::string(doc_text(DocText::kRecordTitle, lang)) + " — " + s.subject;
  c.basis = format_doc_text(DocText::kRecordBasis, lang, {date_text(d.as_of, lang)});
  c.subject_lines = {
      format_doc_text(DocText::kRecordSubjectName, lang, {s.subject_name}),
      format_doc_text(DocText::kRecordSubjectCode, lang, {s.subject}),
      format_doc_text(
          DocText::kRecordPeriod, lang,
          {report.period, date_text(d.period_start, lang), date_text(d.period_end, lang)}),
      format_doc_text(DocText::kRecordAsOf, lang, {date_text(d.as_of, lang)}),
  };

  // The registers behind these findings, in the order the report read them.
  for (const RegisterFileInfo& r : report.registers) {
    bool used = false;
    for (const Finding* f : s.findings) {
      for (const EvidenceRow& row : f->rows) used = used || row.register_name == r.register_name;
    }
    if (used) c.sources.push_back(r.file + " (SHA-256 " + r.sha256 + ")");
  }

  // Agency codes are those of the agencies register: rows of other
  // subjects (outlets, enterprises) are not counted per agency.
  if (s.subject_register == "agencies") {
    c.notes = agency_rows_left_out_notes(report.intake, s.subject, lang);
    c.notes_label = msg(MessageId::kRecordNote);
  }

  c.findings_intro =
      format_doc_text(DocText::kRecordFindingsIntro, lang, {std::to_string(s.findings.size())});
  for (const Finding* f : s.findings) {
    const rules::RuleInfo& rule = rule_or_empty(f->rule);
    RecordFinding rf;
    rf.heading = rule.id + " — " + rule.title.in(lang);
    if (f->period)
      rf.details.emplace_back(msg(MessageId::kColumnPeriod), period_text(*f->period, lang));
    if (!rule.citation.empty()) rf.details.emplace_back(msg(MessageId::kCitation), rule.citation);
    if (!rule.severity.empty()) {
      rf.details.emplace_back(msg(MessageId::kSeverity), severity_name(rule.severity, lang));
    }
    std::vector<std::string> figures;
    for (const auto& [name, value] : evidence_texts(*f, lang))
      figures.push_back(name + ": " + value);
    if (!figures.empty()) {
      rf.details.emplace_back(std::string(doc_text(DocText::kRecordFigures, lang)),
                              joined(figures, "; "));
    }
    if (!f->rows.empty()) {
      rf.details.emplace_back(std::string(doc_text(DocText::kColumnEvidenceRows, lang)),
                              joined(rows_summary(f->rows, lang), "; "));
    }
    if (f->status != FindingStatus::kUnknown) {
      rf.details.emplace_back(hist(HistoryText::kColumnSinceLastRun),
                              finding_status_name(f->status, lang));
    }
    if (f->waiver_expired) {
      rf.details.emplace_back(hist(HistoryText::kColumnNote), waiver_expired_note(*f, lang));
    }
    c.findings.push_back(std::move(rf));
  }

  for (const WaivedFinding& w : report.waived) {
    const Finding& f = w.finding;
    const rules::RuleInfo& rule = rule_or_empty(f.rule);
    if (f.subject != s.subject || rule.subject_register != s.subject_register) continue;
    RecordFinding rf;
    rf.heading = rule.id + " — " + rule.title.in(lang);
    if (f.period) {
      rf.details.emplace_back(msg(MessageId::kColumnPeriod), period_text(*f.period, lang));
    }
    if (f.status != FindingStatus::kUnknown) {
      rf.details.emplace_back(hist(HistoryText::kColumnSinceLastRun),
                              finding_status_name(f.status, lang));
    }
    rf.details.emplace_back(hist(HistoryText::kColumnJustification), w.waiver.justification);
    rf.details.emplace_back(hist(HistoryText::kColumnApprovedBy), w.waiver.approved_by);
    rf.details.emplace_back(hist(HistoryText::kColumnExpires), date_text(w.waiver.expires, lang));
    rf.details.emplace_back(hist(HistoryText::kColumnSource), w.waiver.source);
    c.waived.push_back(std::move(rf));
  }
  if (!c.waived.empty()) {
    c.waived_heading = hist(HistoryText::kRecordWaivedHeading);
    c.waived_intro = format_history_text(HistoryText::kRecordWaivedIntro, lang,
                                         {std::to_string(c.waived.size())});
  }

  c.requests_intro = format_doc_text(DocText::kRecordRequestsIntro, lang,
                                     {s.subject_name.empty() ? s.subject : s.subject_name});
  for (const FindingGroup& group : group_by_rule(s.findings)) {
    const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
    std::string request = rule.remedy.in(lang).empty() ? rule.title.in(lang) : rule.remedy.in(lang);
    std::vector<std::string> notes = {rule.id};
    if (!rule.citation.empty()) notes.push_back(msg(MessageId::kCitation) + ": " + rule.citation);
    std::vector<std::string> periods;
    for (const Finding* f : group.findings) {
      if (f->period) periods.push_back(period_text(*f->period, lang));
    }
    if (!periods.empty())
      notes.push_back(msg(MessageId::kColumnPeriod) + ": " + joined(periods, ", "));
    c.requests.push_back(request + " (" + joined(notes, "; ") + ")");
  }
  return c;
}

}  // namespace genaudit
