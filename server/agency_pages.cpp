#include "server/agency_pages.h"

#include <httplib.h>

#include <algorithm>
#include <map>
#include <memory>

#include "engine/store/run_history.h"
#include "engine/store/store_transaction.h"
#include "engine/store/stored_agencies.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

// An agency's code as findings' keys hold it (case, spacing and Unicode
// form folded): a finding is the agency's when its subject folds the same.
std::string code_key(const std::string& code) { return finding_key("", code, std::nullopt).subject; }

// A code as one segment of a URL's path: a `/` in it encoded too.
std::string path_segment(const std::string& code) {
  std::string out;
  for (const char c : url_encoded(code)) out += c == '/' ? std::string("%2F") : std::string(1, c);
  return out;
}

std::string agency_href(const std::string& code) { return "/agencies/" + path_segment(code); }

void agencies_page(Workspace& workspace, const httplib::Request& request,
                   httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  AuditStore& store = workspace.store();
  StoreTransaction snapshot(store, StoreTransaction::Lock::kRead);  // one committed state
  const std::vector<StoredAgency> agencies = stored_agencies(store);
  RunHistory history(store.database());
  const std::optional<long> latest = history.latest_run();
  std::map<std::string, long> findings;  // by code_key(), active findings of the latest run
  if (latest) {
    for (const RecordedFinding& f : history.findings(*latest)) {
      if (!f.waived) ++findings[f.key.subject];
    }
  }
  snapshot.commit();
  PageData data = page_data(*caller);
  PageData rows{PageData::type::list};
  for (const StoredAgency& a : agencies) {
    if (a.code.empty()) continue;  // nothing to link to, or to find it by
    PageData row;
    row.set("code", a.code);
    row.set("name", a.name);
    row.set("href", agency_href(a.code));
    const auto count = findings.find(code_key(a.code));
    row.set("findings", std::to_string(count == findings.end() ? 0 : count->second));
    rows.push_back(row);
  }
  data.set("has_agencies", !rows.list_value().empty());
  data.set("agencies", rows);
  if (latest) data.set("latest_run", std::to_string(*latest));
  send_page(response, request, caller, caller->lang,
            {page_word("agencies_title", caller->lang), "agencies"},
            render_template("agencies", data));
}

// Where a run's JSON report has each finding: its index in `findings`
// (what /runs/ID/findings/N reads; none for a waived one) and its status
// since the previous run.
struct ReportPlace {
  std::optional<std::size_t> index;
  std::string status;
  std::string title;  // the report's, for a rule the pack no longer has
};

// A member of a report's finding as text; "" when absent or not text (a
// report damaged since: the page then lacks a status, not an answer).
std::string text_at(const json& finding, const char* key) {
  const auto found = finding.find(key);
  return found != finding.end() && found->is_string() ? found->get<std::string>() : "";
}

// Read from the parsed reports the run and finding pages share
// (Workspace::reports()): the run an agency's page lists is most often the
// one people are looking at.
std::map<FindingKey, ReportPlace> report_places(Workspace& workspace, long run) {
  std::map<FindingKey, ReportPlace> places;
  const std::shared_ptr<const json> parsed = workspace.reports().get(workspace.store(), run);
  if (!parsed) return places;  // a run recorded by an earlier genaudit kept none
  const json& report = *parsed;
  for (const char* list : {"waived", "findings"}) {  // an active finding's place wins
    const auto items = report.find(list);
    if (items == report.end() || !items->is_array()) continue;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const json& f = (*items)[i];
      if (!f.is_object()) continue;
      const std::string period = text_at(f, "period");
      const FindingKey key =
          finding_key(text_at(f, "rule"), text_at(f, "subject"),
                      period.empty() ? std::nullopt : std::optional<std::string>(period));
      ReportPlace& place = places[key];
      if (std::string(list) == "findings") place.index = i;
      place.status = text_at(f, "status");
      place.title = text_at(f, "title");
    }
  }
  return places;
}

PageData finding_row(Workspace& workspace, long run, const RecordedFinding& f,
                     const std::map<FindingKey, ReportPlace>& places, Language lang) {
  const auto found = places.find(f.key);
  const ReportPlace place = found == places.end() ? ReportPlace{} : found->second;
  const rules::RuleInfo* rule = workspace.pack()->find_rule(f.key.rule);
  PageData row;
  row.set("rule", f.key.rule);
  row.set("title", rule ? rule->title.in(lang) : place.title.empty() ? f.key.rule : place.title);
  row.set("period", f.period.value_or(""));
  row.set("status", place.status);
  row.set("status_label", place.status.empty() ? "" : page_word("status_" + place.status, lang));
  row.set("waived", f.waived);
  if (place.index && !f.waived) {
    row.set("href", "/runs/" + std::to_string(run) + "/findings/" + std::to_string(*place.index));
  }
  return row;
}

// The agency's inspection record of run `run`, to print and to download,
// when the run has an active finding for it (only then a record exists;
// the record is found by the subject's code as that run wrote it).
PageData record_links(long run, const std::string& subject) {
  const std::string base = "/runs/" + std::to_string(run) + "/records/" + path_segment(subject);
  PageData record;
  record.set("run", std::to_string(run));
  record.set("html", base + ".html");
  record.set("md", base + ".md");
  record.set("docx", base + ".docx");
  return record;
}

void agency_page(Workspace& workspace, const httplib::Request& request,
                 httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const Language lang = caller->lang;
  const std::string code = request.matches[1];
  AuditStore& store = workspace.store();
  StoreTransaction snapshot(store, StoreTransaction::Lock::kRead);  // one committed state
  const std::vector<StoredAgency> agencies = stored_agencies(store);
  // Looked up among the stored agencies, compared whole, as the list links them.
  const auto agency = std::find_if(agencies.begin(), agencies.end(),
                                   [&](const StoredAgency& a) { return a.code == code; });
  if (code.empty() || agency == agencies.end()) {
    send_error_page(response, request, caller, lang, 404, page_word("not_found", lang),
                    server_text(ServerText::kNoSuchAgency, lang, {code}));
    return;
  }
  const std::string key = code_key(agency->code);
  RunHistory history(store.database());
  const std::vector<RunInfo> runs = history.runs();
  PageData data = page_data(*caller);
  data.set("code", agency->code);
  data.set("name", agency->name);
  PageData run_list{PageData::type::list};
  for (auto run = runs.rbegin(); run != runs.rend(); ++run) {  // newest first
    std::vector<RecordedFinding> own;
    for (RecordedFinding& f : history.findings(run->id)) {
      if (f.key.subject == key) own.push_back(std::move(f));
    }
    PageData item;
    item.set("id", std::to_string(run->id));
    item.set("period", run->period);
    item.set("recorded_at", run->recorded_at);
    item.set("count", std::to_string(own.size()));
    PageData rows{PageData::type::list};
    if (!own.empty()) {
      const std::map<FindingKey, ReportPlace> places = report_places(workspace, run->id);
      for (const RecordedFinding& f : own) rows.push_back(finding_row(workspace, run->id, f, places, lang));
    }
    item.set("has_findings", !own.empty());
    item.set("findings", rows);
    run_list.push_back(item);
    if (run == runs.rbegin()) {
      const auto active = std::find_if(own.begin(), own.end(),
                                       [](const RecordedFinding& f) { return !f.waived; });
      if (active != own.end()) data.set("record", record_links(run->id, active->subject));
    }
  }
  snapshot.commit();
  data.set("has_runs", !runs.empty());
  data.set("runs", run_list);
  send_page(response, request, caller, lang, {agency->name + " · " + agency->code, "agencies"},
            render_template("agency", data));
}

}  // namespace

void add_agency_pages(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/agencies", [w](const auto& req, auto& res) { agencies_page(*w, req, res); });
  // Any text: it is only compared with the stored codes.
  http.Get(R"(/agencies/(.{1,200}))", [w](const auto& req, auto& res) { agency_page(*w, req, res); });
}

}  // namespace genaudit::server
