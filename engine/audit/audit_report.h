// Everything one audit run produced, ready for a report: the run's facts,
// the registers it read, and its findings, indicators and skipped rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/audit/summary_facts.h"
#include "engine/core/audit_period.h"
#include "engine/audit/responsibility.h"
#include "engine/eval/results.h"
#include "engine/ingest/intake.h"
#include "engine/store/stored_runs.h"
#include "engine/store/waiver.h"

namespace genaudit {

// A finding set aside by a waiver that was in force on the as-of date.
struct WaivedFinding {
  Finding finding;
  Waiver waiver;
};

// Where an audit recorded in a database stands in its history.
struct RunHistoryFacts {
  long run_id = 0;                   // this audit's run
  std::optional<long> previous_run;  // the run finding statuses compare with
  std::optional<long> baseline_run;  // --baseline: only findings absent from it are listed
  std::size_t baseline_hidden = 0;   // findings left out because the baseline had them
  // The findings of the previous run this one no longer has (waived ones
  // count as had), by key.
  std::vector<FindingKey> resolved;
};

struct AuditReport {
  std::string period;  // as given: "2025" or "2025-01..2025-06"
  AuditDates dates;
  // The period is not within the plan's years (2021–2025): the audit runs,
  // and every report warns that the plan's targets may not apply.
  bool period_outside_plan = false;
  std::string pack_version;
  // The rule files the user added to the built-in pack (rules/language/
  // rule_sources.h), or, when `replaces_builtin_pack`, the files that are
  // the whole pack: every report says them.
  std::vector<std::string> added_rule_files;
  bool replaces_builtin_pack = false;
  std::vector<RegisterFileInfo> registers;  // the registers present
  IntakeReport intake;                      // what was read of them, and what was not
  std::vector<Finding> findings;            // by rule in pack order, then subject
  std::vector<IndicatorResult> indicators;  // in pack order
  // Each finding rule evaluated (not skipped), in pack order: how many
  // cases it checked, breached and could not decide. Counted before
  // waivers and a baseline: a waived finding is still a breach.
  std::vector<RuleCoverage> coverage;
  std::vector<SkippedRule> skipped;         // in pack order
  std::vector<WaivedFinding> waived;        // in the order of `findings`
  std::vector<Waiver> unused_waivers;       // waivers that matched no finding
  std::optional<RunHistoryFacts> history;   // none when the audit is not recorded
  // Each rule's lead and remedy as of `dates.as_of` (responsibility.h).
  Responsibilities responsibility;
  // For the province summary (reports/summary_content.h): made only when a
  // summary is asked for (engine/audit/summary_facts.h), none otherwise.
  std::optional<SummaryFacts> summary;

  // 1 when there is a finding or an unmet indicator, else 0. Waived
  // findings and those a baseline leaves out do not count.
  int exit_status() const;
};

}  // namespace genaudit
