// Writes an audit as an Excel workbook; see xlsx_report.h.
#include "reports/rule_files_fact.h"
#include "reports/xlsx_report.h"

#include <xlsxwriter.h>

#include <filesystem>
#include <optional>

#include "reports/coverage_texts.h"
#include "reports/document_texts.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"
#include "reports/waiver_rows.h"
#include "reports/xlsx_sheet.h"

namespace genaudit {
namespace {


class WorkbookWriter {
 public:
  WorkbookWriter(const AuditReport& report, Language lang, lxw_workbook* workbook)
      : report_(report),
        lang_(lang),
        workbook_(workbook),
        formats_(workbook, lang == Language::kEnglish ? "yyyy-mm-dd" : "dd/mm/yyyy") {}

  void write() {
    findings();
    waived();
    indicators();
    coverage();
    evidence_rows();
    figures();
    intake();
    about();
  }

 private:
  std::string msg(MessageId id) const { return std::string(message(id, lang_)); }
  std::string doc(DocText id) const { return std::string(doc_text(id, lang_)); }
  std::string hist(HistoryText id) const { return format_history_text(id, lang_); }
  std::string period(const Finding& f) const {
    return f.period ? period_text(*f.period, lang_) : "";
  }

  void findings() {
    XlsxSheet s(workbook_, formats_, doc(DocText::kSheetFindings));
    std::vector<std::string> headers = {
        doc(DocText::kColumnNumber),      doc(DocText::kColumnObjective),
        doc(DocText::kColumnRuleId),      doc(DocText::kColumnFindingTitle),
        doc(DocText::kColumnSubjectCode), doc(DocText::kColumnSubjectName),
        msg(MessageId::kColumnPeriod),    doc(DocText::kColumnFrom),
        doc(DocText::kColumnTo),          msg(MessageId::kSeverity),
        msg(MessageId::kLead),            msg(MessageId::kCitation),
        msg(MessageId::kRemedy),          doc(DocText::kColumnEvidence),
        doc(DocText::kColumnEvidenceRows)};
    const bool history = has_history_columns(report_);
    if (history) {
      for (std::string& h : history_column_headers(lang_)) headers.push_back(std::move(h));
    }
    s.header(headers);
    std::size_t n = 0;
    for (const Finding& f : report_.findings) {
      const rules::RuleInfo& rule = rule_or_empty(f.rule);
      s.next_row();
      s.number(static_cast<double>(++n));
      s.text(objective_of(rule.id));
      s.text(rule.id);
      s.text(rule.title.in(lang_));
      s.text(f.subject);
      s.text(f.subject_name);
      s.text(period(f));
      const auto days = f.period ? period_days(*f.period) : std::nullopt;
      if (days) {
        s.date(days->first);
        s.date(days->second);
      } else {
        s.blank();
        s.blank();
      }
      s.text(severity_name(rule.severity, lang_));
      s.text(report_.responsibility.lead_of(rule));
      s.text(rule.citation);
      s.text(report_.responsibility.remedy_of(rule).in(lang_));
      std::string figures;
      for (const auto& [name, value] : evidence_texts(f, lang_)) {
        figures += (figures.empty() ? "" : "\n") + name + ": " + value;
      }
      s.text(figures);
      s.number(static_cast<double>(f.rows.size()));
      if (history) {
        for (const std::string& cell : history_cells(f, lang_)) s.text(cell);
      }
    }
    s.finish(true);
  }

  // The findings waivers set aside and the waivers that matched none, apart
  // from the findings; no sheet when there is neither.
  void waived() {
    const std::vector<WaiverRow> rows = waiver_rows(report_, lang_);
    if (rows.empty()) return;
    XlsxSheet s(workbook_, formats_, hist(HistoryText::kWaived));
    s.header(waiver_row_headers(lang_));
    std::size_t n = 0;
    for (const WaiverRow& w : rows) {
      s.next_row();
      s.number(static_cast<double>(++n));
      s.text(w.objective);
      s.text(w.rule);
      s.text(w.title);
      s.text(w.subject);
      s.text(w.subject_name);
      s.text(w.period);
      s.text(w.status);
      s.text(w.justification);
      s.text(w.approved_by);
      s.date(w.expires);
      s.text(w.source);
      s.text(w.note);
    }
    s.finish(true);
  }

  void indicators() {
    XlsxSheet s(workbook_, formats_, doc(DocText::kSheetIndicators));
    s.header({doc(DocText::kColumnNumber), doc(DocText::kColumnObjective),
              doc(DocText::kColumnRuleId), msg(MessageId::kColumnTitle),
              msg(MessageId::kColumnValue), msg(MessageId::kColumnTarget),
              doc(DocText::kColumnComparison), msg(MessageId::kColumnStatus),
              msg(MessageId::kCitation), msg(MessageId::kLead),
              coverage_text(CoverageText::kColumnNumerator, lang_),
              coverage_text(CoverageText::kColumnDenominator, lang_),
              coverage_text(CoverageText::kColumnUnit, lang_)});
    std::size_t n = 0;
    for (const IndicatorResult& i : report_.indicators) {
      const rules::RuleInfo& rule = rule_or_empty(i.rule);
      const bool share = is_share_indicator(i.rule);
      s.next_row();
      s.number(static_cast<double>(++n));
      s.text(objective_of(rule.id));
      s.text(rule.id);
      s.text(rule.title.in(lang_));
      if (!i.value) {
        s.blank();
      } else if (share) {
        s.percent(*i.value);
      } else {
        s.number(*i.value);
      }
      share ? s.percent(i.target) : s.number(i.target);
      s.text(comparison_symbol(i.comparison));
      s.text(status_name(i.status, lang_));
      s.text(rule.citation);
      s.text(report_.responsibility.lead_of(rule));
      // What a share was computed from; a figure read as reported says so.
      if (!i.ratio) {
        s.text(coverage_text(CoverageText::kReportedFigure, lang_));
        s.text(coverage_text(CoverageText::kReportedFigure, lang_));
        s.blank();
        continue;
      }
      for (const std::optional<double>& part : {i.ratio->numerator, i.ratio->denominator}) {
        part ? s.number(*part) : s.blank();
      }
      s.text(rule.unit.in(lang_));
    }
    s.finish(true);
  }

  // How many subjects each finding rule checked, breached and could not
  // decide, as numbers (the evaluator's counts).
  void coverage() {
    XlsxSheet s(workbook_, formats_, coverage_text(CoverageText::kCoverageSheetName, lang_));
    std::vector<std::string> headers = {doc(DocText::kColumnNumber),
                                        doc(DocText::kColumnObjective)};
    for (std::string& h : coverage_headers(doc(DocText::kColumnRuleId), lang_)) {
      headers.push_back(std::move(h));
    }
    s.header(headers);
    std::size_t n = 0;
    for (const RuleCoverage& c : report_.coverage) {
      const rules::RuleInfo& rule = rule_or_empty(c.rule);
      s.next_row();
      s.number(static_cast<double>(++n));
      s.text(objective_of(rule.id));
      s.text(rule.id);
      s.text(rule.title.in(lang_));
      s.text(rule.unit.in(lang_));
      for (const std::size_t count : {c.subjects_checked, c.checked, c.breached, c.without_data}) {
        s.number(static_cast<double>(count));
      }
    }
    s.finish(true);
  }

  void evidence_rows() {
    XlsxSheet s(workbook_, formats_, doc(DocText::kSheetEvidenceRows));
    s.header({doc(DocText::kColumnFindingNumber), doc(DocText::kColumnRuleId),
              doc(DocText::kColumnSubjectCode), msg(MessageId::kColumnPeriod),
              msg(MessageId::kColumnRegister), msg(MessageId::kColumnFile),
              doc(DocText::kColumnSheet), doc(DocText::kColumnRow)});
    std::size_t n = 0;
    for (const Finding& f : report_.findings) {
      ++n;
      for (const EvidenceRow& row : f.rows) {
        s.next_row();
        s.number(static_cast<double>(n));
        s.text(rule_or_empty(f.rule).id);
        s.text(f.subject);
        s.text(period(f));
        s.text(row.register_name);
        s.text(row.file);
        s.text(row.sheet);
        s.number(static_cast<double>(row.row));
      }
    }
    s.finish(true);
  }

  void figures() {
    XlsxSheet s(workbook_, formats_, doc(DocText::kSheetEvidenceValues));
    s.header({doc(DocText::kColumnFindingNumber), doc(DocText::kColumnRuleId),
              doc(DocText::kColumnSubjectCode), msg(MessageId::kColumnPeriod),
              doc(DocText::kColumnEvidenceName), msg(MessageId::kColumnValue)});
    std::size_t n = 0;
    for (const Finding& f : report_.findings) {
      ++n;
      for (const EvidenceItem& item : f.evidence) {
        s.next_row();
        s.number(static_cast<double>(n));
        s.text(rule_or_empty(f.rule).id);
        s.text(f.subject);
        s.text(period(f));
        s.text(evidence_label(f.rule, item.name, lang_));
        if (item.value.is<double>()) {
          is_share_evidence(f.rule, item.name) ? s.percent(item.value.as<double>())
                                               : s.number(item.value.as<double>());
        } else if (item.value.is<Date>()) {
          s.date(item.value.as<Date>());
        } else if (item.value.is_missing() && !evidence_missing_words(f.rule, item.name)) {
          s.blank();
        } else {
          s.text(evidence_value_text(f.rule, item, lang_));
        }
      }
    }
    s.finish(true);
  }

  // What was read of the registers and what was not, one row per fact
  // (warnings first). The workbook opens on it when there is a warning.
  void intake() {
    XlsxSheet s(workbook_, formats_, msg(MessageId::kIntakeSheetName));
    const std::vector<std::string> headers = intake_fact_headers(lang_);
    s.header(headers);
    for (const IntakeFact& fact : intake_facts(report_, lang_)) {
      s.next_row();
      s.text(fact.kind_name);
      s.text(fact.register_name);
      s.text(fact.file);
      s.text(fact.detail);
      if (fact.count) {
        s.number(static_cast<double>(*fact.count));
      } else {
        s.blank();
      }
    }
    if (!intake_warnings(report_, lang_).empty()) s.activate();
    s.finish(true);
  }

  void about() {
    XlsxSheet s(workbook_, formats_, doc(DocText::kSheetAbout));
    s.title(msg(MessageId::kReportTitle));
    s.next_row();
    s.title(msg(MessageId::kPlanName));
    for (const std::string& warning : intake_warnings(report_, lang_)) {
      s.next_row();
      s.title(warning);
    }
    s.skip_rows(2);
    auto fact_text = [&](const std::string& label, const std::string& value) {
      s.text(label);
      s.text(value);
      s.next_row();
    };
    auto fact_date = [&](const std::string& label, Date value) {
      s.text(label);
      s.date(value);
      s.next_row();
    };
    fact_text(doc(DocText::kFactPeriod), report_.period);
    fact_date(doc(DocText::kColumnFrom), report_.dates.period_start);
    fact_date(doc(DocText::kColumnTo), report_.dates.period_end);
    fact_date(doc(DocText::kFactAsOf), report_.dates.as_of);
    fact_text(doc(DocText::kFactPackVersion), report_.pack_version);
    if (const auto files = rule_files_fact(report_, lang_)) {
      fact_text(doc(DocText::kFactRuleFiles), *files);
    }
    s.next_row();
    s.title(doc(DocText::kFactRegisters));
    s.next_row();
    s.column_titles({msg(MessageId::kColumnRegister), msg(MessageId::kColumnFile),
                     msg(MessageId::kColumnRows), doc(DocText::kColumnSha256)});
    for (const RegisterFileInfo& r : report_.registers) {
      s.next_row();
      s.text(r.register_name);
      s.text(r.file);
      s.number(static_cast<double>(r.rows));
      s.text(r.sha256);
    }
    if (!report_.skipped.empty()) {
      s.skip_rows(2);
      s.title(msg(MessageId::kSkipped));
      s.next_row();
      s.column_titles(
          {doc(DocText::kColumnRuleId), msg(MessageId::kColumnTitle), doc(DocText::kColumnReason)});
      for (const SkippedRule& k : report_.skipped) {
        s.next_row();
        s.text(rule_or_empty(k.rule).id);
        s.text(rule_or_empty(k.rule).title.in(lang_));
        s.text(skipped_reason(k, lang_));
      }
    }
    s.finish(false);
  }

  const AuditReport& report_;
  Language lang_;
  lxw_workbook* workbook_;
  XlsxFormats formats_;
};

}  // namespace

bool write_xlsx_report(const AuditReport& report, Language lang, const std::string& path,
                       StagedOutputs& outputs, std::string* error) {
  const std::string title =
      std::string(message(MessageId::kReportTitle, lang)) + " — " + report.period;
  return write_staged_workbook(
      path, title, Streams::kAllowed, outputs,
      [&](lxw_workbook* workbook) { WorkbookWriter(report, lang, workbook).write(); },
      {format_doc_text(DocText::kWorkbookCannotCreate, lang, {path}),
       format_doc_text(DocText::kWorkbookCannotWrite, lang, {path})},
      error);
}

}  // namespace genaudit
