// Renders an audit as a self-contained HTML page; see html_report.h.
#include "reports/rule_files_fact.h"
#include "reports/html_report.h"

#include <set>
#include <string_view>
#include <vector>

#include "engine/audit/result_codes.h"
#include "reports/coverage_texts.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/finding_groups.h"
#include "reports/history_texts.h"
#include "reports/html_assets.h"
#include "reports/html_chart.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"
#include "reports/summary_content.h"
#include "reports/summary_html.h"
#include "reports/summary_texts.h"

namespace genaudit {
namespace {


std::string e(std::string_view text) { return escape_html(text); }

class Page {
 public:
  Page(const AuditReport& report, Language lang) : report_(report), lang_(lang) {}

  std::string render() {
    head();
    cover();
    contents();
    out_ += "<main>\n";
    out_ += summary_html(summary_content(report_, lang_));
    intake();
    indicators();
    findings();
    coverage();
    waived();
    skipped();
    out_ += "</main>\n<footer><p>" + e(doc_text(DocText::kProducedBy, lang_)) + "</p></footer>\n";
    out_ += "<script>" + std::string(html_report_script()) + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string msg(MessageId id) const { return std::string(message(id, lang_)); }
  std::string doc(DocText id) const { return std::string(doc_text(id, lang_)); }
  std::string hist(HistoryText id, const std::vector<std::string>& args = {}) const {
    return format_history_text(id, lang_, args);
  }
  std::string anchor(const Finding* f) const {
    return "f-" + std::to_string(finding_index(report_, f) + 1);
  }
  // The attributes the filter reads, on every element that shows a finding.
  std::string finding_attributes(const Finding* f) const {
    const rules::RuleInfo& rule = rule_or_empty(f->rule);
    return " data-finding=\"" + std::to_string(finding_index(report_, f) + 1) +
           "\" data-objective=\"" + e(objective_of(rule.id)) + "\" data-lead=\"" + e(report_.responsibility.lead_of(rule)) +
           "\" data-severity=\"" + e(rule.severity) + "\"";
  }
  std::string count_heading(std::string_view text, std::size_t n) const {
    return e(text) + " <span class=\"count\">(" + std::to_string(n) + ")</span>";
  }

  void head() {
    const std::string title = msg(MessageId::kReportTitle) + " — " + report_.period;
    out_ += "<!DOCTYPE html>\n<html lang=\"";
    out_ += lang_ == Language::kEnglish ? "en" : "vi";
    out_ += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
            e(html_content_security_policy(html_report_script())) + "\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"genaudit\">\n";
    out_ += "<title>" + e(title) + "</title>\n<style>" + std::string(html_report_stylesheet()) +
            "</style>\n</head>\n<body>\n";
  }

  void fact(DocText label, const std::string& value_html) {
    out_ += "<div><dt>" + e(doc(label)) + "</dt><dd>" + value_html + "</dd></div>\n";
  }

  void cover() {
    const AuditDates& d = report_.dates;
    out_ += "<header class=\"cover\" id=\"top\">\n<p class=\"plan\">" +
            e(message(MessageId::kPlanName, lang_)) + "</p>\n<h1>" +
            e(message(MessageId::kReportTitle, lang_)) + "</h1>\n";
    for (const std::string& warning : intake_warnings(report_, lang_)) {
      out_ += "<p class=\"warning\" role=\"alert\">" + e(warning) + "</p>\n";
    }
    out_ += "<dl class=\"facts\">\n";
    fact(DocText::kFactPeriod, e(format_doc_text(DocText::kFactPeriodValue, lang_,
                                                 {report_.period, date_text(d.period_start, lang_),
                                                  date_text(d.period_end, lang_)})));
    fact(DocText::kFactAsOf, e(date_text(d.as_of, lang_)));
    fact(DocText::kFactPackVersion, "<code>" + e(report_.pack_version) + "</code>");
    if (const auto files = rule_files_fact(report_, lang_)) fact(DocText::kFactRuleFiles, e(*files));
    if (report_.history) {
      std::string run;
      for (const std::string& line : run_history_lines(*report_.history, lang_)) {
        run += (run.empty() ? "" : ". ") + line;
      }
      out_ += "<div class=\"history\"><dt>" + e(hist(HistoryText::kColumnRun)) + "</dt><dd>" +
              e(run) + "</dd></div>\n";
    }
    out_ += "</dl>\n";

    std::size_t met = 0, not_met = 0, no_data = 0;
    for (const IndicatorResult& i : report_.indicators) {
      (i.status == IndicatorStatus::kMet      ? met
       : i.status == IndicatorStatus::kNotMet ? not_met
                                              : no_data)++;
    }
    auto count = [&](DocText label, std::size_t n, const char* tone) {
      out_ += "<li class=\"" + std::string(tone) + "\"><strong>" + std::to_string(n) + "</strong>" +
              e(doc(label)) + "</li>";
    };
    out_ += "<ul class=\"counts\" aria-label=\"" + e(doc(DocText::kSummary)) + "\">";
    count(DocText::kCountFindings, report_.findings.size(),
          report_.findings.empty() ? "good" : "bad");
    count(DocText::kCountNotMet, not_met, not_met > 0 ? "bad" : "good");
    count(DocText::kCountMet, met, "good");
    count(DocText::kCountNoData, no_data, "");
    count(DocText::kCountSkipped, report_.skipped.size(), "");
    if (!report_.waived.empty()) {
      out_ += "<li><strong>" + std::to_string(report_.waived.size()) + "</strong>" +
              e(hist(HistoryText::kWaived)) + "</li>";
    }
    out_ += "</ul>\n";

    out_ +=
        "<h3>" + count_heading(doc(DocText::kFactRegisters), report_.registers.size()) + "</h3>\n";
    out_ += "<table class=\"registers\"><thead><tr><th>" + e(msg(MessageId::kColumnRegister)) +
            "</th><th>" + e(msg(MessageId::kColumnFile)) + "</th><th class=\"num\">" +
            e(msg(MessageId::kColumnRows)) + "</th><th>" + e(doc(DocText::kColumnSha256)) +
            "</th></tr></thead>\n<tbody>\n";
    for (const RegisterFileInfo& r : report_.registers) {
      out_ += "<tr><td>" + e(r.register_name) + "</td><td>" + e(r.file) +
              "</td><td class=\"num\">" + e(plain_number(static_cast<double>(r.rows), lang_)) +
              "</td><td class=\"hash\">" + e(r.sha256) + "</td></tr>\n";
    }
    out_ += "</tbody></table>\n</header>\n";
  }

  void contents() {
    out_ += "<nav class=\"toc\"><h2>" + e(doc(DocText::kContents)) + "</h2><ol>";
    auto item = [&](const char* id, const std::string& text) {
      out_ += "<li><a href=\"#" + std::string(id) + "\">" + e(text) + "</a></li>";
    };
    item("summary", summary_text(SummaryText::kTitle, lang_));
    item("intake", msg(MessageId::kIntakeHeading));
    item("indicators", msg(MessageId::kIndicators));
    item("findings", msg(MessageId::kFindings));
    item("by-objective", doc(DocText::kByObjective));
    item("by-lead", doc(DocText::kByLead));
    item("by-subject", doc(DocText::kBySubject));
    item("coverage", coverage_text(CoverageText::kCoverageHeading, lang_));
    if (!report_.waived.empty() || !report_.unused_waivers.empty()) {
      item("waived", hist(HistoryText::kWaived));
    }
    if (!report_.skipped.empty()) item("skipped", msg(MessageId::kSkipped));
    out_ += "</ol></nav>\n";
  }

  // What was read of the registers, and what was not; always present.
  void intake() {
    out_ += "<section id=\"intake\">\n<h2>" + e(msg(MessageId::kIntakeHeading)) + "</h2>\n";
    for (const std::string& line : intake_summary(report_, lang_)) {
      out_ += "<p>" + e(line) + "</p>\n";
    }
    const IntakeTable files = intake_file_table(report_, lang_);
    if (!files.rows.empty()) {
      out_ += "<table class=\"intake-files\"><thead><tr>";
      for (std::size_t i = 0; i < files.headers.size(); ++i) {
        out_ += std::string(files.right[i] ? "<th class=\"num\">" : "<th>") + e(files.headers[i]) +
                "</th>";
      }
      out_ += "</tr></thead>\n<tbody>\n";
      for (const std::vector<std::string>& row : files.rows) {
        out_ += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) {
          out_ += std::string(files.right[i] ? "<td class=\"num\">" : "<td>") + e(row[i]) + "</td>";
        }
        out_ += "</tr>\n";
      }
      out_ += "</tbody></table>\n";
    }
    for (const IntakeList& list : intake_lists(report_, lang_)) {
      out_ += "<h3>" + count_heading(list.heading, list.items.size()) + "</h3>\n<ul class=\"items\">";
      for (const std::string& item : list.items) out_ += "<li>" + e(item) + "</li>";
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void indicators() {
    out_ += "<section id=\"indicators\">\n<h2>" +
            count_heading(msg(MessageId::kIndicators), report_.indicators.size()) + "</h2>\n";
    if (report_.indicators.empty()) {
      out_ += "<p>" + e(msg(MessageId::kNoIndicators)) + "</p>\n</section>\n";
      return;
    }
    out_ += "<table class=\"indicators\"><thead><tr><th>" + e(msg(MessageId::kColumnRule)) +
            "</th><th>" + e(msg(MessageId::kColumnTitle)) + "</th><th class=\"num\">" +
            e(msg(MessageId::kColumnValue)) + "</th><th class=\"num\">" +
            e(coverage_text(CoverageText::kColumnParts, lang_)) + "</th><th class=\"num\">" +
            e(msg(MessageId::kColumnTarget)) + "</th><th>" + e(msg(MessageId::kColumnStatus)) +
            "</th><th>" + e(doc(DocText::kColumnChart)) + "</th></tr></thead>\n<tbody>\n";
    for (const IndicatorResult& i : report_.indicators) {
      const rules::RuleInfo& rule = rule_or_empty(i.rule);
      const char* status = indicator_status_code(i.status);
      out_ += "<tr class=\"indicator " + std::string(status) + "\" data-rule=\"" + e(rule.id) +
              "\"><td><code>" + e(rule.id) + "</code></td><td>" + e(rule.title.in(lang_)) +
              "<div class=\"small\">" + e(rule.citation) + " · " + e(msg(MessageId::kLead)) + ": " +
              e(report_.responsibility.lead_of(rule)) + "</div></td><td class=\"num\">" + e(indicator_value_text(i, lang_)) +
              "</td><td class=\"num parts\">" + e(indicator_parts_text(i, lang_)) +
              "</td><td class=\"num\">" + e(indicator_target_text(i, lang_)) +
              "</td><td><span class=\"badge " + status + "\">" + e(status_name(i.status, lang_)) +
              "</span></td><td class=\"chart\">" + indicator_chart_svg(i, lang_) + "</td></tr>\n";
    }
    out_ += "</tbody></table>\n</section>\n";
  }

  void filter_box() {
    std::set<std::string> leads, severities;
    for (const Finding& f : report_.findings) {
      leads.insert(report_.responsibility.lead_of(rule_or_empty(f.rule)));
      severities.insert(rule_or_empty(f.rule).severity);
    }
    auto select = [&](const char* id, DocText all,
                      const std::vector<std::pair<std::string, std::string>>& options) {
      out_ += "<select id=\"" + std::string(id) + "\" aria-label=\"" + e(doc(all)) +
              "\"><option value=\"\">" + e(doc(all)) + "</option>";
      for (const auto& [value, text] : options) {
        out_ += "<option value=\"" + e(value) + "\">" + e(text) + "</option>";
      }
      out_ += "</select>";
    };
    out_ += "<div id=\"findings-filter\" class=\"filter\" role=\"search\" hidden>";
    out_ += "<input type=\"search\" id=\"f-q\" placeholder=\"" +
            e(doc(DocText::kSearchPlaceholder)) + "\" aria-label=\"" +
            e(doc(DocText::kFilterLabel)) + "\">";
    std::vector<std::pair<std::string, std::string>> options;
    for (const FindingGroup& g : group_by_objective(report_)) {
      options.emplace_back(g.key, objective_name(g.key, lang_));
    }
    select("f-objective", DocText::kAllObjectives, options);
    options.clear();
    for (const std::string& lead : leads) options.emplace_back(lead, lead);
    select("f-lead", DocText::kAllLeads, options);
    options.clear();
    for (const std::string& s : severities) options.emplace_back(s, severity_name(s, lang_));
    select("f-severity", DocText::kAllSeverities, options);
    out_ += "<button type=\"button\" id=\"f-clear\">" + e(doc(DocText::kClearFilters)) +
            "</button><output id=\"f-shown\" data-template=\"" + e(doc(DocText::kShownCount)) +
            "\"></output></div>\n";
    out_ += "<p id=\"f-none\" hidden>" + e(doc(DocText::kNothingMatches)) + "</p>\n";
  }

  void rule_meta(const rules::RuleInfo& rule) {
    out_ += "<dl class=\"meta\">";
    auto item = [&](MessageId label, const std::string& text) {
      if (text.empty()) return;
      out_ += "<div><dt>" + e(msg(label)) + "</dt><dd>" + e(text) + "</dd></div>";
    };
    item(MessageId::kCitation, rule.citation);
    item(MessageId::kLead, report_.responsibility.lead_of(rule));
    item(MessageId::kSeverity, severity_name(rule.severity, lang_));
    item(MessageId::kRemedy, report_.responsibility.remedy_of(rule).in(lang_));
    out_ += "</dl>\n";
  }

  std::string rows_list(const Finding& f) const {
    std::string out = "<ul class=\"rows\">";
    for (const std::string& line : rows_summary(f.rows, lang_)) out += "<li>" + e(line) + "</li>";
    return out + "</ul>";
  }

  // One rule's findings as a table: subject, period, one column per
  // figure, and the rows behind each.
  void rule_table(const FindingGroup& group) {
    const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
    out_ += "<section class=\"rule\" data-group>\n<h5><code>" + e(rule.id) + "</code> " +
            e(rule.title.in(lang_)) + " <span class=\"count\">" +
            e(findings_count_text(group.findings.size(), lang_)) + "</span></h5>\n";
    rule_meta(rule);
    const FigureColumns figures = figure_columns(group.findings, lang_);
    const std::vector<std::string>& labels = figures.labels;
    const std::vector<bool>& numeric = figures.numeric;
    const bool has_period = figures.has_period;
    bool has_status = false;
    for (const Finding* f : group.findings) {
      has_status = has_status || f->status != FindingStatus::kUnknown || f->waiver_expired;
    }
    out_ += "<table class=\"findings\"><thead><tr><th>" + e(msg(MessageId::kColumnCode)) +
            "</th><th>" + e(msg(MessageId::kColumnName)) + "</th>";
    if (has_period) out_ += "<th>" + e(msg(MessageId::kColumnPeriod)) + "</th>";
    for (std::size_t n = 0; n < labels.size(); ++n) {
      out_ += std::string(numeric[n] ? "<th class=\"num\">" : "<th>") + e(labels[n]) + "</th>";
    }
    if (has_status) out_ += "<th>" + e(hist(HistoryText::kColumnSinceLastRun)) + "</th>";
    out_ += "<th>" + e(doc(DocText::kColumnEvidenceRows)) + "</th></tr></thead>\n<tbody>\n";
    for (std::size_t row = 0; row < group.findings.size(); ++row) {
      const Finding* f = group.findings[row];
      const std::string search =
          rule.id + " " + rule.title.in(lang_) + " " + report_.responsibility.lead_of(rule) + " " + rule.citation;
      out_ += "<tr id=\"" + anchor(f) + "\" class=\"f-detail\"" + finding_attributes(f) +
              " data-search=\"" + e(search) + "\"><td><code>" + e(f->subject) + "</code></td><td>" +
              e(f->subject_name) + "</td>";
      if (has_period) out_ += "<td>" + e(f->period ? period_text(*f->period, lang_) : "") + "</td>";
      for (std::size_t n = 0; n < labels.size(); ++n) {
        out_ += std::string(numeric[n] ? "<td class=\"num\">" : "<td>") + e(figures.cells[row][n]) +
                "</td>";
      }
      if (has_status) out_ += "<td>" + status_cell(*f) + "</td>";
      out_ += "<td>" + rows_list(*f) + "</td></tr>\n";
    }
    out_ += "</tbody></table>\n</section>\n";
  }

  // A finding's status against the previous run, and its expired waiver.
  std::string status_cell(const Finding& f) const {
    std::string out;
    if (f.status != FindingStatus::kUnknown) {
      out += "<span class=\"badge finding-status " + std::string(finding_status_code(f.status)) +
             "\">" + e(finding_status_name(f.status, lang_)) + "</span>";
    }
    if (f.waiver_expired) {
      out += "<div class=\"small waiver-expired\">" + e(waiver_expired_note(f, lang_)) + "</div>";
    }
    return out;
  }

  // The findings set aside by waivers, and the waivers that matched none.
  void waived() {
    if (report_.waived.empty() && report_.unused_waivers.empty()) return;
    out_ += "<section id=\"waived\">\n<h2>" +
            count_heading(hist(HistoryText::kWaived), report_.waived.size()) + "</h2>\n";
    if (report_.waived.empty()) {
      out_ += "<p>" + e(hist(HistoryText::kNoWaived)) + "</p>\n";
    } else {
      out_ += "<table class=\"waived\"><thead><tr><th>" + e(doc(DocText::kColumnRuleId)) +
              "</th><th>" + e(msg(MessageId::kColumnCode)) + "</th><th>" +
              e(msg(MessageId::kColumnName)) + "</th><th>" + e(msg(MessageId::kColumnPeriod)) +
              "</th><th>" + e(hist(HistoryText::kColumnJustification)) + "</th><th>" +
              e(hist(HistoryText::kColumnApprovedBy)) + "</th><th>" +
              e(hist(HistoryText::kColumnExpires)) + "</th><th>" +
              e(hist(HistoryText::kColumnSource)) + "</th></tr></thead>\n<tbody>\n";
      for (const WaivedFinding& w : report_.waived) {
        const Finding& f = w.finding;
        out_ += "<tr><td><code>" + e(rule_or_empty(f.rule).id) + "</code></td><td><code>" +
                e(f.subject) + "</code></td><td>" + e(f.subject_name) + "</td><td>" +
                e(f.period ? period_text(*f.period, lang_) : "") + "</td><td>" +
                e(w.waiver.justification) + "</td><td>" + e(w.waiver.approved_by) +
                "</td><td>" + e(date_text(w.waiver.expires, lang_)) + "</td><td>" +
                e(w.waiver.source) + "</td></tr>\n";
      }
      out_ += "</tbody></table>\n";
    }
    if (!report_.unused_waivers.empty()) {
      out_ += "<ul class=\"unused-waivers\">";
      for (const Waiver& w : report_.unused_waivers) {
        out_ += "<li class=\"bad\">" +
                e(hist(HistoryText::kUnusedWaiver,
                       {w.rule, w.subject, w.period ? " / " + *w.period : "", w.source})) +
                "</li>";
      }
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void by_objective() {
    out_ += "<section id=\"by-objective\">\n<h3>" + e(doc(DocText::kByObjective)) + "</h3>\n";
    for (const FindingGroup& objective : group_by_objective(report_)) {
      out_ += "<section class=\"objective\" data-group data-objective-group=\"" + e(objective.key) +
              "\">\n<h4>" + e(objective_name(objective.key, lang_)) + " <span class=\"count\">" +
              e(findings_count_text(objective.findings.size(), lang_)) + "</span></h4>\n";
      for (const FindingGroup& rule : group_by_rule(objective.findings)) rule_table(rule);
      out_ += "</section>\n";
    }
    out_ += "</section>\n";
  }

  // A finding named by its body's code and name (and period), linking to
  // its row under its objective.
  std::string finding_link(const Finding* f) const {
    std::string text = f->subject_name.empty() ? "" : " " + f->subject_name;
    if (f->period) text += " · " + period_text(*f->period, lang_);
    return "<a href=\"#" + anchor(f) + "\"><code>" + e(f->subject) + "</code>" + e(text) + "</a>";
  }

  // Each lead agency, by name, its rules with their remedy and how many
  // findings; the bodies themselves on screen only, in a <details> (on
  // paper each finding is printed once, under its objective).
  void by_lead() {
    out_ += "<section id=\"by-lead\">\n<h3>" + e(doc(DocText::kByLead)) + "</h3>\n";
    for (const FindingGroup& lead : group_by_lead(report_)) {
      out_ += "<section class=\"lead\" data-group>\n<h4>" + e(lead.key) +
              " <span class=\"count\">" + e(findings_count_text(lead.findings.size(), lang_)) +
              "</span></h4>\n";
      for (const FindingGroup& group : group_by_rule(lead.findings)) {
        const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
        out_ += "<div class=\"lead-rule\" data-group><h5><code>" + e(rule.id) + "</code> " +
                e(rule.title.in(lang_)) + " <span class=\"count\">" +
                e(findings_count_text(group.findings.size(), lang_)) +
                "</span></h5>\n<dl class=\"meta\"><div><dt>" + e(msg(MessageId::kCitation)) +
                "</dt><dd>" + e(rule.citation) + "</dd></div><div><dt>" +
                e(msg(MessageId::kRemedy)) + "</dt><dd>" + e(report_.responsibility.remedy_of(rule).in(lang_)) +
                "</dd></div></dl>\n<details class=\"on-screen\"><summary>" +
                e(doc(DocText::kBodiesWithFinding)) + "</summary><ul class=\"chips\">";
        for (const Finding* f : group.findings) {
          out_ += "<li" + finding_attributes(f) + ">" + finding_link(f) + "</li>";
        }
        out_ += "</ul></details></div>\n";
      }
      out_ += "</section>\n";
    }
    out_ += "</section>\n";
  }

  // Each audited body's findings, on screen only, in a <details>: on paper
  // a sentence says where they are (each finding under its objective; each
  // body's record).
  void by_subject() {
    out_ += "<section id=\"by-subject\">\n<h3>" + e(doc(DocText::kBySubject)) + "</h3>\n";
    out_ += "<p class=\"print-only\">" + e(doc(DocText::kBySubjectNotPrinted)) + "</p>\n";
    out_ += "<details class=\"on-screen\"><summary>" + e(doc(DocText::kBySubjectOpen)) +
            "</summary>\n";
    std::size_t n = 0;
    for (const SubjectFindings& s : group_by_subject(report_)) {
      out_ += "<section class=\"subject\" data-group id=\"s-" + std::to_string(++n) +
              "\">\n<h4><code>" + e(s.subject) + "</code> " + e(s.subject_name) +
              " <span class=\"count\">" + e(findings_count_text(s.findings.size(), lang_)) +
              "</span></h4>\n";
      out_ += "<table class=\"subject-findings\"><thead><tr><th>" + e(msg(MessageId::kColumnRule)) +
              "</th><th>" + e(msg(MessageId::kFindings)) + "</th><th>" +
              e(msg(MessageId::kColumnPeriod)) + "</th><th>" + e(msg(MessageId::kCitation)) +
              "</th><th>" + e(msg(MessageId::kRemedy)) + "</th><th>" +
              e(doc(DocText::kColumnEvidenceRows)) + "</th></tr></thead>\n<tbody>\n";
      for (const Finding* f : s.findings) {
        const rules::RuleInfo& rule = rule_or_empty(f->rule);
        out_ += "<tr" + finding_attributes(f) + "><td><a href=\"#" + anchor(f) + "\"><code>" +
                e(rule.id) + "</code></a></td><td>" + e(rule.title.in(lang_)) + "</td><td>" +
                e(f->period ? period_text(*f->period, lang_) : "") + "</td><td>" +
                e(rule.citation) + "</td><td>" + e(report_.responsibility.remedy_of(rule).in(lang_)) + "</td><td>" +
                rows_list(*f) + "</td></tr>\n";
      }
      out_ += "</tbody></table>\n</section>\n";
    }
    out_ += "</details>\n</section>\n";
  }

  void findings() {
    out_ += "<section id=\"findings\">\n<h2>" +
            count_heading(msg(MessageId::kFindings), report_.findings.size()) + "</h2>\n";
    if (report_.findings.empty()) {
      out_ += "<p>" + e(msg(MessageId::kNoFindings)) + "</p>\n</section>\n";
      return;
    }
    filter_box();
    by_objective();
    by_lead();
    by_subject();
    out_ += "</section>\n";
  }

  // How many subjects each finding rule checked, breached and could not
  // decide (the evaluator's counts); always present.
  void coverage() {
    out_ += "<section id=\"coverage\">\n<h2>" +
            count_heading(coverage_text(CoverageText::kCoverageHeading, lang_),
                          report_.coverage.size()) +
            "</h2>\n";
    if (report_.coverage.empty()) {
      out_ += "<p>" + e(coverage_text(CoverageText::kNoCoverage, lang_)) + "</p>\n</section>\n";
      return;
    }
    out_ += "<p>" + e(coverage_text(CoverageText::kCoverageIntro, lang_)) + "</p>\n";
    out_ += "<table class=\"coverage\"><thead><tr>";
    const std::vector<std::string> headers = coverage_headers(msg(MessageId::kColumnRule), lang_);
    for (std::size_t n = 0; n < headers.size(); ++n) {
      out_ += std::string(n >= 3 ? "<th class=\"num\">" : "<th>") + e(headers[n]) + "</th>";
    }
    out_ += "</tr></thead>\n<tbody>\n";
    for (const RuleCoverage& c : report_.coverage) {
      const std::vector<std::string> cells = coverage_cells(c, lang_);
      out_ += "<tr data-rule=\"" + e(cells[0]) + "\"><td><code>" + e(cells[0]) + "</code></td>";
      for (std::size_t n = 1; n < cells.size(); ++n) {
        out_ += std::string(n >= 3 ? "<td class=\"num\">" : "<td>") + e(cells[n]) + "</td>";
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody></table>\n</section>\n";
  }

  void skipped() {
    if (report_.skipped.empty()) return;
    out_ += "<section id=\"skipped\">\n<h2>" +
            count_heading(msg(MessageId::kSkipped), report_.skipped.size()) +
            "</h2>\n<table><thead><tr><th>" + e(msg(MessageId::kColumnRule)) + "</th><th>" +
            e(msg(MessageId::kColumnTitle)) + "</th><th>" + e(doc(DocText::kColumnReason)) +
            "</th></tr></thead>\n<tbody>\n";
    for (const SkippedRule& s : report_.skipped) {
      const rules::RuleInfo& rule = rule_or_empty(s.rule);
      out_ += "<tr><td><code>" + e(rule.id) + "</code></td><td>" + e(rule.title.in(lang_)) +
              "</td><td>" + e(skipped_reason(s, lang_)) + "</td></tr>\n";
    }
    out_ += "</tbody></table>\n</section>\n";
  }

  const AuditReport& report_;
  Language lang_;
  std::string out_;
};

}  // namespace

std::string render_html_report(const AuditReport& report, Language lang) {
  return Page(report, lang).render();
}

}  // namespace genaudit
