// The findings on a run's page, chosen on the server: a national run has
// tens of thousands, so the page shows kFindingsPerPage of them at a time,
// sorted by objective, lead agency and agency, after the person's filter
// (text, objective, lead, status, agency) is applied to all of them; the
// pager's links keep the filter.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/core/language.h"
#include "server/page_frame.h"

namespace httplib {
struct Request;
}

namespace genaudit::server {

class Workspace;

inline constexpr std::size_t kFindingsPerPage = 100;

// What the request asks for: its filter (`q`, `objective`, `lead`,
// `status`, `agency`) and `page` (1 the first; absent: 1).
struct FindingQuery {
  std::string text, objective, lead, status, agency;
  // The page asked for; clamped to the last page when past it (a huge
  // number is only that), so that a link kept after the filter changed
  // still opens a page.
  std::size_t page = 1;
  bool filtered() const;
};

// The query of `request`; nullopt when `page` is not a page number (0, a
// negative or signed number, text): the caller answers 400 with
// ServerText::kBadPageNumber.
std::optional<FindingQuery> finding_query(const httplib::Request& request);

// Sets, in `data`, the filter's controls (their values and choices), the
// page's findings grouped by objective (`groups`), the count said
// ("1–100 of 12 345 findings") and the pager, for run `run`'s `report`.
void findings_data(Workspace& workspace, long run, const nlohmann::json& report,
                   const FindingQuery& query, Language lang, PageData* data);

}  // namespace genaudit::server
