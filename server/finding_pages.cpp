#include "server/finding_pages.h"

#include <httplib.h>

#include <map>

#include "engine/core/audit_period.h"
#include "engine/eval/evaluator.h"
#include "engine/store/run_history.h"
#include "engine/store/stored_rows.h"
#include "engine/store/store_transaction.h"
#include "reports/explanation_text.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/server_texts.h"
#include "server/shown_values.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

// Rows shown with their values; a finding about a large agency rests on
// hundreds, which are then listed by reference only.
constexpr std::size_t kRowsShown = 100;

struct FindingInRun {
  long run = 0;
  std::size_t index = 0;
  std::shared_ptr<const json> report;  // the run's whole report
  const json* finding = nullptr;        // in report: findings[index]
};

// The finding the request names, or nullopt after a 404 page.
std::optional<FindingInRun> finding_of(Workspace& workspace, const httplib::Request& request,
                                       httplib::Response& response, const Caller& caller) {
  FindingInRun found;
  found.run = path_number(request, 1);
  found.index = static_cast<std::size_t>(path_number(request, 2));
  found.report = workspace.reports().get(workspace.store(), found.run);
  const json* findings = nullptr;
  if (found.report && found.report->contains("findings") &&
      (*found.report)["findings"].is_array()) {
    findings = &(*found.report)["findings"];
  }
  if (!findings || found.index >= findings->size()) {
    send_error_page(response, request, caller, caller.lang, 404,
                    page_word("not_found", caller.lang),
                    server_text(ServerText::kNotFound, caller.lang));
    return std::nullopt;
  }
  found.finding = &(*findings)[found.index];
  return found;
}

// Whether a register the run read was imported again since (another
// file's SHA-256, or gone).
bool registers_changed(Workspace& workspace, const json& report) {
  const std::vector<RegisterFileInfo> now = workspace.store().imports();
  for (const json& r : report.value("run", json::object()).value("registers", json::array())) {
    bool same = false;
    for (const RegisterFileInfo& n : now) {
      same = same || (n.register_name == json_text(r, "register") && n.sha256 == json_text(r, "sha256"));
    }
    if (!same) return true;
  }
  return false;
}

void finding_page(Workspace& workspace, const httplib::Request& request,
                  httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const std::optional<FindingInRun> found = finding_of(workspace, request, response, *caller);
  if (!found) return;
  const Language lang = caller->lang;
  const json& f = *found->finding;
  PageData data = page_data(*caller);
  data.set("run", std::to_string(found->run));
  data.set("index", std::to_string(found->index));
  const rules::RuleInfo* rule = workspace.pack()->find_rule(json_text(f, "rule"));
  for (const char* key : {"rule", "subject", "subject_name", "citation", "severity", "status"}) {
    data.set(key, json_text(f, key));
  }
  data.set("lead", responsible_text(f, "lead"));
  data.set("period", shown_period(json_text(f, "period"), lang));
  data.set("title", rule ? rule->title.in(lang) : json_text(f, "title"));
  data.set("can_propose", role_allows(caller->account.role, Role::kInspector));
  data.set("rule_q", url_encoded(json_text(f, "rule")));
  data.set("subject_q", url_encoded(json_text(f, "subject")));
  data.set("period_q", url_encoded(json_text(f, "period")));
  // In the page's language, naming the bodies that exist on the run's
  // as-of date (the run's JSON has its remedy in the run's language).
  const std::optional<Date> as_of =
      parse_iso_date(json_text(found->report->value("run", json::object()), "as_of"));
  data.set("remedy", rule && as_of ? rules::resolve_bodies_in_text(
                                         workspace.pack()->bodies, rule->remedy.in(lang), rule->id,
                                         *as_of, lang == Language::kEnglish)
                                   : responsible_text(f, "remedy"));
  const std::string status = json_text(f, "status");
  data.set("status_label", status.empty() ? "" : page_word("status_" + status, lang));
  PageData evidence{PageData::type::list};
  const json facts = f.value("evidence", json::object());
  for (auto it = facts.begin(); it != facts.end(); ++it) {
    PageData item;
    item.set("name", shown_evidence_label(rule, it.key(), lang));
    item.set("value", shown_evidence_value(rule, it.key(), it.value(), lang));
    evidence.push_back(item);
  }
  data.set("evidence", evidence);
  const json& rows = json_list(f, "rows");
  data.set("row_count", std::to_string(rows.size()));
  data.set("rows_cut", rows.size() > kRowsShown);
  // The rows shown, read one register file at a time.
  std::map<std::pair<std::string, std::string>, std::vector<long>> wanted;
  for (std::size_t i = 0; i < rows.size() && i < kRowsShown; ++i) {
    wanted[{json_text(rows[i], "register"), json_text(rows[i], "file")}].push_back(
        rows[i].value("row", 0L));
  }
  std::map<std::pair<std::string, std::string>, std::map<long, StoredRow>> stored_by_file;
  for (const auto& [key, numbers] : wanted) {
    stored_by_file[key] = stored_rows_of_file(workspace.store(), key.first, key.second, numbers);
  }
  PageData shown{PageData::type::list};
  for (std::size_t i = 0; i < rows.size() && i < kRowsShown; ++i) {
    const json& r = rows[i];
    PageData item;
    item.set("register", json_text(r, "register"));
    item.set("file", json_text(r, "file"));
    item.set("row", json_text(r, "row"));
    const std::map<long, StoredRow>& of_file =
        stored_by_file[{json_text(r, "register"), json_text(r, "file")}];
    const auto stored = of_file.find(r.value("row", 0L));
    item.set("found", stored != of_file.end());
    if (stored != of_file.end()) {
      item.set("sheet", stored->second.sheet);
      PageData cells{PageData::type::list};
      for (const auto& [field, value] : stored->second.cells) {
        PageData cell;
        cell.set("field", field);
        cell.set("value", value);
        cells.push_back(cell);
      }
      item.set("cells", cells);
    }
    shown.push_back(item);
  }
  data.set("rows", shown);
  data.set("registers_changed", registers_changed(workspace, *found->report));
  send_page(response, request, caller, lang,
            {json_text(f, "rule") + " · " + json_text(f, "subject"), "runs"},
            render_template("finding", data));
}

// `explain` for the finding, over the registers as stored now, for the
// run's dates and the finding's window.
void explanation_page(Workspace& workspace, const httplib::Request& request,
                      httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const std::optional<FindingInRun> found = finding_of(workspace, request, response, *caller);
  if (!found) return;
  const Language lang = caller->lang;
  const json& f = *found->finding;
  const json run = found->report->value("run", json::object());
  PageData data = page_data(*caller);
  data.set("run", std::to_string(found->run));
  data.set("index", std::to_string(found->index));
  data.set("rule", json_text(f, "rule"));
  data.set("subject", json_text(f, "subject"));
  data.set("registers_changed", registers_changed(workspace, *found->report));
  const rules::RulePack& pack = *workspace.pack();
  const rules::RuleInfo* rule = pack.find_rule(json_text(f, "rule"));
  const std::optional<Date> start = parse_iso_date(json_text(run, "period_start"));
  const std::optional<Date> end = parse_iso_date(json_text(run, "period_end"));
  const std::optional<Date> as_of = parse_iso_date(json_text(run, "as_of"));
  std::string text;
  if (rule && start && end && as_of) {
    AuditStore& store = workspace.store();
    StoreTransaction snapshot = store.begin_load();
    const Dataset dataset = store.load_only(pack.fields_read_by(*rule));  // this rule's registers
    snapshot.commit();
    bool complete = true;
    for (const std::string& name : rule->registers) complete = complete && dataset.has(name);
    if (complete) {
      Evaluator evaluator(pack, dataset, {*start, *end, *as_of});
      text = render_explanations(
          evaluator.explain(*rule, json_text(f, "subject"), json_text(f, "period")), lang);
    }
  }
  if (text.empty()) data.set("message", page_word("no_explanation", lang));
  data.set("text", text);
  send_page(response, request, caller, lang,
            {page_word("explanation", lang) + " " + json_text(f, "rule"), "runs"},
            render_template("explanation", data));
}

}  // namespace

void add_finding_pages(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get(R"(/runs/(\d{1,15})/findings/(\d{1,9}))",
           [w](const auto& req, auto& res) { finding_page(*w, req, res); });
  http.Get(R"(/runs/(\d{1,15})/findings/(\d{1,9})/explain)",
           [w](const auto& req, auto& res) { explanation_page(*w, req, res); });
}

}  // namespace genaudit::server
