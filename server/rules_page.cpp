#include "server/rules_page.h"

#include <httplib.h>

#include <filesystem>

#include "reports/messages.h"
#include "rules/language/rule_params.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

// A profile as people know it: its file's name ("" none).
std::string profile_label(const std::string& profile, Language lang) {
  return profile.empty() ? page_word("no_profile", lang)
                         : std::filesystem::path(profile).filename().string();
}

// The rule's text: its declaration in its file, as written.
std::string rule_text(const rules::RuleInfo& rule) {
  if (!rule.rule || !rule.source) return "";
  const std::string& text = rule.source->text();
  const rules::SourceSpan span = rule.rule->span;
  if (span.begin > span.end || span.end > text.size()) return "";
  return text.substr(span.begin, span.end - span.begin);
}

PageData rule_data(const rules::RulePack& pack, const rules::RuleInfo& rule, Language lang) {
  PageData item;
  item.set("id", rule.id);
  item.set("is_finding", rule.kind == rules::RuleKind::kFinding);
  item.set("title", rule.title.in(lang));
  item.set("citation", rule.citation);
  item.set("lead", rule.lead);
  item.set("severity", severity_name(rule.severity, lang));
  item.set("registers", joined(rule.registers, ", "));
  item.set("text", rule_text(rule));
  PageData params{PageData::type::list};
  for (const std::string& name : rules::params_used(pack, rule)) params.push_back(PageData(name));
  item.set("has_params", !params.list_value().empty());
  item.set("params", params);
  return item;
}

PageData params_data(const rules::RulePack& pack) {
  PageData list{PageData::type::list};
  for (const auto& [name, param] : pack.params) {
    const std::optional<rules::ParamValue> value = rules::param_value(pack, name);
    if (!value) continue;
    PageData item;
    item.set("name", name);
    item.set("value", value->text);
    item.set("from_profile", value->from_profile);
    item.set("file_value", value->file_text);
    list.push_back(item);
  }
  return list;
}

PageData profiles_data(const Workspace& workspace, const std::string& shown, Language lang) {
  PageData list{PageData::type::list};
  for (const auto& [name, pack] : workspace.packs()) {
    PageData item;
    item.set("name", name);
    item.set("label", profile_label(name, lang));
    item.set("selected", name == shown);
    list.push_back(item);
  }
  return list;
}

void rules_page(Workspace& workspace, const httplib::Request& request,
                httplib::Response& response) {
  const std::optional<Caller> caller = page_caller(workspace, request, response, {Role::kViewer});
  if (!caller) return;
  const Language lang = caller->lang;
  // Looked up among the workspace's packs, never used otherwise.
  const std::string profile = request.get_param_value("profile");
  const rules::RulePack* pack = workspace.pack(profile);
  if (!pack) {
    send_error_page(response, request, caller, lang, 404, page_word("not_found", lang),
                    server_text(ServerText::kNoSuchProfile, lang, {profile}));
    return;
  }
  PageData data = page_data(*caller);
  data.set("version", pack->version);
  data.set("profile_applied", profile_label(pack->profile, lang));
  data.set("has_profiles", workspace.packs().size() > 1);
  data.set("profiles", profiles_data(workspace, profile, lang));
  PageData rules{PageData::type::list};
  for (const rules::RuleInfo& rule : pack->rules) rules.push_back(rule_data(*pack, rule, lang));
  data.set("rule_count", std::to_string(pack->rules.size()));
  data.set("rules", rules);
  data.set("params", params_data(*pack));
  send_page(response, request, caller, lang, {page_word("rules_title", lang), "rules"},
            render_template("rules", data));
}

}  // namespace

void add_rules_page(Workspace& workspace, httplib::Server& http) {
  Workspace* w = &workspace;
  http.Get("/rules", [w](const auto& req, auto& res) { rules_page(*w, req, res); });
}

}  // namespace genaudit::server
