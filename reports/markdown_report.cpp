// Renders an audit as Markdown; see markdown_report.h.
#include "reports/rule_files_fact.h"
#include "reports/markdown_report.h"

#include "reports/coverage_texts.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/finding_groups.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/markdown_blocks.h"
#include "reports/messages.h"
#include "reports/waiver_rows.h"

namespace genaudit {
namespace {


class Document {
 public:
  Document(const AuditReport& report, Language lang) : report_(report), lang_(lang) {}

  std::string render() {
    out_ += markdown_heading(1, msg(MessageId::kReportTitle));
    out_ += escape_markdown(msg(MessageId::kPlanName)) + "\n\n";
    for (const std::string& warning : intake_warnings(report_, lang_)) {
      out_ += "> **" + escape_markdown(warning) + "**\n\n";
    }
    facts();
    intake();
    indicators();
    findings();
    coverage();
    waived();
    skipped();
    out_ += "---\n\n" + escape_markdown(doc(DocText::kProducedBy)) + "\n";
    return std::move(out_);
  }

 private:
  std::string msg(MessageId id) const { return std::string(message(id, lang_)); }
  std::string doc(DocText id) const { return std::string(doc_text(id, lang_)); }
  std::string hist(HistoryText id, const std::vector<std::string>& args = {}) const {
    return format_history_text(id, lang_, args);
  }
  std::string counted(std::string_view text, std::size_t n) const {
    return std::string(text) + " (" + std::to_string(n) + ")";
  }

  void facts() {
    const AuditDates& d = report_.dates;
    out_ += markdown_heading(2, doc(DocText::kRunFacts));
    out_ += markdown_item(doc(DocText::kFactPeriod),
                          format_doc_text(DocText::kFactPeriodValue, lang_,
                                          {report_.period, date_text(d.period_start, lang_),
                                           date_text(d.period_end, lang_)}));
    out_ += markdown_item(doc(DocText::kFactAsOf), date_text(d.as_of, lang_));
    out_ += markdown_item(doc(DocText::kFactPackVersion), report_.pack_version);
    if (const auto files = rule_files_fact(report_, lang_)) {
      out_ += markdown_item(doc(DocText::kFactRuleFiles), *files);
    }
    if (report_.history) {
      for (const std::string& line : run_history_lines(*report_.history, lang_)) {
        out_ += markdown_item(hist(HistoryText::kColumnRun), line);
      }
    }
    std::size_t met = 0, not_met = 0, no_data = 0;
    for (const IndicatorResult& i : report_.indicators) {
      (i.status == IndicatorStatus::kMet      ? met
       : i.status == IndicatorStatus::kNotMet ? not_met
                                              : no_data)++;
    }
    out_ += markdown_item(doc(DocText::kCountFindings), std::to_string(report_.findings.size()));
    out_ += markdown_item(doc(DocText::kCountNotMet), std::to_string(not_met));
    out_ += markdown_item(doc(DocText::kCountMet), std::to_string(met));
    out_ += markdown_item(doc(DocText::kCountNoData), std::to_string(no_data));
    out_ += markdown_item(doc(DocText::kCountSkipped), std::to_string(report_.skipped.size()));
    if (!report_.waived.empty()) {
      out_ += markdown_item(hist(HistoryText::kWaived), std::to_string(report_.waived.size()));
    }
    out_ +=
        "\n" + markdown_heading(3, counted(doc(DocText::kFactRegisters), report_.registers.size()));
    std::vector<std::vector<std::string>> rows;
    for (const RegisterFileInfo& r : report_.registers) {
      rows.push_back(
          {r.register_name, r.file, plain_number(static_cast<double>(r.rows), lang_), r.sha256});
    }
    out_ += markdown_table({msg(MessageId::kColumnRegister), msg(MessageId::kColumnFile),
                            msg(MessageId::kColumnRows), doc(DocText::kColumnSha256)},
                           rows, {false, false, true, false}) +
            "\n";
  }

  // What was read of the registers, and what was not; always present.
  void intake() {
    out_ += markdown_heading(2, msg(MessageId::kIntakeHeading));
    for (const std::string& line : intake_summary(report_, lang_)) {
      out_ += escape_markdown(line) + "\n\n";
    }
    const IntakeTable files = intake_file_table(report_, lang_);
    if (!files.rows.empty()) out_ += markdown_table(files.headers, files.rows, files.right) + "\n";
    for (const IntakeList& list : intake_lists(report_, lang_)) {
      out_ += markdown_heading(3, counted(list.heading, list.items.size()));
      for (const std::string& item : list.items) out_ += "- " + escape_markdown(item) + "\n";
      out_ += "\n";
    }
  }

  void indicators() {
    out_ += markdown_heading(2, counted(msg(MessageId::kIndicators), report_.indicators.size()));
    if (report_.indicators.empty()) {
      out_ += escape_markdown(msg(MessageId::kNoIndicators)) + "\n\n";
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const IndicatorResult& i : report_.indicators) {
      const rules::RuleInfo& rule = rule_or_empty(i.rule);
      rows.push_back({rule.id, rule.title.in(lang_), indicator_value_text(i, lang_),
                      indicator_parts_text(i, lang_), indicator_target_text(i, lang_),
                      std::string(status_name(i.status, lang_)), rule.citation, report_.responsibility.lead_of(rule)});
    }
    out_ += markdown_table(
                {msg(MessageId::kColumnRule), msg(MessageId::kColumnTitle),
                 msg(MessageId::kColumnValue), coverage_text(CoverageText::kColumnParts, lang_),
                 msg(MessageId::kColumnTarget), msg(MessageId::kColumnStatus),
                 msg(MessageId::kCitation), msg(MessageId::kLead)},
                rows, {false, false, true, true, true}) +
            "\n";
  }

  // How many subjects each finding rule checked, breached and could not
  // decide (the evaluator's counts).
  void coverage() {
    out_ += markdown_heading(
        2, counted(coverage_text(CoverageText::kCoverageHeading, lang_), report_.coverage.size()));
    if (report_.coverage.empty()) {
      out_ += escape_markdown(coverage_text(CoverageText::kNoCoverage, lang_)) + "\n\n";
      return;
    }
    out_ += escape_markdown(coverage_text(CoverageText::kCoverageIntro, lang_)) + "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const RuleCoverage& c : report_.coverage) rows.push_back(coverage_cells(c, lang_));
    out_ += markdown_table(coverage_headers(msg(MessageId::kColumnRule), lang_), rows,
                           {false, false, false, true, true, true, true}) +
            "\n";
  }

  void rule_details(const rules::RuleInfo& rule) {
    if (!rule.citation.empty()) out_ += markdown_item(msg(MessageId::kCitation), rule.citation);
    if (!report_.responsibility.lead_of(rule).empty()) out_ += markdown_item(msg(MessageId::kLead), report_.responsibility.lead_of(rule));
    if (!rule.severity.empty()) {
      out_ += markdown_item(msg(MessageId::kSeverity), severity_name(rule.severity, lang_));
    }
    if (!report_.responsibility.remedy_of(rule).in(lang_).empty()) {
      out_ += markdown_item(msg(MessageId::kRemedy), report_.responsibility.remedy_of(rule).in(lang_));
    }
    out_ += "\n";
  }

  void rule_table(const FindingGroup& group) {
    const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
    out_ += markdown_heading(5, rule.id + " — " + rule.title.in(lang_) + " (" +
                                    findings_count_text(group.findings.size(), lang_) + ")");
    rule_details(rule);
    const FigureColumns figures = figure_columns(group.findings, lang_);
    std::vector<std::string> headers = {msg(MessageId::kColumnCode), msg(MessageId::kColumnName)};
    std::vector<bool> right = {false, false};
    if (figures.has_period) {
      headers.push_back(msg(MessageId::kColumnPeriod));
      right.push_back(false);
    }
    for (std::size_t n = 0; n < figures.labels.size(); ++n) {
      headers.push_back(figures.labels[n]);
      right.push_back(figures.numeric[n]);
    }
    bool has_status = false;  // the audit is recorded: new, persisting, regressed
    bool has_note = false;    // a waiver expired
    for (const Finding* f : group.findings) {
      has_status = has_status || f->status != FindingStatus::kUnknown;
      has_note = has_note || f->waiver_expired.has_value();
    }
    if (has_status) headers.push_back(hist(HistoryText::kColumnSinceLastRun));
    if (has_note) headers.push_back(hist(HistoryText::kColumnNote));
    headers.push_back(doc(DocText::kColumnEvidenceRows));
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < group.findings.size(); ++i) {
      const Finding* f = group.findings[i];
      std::vector<std::string> row = {f->subject, f->subject_name};
      if (figures.has_period) row.push_back(f->period ? period_text(*f->period, lang_) : "");
      row.insert(row.end(), figures.cells[i].begin(), figures.cells[i].end());
      if (has_status) row.push_back(finding_status_name(f->status, lang_));
      if (has_note) row.push_back(waiver_expired_note(*f, lang_));
      row.push_back(joined(rows_summary(f->rows, lang_), "; "));
      rows.push_back(std::move(row));
    }
    out_ += markdown_table(headers, rows, right) + "\n";
  }

  void findings() {
    out_ += markdown_heading(2, counted(msg(MessageId::kFindings), report_.findings.size()));
    if (report_.findings.empty()) {
      out_ += escape_markdown(msg(MessageId::kNoFindings)) + "\n\n";
      return;
    }
    out_ += markdown_heading(3, doc(DocText::kByObjective));
    for (const FindingGroup& objective : group_by_objective(report_)) {
      out_ += markdown_heading(4, objective_name(objective.key, lang_) + " (" +
                                      findings_count_text(objective.findings.size(), lang_) + ")");
      for (const FindingGroup& rule : group_by_rule(objective.findings)) rule_table(rule);
    }

    out_ += markdown_heading(3, doc(DocText::kByLead));
    for (const FindingGroup& lead : group_by_lead(report_)) {
      out_ += markdown_heading(
          4, lead.key + " (" + findings_count_text(lead.findings.size(), lang_) + ")");
      for (const FindingGroup& group : group_by_rule(lead.findings)) {
        const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
        std::vector<std::string> subjects;
        for (const Finding* f : group.findings) {
          subjects.push_back(f->subject +
                             (f->period ? " (" + period_text(*f->period, lang_) + ")" : ""));
        }
        out_ += "- **" + escape_markdown(rule.id) + "** " + escape_markdown(rule.title.in(lang_)) +
                "\n  - " + escape_markdown(msg(MessageId::kCitation) + ": " + rule.citation) +
                "\n  - " + escape_markdown(msg(MessageId::kRemedy) + ": " + report_.responsibility.remedy_of(rule).in(lang_)) +
                "\n  - " +
                escape_markdown(doc(DocText::kColumnSubject) + ": " + joined(subjects, ", ")) +
                "\n";
      }
      out_ += "\n";
    }

    out_ += markdown_heading(3, doc(DocText::kBySubject));
    for (const SubjectFindings& s : group_by_subject(report_)) {
      out_ += markdown_heading(4, s.subject + " — " + s.subject_name + " (" +
                                      findings_count_text(s.findings.size(), lang_) + ")");
      std::vector<std::vector<std::string>> rows;
      for (const Finding* f : s.findings) {
        const rules::RuleInfo& rule = rule_or_empty(f->rule);
        rows.push_back({rule.id, rule.title.in(lang_),
                        f->period ? period_text(*f->period, lang_) : "", rule.citation,
                        report_.responsibility.remedy_of(rule).in(lang_), joined(rows_summary(f->rows, lang_), "; ")});
      }
      out_ += markdown_table({msg(MessageId::kColumnRule), msg(MessageId::kFindings),
                              msg(MessageId::kColumnPeriod), msg(MessageId::kCitation),
                              msg(MessageId::kRemedy), doc(DocText::kColumnEvidenceRows)},
                             rows) +
              "\n";
    }
  }

  // The findings waivers set aside, with each waiver, and the waivers that
  // matched none, apart from the findings.
  void waived() {
    if (report_.waived.empty() && report_.unused_waivers.empty()) return;
    out_ += markdown_heading(2, counted(hist(HistoryText::kWaived), report_.waived.size()));
    std::vector<std::vector<std::string>> rows;
    for (const WaiverRow& w : waiver_rows(report_, lang_)) {
      if (!w.matched) continue;
      rows.push_back({w.rule, w.subject, w.subject_name, w.period, w.status, w.justification,
                      w.approved_by, date_text(w.expires, lang_), w.source});
    }
    if (rows.empty()) {
      out_ += escape_markdown(hist(HistoryText::kNoWaived)) + "\n\n";
    } else {
      out_ += markdown_table({doc(DocText::kColumnRuleId), msg(MessageId::kColumnCode),
                              msg(MessageId::kColumnName), msg(MessageId::kColumnPeriod),
                              hist(HistoryText::kColumnSinceLastRun),
                              hist(HistoryText::kColumnJustification),
                              hist(HistoryText::kColumnApprovedBy),
                              hist(HistoryText::kColumnExpires), hist(HistoryText::kColumnSource)},
                             rows) +
              "\n";
    }
    for (const Waiver& w : report_.unused_waivers) {
      out_ += "- " + escape_markdown(hist(HistoryText::kUnusedWaiver,
                                          {w.rule, w.subject, w.period ? " / " + *w.period : "",
                                           w.source})) +
              "\n";
    }
    if (!report_.unused_waivers.empty()) out_ += "\n";
  }

  void skipped() {
    if (report_.skipped.empty()) return;
    out_ += markdown_heading(2, counted(msg(MessageId::kSkipped), report_.skipped.size()));
    std::vector<std::vector<std::string>> rows;
    for (const SkippedRule& s : report_.skipped) {
      const rules::RuleInfo& rule = rule_or_empty(s.rule);
      rows.push_back({rule.id, rule.title.in(lang_), skipped_reason(s, lang_)});
    }
    out_ += markdown_table({msg(MessageId::kColumnRule), msg(MessageId::kColumnTitle),
                            doc(DocText::kColumnReason)},
                           rows) +
            "\n";
  }

  const AuditReport& report_;
  Language lang_;
  std::string out_;
};

}  // namespace

std::string render_markdown_report(const AuditReport& report, Language lang) {
  return Document(report, lang).render();
}

}  // namespace genaudit
