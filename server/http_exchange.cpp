#include "server/http_exchange.h"

#include <httplib.h>

namespace genaudit::server {

void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       "application/json; charset=utf-8");
}

void send_error(httplib::Response& response, int status, const std::string& code,
                const std::string& message) {
  send_json(response, status, {{"error", code}, {"message", message}});
}

std::string cookie_value(const httplib::Request& request, const std::string& name) {
  const std::size_t count = request.get_header_value_count("Cookie");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string header = request.get_header_value("Cookie", i);
    std::size_t at = 0;
    while (at < header.size()) {
      std::size_t end = header.find(';', at);
      if (end == std::string::npos) end = header.size();
      std::string pair = header.substr(at, end - at);
      const std::size_t first = pair.find_first_not_of(' ');
      pair = first == std::string::npos ? "" : pair.substr(first);
      const std::size_t eq = pair.find('=');
      if (eq != std::string::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
      at = end + 1;
    }
  }
  return "";
}

std::string session_cookie(const std::string& token, bool secure) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" +
         (secure ? "; Secure" : "");
}

std::string session_cookie_removed(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" +
         (secure ? "; Secure" : "");
}

Language request_language(const httplib::Request& request, Language fallback) {
  std::string lang = request.has_param("lang") ? request.get_param_value("lang") : "";
  if (lang.empty()) lang = cookie_value(request, kLanguageCookie);
  if (lang == "en") return Language::kEnglish;
  if (lang == "vi") return Language::kVietnamese;
  return fallback;
}

void add_safety_headers(httplib::Response& response) {
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; img-src 'self' data:; style-src 'self';"
                      " script-src 'self'; object-src 'none'; base-uri 'none';"
                      " form-action 'self'; frame-ancestors 'none'");
  if (!response.has_header("Cache-Control")) response.set_header("Cache-Control", "no-store");
}

}  // namespace genaudit::server
