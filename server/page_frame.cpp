#include "server/page_frame.h"

#include <httplib.h>

#include <cmath>
#include <cstdio>

#include "server/http_exchange.h"
#include "server/page_words.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {

std::string local_path(const std::string& target) {
  if (target.size() < 1 || target[0] != '/' || (target.size() > 1 && target[1] == '/') ||
      target.find('\\') != std::string::npos || target.size() > 2000) {
    return "/";
  }
  for (const unsigned char c : target) {
    if (c < 0x20 || c == 0x7F) return "/";
  }
  return target;
}

std::string url_encoded(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

void redirect(httplib::Response& response, const std::string& path) {
  response.status = 303;
  response.set_header("Location", path);
}

std::optional<Caller> page_caller(Workspace& workspace, const httplib::Request& request,
                                  httplib::Response& response, Needs needs) {
  AccessCheck check = check_access(workspace, request, needs);
  const Language lang = workspace.language_of(request);
  switch (check.denied) {
    case Denied::kNone:
      return std::move(check.caller);
    case Denied::kNoSession:
      if (request.method == "GET") {
        redirect(response, "/login?next=" + url_encoded(local_path(request.path)));
      } else {
        send_error_page(response, request, std::nullopt, lang, 401,
                        page_word("sign_in_title", lang),
                        server_text(ServerText::kNotSignedIn, lang));
      }
      break;
    case Denied::kRole:
      send_error_page(response, request, std::nullopt, lang, 403, page_word("forbidden", lang),
                      server_text(ServerText::kRoleMayNot, lang, {role_name(needs.role)}));
      break;
    case Denied::kCsrf:
      send_error_page(response, request, std::nullopt, lang, 403, page_word("forbidden", lang),
                      server_text(ServerText::kBadCsrfToken, lang));
      break;
  }
  return std::nullopt;
}

PageData page_data(const Caller& caller) {
  PageData data;
  data.set("t", words(caller.lang));
  data.set("csrf", caller.session.csrf);
  return data;
}

void send_page(httplib::Response& response, const httplib::Request& request,
               const std::optional<Caller>& caller, Language lang, const PageFrame& frame,
               const std::string& body, int status) {
  PageData layout;
  layout.set("t", words(lang));
  layout.set("lang", lang == Language::kEnglish ? "en" : "vi");
  layout.set("title", frame.title);
  layout.set("back", url_encoded(local_path(request.path)));
  layout.set("body", body);
  if (caller) {
    PageData user;
    user.set("name", caller->account.name);
    user.set("role_label", page_word(std::string("role_") + role_name(caller->account.role), lang));
    user.set("csrf", caller->session.csrf);
    user.set("is_admin", role_allows(caller->account.role, Role::kAdmin));
    if (!frame.nav.empty()) user.set("at_" + frame.nav, true);
    layout.set("user", user);
  }
  response.status = status;
  response.set_content(render_template("layout", layout), "text/html; charset=utf-8");
}

void send_error_page(httplib::Response& response, const httplib::Request& request,
                     const std::optional<Caller>& caller, Language lang, int status,
                     const std::string& heading, const std::string& message) {
  PageData data;
  data.set("t", words(lang));
  data.set("heading", heading);
  data.set("message", message);
  data.set("back", "/");
  send_page(response, request, caller, lang, {heading, ""}, render_template("error", data),
            status);
}

std::string format_number(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

PageData from_json(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      PageData object;
      for (auto it = value.begin(); it != value.end(); ++it) {
        object.set(it.key(), from_json(it.value()));
      }
      return object;
    }
    case nlohmann::json::value_t::array: {
      PageData list{PageData::type::list};
      for (const nlohmann::json& item : value) list.push_back(from_json(item));
      return list;
    }
    case nlohmann::json::value_t::string:
      return PageData(value.get<std::string>());
    case nlohmann::json::value_t::boolean:
      return PageData(value.get<bool>() ? PageData::type::bool_true : PageData::type::bool_false);
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return PageData(format_number(value.get<double>()));
    default:
      return PageData(std::string());
  }
}

}  // namespace genaudit::server
