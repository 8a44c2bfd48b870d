// The JSON interface (README, "The workspace"): a script signs in like a
// person, then sends the session cookie and, with every POST, the CSRF
// token the sign-in returned.
//
//   POST /api/login            {"user", "password"} -> {"csrf"} + cookie
//   POST /api/logout
//   POST /api/imports          multipart `files` (repeated), `lenient=1`
//   POST /api/audits           {"period", "as_of"?, "profile"?, "inspection"? (TOML text)}
//                              -> {"run"}; a bad inspection file: 422
//   GET  /api/runs             the runs recorded, oldest first
//   GET  /api/runs/ID/report.json   the JSON report the run wrote
#include <httplib.h>

#include <string>

#include "engine/store/activity_log.h"
#include "engine/store/run_history.h"
#include "engine/store/store_error.h"
#include "server/access.h"
#include "server/audit_start.h"
#include "server/http_exchange.h"
#include "server/request_values.h"
#include "server/routes.h"
#include "server/server_texts.h"
#include "server/sign_in.h"
#include "server/store_failure.h"
#include "server/upload_import.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

// A JSON object body, or nullopt after answering 400.
std::optional<json> json_body(const httplib::Request& request, httplib::Response& response,
                              Language lang) {
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    send_error(response, 400, "bad_json", server_text(ServerText::kBadJson, lang));
    return std::nullopt;
  }
  return body;
}

// body[name] as a string: "" when absent (or null) and optional; nullopt after
// answering 400 when required and absent, or not a string.
std::optional<std::string> string_field(const json& body, const char* name, bool required,
                                        httplib::Response& response, Language lang) {
  const auto found = body.find(name);
  if ((found == body.end() || found->is_null()) && !required) return std::string();
  if (found == body.end() || !found->is_string()) {
    send_error(response, 400, "missing_field", server_text(ServerText::kMissingField, lang, {name}));
    return std::nullopt;
  }
  return found->get<std::string>();
}

void login(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const Language lang = workspace.language_of(request);
  const std::optional<json> body = json_body(request, response, lang);
  if (!body) return;
  const std::optional<std::string> user = string_field(*body, "user", true, response, lang);
  if (!user) return;
  const std::optional<std::string> password = string_field(*body, "password", true, response, lang);
  if (!password) return;
  const SignIn signed_in = sign_in(workspace, request, *user, *password);
  switch (signed_in.outcome) {
    case SignIn::Outcome::kSignedIn:
      response.set_header("Set-Cookie", session_cookie(signed_in.session->token,
                                                       workspace.over_https(request)));
      send_json(response, 200,
                {{"csrf", signed_in.session->csrf},
                 {"user", signed_in.account->name},
                 {"role", role_name(signed_in.account->role)}});
      return;
    case SignIn::Outcome::kThrottled:
      response.set_header("Retry-After", std::to_string(signed_in.wait.count()));
      send_error(response, 429, "throttled",
                 server_text(ServerText::kThrottled, lang, {std::to_string(signed_in.wait.count())}));
      return;
    case SignIn::Outcome::kRefused:
      send_error(response, 401, "bad_credentials", server_text(ServerText::kBadCredentials, lang));
      return;
  }
}

void logout(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller = api_caller(workspace, request, response, {Role::kViewer, true});
  if (!caller) return;
  sign_out(workspace, *caller);
  response.set_header("Set-Cookie", session_cookie_removed(workspace.over_https(request)));
  send_json(response, 200, {{"signed_out", true}});
}

void imports(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller =
      api_caller(workspace, request, response, {Role::kInspector, true});
  if (!caller) return;
  try {
    const UploadImport imported = import_request(workspace, request, *caller);
    send_json(response, imported.status, imported.body);
  } catch (const StoreError& e) {
    send_store_failure(response, e, caller->lang);
  }
}

void audits(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller =
      api_caller(workspace, request, response, {Role::kInspector, true});
  if (!caller) return;
  const Language lang = caller->lang;
  const std::optional<json> body = json_body(request, response, lang);
  if (!body) return;
  const std::optional<std::string> period = string_field(*body, "period", true, response, lang);
  if (!period) return;
  const std::optional<std::string> as_of = string_field(*body, "as_of", false, response, lang);
  if (!as_of) return;
  const std::optional<std::string> profile = string_field(*body, "profile", false, response, lang);
  if (!profile) return;
  const std::optional<std::string> inspection = string_field(*body, "inspection", false, response, lang);
  if (!inspection) return;
  const AuditStart start = start_audit(workspace, *caller, *period, *as_of, *profile, *inspection);
  if (start.status != 200) {
    add_retry_after(response, start.status);
    send_error(response, start.status, start.error, start.message);
    return;
  }
  send_json(response, 200, {{"run", start.run}});
}

json run_to_json(const RunInfo& r) {
  return {{"id", r.id},           {"recorded_at", r.recorded_at},
          {"period", r.period},   {"as_of", r.as_of},
          {"findings", r.findings}, {"waived", r.waived},
          {"indicators_met", r.indicators_met}, {"indicators_not_met", r.indicators_not_met},
          {"indicators_no_data", r.indicators_no_data}, {"skipped", r.skipped},
          {"profile", r.profile}};
}

void runs(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller = api_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  try {
    json list = json::array();
    for (const RunInfo& r : RunHistory(workspace.store().database()).runs()) {
      list.push_back(run_to_json(r));
    }
    send_json(response, 200, {{"runs", list}});
  } catch (const StoreError& e) {
    send_store_failure(response, e, caller->lang);
  }
}

void run_report(Workspace& workspace, const httplib::Request& request, httplib::Response& response) {
  const std::optional<Caller> caller = api_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const long id = path_number(request);
  const std::string id_text = request.matches[1];
  try {
    RunHistory history(workspace.store().database());
    if (!history.run(id)) {
      send_error(response, 404, "no_such_run", server_text(ServerText::kNoSuchRun, caller->lang, {id_text}));
      return;
    }
    const std::optional<std::string> report = history.report(id, "json");
    if (!report) {
      send_error(response, 404, "no_report_kept",
                 server_text(ServerText::kNoReportKept, caller->lang, {id_text}));
      return;
    }
    response.status = 200;
    response.set_content(*report, "application/json; charset=utf-8");
  } catch (const StoreError& e) {
    send_store_failure(response, e, caller->lang);
  }
}

}  // namespace

void add_api_routes(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Post("/api/login", [w](const auto& req, auto& res) { login(*w, req, res); });
  http.Post("/api/logout", [w](const auto& req, auto& res) { logout(*w, req, res); });
  http.Post("/api/imports", [w](const auto& req, auto& res) { imports(*w, req, res); });
  http.Post("/api/audits", [w](const auto& req, auto& res) { audits(*w, req, res); });
  http.Get("/api/runs", [w](const auto& req, auto& res) { runs(*w, req, res); });
  http.Get(R"(/api/runs/(\d{1,15})/report\.json)",
           [w](const auto& req, auto& res) { run_report(*w, req, res); });
}

}  // namespace genaudit::server
