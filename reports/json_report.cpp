// Builds the JSON contract of an audit; see json_report.h.
#include "reports/json_report.h"

#include "reports/escaping.h"

#include <algorithm>
#include <future>
#include <stdexcept>
#include <string_view>

#include "engine/audit/result_codes.h"
#include "engine/audit/waivers.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"

namespace genaudit {
namespace {

using nlohmann::json;

json value_to_json(const ResultValue& v) {
  if (v.is<double>()) return v.as<double>();
  if (v.is<std::string>()) return v.as<std::string>();
  if (v.is<Date>()) return v.as<Date>().iso();
  if (v.is<bool>()) return v.as<bool>();
  return nullptr;  // missing (a record has no value of its own: missing too)
}

json evidence_to_json(const std::vector<EvidenceItem>& evidence) {
  json out = json::object();
  for (const EvidenceItem& item : evidence) out[item.name] = value_to_json(item.value);
  return out;
}

// The fields every result takes from its rule; empty when the rule is
// unknown. `lead` and `remedy` are the plan's words; `responsible` says who
// answers on the as-of date (engine/audit/responsibility.h).
void describe_rule(const rules::RuleInfo* rule, const Responsibilities& responsibility,
                   Language lang, json* out) {
  static const rules::RuleInfo kNoRule;
  const rules::RuleInfo& r = rule != nullptr ? *rule : kNoRule;
  (*out)["rule"] = r.id;
  (*out)["title"] = r.title.in(lang);
  (*out)["citation"] = r.citation;
  (*out)["lead"] = r.lead;
  (*out)["severity"] = r.severity;
  (*out)["remedy"] = r.remedy.in(lang);
  const Responsibility as_of = responsibility.of(r);
  (*out)["responsible"] = {{"lead", as_of.lead.name},
                           {"remedy", as_of.remedy.in(lang)},
                           {"confirmed", as_of.confirmed}};
}

json succession_to_json(const rules::BodySuccession& s) {
  return {{"body", s.body},         {"successor", s.successor}, {"from", s.from.iso()},
          {"decision", s.decision}, {"confirmed", s.confirmed}, {"rules", s.rules}};
}

// With `with_rows` false, "rows" is an empty array whatever the finding's
// (findings_text() writes them).
json finding_to_json(const Finding& f, const Responsibilities& responsibility, Language lang,
                     bool with_rows = true) {
  json out = json::object();
  describe_rule(f.rule, responsibility, lang, &out);
  out["subject"] = f.subject;
  out["subject_name"] = f.subject_name;
  // Beside the contract's fields: what the subject is and what names it.
  if (f.rule != nullptr) out["subject_kind"] = subject_kind_code(f.rule->subject_kind);
  out["subject_key"] = evidence_to_json(f.subject_key);
  out["period"] = f.period ? json(*f.period) : json(nullptr);
  out["evidence"] = evidence_to_json(f.evidence);
  json rows = json::array();
  static const std::vector<EvidenceRow> kNoRows;
  for (const EvidenceRow& row : with_rows ? f.rows : kNoRows) {
    json r = {{"register", row.register_name}, {"file", row.file}, {"row", row.row}};
    if (!row.sheet.empty()) r["sheet"] = row.sheet;
    rows.push_back(std::move(r));
  }
  out["rows"] = std::move(rows);
  if (f.status != FindingStatus::kUnknown) out["status"] = finding_status_code(f.status);
  if (f.waiver_expired) out["waiver_expired"] = f.waiver_expired->iso();
  return out;
}

json waived_to_json(const WaivedFinding& w, const Responsibilities& responsibility, Language lang) {
  json out = finding_to_json(w.finding, responsibility, lang);
  out["waiver"] = audit_waiver_to_json(w.waiver);
  return out;
}

json unused_waiver_to_json(const Waiver& w, const AuditReport& report) {
  json out = audit_waiver_to_json(w);
  out["expired"] = waiver_expired_on(w, report.dates.as_of);
  return out;
}

json number_or_null(const std::optional<double>& n) { return n ? json(*n) : json(nullptr); }

// What the rule counts, in `lang`, or null when it does not say.
json unit_to_json(const rules::RuleInfo* rule, Language lang) {
  if (rule == nullptr || rule->unit.in(lang).empty()) return nullptr;
  return rule->unit.in(lang);
}

json indicator_to_json(const IndicatorResult& i, const Responsibilities& responsibility,
                       Language lang) {
  json out = json::object();
  describe_rule(i.rule, responsibility, lang, &out);
  out["status"] = indicator_status_code(i.status);
  out["value"] = i.value ? json(*i.value) : json(nullptr);
  out["target"] = i.target;
  out["comparison"] = comparison_code(i.comparison);
  out["evidence"] = evidence_to_json(i.evidence);
  // Beside the contract's fields: what a share was computed from, null for
  // a figure read as reported.
  out["numerator"] = i.ratio ? number_or_null(i.ratio->numerator) : json(nullptr);
  out["denominator"] = i.ratio ? number_or_null(i.ratio->denominator) : json(nullptr);
  out["unit"] = unit_to_json(i.rule, lang);
  return out;
}

json coverage_to_json(const RuleCoverage& c, Language lang) {
  return {{"rule", c.rule != nullptr ? c.rule->id : ""},
          {"title", c.rule != nullptr ? c.rule->title.in(lang) : ""},
          {"unit", unit_to_json(c.rule, lang)},
          {"subjects_checked", c.subjects_checked},
          {"checked", c.checked},
          {"breached", c.breached},
          {"without_data", c.without_data}};
}

json skipped_to_json(const SkippedRule& s, Language lang) {
  return {{"rule", s.rule != nullptr ? s.rule->id : ""},
          {"title", s.rule != nullptr ? s.rule->title.in(lang) : ""},
          {"reason", skipped_reason(s, lang)},
          {"missing_registers", s.missing_registers}};
}

json run_to_json(const AuditReport& report, Language lang) {
  json registers = json::array();
  for (const RegisterFileInfo& r : report.registers) {
    registers.push_back(
        {{"register", r.register_name}, {"file", r.file}, {"sha256", r.sha256}, {"rows", r.rows}});
  }
  json run = {{"period", report.period},
          {"period_start", report.dates.period_start.iso()},
          {"period_end", report.dates.period_end.iso()},
          {"as_of", report.dates.as_of.iso()},
          {"language", lang == Language::kEnglish ? "en" : "vi"},
          {"pack_version", report.pack_version},
          // Beside the contract's fields: the rule files added to the plan's
          // pack, or that replace it (`builtin_pack` false).
          {"rule_files",
           {{"builtin_pack", !report.replaces_builtin_pack},
            {"added", report.added_rule_files}}},
          {"registers", std::move(registers)}};
  if (report.history) {
    const RunHistoryFacts& h = *report.history;
    const auto id_or_null = [](const std::optional<long>& id) {
      return id ? json(*id) : json(nullptr);
    };
    run["history"] = {{"run", h.run_id},
                      {"previous_run", id_or_null(h.previous_run)},
                      {"baseline_run", id_or_null(h.baseline_run)},
                      {"baseline_hidden", h.baseline_hidden}};
  }
  return run;
}


json summary_to_json(const AuditReport& report) {
  long met = 0, not_met = 0, no_data = 0;
  for (const IndicatorResult& i : report.indicators) {
    switch (i.status) {
      case IndicatorStatus::kMet:
        ++met;
        break;
      case IndicatorStatus::kNotMet:
        ++not_met;
        break;
      case IndicatorStatus::kNoData:
        ++no_data;
        break;
    }
  }
  return {{"findings", report.findings.size()},
          {"indicators_met", met},
          {"indicators_not_met", not_met},
          {"indicators_no_data", no_data},
          {"skipped", report.skipped.size()},
          {"waived", report.waived.size()}};
}

}  // namespace

json intake_to_json(const IntakeReport& intake) {
  json files = json::array();
  for (const IntakeFile& f : intake.files) {
    files.push_back({{"register", f.register_name},
                     {"file", f.file},
                     {"sheet", f.sheet},
                     {"header_row", f.header_row},
                     {"recognised_by", recognised_by_code(f.recognised_by)},
                     {"sha256", f.sha256},
                     {"rows", f.rows},
                     {"rows_left_out", f.rows_left_out},
                     {"rejected_to", f.rejected_to}});
  }
  json by_note = json::array();
  for (const IntakeColumn& c : intake.columns_by_note) {
    by_note.push_back(
        {{"register", c.register_name}, {"file", c.file}, {"header", c.header}, {"field", c.field}});
  }
  json ignored = json::array();
  for (const IntakeColumn& c : intake.columns_ignored) {
    ignored.push_back({{"register", c.register_name}, {"file", c.file}, {"header", c.header}});
  }
  json absent = json::array();
  for (const AbsentColumn& a : intake.columns_absent) {
    absent.push_back({{"register", a.register_name}, {"field", a.field}});
  }
  json not_read = json::array();
  for (const UnreadFile& u : intake.files_not_read) {
    not_read.push_back(
        {{"file", u.file}, {"reason", unread_reason_code(u.reason)}, {"detail", u.detail}});
  }
  json by_agency = json::array();
  for (const AgencyRowsLeftOut& a : intake.rows_left_out_by_agency) {
    by_agency.push_back(
        {{"register", a.register_name}, {"agency_code", a.agency_code}, {"rows", a.rows}});
  }
  json without_staff = json::array();
  for (const AgencyWithoutStaff& a : intake.agencies_without_staff) {
    without_staff.push_back({{"code", a.code}, {"name", a.name}});
  }
  return {{"lenient", intake.lenient},
          {"files", std::move(files)},
          {"columns_by_note", std::move(by_note)},
          {"columns_ignored", std::move(ignored)},
          {"columns_absent", std::move(absent)},
          {"registers_missing", intake.registers_missing},
          {"files_not_read", std::move(not_read)},
          {"rows_left_out_by_agency", std::move(by_agency)},
          {"agencies_without_staff", std::move(without_staff)}};
}

json audit_evidence_to_json(const std::vector<EvidenceItem>& evidence) {
  return evidence_to_json(evidence);
}

json audit_waiver_to_json(const Waiver& w) {
  return {{"rule", w.rule},
          {"subject", w.subject},
          {"period", w.period ? json(*w.period) : json(nullptr)},
          {"justification", w.justification},
          {"approved_by", w.approved_by},
          {"expires", w.expires.iso()},
          {"source", w.source}};
}

namespace {

// More findings than this: half of them are written on a second thread.
constexpr std::size_t kFindingsForTwoThreads = 2048;

// The report without its findings (an empty array in their place).
json audit_without_findings(const AuditReport& report, Language lang) {
  json indicators = json::array();
  for (const IndicatorResult& i : report.indicators) {
    indicators.push_back(indicator_to_json(i, report.responsibility, lang));
  }
  json skipped = json::array();
  for (const SkippedRule& s : report.skipped) skipped.push_back(skipped_to_json(s, lang));
  json coverage = json::array();
  for (const RuleCoverage& c : report.coverage) coverage.push_back(coverage_to_json(c, lang));
  json waived = json::array();
  for (const WaivedFinding& w : report.waived) {
    waived.push_back(waived_to_json(w, report.responsibility, lang));
  }
  json successions = json::array();
  for (const rules::BodySuccession& s : report.responsibility.applied) {
    successions.push_back(succession_to_json(s));
  }
  json unused = json::array();
  for (const Waiver& w : report.unused_waivers) unused.push_back(unused_waiver_to_json(w, report));
  return {{"findings", json::array()},
          {"indicators", std::move(indicators)},
          {"skipped", std::move(skipped)},
          {"rule_coverage", std::move(coverage)},
          {"waived", std::move(waived)},
          {"unused_waivers", std::move(unused)},
          {"intake", intake_to_json(report.intake)},
          {"period_outside_plan", report.period_outside_plan},
          {"run", run_to_json(report, lang)},
          {"successor_bodies", std::move(successions)},
          {"summary", summary_to_json(report)}};
}

// Invalid UTF-8 (a file name, say) is replaced rather than thrown; DEL, C1
// and bidirectional controls are written as JSON escapes (json_inert).
std::string json_text(const json& j) {
  return json_inert(j.dump(2, ' ', false, json::error_handler_t::replace));
}

// A text as json_text() writes it as a JSON string, remembered for the
// next call: the rows of a finding repeat their register, file and sheet.
class EscapedText {
 public:
  const std::string& of(const std::string& text) {
    if (!known_ || text != text_) {
      text_ = text;
      escaped_ = json_text(json(text));
      known_ = true;
    }
    return escaped_;
  }

 private:
  bool known_ = false;
  std::string text_;
  std::string escaped_;
};

// A finding's evidence rows as the elements of its "rows" array in the
// report, as dumping them writes them (keys in order, indented for their
// place). Written here rather than dumped: at national size they are most
// of the report (hundreds of thousands of rows), and dumping them as JSON
// objects was most of writing it.
class RowsText {
 public:
  void append(const std::vector<EvidenceRow>& rows, std::string* out) {
    *out += "[\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const EvidenceRow& row = rows[i];
      *out += "        {\n          \"file\": ";
      *out += file_.of(row.file);
      *out += ",\n          \"register\": ";
      *out += register_.of(row.register_name);
      *out += ",\n          \"row\": ";
      *out += std::to_string(row.row);
      if (!row.sheet.empty()) {
        *out += ",\n          \"sheet\": ";
        *out += sheet_.of(row.sheet);
      }
      *out += i + 1 < rows.size() ? "\n        },\n" : "\n        }\n";
    }
    *out += "      ]";
  }

 private:
  EscapedText file_, register_, sheet_;
};

// Findings [first, end) as the elements of the report's "findings" array,
// each indented as its place there asks and followed by ",\n"; in pieces of
// about kPieceBytes, each made with room for that: one string grown by
// doubling faults in twice the memory it ends with, three times the
// report's size at national size, and its copies more.
constexpr std::size_t kPieceBytes = std::size_t{1} << 20;

std::vector<std::string> findings_text(const AuditReport& report, Language lang, std::size_t first,
                                       std::size_t end) {
  // Where a finding's (empty) rows are, once indented: JSON strings hold no
  // raw line end, so this is the key and nothing inside a string.
  const std::string_view empty_rows = "\n      \"rows\": []";
  RowsText rows;
  std::vector<std::string> pieces;
  for (std::size_t i = first; i < end; ++i) {
    if (pieces.empty() || pieces.back().size() >= kPieceBytes) {
      pieces.emplace_back().reserve(kPieceBytes + kPieceBytes / 4);
    }
    std::string& out = pieces.back();
    const Finding& finding = report.findings[i];
    const std::string text =
        json_text(finding_to_json(finding, report.responsibility, lang, /*with_rows=*/false));
    const std::size_t start = out.size();
    out += "    ";
    for (std::size_t from = 0; from < text.size();) {
      const std::size_t line_end = std::min(text.find('\n', from), text.size() - 1);
      out.append(text, from, line_end + 1 - from);
      if (text[line_end] == '\n') out += "    ";
      from = line_end + 1;
    }
    if (!finding.rows.empty()) {
      const std::size_t at = out.find(empty_rows, start);
      if (at == std::string::npos) throw std::logic_error("a finding's JSON has no rows");
      std::string tail = out.substr(at + empty_rows.size());
      out.resize(at + empty_rows.size() - 2);  // before "[]"
      rows.append(finding.rows, &out);
      out += tail;
    }
    out += ",\n";
  }
  return pieces;
}

}  // namespace

json audit_to_json(const AuditReport& report, Language lang) {
  json out = audit_without_findings(report, lang);
  json& findings = out["findings"];
  for (const Finding& f : report.findings) {
    findings.push_back(finding_to_json(f, report.responsibility, lang));
  }
  return out;
}

std::string audit_to_json_text(const AuditReport& report, Language lang) {
  // The findings are most of a national report (a million evidence rows):
  // each is written out on its own, indented as its place in the whole
  // asks, half of them on a second thread, instead of building the report
  // as one JSON tree and dumping it (0.4 s at national size, on one core).
  // The text is the very text of dumping audit_to_json() (tested).
  const std::string rest = json_text(audit_without_findings(report, lang));
  const std::string empty_findings = "{\n  \"findings\": []";
  if (report.findings.empty() || rest.compare(0, empty_findings.size(), empty_findings) != 0) {
    return json_text(audit_to_json(report, lang)) + "\n";
  }
  const std::size_t n = report.findings.size();
  const std::size_t half = n / 2;
  std::future<std::vector<std::string>> second =
      std::async(n >= kFindingsForTwoThreads ? std::launch::async : std::launch::deferred,
                 [&] { return findings_text(report, lang, half, n); });
  std::vector<std::string> pieces = findings_text(report, lang, 0, half);
  for (std::string& piece : second.get()) pieces.push_back(std::move(piece));
  // The whole text in one string made the size it ends: each piece is
  // copied once and freed.
  const std::string_view head = "{\n  \"findings\": [\n";
  const std::string_view findings_end = "\n  ]";
  std::size_t size = head.size() + findings_end.size() + (rest.size() - empty_findings.size()) + 1;
  for (const std::string& piece : pieces) size += piece.size();
  std::string out;
  out.reserve(size);
  out += head;
  for (std::string& piece : pieces) {
    out += piece;
    std::string().swap(piece);
  }
  out.resize(out.size() - 2);  // the last ",\n"
  out += findings_end;
  out.append(rest, empty_findings.size());
  out += "\n";
  return out;
}

}  // namespace genaudit
