// What every handler of the workspace needs of HTTP: JSON answers, the
// session cookie, the person's language, and the headers every answer
// carries.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "engine/core/language.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace genaudit::server {

inline constexpr const char* kSessionCookie = "genaudit_session";
inline constexpr const char* kLanguageCookie = "genaudit_lang";

void send_json(httplib::Response& response, int status, const nlohmann::json& body);
// {"error": code, "message": message}: `code` for scripts, `message` for people.
void send_error(httplib::Response& response, int status, const std::string& code,
                const std::string& message);

// The value of cookie `name` the request sends, or "".
std::string cookie_value(const httplib::Request& request, const std::string& name);

// The Set-Cookie value of a session: HttpOnly, SameSite=Strict, the whole
// site, Secure when the browser reached us over HTTPS.
std::string session_cookie(const std::string& token, bool secure);
std::string session_cookie_removed(bool secure);

// The language of the answer: the `lang` query parameter, else the
// language cookie, else `fallback`.
Language request_language(const httplib::Request& request, Language fallback);

// The headers every answer carries: no framing, no sniffing, no referrer,
// nothing loaded from elsewhere (Content-Security-Policy), no caching of
// what a signed-in person sees.
void add_safety_headers(httplib::Response& response);

}  // namespace genaudit::server
