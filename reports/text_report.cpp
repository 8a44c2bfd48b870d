// Renders an audit for people; see text_report.h.
#include "reports/rule_files_fact.h"
#include "reports/text_report.h"

#include <map>
#include <string_view>
#include <vector>

#include "reports/coverage_texts.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"
#include "reports/text_table.h"

namespace genaudit {
namespace {


constexpr std::string_view kNoValue = kNoValueText;

bool is_numeric(const ResultValue& v) { return v.is<double>() || v.is_missing(); }

const rules::RuleInfo& info_or_empty(const rules::RuleInfo* info) { return rule_or_empty(info); }

// ---- Sections ---------------------------------------------------------------

class Writer {
 public:
  Writer(Language lang, bool color) : lang_(lang), color_(color) {}

  std::string str() const { return out_; }
  // Every line is terminal text (rule titles and remedies come from rule
  // files, names and codes from registers) before it is coloured.
  void line(std::string_view text = "", Color color = Color::kNone) {
    const std::string safe = terminal_text(text);
    out_ += color_ ? colorize(safe, color) : safe;
    out_ += '\n';
  }
  void raw(const std::string& text) { out_ += text; }
  // A section heading: "Phát hiện (2)" underlined to its width.
  void heading(MessageId title, std::size_t count) {
    heading(std::string(message(title, lang_)) + " (" + std::to_string(count) + ")");
  }
  void heading(const std::string& text) {
    line();
    line(text, Color::kBold);
    line(std::string(static_cast<std::size_t>(display_width(text)), '-'));
  }
  std::string text(MessageId id, const std::vector<std::string>& args = {}) const {
    return format_message(id, lang_, args);
  }
  Language lang() const { return lang_; }
  bool color() const { return color_; }

 private:
  Language lang_;
  bool color_;
  std::string out_;
};

void write_heading(const AuditReport& report, Writer& w) {
  const Language lang = w.lang();
  w.line(w.text(MessageId::kReportTitle), Color::kBold);
  w.line(w.text(MessageId::kPlanName));
  for (const std::string& warning : intake_warnings(report, lang)) {
    w.line(terminal_line(warning), Color::kRed);
  }
  w.line(w.text(MessageId::kPeriodLine, {report.period, date_text(report.dates.period_start, lang),
                                         date_text(report.dates.period_end, lang)}));
  w.line(w.text(MessageId::kAsOfLine, {date_text(report.dates.as_of, lang)}));
  if (!report.pack_version.empty()) {
    w.line(w.text(MessageId::kPackVersionLine, {report.pack_version}));
  }
  if (const auto files = rule_files_fact(report, lang)) {
    w.line(terminal_line(std::string(doc_text(DocText::kFactRuleFiles, lang)) + ": " + *files));
  }
  if (report.history) {
    for (const std::string& line : run_history_lines(*report.history, lang)) w.line(line);
  }
  if (report.registers.empty()) {
    w.line(w.text(MessageId::kRegistersNone));
    return;
  }
  w.line(w.text(MessageId::kRegistersRead, {std::to_string(report.registers.size())}));
  TextTable table({{w.text(MessageId::kColumnRegister)},
                   {w.text(MessageId::kColumnFile)},
                   {w.text(MessageId::kColumnRows), Align::kRight}});
  for (const RegisterFileInfo& r : report.registers) {
    table.add_row({{terminal_line(r.register_name)},
                   {terminal_line(r.file)},
                   {plain_number(static_cast<double>(r.rows), lang)}});
  }
  w.raw(table.render("  ", w.color()));
}

// What was read of the registers, and what was not: always there, short
// when nothing is notable. Register text is made one safe terminal line.
void write_intake(const AuditReport& report, Writer& w) {
  const Language lang = w.lang();
  w.heading(w.text(MessageId::kIntakeHeading));
  for (const std::string& line : intake_summary(report, lang)) w.line(terminal_line(line));
  const IntakeTable files = intake_file_table(report, lang);
  if (!files.rows.empty()) {
    std::vector<TextTable::Column> columns;
    for (std::size_t i = 0; i < files.headers.size(); ++i) {
      columns.push_back({files.headers[i], files.right[i] ? Align::kRight : Align::kLeft});
    }
    TextTable table(std::move(columns));
    for (const std::vector<std::string>& row : files.rows) {
      std::vector<TableCell> cells;
      for (const std::string& cell : row) cells.push_back({terminal_line(cell)});
      table.add_row(std::move(cells));
    }
    w.line();
    w.raw(table.render("  ", w.color()));
  }
  for (const IntakeList& list : intake_lists(report, lang)) {
    w.line();
    w.line(list.heading + " (" + std::to_string(list.items.size()) + "):");
    for (const std::string& item : list.items) w.line("  - " + terminal_line(item));
  }
}

void write_rule_details(const rules::RuleInfo& info, const Responsibilities& responsibility,
                        Writer& w) {
  const Language lang = w.lang();
  auto detail = [&](MessageId label, const std::string& text) {
    if (!text.empty()) w.line("  " + w.text(label) + ": " + text);
  };
  detail(MessageId::kCitation, info.citation);
  detail(MessageId::kLead, responsibility.lead_of(info));
  detail(MessageId::kSeverity, severity_name(info.severity, lang));
  detail(MessageId::kRemedy, responsibility.remedy_of(info).in(lang));
}

// The findings of one rule: its description, then one row per subject.
void write_finding_group(const std::vector<const Finding*>& group,
                         const Responsibilities& responsibility, Writer& w) {
  const Language lang = w.lang();
  const rules::RuleInfo& info = info_or_empty(group.front()->rule);
  w.line();
  w.line(info.id + "  " + info.title.in(lang), Color::kRed);
  write_rule_details(info, responsibility, w);
  w.line();

  bool has_period = false;
  bool has_status = false;  // the audit is recorded: new, persisting, regressed
  bool has_note = false;    // a waiver expired
  std::vector<std::string> names;  // evidence, in the order first seen
  for (const Finding* f : group) {
    has_period = has_period || f->period.has_value();
    has_status = has_status || f->status != FindingStatus::kUnknown;
    has_note = has_note || f->waiver_expired.has_value();
    for (const EvidenceItem& item : f->evidence) {
      bool seen = false;
      for (const std::string& n : names) seen = seen || n == item.name;
      if (!seen) names.push_back(item.name);
    }
  }
  std::vector<bool> numeric(names.size(), true);
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (const Finding* f : group) {
      for (const EvidenceItem& item : f->evidence) {
        if (item.name == names[i] && !is_numeric(item.value)) numeric[i] = false;
      }
    }
  }

  std::vector<TextTable::Column> columns = {{w.text(MessageId::kColumnCode)},
                                            {w.text(MessageId::kColumnName)}};
  if (has_period) columns.push_back({w.text(MessageId::kColumnPeriod)});
  for (std::size_t i = 0; i < names.size(); ++i) {
    columns.push_back({evidence_label(group.front()->rule, names[i], lang),
                       numeric[i] ? Align::kRight : Align::kLeft});
  }
  if (has_status) columns.push_back({format_history_text(HistoryText::kColumnSinceLastRun, lang)});
  if (has_note) columns.push_back({format_history_text(HistoryText::kColumnNote, lang)});
  TextTable table(std::move(columns));
  for (const Finding* f : group) {
    std::vector<TableCell> cells = {{f->subject}, {f->subject_name}};
    if (has_period) cells.push_back({f->period ? period_text(*f->period, lang) : ""});
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::string text(kNoValue);
      for (const EvidenceItem& item : f->evidence) {
        if (item.name == names[i]) text = evidence_value_text(f->rule, item, lang);
      }
      cells.push_back({text});
    }
    if (has_status) cells.push_back({finding_status_name(f->status, lang)});
    if (has_note) {
      cells.push_back({waiver_expired_note(*f, lang)});
    }
    table.add_row(std::move(cells));
  }
  w.raw(table.render("  ", w.color()));
}

void write_findings(const AuditReport& report, Writer& w) {
  w.heading(MessageId::kFindings, report.findings.size());
  if (report.findings.empty()) {
    w.line(w.text(MessageId::kNoFindings));
    return;
  }
  // Groups by rule id, in the order the rules first appear.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Finding*>> groups;
  for (const Finding& f : report.findings) {
    const std::string& id = info_or_empty(f.rule).id;
    if (!groups.count(id)) order.push_back(id);
    groups[id].push_back(&f);
  }
  for (const std::string& id : order) write_finding_group(groups[id], report.responsibility, w);
}

// The findings waivers set aside, then the waivers that matched nothing.
void write_waived(const AuditReport& report, Writer& w) {
  const Language lang = w.lang();
  auto text = [lang](HistoryText id) { return format_history_text(id, lang); };
  if (!report.waived.empty()) {
    const std::string heading =
        text(HistoryText::kWaived) + " (" + std::to_string(report.waived.size()) + ")";
    w.line();
    w.line(heading, Color::kBold);
    w.line(std::string(static_cast<std::size_t>(display_width(heading)), '-'));
    w.line();
    TextTable table({{std::string(doc_text(DocText::kColumnRuleId, lang))},
                     {w.text(MessageId::kColumnCode)},
                     {w.text(MessageId::kColumnPeriod)},
                     {text(HistoryText::kColumnJustification)},
                     {text(HistoryText::kColumnApprovedBy)},
                     {text(HistoryText::kColumnExpires)}});
    for (const WaivedFinding& waived : report.waived) {
      const Finding& f = waived.finding;
      table.add_row({{info_or_empty(f.rule).id},
                     {f.subject},
                     {f.period ? period_text(*f.period, lang) : ""},
                     {waived.waiver.justification},
                     {waived.waiver.approved_by},
                     {date_text(waived.waiver.expires, lang)}});
    }
    w.raw(table.render("  ", w.color()));
  }
  if (!report.unused_waivers.empty()) w.line();
  for (const Waiver& unused : report.unused_waivers) {
    w.line(format_history_text(HistoryText::kUnusedWaiver, lang,
                               {unused.rule, unused.subject,
                                unused.period ? " / " + *unused.period : "", unused.source}),
           Color::kRed);
  }
}

void write_indicators(const AuditReport& report, Writer& w) {
  const Language lang = w.lang();
  w.heading(MessageId::kIndicators, report.indicators.size());
  if (report.indicators.empty()) {
    w.line(w.text(MessageId::kNoIndicators));
    return;
  }
  TextTable table({{w.text(MessageId::kColumnRule)},
                   {w.text(MessageId::kColumnTitle)},
                   {w.text(MessageId::kColumnValue), Align::kRight},
                   {coverage_text(CoverageText::kColumnParts, lang), Align::kRight},
                   {w.text(MessageId::kColumnTarget), Align::kRight},
                   {w.text(MessageId::kColumnStatus)}});
  for (const IndicatorResult& i : report.indicators) {
    const rules::RuleInfo& info = info_or_empty(i.rule);
    const bool share = is_share_indicator(i.rule);
    const std::string value = !i.value ? std::string(kNoValue)
                              : share  ? share_text(*i.value, lang)
                                       : plain_number(*i.value, lang);
    const std::string target =
        comparison_symbol(i.comparison) + " " + plain_number(i.target, lang) + (share ? "%" : "");
    const Color color = i.status == IndicatorStatus::kMet      ? Color::kGreen
                        : i.status == IndicatorStatus::kNotMet ? Color::kRed
                                                               : Color::kNone;
    table.add_row({{info.id},
                   {info.title.in(lang)},
                   {value},
                   {indicator_parts_text(i, lang)},
                   {target},
                   {std::string(status_name(i.status, lang)), color}});
  }
  w.line();
  w.raw(table.render("  ", w.color()));
}

// How many subjects each finding rule checked, breached and could not
// decide (the evaluator's counts, engine/eval/results.h).
void write_coverage(const AuditReport& report, Writer& w) {
  const Language lang = w.lang();
  w.heading(coverage_text(CoverageText::kCoverageHeading, lang) + " (" +
            std::to_string(report.coverage.size()) + ")");
  if (report.coverage.empty()) {
    w.line(coverage_text(CoverageText::kNoCoverage, lang));
    return;
  }
  w.line(coverage_text(CoverageText::kCoverageIntro, lang));
  w.line();
  for (const RuleCoverage& c : report.coverage) {
    const rules::RuleInfo& info = info_or_empty(c.rule);
    w.line("  " + info.id + "  " + info.title.in(lang));
    w.line("    " + coverage_sentence(c, lang));
  }
}

void write_skipped(const AuditReport& report, Writer& w) {
  if (report.skipped.empty()) return;
  const Language lang = w.lang();
  w.heading(MessageId::kSkipped, report.skipped.size());
  w.line();
  for (const SkippedRule& s : report.skipped) {
    const rules::RuleInfo& info = info_or_empty(s.rule);
    w.line("  " + info.id + "  " + info.title.in(lang));
    w.line("    " + skipped_reason(s, lang));
  }
}

void write_summary(const AuditReport& report, Writer& w) {
  std::size_t met = 0, not_met = 0, no_data = 0;
  for (const IndicatorResult& i : report.indicators) {
    if (i.status == IndicatorStatus::kMet) ++met;
    if (i.status == IndicatorStatus::kNotMet) ++not_met;
    if (i.status == IndicatorStatus::kNoData) ++no_data;
  }
  const std::size_t findings = report.findings.size();
  std::string text =
      w.text(findings == 1 ? MessageId::kSummaryFindingOne : MessageId::kSummaryFindingMany,
             {std::to_string(findings)});
  text += w.text(MessageId::kSummaryIndicators,
                 {std::to_string(met), std::to_string(not_met), std::to_string(no_data)});
  const std::size_t skipped = report.skipped.size();
  if (skipped > 0) {
    text += w.text(skipped == 1 ? MessageId::kSummarySkippedOne : MessageId::kSummarySkippedMany,
                   {std::to_string(skipped)});
  }
  if (!report.waived.empty()) {
    text += format_history_text(HistoryText::kSummaryWaived, w.lang(),
                                {std::to_string(report.waived.size())});
  }
  text += w.text(MessageId::kSummaryEnd);
  w.line();
  w.line(text, findings > 0 || not_met > 0 ? Color::kRed : Color::kGreen);
}

}  // namespace

std::string render_text_report(const AuditReport& report, Language lang, bool color) {
  Writer w(lang, color);
  write_heading(report, w);
  write_intake(report, w);
  write_findings(report, w);
  write_waived(report, w);
  write_indicators(report, w);
  write_coverage(report, w);
  write_skipped(report, w);
  write_summary(report, w);
  return w.str();
}

}  // namespace genaudit
