// Renders the runs of an audit database and the comparison of two runs;
// see history_report.h.
#include "reports/history_report.h"

#include <cmath>

#include "engine/audit/waivers.h"
#include "engine/core/audit_period.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/history_texts.h"
#include "reports/human_values.h"
#include "reports/json_report.h"
#include "reports/messages.h"
#include "reports/text_table.h"

namespace genaudit {
namespace {

using nlohmann::json;

std::string text(HistoryText id, Language lang, const std::vector<std::string>& args = {}) {
  return format_history_text(id, lang, args);
}

std::string iso_as_text(const std::string& iso, Language lang) {
  const std::optional<Date> d = parse_iso_date(iso);
  return d ? date_text(*d, lang) : iso;
}

// "2025-05-01T08:30:00Z" as "2025-05-01 08:30:00".
std::string time_text(const std::string& utc) {
  std::string out = utc;
  if (out.size() == 20 && out[10] == 'T' && out.back() == 'Z') {
    out[10] = ' ';
    out.pop_back();
  }
  return out;
}

std::string count_text(long n, Language lang) { return plain_number(static_cast<double>(n), lang); }

void heading(std::string& out, const std::string& title, std::size_t count) {
  const std::string line = title + " (" + std::to_string(count) + ")";
  out += "\n" + line + "\n" + std::string(static_cast<std::size_t>(display_width(line)), '-') + "\n";
}

json optional_id(const std::optional<long>& id) { return id ? json(*id) : json(nullptr); }

json finding_to_json(const RecordedFinding& f) {
  json evidence = json::parse(f.evidence_json, nullptr, false);
  if (evidence.is_discarded()) evidence = json::object();
  return {{"rule", f.key.rule},
          {"subject", f.subject},
          {"subject_name", f.subject_name},
          {"period", f.period ? json(*f.period) : json(nullptr)},
          {"evidence", std::move(evidence)},
          {"waived", f.waived}};
}

json indicator_to_json(const std::optional<RecordedIndicator>& i) {
  if (!i) return nullptr;
  return {{"status", i->status},
          {"value", i->value ? json(*i->value) : json(nullptr)},
          {"target", i->target},
          {"comparison", i->comparison}};
}

std::string status_text(const std::string& code, Language lang) {
  if (code == "met") return std::string(status_name(IndicatorStatus::kMet, lang));
  if (code == "not_met") return std::string(status_name(IndicatorStatus::kNotMet, lang));
  return std::string(status_name(IndicatorStatus::kNoData, lang));
}

std::string indicator_value_text(const std::optional<RecordedIndicator>& i, Language lang) {
  if (!i) return "";
  if (!i->value) return std::string(kNoValueText);
  // Shares and statistics alike, rounded for people: the JSON keeps them whole.
  return plain_number(std::round(*i->value * 100) / 100, lang);
}

void finding_list(std::string& out, const std::string& title,
                  const std::vector<RecordedFinding>& findings, Language lang) {
  heading(out, title, findings.size());
  if (findings.empty()) {
    out += "  " + text(HistoryText::kDiffNone, lang) + "\n";
    return;
  }
  bool any_waived = false;
  for (const RecordedFinding& f : findings) any_waived = any_waived || f.waived;
  std::vector<TextTable::Column> columns = {{std::string(doc_text(DocText::kColumnRuleId, lang))},
                                            {std::string(message(MessageId::kColumnCode, lang))},
                                            {std::string(message(MessageId::kColumnName, lang))},
                                            {std::string(message(MessageId::kColumnPeriod, lang))}};
  if (any_waived) columns.push_back({text(HistoryText::kColumnWaived, lang)});
  TextTable table(std::move(columns));
  for (const RecordedFinding& f : findings) {
    std::vector<TableCell> cells = {{f.key.rule},
                                    {f.subject},
                                    {f.subject_name},
                                    {f.period ? period_text(*f.period, lang) : ""}};
    if (any_waived) {
      cells.push_back({f.waived ? std::string(message(MessageId::kYes, lang)) : ""});
    }
    table.add_row(std::move(cells));
  }
  out += "\n" + table.render("  ", false);
}

bool shown(const Waiver& w, Date as_of, WaiverFilter filter) {
  switch (filter) {
    case WaiverFilter::kInForce: return !waiver_expired_on(w, as_of);
    case WaiverFilter::kExpired: return waiver_expired_on(w, as_of);
    case WaiverFilter::kAll: break;
  }
  return true;
}

// Waiver text as one line a terminal shows as written: no control
// character, no line break.
std::string terminal_cell(const std::string& text) { return terminal_line(text); }

}  // namespace

json run_info_to_json(const RunInfo& run) {
  json registers = json::array();
  for (const RegisterFileInfo& r : run.registers) {
    registers.push_back(
        {{"register", r.register_name}, {"file", r.file}, {"sha256", r.sha256}, {"rows", r.rows}});
  }
  return {{"run", run.id},
          {"recorded_at", run.recorded_at},
          {"period", run.period},
          {"period_start", run.period_start},
          {"period_end", run.period_end},
          {"as_of", run.as_of},
          {"pack_version", run.pack_version},
          {"rules", run.rules},
          {"profile", run.profile},
          {"baseline", optional_id(run.baseline)},
          {"findings", run.findings},
          {"waived", run.waived},
          {"indicators_met", run.indicators_met},
          {"indicators_not_met", run.indicators_not_met},
          {"indicators_no_data", run.indicators_no_data},
          {"skipped", run.skipped},
          {"registers", std::move(registers)}};
}

json runs_to_json(const std::vector<RunInfo>& runs) {
  json out = json::array();
  for (const RunInfo& r : runs) out.push_back(run_info_to_json(r));
  return {{"runs", std::move(out)}};
}

std::string render_runs_text(const std::vector<RunInfo>& runs, Language lang) {
  std::string out = text(HistoryText::kRunsTitle, lang, {std::to_string(runs.size())}) + "\n";
  if (runs.empty()) return out + text(HistoryText::kNoRuns, lang) + "\n";
  TextTable table({{text(HistoryText::kColumnRun, lang), Align::kRight},
                   {text(HistoryText::kColumnRecordedAt, lang)},
                   {std::string(message(MessageId::kColumnPeriod, lang))},
                   {text(HistoryText::kColumnAsOf, lang)},
                   {text(HistoryText::kColumnPack, lang)},
                   {text(HistoryText::kColumnProfile, lang)},
                   {text(HistoryText::kColumnRegisters, lang), Align::kRight},
                   {text(HistoryText::kColumnFindings, lang), Align::kRight},
                   {text(HistoryText::kColumnWaived, lang), Align::kRight},
                   {text(HistoryText::kColumnNotMet, lang), Align::kRight}});
  for (const RunInfo& r : runs) {
    table.add_row({{std::to_string(r.id)},
                   {time_text(r.recorded_at)},
                   {r.period},
                   {iso_as_text(r.as_of, lang)},
                   {r.pack_version.substr(0, 12)},
                   {r.profile},
                   {count_text(static_cast<long>(r.registers.size()), lang)},
                   {count_text(r.findings, lang)},
                   {count_text(r.waived, lang)},
                   {count_text(r.indicators_not_met, lang)}});
  }
  return out + "\n" + table.render("  ", false);
}

std::string render_diff_text(const RunDiff& diff, Language lang) {
  const std::string a = std::to_string(diff.from.id);
  const std::string b = std::to_string(diff.to.id);
  std::string out = text(HistoryText::kDiffTitle, lang, {a, b}) + "\n";
  for (const RunInfo* run : {&diff.from, &diff.to}) {
    out += "  " + text(HistoryText::kDiffRunLine, lang,
                       {std::to_string(run->id), time_text(run->recorded_at), run->period,
                        iso_as_text(run->as_of, lang),
                        count_text(run->findings + run->waived, lang)}) +
           "\n";
  }
  finding_list(out, text(HistoryText::kDiffNew, lang), diff.added, lang);
  finding_list(out, text(HistoryText::kDiffRegressed, lang), diff.regressed, lang);
  finding_list(out, text(HistoryText::kDiffResolved, lang), diff.resolved, lang);
  finding_list(out, text(HistoryText::kDiffPersisting, lang), diff.persisting, lang);

  std::size_t changed = 0;
  heading(out, text(HistoryText::kDiffIndicators, lang), diff.indicators.size());
  if (diff.indicators.empty()) {
    out += "  " + text(HistoryText::kDiffNone, lang) + "\n";
  } else {
    TextTable table({{std::string(message(MessageId::kColumnRule, lang))},
                     {text(HistoryText::kColumnInRun, lang, {a}), Align::kRight},
                     {text(HistoryText::kColumnInRun, lang, {b}), Align::kRight},
                     {std::string(message(MessageId::kColumnStatus, lang))}});
    for (const IndicatorChange& c : diff.indicators) {
      const bool status_changed = c.status_changed();
      if (status_changed) ++changed;
      std::string status = c.from ? status_text(c.from->status, lang) : "—";
      status += " → ";
      status += c.to ? status_text(c.to->status, lang) : "—";
      const Color color = !status_changed ? Color::kNone
                          : c.to && c.to->status == "met" ? Color::kGreen
                                                          : Color::kRed;
      table.add_row({{c.rule},
                     {indicator_value_text(c.from, lang)},
                     {indicator_value_text(c.to, lang)},
                     {status, color}});
    }
    out += "\n" + table.render("  ", false);
  }
  out += "\n" + text(HistoryText::kDiffSummary, lang,
                     {std::to_string(diff.added.size()), std::to_string(diff.regressed.size()),
                      std::to_string(diff.resolved.size()), std::to_string(diff.persisting.size()),
                      std::to_string(changed)}) +
         "\n";
  return out;
}

json diff_to_json(const RunDiff& diff) {
  auto list = [](const std::vector<RecordedFinding>& findings) {
    json out = json::array();
    for (const RecordedFinding& f : findings) out.push_back(finding_to_json(f));
    return out;
  };
  json indicators = json::array();
  std::size_t changed = 0;
  for (const IndicatorChange& c : diff.indicators) {
    if (c.status_changed()) ++changed;
    indicators.push_back({{"rule", c.rule},
                          {"from", indicator_to_json(c.from)},
                          {"to", indicator_to_json(c.to)},
                          {"status_changed", c.status_changed()},
                          {"value_changed", c.value_changed()}});
  }
  return {{"from", run_info_to_json(diff.from)},
          {"to", run_info_to_json(diff.to)},
          {"findings",
           {{"new", list(diff.added)},
            {"regressed", list(diff.regressed)},
            {"resolved", list(diff.resolved)},
            {"persisting", list(diff.persisting)}}},
          {"indicators", std::move(indicators)},
          {"summary",
           {{"new", diff.added.size()},
            {"regressed", diff.regressed.size()},
            {"resolved", diff.resolved.size()},
            {"persisting", diff.persisting.size()},
            {"indicators_changed", changed}}}};
}

std::string render_waivers_text(const std::vector<Waiver>& stored, Date as_of,
                                WaiverFilter filter, Language lang) {
  std::size_t expired = 0;
  for (const Waiver& w : stored) expired += waiver_expired_on(w, as_of) ? 1 : 0;
  std::string out = text(HistoryText::kWaiversListTitle, lang,
                         {std::to_string(stored.size()), date_text(as_of, lang),
                          std::to_string(stored.size() - expired), std::to_string(expired)}) +
                    "\n";
  if (stored.empty()) return out + text(HistoryText::kNoWaiversStored, lang) + "\n";
  if (filter == WaiverFilter::kInForce) out += text(HistoryText::kWaiversOnlyInForce, lang) + "\n";
  if (filter == WaiverFilter::kExpired) out += text(HistoryText::kWaiversOnlyExpired, lang) + "\n";
  TextTable table({{std::string(doc_text(DocText::kColumnRuleId, lang))},
                   {std::string(message(MessageId::kColumnCode, lang))},
                   {std::string(message(MessageId::kColumnPeriod, lang))},
                   {text(HistoryText::kColumnJustification, lang)},
                   {text(HistoryText::kColumnApprovedBy, lang)},
                   {text(HistoryText::kColumnExpires, lang)},
                   {text(HistoryText::kColumnState, lang)},
                   {text(HistoryText::kColumnSource, lang)}});
  std::size_t rows = 0;
  for (const Waiver& w : stored) {
    if (!shown(w, as_of, filter)) continue;
    ++rows;
    const bool is_expired = waiver_expired_on(w, as_of);
    table.add_row({{terminal_cell(w.rule)},
                   {terminal_cell(w.subject)},
                   {w.period ? period_text(*w.period, lang) : ""},
                   {terminal_cell(w.justification)},
                   {terminal_cell(w.approved_by)},
                   {date_text(w.expires, lang)},
                   {text(is_expired ? HistoryText::kWaiverStateExpired
                                    : HistoryText::kWaiverStateInForce,
                         lang)},
                   {terminal_cell(w.source)}});
  }
  if (rows == 0) return out + "  " + text(HistoryText::kDiffNone, lang) + "\n";
  return out + "\n" + table.render("  ", false);
}

json waivers_to_json(const std::vector<Waiver>& stored, Date as_of, WaiverFilter filter) {
  json list = json::array();
  std::size_t expired = 0;
  for (const Waiver& w : stored) {
    const bool is_expired = waiver_expired_on(w, as_of);
    expired += is_expired ? 1 : 0;
    if (!shown(w, as_of, filter)) continue;
    json j = audit_waiver_to_json(w);
    j["expired"] = is_expired;
    list.push_back(std::move(j));
  }
  const char* filter_code = filter == WaiverFilter::kInForce   ? "in_force"
                            : filter == WaiverFilter::kExpired ? "expired"
                                                               : "all";
  return {{"as_of", as_of.iso()},
          {"stored", stored.size()},
          {"in_force", stored.size() - expired},
          {"expired", expired},
          {"filter", filter_code},
          {"waivers", std::move(list)}};
}

}  // namespace genaudit
