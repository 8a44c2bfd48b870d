#include "server/register_pages.h"

#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/store/activity_log.h"
#include "server/http_exchange.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/server_texts.h"
#include "server/upload_import.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

// The import's outcome as the page shows it (import_result.mustache).
std::string import_result_html(const UploadImport& imported, Language lang) {
  const json& body = imported.body;
  PageData data = from_json(body);
  data.set("t", words(lang));
  const std::string outcome = body.value("outcome", body.value("error", ""));
  data.set("outcome", outcome);
  data.set("heading", outcome.empty() ? "" : page_word("outcome_" + outcome, lang));
  if (body.contains("message")) data.set("heading", body["message"].get<std::string>());
  const auto has = [&](const char* key) { return body.contains(key) && !body[key].empty(); };
  data.set("has_counts", has("registers"));
  data.set("has_rejected", has("rejected_files"));
  data.set("has_problems", has("problems"));
  data.set("has_not_read", has("not_read"));
  data.set("has_mapping_problems", has("mapping_problems"));
  if (body.contains("not_read")) {
    PageData list{PageData::type::list};
    for (const json& u : body["not_read"]) {
      PageData item = from_json(u);
      item.set("reason", page_word("unread_" + u.value("reason", ""), lang));
      list.push_back(item);
    }
    data.set("not_read", list);
  }
  return render_template("import_result", data);
}

void registers_page(Workspace& workspace, const httplib::Request& request,
                    httplib::Response& response, const Caller& caller, const std::string& result,
                    int status) {
  PageData data = page_data(caller);
  data.set("can_import", role_allows(caller.account.role, Role::kInspector));
  data.set("limit_bytes", std::to_string(workspace.options().max_upload_bytes));
  data.set("limit_mib", std::to_string(workspace.options().max_upload_bytes >> 20));
  data.set("too_large", server_text(ServerText::kUploadTooLarge, caller.lang,
                                    {std::to_string(workspace.options().max_upload_bytes >> 20)}));
  data.set("result", result);
  const std::vector<RegisterFileInfo> stored = workspace.store().imports();
  PageData registers{PageData::type::list};
  for (const RegisterFileInfo& r : stored) {
    PageData row;
    row.set("register", r.register_name);
    row.set("file", r.file);
    row.set("rows", std::to_string(r.rows));
    row.set("sha256", r.sha256);
    registers.push_back(row);
  }
  data.set("has_registers", !stored.empty());
  data.set("registers", registers);
  PageData imports{PageData::type::list};
  for (const Activity& a : ActivityLog(workspace.store().database()).recent(500)) {
    if (a.action.rfind("import", 0) != 0) continue;
    PageData row;
    row.set("at", a.at);
    row.set("user", a.user);
    row.set("detail", page_word("action_" + a.action, caller.lang) + " — " + a.detail);
    imports.push_back(row);
  }
  data.set("imports", imports);
  send_page(response, request, caller, caller.lang,
            {page_word("registers_title", caller.lang), "registers"},
            render_template("registers", data), status);
}

void registers_get(Workspace& workspace, const httplib::Request& request,
                   httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  registers_page(workspace, request, response, *caller, "", 200);
}

// The upload form (multipart): the page with the intake result, or with
// ?fragment=1 (the page's script) the result alone.
void registers_post(Workspace& workspace, const httplib::Request& request,
                    httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kInspector, true});
  if (!caller) return;
  const UploadImport imported = import_request(workspace, request, *caller);
  const std::string result = import_result_html(imported, caller->lang);
  if (request.get_param_value("fragment") == "1") {
    response.status = imported.status;
    response.set_content(result, "text/html; charset=utf-8");
    return;
  }
  registers_page(workspace, request, response, *caller, result, imported.status);
}

// /imports/ID/rejected/NAME: a file of rows a lenient import left out.
// NAME is looked up among the files of that import's folder, never joined
// to a path as it was sent.
void rejected_download(Workspace& workspace, const httplib::Request& request,
                       httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const std::string id = request.matches[1];
  const std::string name = request.matches[2];
  std::filesystem::path found;
  if (is_import_id(id)) {
    std::error_code ec;
    for (const auto& entry :
         std::filesystem::directory_iterator(workspace.files() / "rejected" / id, ec)) {
      if (entry.is_regular_file() && entry.path().filename().string() == name) found = entry.path();
    }
  }
  if (found.empty()) {
    send_error_page(response, request, caller, caller->lang, 404,
                    page_word("not_found", caller->lang),
                    server_text(ServerText::kNotFound, caller->lang));
    return;
  }
  std::ifstream in(found, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  const bool csv = name.size() > 4 && name.substr(name.size() - 4) == ".csv";
  response.set_header("Content-Disposition", "attachment; filename*=UTF-8''" + url_encoded(name));
  response.set_content(content.str(), csv ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8");
}

}  // namespace

void add_register_pages(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/registers", [w](const auto& req, auto& res) { registers_get(*w, req, res); });
  http.Post("/registers", [w](const auto& req, auto& res) { registers_post(*w, req, res); });
  http.Get(R"(/imports/([0-9a-f]{24})/rejected/([^/]{1,255}))",
           [w](const auto& req, auto& res) { rejected_download(*w, req, res); });
}

}  // namespace genaudit::server
