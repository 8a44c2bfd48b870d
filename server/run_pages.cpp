#include "server/run_pages.h"

#include <httplib.h>

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "engine/store/run_history.h"
#include "engine/store/store_error.h"
#include "server/audit_start.h"
#include "server/http_exchange.h"
#include "server/inspection_upload.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/run_files.h"
#include "server/run_findings.h"
#include "server/server_texts.h"
#include "server/shown_values.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

std::string this_year() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return std::to_string(utc.tm_year + 1900);
}

void runs_page(Workspace& workspace, const httplib::Request& request,
               httplib::Response& response, const Caller& caller, const std::string& error,
               int status) {
  const std::vector<RunInfo> runs = RunHistory(workspace.store().database()).runs();
  PageData data = page_data(caller);
  data.set("can_audit", role_allows(caller.account.role, Role::kInspector));
  if (!error.empty()) data.set("error", error);
  PageData list{PageData::type::list};
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {  // newest first
    PageData run;
    run.set("id", std::to_string(it->id));
    run.set("recorded_at", it->recorded_at);
    run.set("period", it->period);
    run.set("as_of", it->as_of);
    run.set("findings", std::to_string(it->findings));
    run.set("indicators_met", std::to_string(it->indicators_met));
    run.set("indicators_not_met", std::to_string(it->indicators_not_met));
    run.set("profile", std::filesystem::path(it->profile).filename().string());
    run.set("is_latest", it == runs.rbegin());
    run.set("is_previous", it == std::next(runs.rbegin()));
    list.push_back(run);
  }
  data.set("has_runs", !runs.empty());
  data.set("runs", list);
  data.set("default_period", runs.empty() ? this_year() : runs.back().period);
  PageData profiles{PageData::type::list};
  for (const auto& [name, pack] : workspace.packs()) {
    PageData p;
    p.set("name", name);
    p.set("label", name.empty() ? page_word("no_profile", caller.lang) : name);
    profiles.push_back(p);
  }
  data.set("has_profiles", workspace.packs().size() > 1);
  data.set("profiles", profiles);
  send_page(response, request, caller, caller.lang, {page_word("runs_title", caller.lang), "runs"},
            render_template("runs", data), status);
}

void runs_get(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  runs_page(workspace, request, response, *caller, "", 200);
}

// The audit form: the run's page once recorded, or the form again with
// what to fix.
void runs_post(Workspace& workspace, const httplib::Request& request,
               httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kInspector, true});
  if (!caller) return;
  const std::string inspection_name =
      request.has_file("inspection") ? request.get_file_value("inspection").filename : "";
  const AuditStart start = start_audit(
      workspace, *caller, form_field(request, "period"), form_field(request, "as_of"),
      form_field(request, "profile"), form_field(request, "inspection"),
      inspection_name.empty() ? "inspection.toml" : inspection_name);
  if (start.status != 200) {
    runs_page(workspace, request, response, *caller, start.message, start.status);
    return;
  }
  redirect(response, "/runs/" + std::to_string(start.run));
}

// "label: value, ..." of an evidence object, as the documents write them.
std::string evidence_text(const rules::RuleInfo* rule, const json& evidence, Language lang) {
  std::string text;
  if (!evidence.is_object()) return text;
  for (auto it = evidence.begin(); it != evidence.end(); ++it) {
    text += (text.empty() ? "" : ", ") + shown_evidence_label(rule, it.key(), lang) + ": " +
            shown_evidence_value(rule, it.key(), it.value(), lang);
  }
  return text;
}

PageData indicators_data(Workspace& workspace, const json& report, Language lang) {
  PageData list{PageData::type::list};
  for (const json& i : json_list(report, "indicators")) {
    PageData row;
    const std::string status = json_text(i, "status");
    row.set("rule", json_text(i, "rule"));
    const rules::RuleInfo* rule = workspace.pack()->find_rule(json_text(i, "rule"));
    row.set("title", shown_rule_title(rule, i, lang));
    const bool has_value = i.contains("value") && i["value"].is_number();
    const double value = has_value ? i["value"].get<double>() : 0;
    const double target = i.value("target", 0.0);
    row.set("value", shown_indicator_number(rule, i.value("value", json()), lang));
    row.set("target", shown_indicator_number(rule, i.value("target", json()), lang));
    row.set("comparison", shown_comparison(json_text(i, "comparison")));
    row.set("counted", evidence_text(rule, i.value("evidence", json::object()), lang));
    row.set("status", status);
    row.set("status_label", page_word("status_" + status, lang));
    const double share = target > 0 && has_value ? std::clamp(value / target * 100, 0.0, 100.0) : 0;
    row.set("bar", format_number(std::round(share)));
    list.push_back(row);
  }
  return list;
}

void run_get(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const Language lang = caller->lang;
  const long id = path_number(request);
  const std::optional<FindingQuery> query = finding_query(request);
  if (!query) {
    send_error_page(response, request, caller, lang, 400, page_word("bad_request", lang),
                    server_text(ServerText::kBadPageNumber, lang,
                                {request.get_param_value("page")}));
    return;
  }
  RunHistory history(workspace.store().database());
  const std::optional<RunInfo> info = history.run(id);
  const std::shared_ptr<const json> parsed =
      info ? workspace.reports().get(workspace.store(), id) : nullptr;
  if (!info || !parsed) {
    send_error_page(response, request, caller, lang, 404, page_word("not_found", lang),
                    server_text(info ? ServerText::kNoReportKept : ServerText::kNoSuchRun, lang,
                                {std::to_string(id)}));
    return;
  }
  const json& report = *parsed;
  PageData data = page_data(*caller);
  data.set("id", std::to_string(id));
  data.set("period", info->period);
  data.set("as_of", info->as_of);
  data.set("recorded_at", info->recorded_at);
  const json history_facts = report.value("run", json::object()).value("history", json::object());
  if (history_facts.contains("previous_run") && history_facts["previous_run"].is_number()) {
    data.set("previous_run", std::to_string(history_facts["previous_run"].get<long>()));
  }
  data.set("outside_plan", report.value("period_outside_plan", false));
  data.set("lenient", report.value("intake", json::object()).value("lenient", false));
  data.set("summary", from_json(report.value("summary", json::object())));
  data.set("indicators", indicators_data(workspace, report, lang));
  findings_data(workspace, id, report, *query, lang, &data);
  PageData formats{PageData::type::list};
  for (const std::string& name : run_file_names(workspace, id)) {
    if (name == "report.json") continue;  // the JSON link is the stored report's
    PageData format;
    format.set("name", name);
    format.set("label", page_word("file_" + name, lang));
    formats.push_back(format);
  }
  data.set("has_documents", !run_file_names(workspace, id).empty());
  data.set("formats", formats);
  send_page(response, request, caller, lang,
            {page_word("run", lang) + " #" + std::to_string(id), "runs"},
            render_template("run", data));
}

void run_report_download(Workspace& workspace, const httplib::Request& request,
                         httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const long id = path_number(request);
  const std::optional<std::string> text = RunHistory(workspace.store().database()).report(id, "json");
  if (!text) {
    send_error_page(response, request, caller, caller->lang, 404,
                    page_word("not_found", caller->lang),
                    server_text(ServerText::kNoReportKept, caller->lang, {std::to_string(id)}));
    return;
  }
  response.set_header("Content-Disposition",
                      "attachment; filename=\"genaudit-run-" + std::to_string(id) + ".json\"");
  response.set_content(*text, "application/json; charset=utf-8");
}

}  // namespace

void add_run_pages(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/runs", [w](const auto& req, auto& res) { runs_get(*w, req, res); });
  http.Post("/runs", [w](const auto& req, auto& res) { runs_post(*w, req, res); });
  http.Get(R"(/runs/(\d{1,15}))", [w](const auto& req, auto& res) { run_get(*w, req, res); });
  http.Get(R"(/runs/(\d{1,15})/report\.json)",
           [w](const auto& req, auto& res) { run_report_download(*w, req, res); });
}

}  // namespace genaudit::server
