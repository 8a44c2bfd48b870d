// What `genaudit runs`, `genaudit diff` and `genaudit waivers list` print:
// the runs recorded in an audit database as an aligned table, the
// comparison of two runs (findings new, regressed, resolved and persisting;
// each indicator's value and status in A and B), and the waivers stored in
// the database, for people (vi/en) and as JSON.
//
// waivers JSON:
//   as_of, stored, in_force, expired: the date (YYYY-MM-DD) and the counts
//               of all the waivers stored, whatever the filter
//   filter:     "all", "in_force" or "expired"
//   waivers:    those the filter keeps, in the order imported, each
//               {rule, subject, period, justification, approved_by,
//               expires, source, expired}
//
// diff JSON:
//   from, to:   run facts {run, recorded_at, period, period_start,
//               period_end, as_of, pack_version, rules, profile, baseline,
//               findings, waived, indicators_met, indicators_not_met,
//               indicators_no_data, skipped, registers [{register, file,
//               sha256, rows}]}
//   findings:   {new, regressed, resolved, persisting}: each a list of
//               {rule, subject, subject_name, period, evidence, waived},
//               ordered by rule, subject and period
//   indicators: [{rule, from, to, status_changed, value_changed}], from and
//               to each {status, value, target, comparison} or null
//   summary:    {new, regressed, resolved, persisting, indicators_changed}
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/audit/history.h"
#include "engine/store/waiver.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The runs, oldest first, as a table; every line ends in '\n'.
std::string render_runs_text(const std::vector<RunInfo>& runs, Language lang);
nlohmann::json runs_to_json(const std::vector<RunInfo>& runs);
nlohmann::json run_info_to_json(const RunInfo& run);

std::string render_diff_text(const RunDiff& diff, Language lang);
nlohmann::json diff_to_json(const RunDiff& diff);

// Which stored waivers `genaudit waivers list` shows.
enum class WaiverFilter { kAll, kInForce, kExpired };

// The stored waivers, each with whether it has expired on `as_of`, as a
// table after a line of counts; every line ends in '\n'.
std::string render_waivers_text(const std::vector<Waiver>& stored, Date as_of,
                                WaiverFilter filter, Language lang);
nlohmann::json waivers_to_json(const std::vector<Waiver>& stored, Date as_of,
                               WaiverFilter filter);

}  // namespace genaudit
