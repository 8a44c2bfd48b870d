// The pages people use. Each handler checks access, reads through the
// layers below, and renders a template; none writes HTML by hand.
#include <httplib.h>

#include "server/agency_pages.h"
#include "server/embedded_files.h"
#include "server/diff_page.h"
#include "server/download_routes.h"
#include "server/finding_pages.h"
#include "server/people_pages.h"
#include "server/waiver_pages.h"
#include "server/http_exchange.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/routes.h"
#include "server/rules_page.h"
#include "server/run_pages.h"
#include "server/register_pages.h"
#include "server/sign_in.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

void login_page(Workspace& workspace, const httplib::Request& request,
                httplib::Response& response, const std::string& message, int status) {
  const Language lang = workspace.language_of(request);
  PageData data;
  data.set("t", words(lang));
  data.set("next", local_path(request.has_param("next") ? request.get_param_value("next") : "/"));
  data.set("user", request.has_param("user") ? request.get_param_value("user") : "");
  if (!message.empty()) data.set("message", message);
  send_page(response, request, std::nullopt, lang, {page_word("sign_in_title", lang), ""},
            render_template("login", data), status);
}

void login_form(Workspace& workspace, const httplib::Request& request,
                httplib::Response& response) {
  const Language lang = workspace.language_of(request);
  const SignIn signed_in = sign_in(workspace, request, request.get_param_value("user"),
                                   request.get_param_value("password"));
  switch (signed_in.outcome) {
    case SignIn::Outcome::kSignedIn:
      response.set_header("Set-Cookie",
                          session_cookie(signed_in.session->token, workspace.over_https(request)));
      redirect(response, local_path(request.get_param_value("next")));
      return;
    case SignIn::Outcome::kThrottled:
      response.set_header("Retry-After", std::to_string(signed_in.wait.count()));
      login_page(workspace, request, response,
                 server_text(ServerText::kThrottled, lang, {std::to_string(signed_in.wait.count())}),
                 429);
      return;
    case SignIn::Outcome::kRefused:
      login_page(workspace, request, response, server_text(ServerText::kBadCredentials, lang), 401);
      return;
  }
}

void logout_form(Workspace& workspace, const httplib::Request& request,
                 httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kViewer, true});
  if (!caller) return;
  sign_out(workspace, *caller);
  response.set_header("Set-Cookie", session_cookie_removed(workspace.over_https(request)));
  redirect(response, "/login");
}

// /lang/vi or /lang/en: the person's choice, kept in a cookie for a year.
void choose_language(const httplib::Request& request, httplib::Response& response) {
  const std::string lang = request.matches[1];
  response.set_header("Set-Cookie", std::string(kLanguageCookie) + "=" + lang +
                                        "; Path=/; SameSite=Strict; Max-Age=31536000");
  redirect(response, local_path(request.has_param("back") ? request.get_param_value("back") : "/"));
}

const char* content_type_of(std::string_view name) {
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".png")) return "image/png";
  return "application/octet-stream";
}

// Assets are looked up among the embedded files by name: no path from the
// request reaches the file system.
void asset(const httplib::Request& request, httplib::Response& response) {
  const std::string name = "assets/" + std::string(request.matches[1]);
  const auto& files = embedded_files();
  const auto found = files.find(name);
  if (found == files.end()) {
    response.status = 404;
    return;
  }
  response.set_header("Cache-Control", "public, max-age=3600");
  response.set_content(std::string(found->second), content_type_of(name));
}

}  // namespace

void add_page_routes(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/", [](const auto&, auto& res) { redirect(res, "/runs"); });
  http.Get("/login", [w](const auto& req, auto& res) { login_page(*w, req, res, "", 200); });
  http.Post("/login", [w](const auto& req, auto& res) { login_form(*w, req, res); });
  http.Post("/logout", [w](const auto& req, auto& res) { logout_form(*w, req, res); });
  http.Get("/lang/(vi|en)", [](const auto& req, auto& res) { choose_language(req, res); });
  http.Get(R"(/assets/([a-z0-9_-]{1,64}\.(?:css|js|svg|png)))",
           [](const auto& req, auto& res) { asset(req, res); });
  add_run_pages(workspace, http);
  add_finding_pages(workspace, http);
  add_diff_page(workspace, http);
  add_people_pages(workspace, http);
  add_waiver_pages(workspace, http);
  add_download_routes(workspace, http);
  add_register_pages(workspace, http);
  add_agency_pages(workspace, http);
  add_rules_page(workspace, http);
  http.set_error_handler([w](const httplib::Request& req, httplib::Response& res) {
    const Language lang = w->language_of(req);
    if (res.status == 413) {  // over --max-upload: refused before any handler ran
      const std::string limit = std::to_string(w->options().max_upload_bytes >> 20);
      const std::string message = server_text(ServerText::kUploadTooLarge, lang, {limit});
      if (req.path.rfind("/api/", 0) == 0) {
        send_error(res, 413, "too_large", message);
      } else {
        send_error_page(res, req, std::nullopt, lang, 413, page_word("upload_title", lang), message);
      }
      return;
    }
    if (res.status != 404 || !res.body.empty()) return;
    if (req.path.rfind("/api/", 0) == 0) {
      send_error(res, 404, "not_found", server_text(ServerText::kNotFound, lang));
    } else {
      send_error_page(res, req, std::nullopt, lang, 404, page_word("not_found", lang),
                      server_text(ServerText::kNotFound, lang));
    }
  });
}

}  // namespace genaudit::server
