#include "server/run_findings.h"

#include <httplib.h>

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

#include "engine/core/unicode_text.h"
#include "reports/human_values.h"
#include "server/page_words.h"
#include "server/request_values.h"
#include "server/server_texts.h"
#include "server/shown_values.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

using nlohmann::json;

std::string objective_of(const std::string& rule) {
  const std::size_t dot = rule.find('.');
  return dot == std::string::npos ? rule : rule.substr(0, dot);
}

// One finding of the report as the list sorts and filters it.
struct Listed {
  std::size_t index;  // in the report's findings
  std::string objective, lead, subject_name, title;
};

bool matches(const json& f, const Listed& item, const FindingQuery& query,
             const std::string& folded_text) {
  if (!query.objective.empty() && item.objective != query.objective) return false;
  if (!query.lead.empty() && item.lead != query.lead) return false;
  if (!query.status.empty() && json_text(f, "status") != query.status) return false;
  if (!query.agency.empty() && json_text(f, "subject") != query.agency) return false;
  if (folded_text.empty()) return true;
  const std::string searched = json_text(f, "rule") + " " + item.title + " " +
                               json_text(f, "subject") + " " + item.subject_name + " " + item.lead;
  return text::normalize_free_text(searched).find(folded_text) != std::string::npos;
}

// "/runs/3?q=...&page=2#findings": the filter kept, another page.
std::string page_link(long run, const FindingQuery& query, std::size_t page) {
  std::string link = "/runs/" + std::to_string(run) + "?";
  const std::pair<const char*, const std::string*> fields[] = {
      {"q", &query.text},       {"objective", &query.objective}, {"lead", &query.lead},
      {"status", &query.status}, {"agency", &query.agency}};
  for (const auto& [name, value] : fields) {
    if (!value->empty()) link += std::string(name) + "=" + url_encoded(*value) + "&";
  }
  return link + "page=" + std::to_string(page) + "#findings";
}

PageData choices(const std::set<std::string>& values, const std::string& chosen,
                 const char* label_prefix, Language lang) {
  PageData list{PageData::type::list};
  for (const std::string& value : values) {
    PageData item;
    item.set("value", value);
    item.set("label", label_prefix ? page_word(label_prefix + value, lang) : value);
    item.set("selected", value == chosen);
    list.push_back(item);
  }
  return list;
}

PageData finding_row(const json& f, const Listed& item, long run, Language lang) {
  const std::string status = json_text(f, "status");
  PageData row;
  row.set("run", std::to_string(run));
  row.set("index", std::to_string(item.index));
  row.set("rule", json_text(f, "rule"));
  row.set("title", item.title);
  row.set("subject", json_text(f, "subject"));
  row.set("subject_name", item.subject_name);
  row.set("lead", item.lead);
  row.set("period", shown_period(json_text(f, "period"), lang));
  row.set("objective", item.objective);
  row.set("status", status);
  row.set("status_label", status.empty() ? "" : page_word("status_" + status, lang));
  return row;
}

// The pager: first, previous, the pages around this one, next, last.
PageData pager(long run, const FindingQuery& query, std::size_t page, std::size_t pages,
               Language lang) {
  PageData data;
  data.set("label", server_text(ServerText::kPageOf, lang,
                                {std::to_string(page), std::to_string(pages)}));
  if (page > 1) {
    data.set("first", page_link(run, query, 1));
    data.set("previous", page_link(run, query, page - 1));
  }
  if (page < pages) {
    data.set("next", page_link(run, query, page + 1));
    data.set("last", page_link(run, query, pages));
  }
  PageData around{PageData::type::list};
  const std::size_t from = page > 3 ? page - 3 : 1;
  for (std::size_t p = from; p <= std::min(pages, page + 3); ++p) {
    PageData link;
    link.set("number", std::to_string(p));
    link.set("link", page_link(run, query, p));
    link.set("current", p == page);
    around.push_back(link);
  }
  data.set("pages", around);
  return data;
}

}  // namespace

bool FindingQuery::filtered() const {
  return !text.empty() || !objective.empty() || !lead.empty() || !status.empty() ||
         !agency.empty();
}

std::optional<FindingQuery> finding_query(const httplib::Request& request) {
  FindingQuery query;
  query.text = std::string(text::trim(request.get_param_value("q")));
  query.objective = request.get_param_value("objective");
  query.lead = request.get_param_value("lead");
  query.status = request.get_param_value("status");
  query.agency = std::string(text::trim(request.get_param_value("agency")));
  const std::string page = request.get_param_value("page");
  if (page.empty()) return query;
  if (page.find_first_not_of("0123456789") != std::string::npos ||
      page.find_first_not_of('0') == std::string::npos) {
    return std::nullopt;
  }
  // More digits than a size holds is past any last page: clamped later.
  const std::optional<long> number = whole_number(page);
  query.page = number ? static_cast<std::size_t>(*number) : SIZE_MAX;
  return query;
}

void findings_data(Workspace& workspace, long run, const json& report, const FindingQuery& query,
                   Language lang, PageData* data) {
  const rules::RulePack& pack = *workspace.pack();
  const json& findings = json_list(report, "findings");
  const std::string folded_text =
      query.text.empty() ? std::string() : text::normalize_free_text(query.text);
  std::vector<Listed> shown;
  std::set<std::string> objectives, leads, statuses;
  for (std::size_t index = 0; index < findings.size(); ++index) {
    const json& f = findings[index];
    Listed item{index, objective_of(json_text(f, "rule")), responsible_text(f, "lead"),
                json_text(f, "subject_name"),
                shown_rule_title(pack.find_rule(json_text(f, "rule")), f, lang)};
    objectives.insert(item.objective);
    leads.insert(item.lead);
    if (const std::string status = json_text(f, "status"); !status.empty()) statuses.insert(status);
    if (matches(f, item, query, folded_text)) shown.push_back(std::move(item));
  }
  std::stable_sort(shown.begin(), shown.end(), [](const Listed& a, const Listed& b) {
    return std::tie(a.objective, a.lead, a.subject_name) <
           std::tie(b.objective, b.lead, b.subject_name);
  });
  const std::size_t pages =
      std::max<std::size_t>(1, (shown.size() + kFindingsPerPage - 1) / kFindingsPerPage);
  const std::size_t page = std::min(query.page, pages);
  const std::size_t first = (page - 1) * kFindingsPerPage;
  const std::size_t end = std::min(shown.size(), first + kFindingsPerPage);

  // This page's findings, grouped by objective (the sort keeps a group's together).
  PageData groups{PageData::type::list};
  for (std::size_t i = first; i < end;) {
    PageData group;
    group.set("objective", shown[i].objective);
    PageData members{PageData::type::list};
    std::size_t j = i;
    for (; j < end && shown[j].objective == shown[i].objective; ++j) {
      members.push_back(finding_row(findings[shown[j].index], shown[j], run, lang));
    }
    group.set("findings", members);
    groups.push_back(group);
    i = j;
  }
  if (first < end) data->set("groups", groups);

  PageData filter;
  filter.set("q", query.text);
  filter.set("agency", query.agency);
  data->set("filter", filter);
  data->set("filtered", query.filtered());
  data->set("objectives", choices(objectives, query.objective, nullptr, lang));
  data->set("leads", choices(leads, query.lead, nullptr, lang));
  data->set("statuses", choices(statuses, query.status, "status_", lang));
  const std::vector<std::string> counts = {
      fixed_number(static_cast<double>(first < end ? first + 1 : 0), 0, lang),
      fixed_number(static_cast<double>(end), 0, lang),
      fixed_number(static_cast<double>(shown.size()), 0, lang),
      fixed_number(static_cast<double>(findings.size()), 0, lang)};
  data->set("shown_range", server_text(query.filtered() ? ServerText::kFindingsShownFiltered
                                                         : ServerText::kFindingsShown,
                                       lang, counts));
  if (pages > 1) data->set("pager", pager(run, query, page, pages, lang));
}

}  // namespace genaudit::server
