#include "server/people_pages.h"

#include <httplib.h>

#include "engine/store/accounts.h"
#include "engine/store/activity_log.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

constexpr std::size_t kActivityPage = 200;

void activity_page(Workspace& workspace, const httplib::Request& request,
                   httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const Language lang = caller->lang;
  const long before = whole_number(request.get_param_value("before")).value_or(0);
  const std::vector<Activity> entries =
      ActivityLog(workspace.store().database()).recent(kActivityPage, before);
  PageData data = page_data(*caller);
  PageData list{PageData::type::list};
  for (const Activity& a : entries) {
    PageData row;
    row.set("at", a.at);
    row.set("user", a.user);
    row.set("action", page_word("action_" + a.action, lang));
    row.set("detail", a.detail);
    list.push_back(row);
  }
  data.set("entries", list);
  if (entries.size() == kActivityPage) data.set("older", std::to_string(entries.back().id));
  send_page(response, request, caller, lang, {page_word("activity_title", lang), "activity"},
            render_template("activity", data));
}

void accounts_page(Workspace& workspace, const httplib::Request& request,
                   httplib::Response& response, const Caller& caller, const std::string& message,
                   bool failed, int status) {
  const Language lang = caller.lang;
  PageData data = page_data(caller);
  if (!message.empty()) {
    data.set("message", message);
    data.set("message_class", failed ? "error" : "done");
  }
  PageData list{PageData::type::list};
  for (const Account& a : Accounts(workspace.store().database()).list()) {
    PageData row;
    row.set("name", a.name);
    row.set("role_label", page_word(std::string("role_") + role_name(a.role), lang));
    row.set("state", page_word(a.disabled ? "disabled" : "enabled", lang));
    row.set("disabled", a.disabled);
    row.set("created_at", a.created_at);
    row.set("csrf", caller.session.csrf);
    list.push_back(row);
  }
  data.set("accounts", list);
  PageData roles{PageData::type::list};
  for (const Role role : {Role::kViewer, Role::kInspector, Role::kLead, Role::kAdmin}) {
    PageData item;
    item.set("code", role_name(role));
    item.set("label", page_word(std::string("role_") + role_name(role), lang));
    roles.push_back(item);
  }
  data.set("roles", roles);
  send_page(response, request, caller, lang, {page_word("accounts_title", lang), "accounts"},
            render_template("accounts", data), status);
}

void accounts_get(Workspace& workspace, const httplib::Request& request,
                  httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kAdmin});
  if (!caller) return;
  accounts_page(workspace, request, response, *caller, "", false, 200);
}

void accounts_add(Workspace& workspace, const httplib::Request& request,
                  httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kAdmin, true});
  if (!caller) return;
  const Language lang = caller->lang;
  const std::string name = request.get_param_value("name");
  const std::optional<Role> role = parse_role(request.get_param_value("role"));
  Accounts accounts(workspace.store().database());
  const Accounts::AddResult added =
      role ? accounts.add(name, *role, request.get_param_value("password"))
           : Accounts::AddResult::kBadName;
  std::string message;
  switch (added) {
    case Accounts::AddResult::kAdded:
      ActivityLog(workspace.store().database())
          .record(caller->account.name, "account_added", name + " (" + role_name(*role) + ")");
      message = server_text(ServerText::kAccountAdded, lang, {name});
      break;
    case Accounts::AddResult::kNameTaken:
      message = server_text(ServerText::kAccountNameTaken, lang, {name});
      break;
    case Accounts::AddResult::kBadName:
      message = server_text(ServerText::kAccountBadName, lang);
      break;
    case Accounts::AddResult::kBadPassword:
      message = server_text(ServerText::kAccountBadPassword, lang);
      break;
  }
  const bool ok = added == Accounts::AddResult::kAdded;
  accounts_page(workspace, request, response, *caller, message, !ok, ok ? 200 : 400);
}

void accounts_disable(Workspace& workspace, const httplib::Request& request,
                      httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kAdmin, true});
  if (!caller) return;
  const std::string name = request.get_param_value("name");
  const bool disabled = Accounts(workspace.store().database()).disable(name);
  if (disabled) {
    workspace.sessions().close_user(name);
    ActivityLog(workspace.store().database()).record(caller->account.name, "account_disabled", name);
  }
  accounts_page(workspace, request, response, *caller,
                server_text(disabled ? ServerText::kAccountDisabled : ServerText::kNoSuchAccount,
                            caller->lang, {name}),
                !disabled, disabled ? 200 : 404);
}

}  // namespace

void add_people_pages(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/activity", [w](const auto& req, auto& res) { activity_page(*w, req, res); });
  http.Get("/accounts", [w](const auto& req, auto& res) { accounts_get(*w, req, res); });
  http.Post("/accounts", [w](const auto& req, auto& res) { accounts_add(*w, req, res); });
  http.Post("/accounts/disable",
            [w](const auto& req, auto& res) { accounts_disable(*w, req, res); });
}

}  // namespace genaudit::server
