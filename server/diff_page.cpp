#include "server/diff_page.h"

#include <httplib.h>

#include "engine/audit/history.h"
#include "engine/store/run_history.h"
#include "engine/store/store_transaction.h"
#include "reports/history_report.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

long run_param(const httplib::Request& request, const char* name) {
  return whole_number(request.get_param_value(name)).value_or(0);
}

std::string title_of(Workspace& workspace, const std::string& rule, Language lang) {
  const rules::RuleInfo* info = workspace.pack()->find_rule(rule);
  return info ? info->title.in(lang) : rule;
}

std::string indicator_text(const json& side, Language lang) {
  if (!side.is_object()) return "—";
  const std::string status = side.value("status", "");
  const std::string value =
      side.contains("value") && side["value"].is_number() ? format_number(side["value"].get<double>())
                                                          : "—";
  return value + " (" + page_word("status_" + status, lang) + ")";
}

void diff_page(Workspace& workspace, const httplib::Request& request,
               httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const Language lang = caller->lang;
  const long from = run_param(request, "from");
  const long to = run_param(request, "to");
  AuditStore& store = workspace.store();
  RunHistory history(store.database());
  StoreTransaction snapshot = store.begin_load();
  const std::optional<RunInfo> a = history.run(from);
  const std::optional<RunInfo> b = history.run(to);
  if (!a || !b) {
    snapshot.commit();
    send_error_page(response, request, caller, lang, 404, page_word("not_found", lang),
                    server_text(ServerText::kNoSuchRun, lang,
                                {request.get_param_value(!a ? "from" : "to")}));
    return;
  }
  const RunDiff diff =
      diff_runs(*a, *b, history.findings(a->id), history.findings(b->id),
                history.finding_keys_before(a->id), history.indicators(a->id),
                history.indicators(b->id));
  snapshot.commit();
  const json facts = diff_to_json(diff);
  PageData data = page_data(*caller);
  data.set("from", from_json(facts["from"]));
  data.set("to", from_json(facts["to"]));
  data.set("summary", from_json(facts["summary"]));
  PageData sections{PageData::type::list};
  for (const char* code : {"new", "regressed", "resolved", "persisting"}) {
    const json& list = facts["findings"][code];
    PageData section;
    section.set("code", code);
    section.set("heading", page_word(std::string("diff_") + code, lang));
    section.set("count", std::to_string(list.size()));
    section.set("has_findings", !list.empty());
    PageData findings{PageData::type::list};
    for (const json& f : list) {
      PageData item = from_json(f);
      item.set("title", title_of(workspace, f.value("rule", ""), lang));
      findings.push_back(item);
    }
    section.set("findings", findings);
    sections.push_back(section);
  }
  data.set("sections", sections);
  PageData indicators{PageData::type::list};
  for (const json& i : facts["indicators"]) {
    if (!i.value("status_changed", false) && !i.value("value_changed", false)) continue;
    PageData item;
    item.set("rule", i.value("rule", ""));
    item.set("title", title_of(workspace, i.value("rule", ""), lang));
    item.set("from_text", indicator_text(i["from"], lang));
    item.set("to_text", indicator_text(i["to"], lang));
    indicators.push_back(item);
  }
  data.set("indicators", indicators);
  send_page(response, request, caller, lang,
            {page_word("compare_runs", lang) + " #" + std::to_string(from) + " → #" +
                 std::to_string(to),
             "runs"},
            render_template("diff", data));
}

}  // namespace

void add_diff_page(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/runs/diff", [w](const auto& req, auto& res) { diff_page(*w, req, res); });
}

}  // namespace genaudit::server
