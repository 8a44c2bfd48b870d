#include "server/download_routes.h"

#include <httplib.h>

#include <fstream>
#include <sstream>

#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/run_files.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

const char* content_type(const std::string& name) {
  const auto ends = [&](std::string_view suffix) { return name.ends_with(suffix); };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (ends(".docx")) {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  if (ends(".csv")) return "text/csv; charset=utf-8";
  if (ends(".md")) return "text/markdown; charset=utf-8";
  if (ends(".json")) return "application/json; charset=utf-8";
  if (ends(".zip")) return "application/zip";
  return "application/octet-stream";
}

// A document genaudit rendered: its own inline styles may apply, nothing
// else may run or load (the documents need no script).
void send_document(httplib::Response& response, const std::filesystem::path& path,
                   const std::string& download_name, bool inline_view) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  response.set_header("Content-Security-Policy",
                      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
  response.set_header("Content-Disposition",
                      std::string(inline_view ? "inline" : "attachment") +
                          "; filename*=UTF-8''" + url_encoded(download_name));
  response.set_content(content.str(), content_type(download_name));
}

void not_found(Workspace& workspace, const httplib::Request& request,
               httplib::Response& response, const Caller& caller) {
  (void)workspace;
  send_error_page(response, request, caller, caller.lang, 404, page_word("not_found", caller.lang),
                  server_text(ServerText::kNotFound, caller.lang));
}

void run_file_download(Workspace& workspace, const httplib::Request& request,
                       httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const long run = path_number(request);
  const std::string name = request.matches[2];
  const std::optional<std::filesystem::path> file = run_file(workspace, run, name);
  if (!file) return not_found(workspace, request, response, *caller);
  send_document(response, *file, "genaudit-" + std::to_string(run) + "-" + name, false);
}

void agency_record(Workspace& workspace, const httplib::Request& request,
                   httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const long run = path_number(request);
  const std::string subject = request.matches[2];
  const std::string extension = request.matches[3];
  const std::optional<std::filesystem::path> file =
      agency_record_file(workspace, run, subject, extension);
  if (!file) return not_found(workspace, request, response, *caller);
  // HTML opens in the browser, to print; Word and Markdown download.
  send_document(response, *file, file->filename().string(), extension == "html");
}

}  // namespace

void add_download_routes(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get(R"(/runs/(\d{1,15})/files/([A-Za-z0-9._-]{1,64}))",
           [w](const auto& req, auto& res) { run_file_download(*w, req, res); });
  http.Get(R"(/runs/(\d{1,15})/records/([^/]{1,128})\.(html|md|docx))",
           [w](const auto& req, auto& res) { agency_record(*w, req, res); });
}

}  // namespace genaudit::server
