// What every page shares: the layout around its body (navigation by role,
// the person, sign-out with its CSRF token, the language switch), the
// access check that sends a person who is not signed in to the sign-in
// page, and JSON turned into template data.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "server/access.h"
#include "server/templates.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace genaudit::server {

class Workspace;

// Which navigation entry a page is under ("runs", "registers", ...).
struct PageFrame {
  std::string title;
  std::string nav;
};

// The caller, or nullopt after answering: a redirect to /login?next=PATH
// (no session; a GET), 401 (no session; a POST), or a 403 page.
std::optional<Caller> page_caller(Workspace& workspace, const httplib::Request& request,
                                  httplib::Response& response, Needs needs);

// `body` (HTML rendered from a template) inside the layout, as the answer.
void send_page(httplib::Response& response, const httplib::Request& request,
               const std::optional<Caller>& caller, Language lang, const PageFrame& frame,
               const std::string& body, int status = 200);

// An error page with `heading` and `message`.
void send_error_page(httplib::Response& response, const httplib::Request& request,
                     const std::optional<Caller>& caller, Language lang, int status,
                     const std::string& heading, const std::string& message);

// The template data of a page body: `t` (the words) and `csrf` set.
PageData page_data(const Caller& caller);

// JSON as template data: objects and arrays alike, strings as they are,
// numbers as written by format_number(), null as "".
PageData from_json(const nlohmann::json& value);
std::string format_number(double value);

// `target` when it is a path of this site ("/runs/3"): starts with one
// slash, no backslash, no scheme; else "/". For redirects to a place a
// request named (next=, back=).
std::string local_path(const std::string& target);
// `text` percent-encoded for a URL's query.
std::string url_encoded(const std::string& text);

// 303 See Other to `path` (a path this site built or local_path() checked).
void redirect(httplib::Response& response, const std::string& path);

}  // namespace genaudit::server
