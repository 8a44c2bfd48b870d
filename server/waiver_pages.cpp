#include "server/waiver_pages.h"

#include <httplib.h>

#include "engine/core/audit_period.h"
#include "engine/store/activity_log.h"
#include "engine/store/run_history.h"
#include "engine/store/waiver_requests.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

constexpr std::size_t kMaxJustification = 2000;
constexpr std::size_t kMaxSubject = 100;

PageData request_row(const WaiverRequest& r, const Caller& caller) {
  PageData row;
  row.set("id", std::to_string(r.id));
  row.set("rule", r.waiver.rule);
  row.set("subject", r.waiver.subject);
  row.set("period", r.waiver.period.value_or(""));
  row.set("justification", r.waiver.justification);
  row.set("expires", r.waiver.expires.iso());
  row.set("proposed_by", r.proposed_by);
  row.set("decided_by", r.decided_by);
  if (!r.note.empty()) row.set("note", r.note);
  row.set("can_decide", r.state == WaiverState::kPending &&
                            role_allows(caller.account.role, Role::kLead) &&
                            r.proposed_by != caller.account.name);
  row.set("csrf", caller.session.csrf);
  return row;
}

PageData file_row(const Waiver& w) {
  PageData row;
  row.set("id", "—");
  row.set("rule", w.rule);
  row.set("subject", w.subject);
  row.set("period", w.period.value_or(""));
  row.set("justification", w.justification);
  row.set("expires", w.expires.iso());
  row.set("proposed_by", w.source);
  row.set("decided_by", w.approved_by);
  return row;
}

struct Form {
  std::string rule, subject, period, justification, expires;
};

void waivers_page(Workspace& workspace, const httplib::Request& request,
                  httplib::Response& response, const Caller& caller, const std::string& message,
                  bool failed, const Form& form, int status) {
  const Language lang = caller.lang;
  PageData data = page_data(caller);
  if (!message.empty()) {
    data.set("message", message);
    data.set("message_class", failed ? "error" : "done");
  }
  data.set("can_propose", role_allows(caller.account.role, Role::kInspector));
  PageData rules{PageData::type::list};
  for (const rules::RuleInfo& rule : workspace.pack()->rules) {
    if (rule.kind != rules::RuleKind::kFinding) continue;
    PageData item;
    item.set("id", rule.id);
    item.set("title", rule.title.in(lang));
    item.set("selected", rule.id == form.rule);
    rules.push_back(item);
  }
  data.set("rules", rules);
  data.set("form_subject", form.subject);
  data.set("form_period", form.period);
  data.set("form_justification", form.justification);
  data.set("form_expires", form.expires);
  const Date now = today();
  PageData pending{PageData::type::list}, in_force{PageData::type::list},
      expired{PageData::type::list}, rejected{PageData::type::list};
  for (const WaiverRequest& r : WaiverRequests(workspace.store().database()).all()) {
    PageData row = request_row(r, caller);
    if (r.state == WaiverState::kPending) pending.push_back(row);
    if (r.state == WaiverState::kRejected) rejected.push_back(row);
    if (r.state == WaiverState::kApproved) (r.waiver.expires < now ? expired : in_force).push_back(row);
  }
  PageData from_files{PageData::type::list};
  for (const Waiver& w : RunHistory(workspace.store().database()).waivers()) {
    from_files.push_back(file_row(w));
  }
  PageData lists{PageData::type::list};
  const std::pair<const char*, PageData*> sections[] = {{"pending", &pending},
                                                        {"in_force", &in_force},
                                                        {"expired", &expired},
                                                        {"rejected", &rejected},
                                                        {"from_files", &from_files}};
  for (const auto& [code, items] : sections) {
    PageData list;
    list.set("code", code);
    list.set("heading", page_word(std::string("waivers_") + code, lang));
    const std::size_t count = items->list_value().size();
    list.set("count", std::to_string(count));
    list.set("has_items", count > 0);
    list.set("items", *items);
    lists.push_back(list);
  }
  data.set("lists", lists);
  send_page(response, request, caller, lang, {page_word("waivers_title", lang), "waivers"},
            render_template("waivers", data), status);
}

void waivers_get(Workspace& workspace, const httplib::Request& request,
                 httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  // A finding's page links here with its rule, subject and period.
  const Form form{request.get_param_value("rule"), request.get_param_value("subject"),
                  request.get_param_value("period"), "", ""};
  waivers_page(workspace, request, response, *caller, "", false, form, 200);
}

// The proposal, checked; nullopt with `problem` set when it cannot be.
std::optional<Waiver> proposed_waiver(Workspace& workspace, const Form& form, Language lang,
                                      std::string* problem) {
  const rules::RuleInfo* rule = workspace.pack()->find_rule(form.rule);
  if (!rule || rule->kind != rules::RuleKind::kFinding) {
    *problem = server_text(ServerText::kWaiverBadRule, lang, {form.rule});
    return std::nullopt;
  }
  if (form.subject.empty() || form.subject.size() > kMaxSubject) {
    *problem = server_text(ServerText::kWaiverBadSubject, lang);
    return std::nullopt;
  }
  Waiver w;
  w.rule = rule->id;
  w.subject = form.subject;
  if (!form.period.empty()) {
    const std::optional<AuditPeriod> unit = parse_period_unit(form.period);
    if (!unit) {
      *problem = server_text(ServerText::kWaiverBadPeriod, lang, {form.period});
      return std::nullopt;
    }
    w.period = unit->text;
  }
  if (form.justification.empty() || form.justification.size() > kMaxJustification) {
    *problem = server_text(ServerText::kWaiverBadJustification, lang);
    return std::nullopt;
  }
  w.justification = form.justification;
  const std::optional<Date> expires = parse_user_date(form.expires);
  if (!expires) {
    *problem = server_text(ServerText::kBadAsOf, lang, {form.expires});
    return std::nullopt;
  }
  w.expires = *expires;
  return w;
}

void waivers_post(Workspace& workspace, const httplib::Request& request,
                  httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kInspector, true});
  if (!caller) return;
  const Form form{request.get_param_value("rule"), request.get_param_value("subject"),
                  request.get_param_value("period"), request.get_param_value("justification"),
                  request.get_param_value("expires")};
  std::string problem;
  const std::optional<Waiver> waiver = proposed_waiver(workspace, form, caller->lang, &problem);
  if (!waiver) {
    waivers_page(workspace, request, response, *caller, problem, true, form, 400);
    return;
  }
  const long id = WaiverRequests(workspace.store().database()).propose(*waiver, caller->account.name);
  ActivityLog(workspace.store().database())
      .record(caller->account.name, "waiver_proposed",
              "#" + std::to_string(id) + " " + waiver->rule + " " + waiver->subject);
  waivers_page(workspace, request, response, *caller,
               server_text(ServerText::kWaiverProposed, caller->lang, {std::to_string(id)}), false,
               {}, 200);
}

void waiver_decide(Workspace& workspace, const httplib::Request& request,
                   httplib::Response& response) {
  const std::optional<Caller> caller =
      page_caller(workspace, request, response, {Role::kLead, true});
  if (!caller) return;
  const Language lang = caller->lang;
  const long id = path_number(request);
  const std::string decision = request.get_param_value("decision");
  if (decision != "approve" && decision != "reject") {
    waivers_page(workspace, request, response, *caller,
                 server_text(ServerText::kMissingField, lang, {"decision"}), true, {}, 400);
    return;
  }
  const bool approve = decision == "approve";
  const WaiverRequests::Decision done = WaiverRequests(workspace.store().database())
                                            .decide(id, approve, caller->account.name,
                                                    request.get_param_value("note"));
  const std::string number = std::to_string(id);
  switch (done) {
    case WaiverRequests::Decision::kDone:
      ActivityLog(workspace.store().database())
          .record(caller->account.name, approve ? "waiver_approved" : "waiver_rejected",
                  "#" + number);
      waivers_page(workspace, request, response, *caller,
                   server_text(approve ? ServerText::kWaiverApproved : ServerText::kWaiverRejected,
                               lang, {number}),
                   false, {}, 200);
      return;
    case WaiverRequests::Decision::kNoSuchRequest:
      waivers_page(workspace, request, response, *caller,
                   server_text(ServerText::kNoSuchWaiver, lang, {number}), true, {}, 404);
      return;
    case WaiverRequests::Decision::kNotPending:
      waivers_page(workspace, request, response, *caller,
                   server_text(ServerText::kWaiverDecided, lang, {number}), true, {}, 409);
      return;
    case WaiverRequests::Decision::kOwnRequest:
      waivers_page(workspace, request, response, *caller,
                   server_text(ServerText::kWaiverOwnRequest, lang, {number}), true, {}, 403);
      return;
  }
}

}  // namespace

void add_waiver_pages(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/waivers", [w](const auto& req, auto& res) { waivers_get(*w, req, res); });
  http.Post("/waivers", [w](const auto& req, auto& res) { waivers_post(*w, req, res); });
  http.Post(R"(/waivers/(\d{1,15})/decide)",
            [w](const auto& req, auto& res) { waiver_decide(*w, req, res); });
}

}  // namespace genaudit::server
