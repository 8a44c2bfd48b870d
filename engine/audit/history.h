// The life of a finding across the audits recorded in one database.
//
// Each finding has a stable key: its rule, its subject (the code folded as
// the registers compare codes) and its period. Against the previous run a
// finding is new (absent then, and never found before), persisting (found
// then too) or regressed (absent then, but found in some earlier run). Two
// runs A and B compare the same way: a finding of B absent from A is new,
// or regressed when a run before A found it; one of A absent from B is
// resolved; one of both persists.
#pragma once

#include <compare>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/audit/result_codes.h"
#include "engine/store/stored_runs.h"

namespace genaudit {

// The key of `finding` (engine/store/stored_runs.h).
FindingKey finding_key(const Finding& finding);

// A finding's status, given the keys the previous run found and those
// found by any run before the previous one.
FindingStatus finding_status(const FindingKey& key, const FindingKeys& previous,
                             const FindingKeys& earlier);

// Sets the status of every finding of `report`, waived ones included.
void mark_finding_statuses(AuditReport& report, const FindingKeys& previous,
                           const FindingKeys& earlier);

// Leaves out of report.findings those whose key `baseline` holds, and
// returns how many were left out.
std::size_t keep_findings_new_since(AuditReport& report, const FindingKeys& baseline);

// The run facts of `report` (id, time and baseline left for the recorder)
// and its findings and indicators; `evidence_json` renders a finding's
// evidence.
RunRecord make_run_record(const AuditReport& report, const std::string& rules_path,
                          const std::string& profile,
                          std::string (*evidence_json)(const Finding&));

// ---- Comparing two runs -------------------------------------------------

struct IndicatorChange {
  std::string rule;
  std::optional<RecordedIndicator> from;  // none: not run in A
  std::optional<RecordedIndicator> to;    // none: not run in B
  bool status_changed() const;
  bool value_changed() const;
};

struct RunDiff {
  RunInfo from;  // A
  RunInfo to;    // B
  std::vector<RecordedFinding> added;       // new: in B, not in A, never before A
  std::vector<RecordedFinding> regressed;   // in B, not in A, in some run before A
  std::vector<RecordedFinding> resolved;    // in A, not in B (as A recorded it)
  std::vector<RecordedFinding> persisting;  // in both (as B recorded it)
  std::vector<IndicatorChange> indicators;  // by rule id
};

// Compares runs A and B; `before_a` holds the keys found by runs before A.
// Each list is ordered by key.
RunDiff diff_runs(RunInfo a, RunInfo b, const std::vector<RecordedFinding>& findings_a,
                  const std::vector<RecordedFinding>& findings_b, const FindingKeys& before_a,
                  const std::vector<RecordedIndicator>& indicators_a,
                  const std::vector<RecordedIndicator>& indicators_b);

}  // namespace genaudit
