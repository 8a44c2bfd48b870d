// Renders findings and indicators as CSV; see csv_report.h.
#include "reports/csv_report.h"

#include <string_view>
#include <vector>

#include "reports/coverage_texts.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"
#include "reports/waiver_rows.h"

namespace genaudit {
namespace {


constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string msg(MessageId id, Language lang) { return std::string(message(id, lang)); }
std::string doc(DocText id, Language lang) { return std::string(doc_text(id, lang)); }

}  // namespace

std::string render_csv_findings(const AuditReport& report, Language lang,
                                CsvSeparator separator) {
  std::string out(kBom);
  std::vector<std::string> headers = {
      doc(DocText::kColumnNumber, lang),      doc(DocText::kColumnObjective, lang),
      doc(DocText::kColumnRuleId, lang),      doc(DocText::kColumnFindingTitle, lang),
      doc(DocText::kColumnSubjectCode, lang), doc(DocText::kColumnSubjectName, lang),
      msg(MessageId::kColumnPeriod, lang),    msg(MessageId::kSeverity, lang),
      msg(MessageId::kLead, lang),            msg(MessageId::kCitation, lang),
      msg(MessageId::kRemedy, lang),          doc(DocText::kColumnEvidence, lang),
      doc(DocText::kColumnEvidenceRows, lang)};
  const bool history = has_history_columns(report);
  if (history) {
    for (std::string& h : history_column_headers(lang)) headers.push_back(std::move(h));
  }
  out += csv_record(headers, separator);
  std::size_t n = 0;
  for (const Finding& f : report.findings) {
    const rules::RuleInfo& rule = rule_or_empty(f.rule);
    std::vector<std::string> figures;
    for (const auto& [name, value] : evidence_texts(f, lang))
      figures.push_back(name + ": " + value);
    std::vector<std::string> cells = {
        std::to_string(++n), objective_of(rule.id), rule.id, rule.title.in(lang),
        f.subject, f.subject_name, f.period ? period_text(*f.period, lang) : "",
        severity_name(rule.severity, lang), report.responsibility.lead_of(rule), rule.citation,
        report.responsibility.remedy_of(rule).in(lang), joined(figures, "; "), joined(rows_summary(f.rows, lang), "; ")};
    if (history) {
      for (std::string& c : history_cells(f, lang)) cells.push_back(std::move(c));
    }
    out += csv_record(cells, separator);
  }
  return out;
}

std::string render_csv_waived(const AuditReport& report, Language lang,
                              CsvSeparator separator) {
  std::string out(kBom);
  out += csv_record(waiver_row_headers(lang), separator);
  std::size_t n = 0;
  for (const WaiverRow& w : waiver_rows(report, lang)) {
    out += csv_record({std::to_string(++n), w.objective, w.rule, w.title, w.subject,
                       w.subject_name, w.period, w.status, w.justification, w.approved_by,
                       date_text(w.expires, lang), w.source, w.note}, separator);
  }
  return out;
}

std::string render_csv_indicators(const AuditReport& report, Language lang,
                                  CsvSeparator separator) {
  std::string out(kBom);
  out += csv_record({doc(DocText::kColumnNumber, lang), doc(DocText::kColumnObjective, lang),
                     doc(DocText::kColumnRuleId, lang), msg(MessageId::kColumnTitle, lang),
                     msg(MessageId::kColumnValue, lang), msg(MessageId::kColumnTarget, lang),
                     msg(MessageId::kColumnStatus, lang), msg(MessageId::kCitation, lang),
                     msg(MessageId::kLead, lang), coverage_text(CoverageText::kColumnNumerator, lang),
                     coverage_text(CoverageText::kColumnDenominator, lang),
                     coverage_text(CoverageText::kColumnUnit, lang)}, separator);
  std::size_t n = 0;
  for (const IndicatorResult& i : report.indicators) {
    const rules::RuleInfo& rule = rule_or_empty(i.rule);
    // A figure read as reported has no parts: its cells say so.
    const auto part = [&](const std::optional<double>& (*pick)(const IndicatorRatio&)) {
      if (!i.ratio) return coverage_text(CoverageText::kReportedFigure, lang);
      const std::optional<double>& v = pick(*i.ratio);
      return v ? plain_number(*v, lang) : std::string(kNoValueText);
    };
    out += csv_record(
        {std::to_string(++n), objective_of(rule.id), rule.id, rule.title.in(lang),
         indicator_value_text(i, lang), indicator_target_text(i, lang),
         std::string(status_name(i.status, lang)), rule.citation, report.responsibility.lead_of(rule),
         part([](const IndicatorRatio& r) -> const std::optional<double>& { return r.numerator; }),
         part([](const IndicatorRatio& r) -> const std::optional<double>& { return r.denominator; }),
         i.ratio ? rule.unit.in(lang) : ""},
        separator);
  }
  return out;
}

std::string render_csv_coverage(const AuditReport& report, Language lang,
                                CsvSeparator separator) {
  std::string out(kBom);
  std::vector<std::string> headers = {doc(DocText::kColumnNumber, lang),
                                      doc(DocText::kColumnObjective, lang)};
  for (std::string& h : coverage_headers(doc(DocText::kColumnRuleId, lang), lang)) {
    headers.push_back(std::move(h));
  }
  out += csv_record(headers, separator);
  std::size_t n = 0;
  for (const RuleCoverage& c : report.coverage) {
    std::vector<std::string> cells = {std::to_string(++n), objective_of(rule_or_empty(c.rule).id)};
    for (std::string& cell : coverage_cells(c, lang)) cells.push_back(std::move(cell));
    out += csv_record(cells, separator);
  }
  return out;
}

std::string render_csv_intake(const AuditReport& report, Language lang,
                              CsvSeparator separator) {
  std::string out(kBom);
  std::vector<std::string> headers = {doc(DocText::kColumnNumber, lang)};
  for (std::string& h : intake_fact_headers(lang)) headers.push_back(std::move(h));
  out += csv_record(headers, separator);
  std::size_t n = 0;
  for (const IntakeFact& f : intake_facts(report, lang)) {
    out += csv_record({std::to_string(++n), f.kind_name, f.register_name, f.file, f.detail,
                       f.count ? std::to_string(*f.count) : ""}, separator);
  }
  return out;
}

}  // namespace genaudit
