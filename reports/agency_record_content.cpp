// The content of an inspection record; see agency_record_content.h.
#include "reports/agency_record_content.h"

#include <algorithm>

#include "reports/document_texts.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"
#include "reports/record_texts.h"
#include "reports/record_words.h"

namespace genaudit {
namespace {

// The successions behind the bodies this record's requests name, for the
// appendix: who the plan named, who answers on the as-of date, since when
// and under which decision, and a warning for a citation not confirmed.
void add_successions(const AuditReport& report, const SubjectFindings& s, Language lang,
                     RecordContent& c) {
  std::vector<rules::BodySuccession> rows;
  for (const FindingGroup& group : group_by_rule(s.findings)) {
    const Responsibility r = report.responsibility.of(rule_or_empty(group.findings.front()->rule));
    for (const rules::BodySuccession& step : r.remedy_steps) {
      const bool seen = std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
        return row.body == step.body && row.successor == step.successor && row.from == step.from;
      });
      if (!seen) rows.push_back(step);
    }
  }
  if (rows.empty()) return;
  c.bodies_heading = record_text(RecordText::kAppendixBodies, lang,
                                 {c.sources.empty() ? "2" : "3", date_text(report.dates.as_of, lang)});
  for (const rules::BodySuccession& row : rows) {
    std::string line = record_text(RecordText::kSuccession, lang,
                                   {row.body, row.successor, date_text(row.from, lang),
                                    row.decision});
    if (!row.confirmed) line += " — " + record_text(RecordText::kUnconfirmed, lang);
    c.bodies.push_back(std::move(line));
  }
}

}  // namespace

RecordContent record_content(const AuditReport& report, const AgencyRecord& record,
                             const Inspection& in, Language lang) {
  auto msg = [&](MessageId id) { return std::string(message(id, lang)); };
  auto hist = [&](HistoryText id) { return format_history_text(id, lang); };
  const RecordWords say(lang);
  const SubjectFindings& s = record.subject;
  const AuditDates& d = report.dates;
  const std::string agency = s.subject_name.empty() ? s.subject : s.subject_name;
  static const InspectionVisit kNoVisit;
  const InspectionVisit* found = visit_of(in, s.subject);
  const InspectionVisit& visit = found ? *found : kNoVisit;

  RecordContent c;
  c.page_title = say(RecordText::kTitle) + " — " + s.subject;
  c.superior_body = say.or_blank(in.superior_body);
  c.issuing_body = say.or_blank(in.issuing_body);
  c.number = say(RecordText::kNumber, {say.or_blank(in.record_number), say.or_blank(in.record_symbol)});
  c.country = say(RecordText::kCountry);
  c.motto = say(RecordText::kMotto);
  c.place_date = say(RecordText::kPlaceDate, {say.or_blank(in.place_name), say.date(visit.date)});
  c.title = say(RecordText::kTitle);
  c.subtitle = say(RecordText::kSubtitle);
  c.basis = {say(RecordText::kBasisPlan),
             say(RecordText::kBasisDecision,
                 {say.or_blank(in.decision_number), say.short_date(in.decision_date),
                  say.or_blank(in.decision_signer)})};
  c.opening = say(RecordText::kOpening, {say.time(visit.start_time), say.date(visit.date),
                                         say.or_blank(visit.place), agency});
  c.attendance_heading = say(RecordText::kAttendanceHeading);
  c.parties = {{say(RecordText::kTeamHeading), say.people(in.team)},
               {say(RecordText::kAgencyHeading, {agency}), say.people(visit.representatives)}};

  c.subject_heading = say(RecordText::kSubjectHeading);
  c.subject_lines = {
      say(RecordText::kSubjectName, {agency}),
      say(RecordText::kSubjectCode, {s.subject}),
      say(RecordText::kPeriod,
          {report.period, date_text(d.period_start, lang), date_text(d.period_end, lang)}),
      say(RecordText::kAsOf, {date_text(d.as_of, lang)}),
  };

  c.findings_heading = say(RecordText::kFindingsHeading);
  c.findings_intro = say(RecordText::kFindingsIntro, {std::to_string(s.findings.size())});
  c.figure_label = say(RecordText::kColumnFigure);
  c.value_label = say(RecordText::kColumnValue);
  c.rows_label = say(RecordText::kColumnRows);
  c.rules_columns = {say(RecordText::kColumnFindingNo), say(RecordText::kColumnRule),
                     say(RecordText::kColumnCitation)};
  for (const Finding* f : s.findings) {
    const rules::RuleInfo& rule = rule_or_empty(f->rule);
    RecordFinding rf;
    rf.heading = rule.title.in(lang);
    if (f->period)
      rf.details.emplace_back(msg(MessageId::kColumnPeriod), period_text(*f->period, lang));
    if (!rule.citation.empty()) rf.details.emplace_back(msg(MessageId::kCitation), rule.citation);
    if (!rule.severity.empty()) {
      rf.details.emplace_back(msg(MessageId::kSeverity), severity_name(rule.severity, lang));
    }
    if (f->status != FindingStatus::kUnknown) {
      rf.details.emplace_back(hist(HistoryText::kColumnSinceLastRun),
                              finding_status_name(f->status, lang));
    }
    if (f->waiver_expired) {
      rf.details.emplace_back(hist(HistoryText::kColumnNote), waiver_expired_note(*f, lang));
    }
    rf.figures = evidence_texts(*f, lang);
    // A value the registers do not hold is said so, not shown as a dash.
    for (auto& [label, value] : rf.figures) {
      if (value == kNoValueText) value = say(RecordText::kNoValue);
    }
    rf.rows = rows_summary(f->rows, lang);
    c.rules.push_back({std::to_string(c.findings.size() + 1), rule.id, rule.citation});
    c.findings.push_back(std::move(rf));
  }

  for (const WaivedFinding& w : report.waived) {
    const Finding& f = w.finding;
    const rules::RuleInfo& rule = rule_or_empty(f.rule);
    if (f.subject != s.subject || rule.subject_register != s.subject_register) continue;
    RecordFinding rf;
    rf.heading = rule.title.in(lang);
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
    c.waived.push_back(std::move(rf));
    c.rules.push_back({hist(HistoryText::kRecordWaivedHeading) + " " +
                           std::to_string(c.waived.size()),
                       rule.id, w.waiver.source});
  }
  if (!c.waived.empty()) {
    c.waived_heading = hist(HistoryText::kRecordWaivedHeading);
    c.waived_intro = format_history_text(HistoryText::kRecordWaivedIntro, lang,
                                         {std::to_string(c.waived.size())});
  }

  c.comments_heading = say(RecordText::kCommentsHeading);
  c.comments_intro = say(RecordText::kCommentsIntro);
  c.comment_lines.assign(5, say(RecordText::kBlankLine));

  c.requests_heading = say(RecordText::kRequestsHeading);
  c.requests_intro = say(RecordText::kRequestsIntro, {agency});
  for (const FindingGroup& group : group_by_rule(s.findings)) {
    const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
    // The remedy names the bodies that exist on the as-of date.
    const std::string& remedy = report.responsibility.remedy_of(rule).in(lang);
    std::string request = remedy.empty() ? rule.title.in(lang) : remedy;
    std::vector<std::string> periods;
    for (const Finding* f : group.findings) {
      if (f->period) periods.push_back(period_text(*f->period, lang));
    }
    if (!periods.empty()) request += " (" + msg(MessageId::kColumnPeriod) + ": " + joined(periods, ", ") + ")";
    c.requests.push_back(std::move(request));
  }
  c.deadline = say(RecordText::kDeadline, {in.remedy_deadline ? date_text(*in.remedy_deadline, lang)
                                                              : say(RecordText::kBlank)});
  c.report_back = say(RecordText::kReportBack);
  auto copies = [&]() -> std::string {
    if (!in.copies) return say(RecordText::kBlank);
    return (*in.copies < 10 ? "0" : "") + std::to_string(*in.copies);
  };
  c.closing = say(RecordText::kClosing, {say.time(visit.end_time), copies()});
  c.sign_agency = {say(RecordText::kSignAgency), say(RecordText::kSignHint),
                   signer(visit.representatives)};
  c.sign_team = {say(RecordText::kSignTeam), say(RecordText::kSignHint), signer(in.team)};
  c.recipients_label = say(RecordText::kRecipients);
  c.recipients = say.recipients(in.recipients);

  c.appendix_heading = say(RecordText::kAppendixHeading);
  c.appendix_intro = say(RecordText::kAppendixIntro);
  c.rules_heading = say(RecordText::kAppendixRules);
  c.sources_heading = say(RecordText::kAppendixSources);
  c.sources_columns = {say(RecordText::kColumnFile), say(RecordText::kColumnDigest)};
  // The registers behind these findings, in the order the report read them.
  for (const RegisterFileInfo& r : report.registers) {
    bool used = false;
    for (const Finding* f : s.findings) {
      for (const EvidenceRow& row : f->rows) used = used || row.register_name == r.register_name;
    }
    if (used) c.sources.emplace_back(r.file, r.sha256);
  }
  add_successions(report, s, lang, c);
  // Agency codes are those of the agencies register: rows of other
  // subjects (outlets, enterprises) are not counted per agency.
  if (s.subject_register == "agencies") {
    c.notes = agency_rows_left_out_notes(report.intake, s.subject, lang);
    c.notes_label = msg(MessageId::kRecordNote);
  }
  return c;
}

}  // namespace genaudit
