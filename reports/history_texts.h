// The human texts of the audit history and of waivers, in Vietnamese and
// English: a finding's status against the previous run, the run and
// baseline lines of a report, the waived findings and unused waivers, and
// what `genaudit runs` and `genaudit diff` print. A catalogue keyed by
// HistoryText, its rows data only in reports/texts/history.cpp.
//
// Texts may hold placeholders {0}..{9}, filled by format_history_text().
// All text is UTF-8 in NFC.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/core/text_catalogue.h"
#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

enum class HistoryText {
  // A finding against the previous run.
  kStatusNew,
  kStatusPersisting,
  kStatusRegressed,
  kColumnSinceLastRun,
  // The report's heading.
  kRunLine,       // {0} this run, {1} the previous run
  kRunLineFirst,  // {0} this run
  kBaselineLine,  // {0} the baseline run, {1} findings left out
  // Waivers.
  kWaiverExpired,  // {0} date
  kColumnNote,
  kWaived,
  kNoWaived,
  kColumnJustification,
  kColumnApprovedBy,
  kColumnExpires,
  kColumnSource,
  kUnusedWaiver,   // {0} rule, {1} subject, {2} period or "", {3} where it was written
  kSummaryWaived,  // {0} count
  // `genaudit runs`.
  kRunsTitle,  // {0} count
  kNoRuns,
  kColumnRun,
  kColumnRecordedAt,
  kColumnAsOf,
  kColumnPack,
  kColumnProfile,
  kColumnRegisters,
  kColumnFindings,
  kColumnWaived,
  kColumnNotMet,
  // `genaudit diff`.
  kDiffTitle,    // {0} run A, {1} run B
  kDiffRunLine,  // {0} run, {1} recorded at, {2} period, {3} as-of date, {4} findings
  kDiffNew,
  kDiffRegressed,
  kDiffResolved,
  kDiffPersisting,
  kDiffIndicators,
  kDiffNone,
  kColumnInRun,    // {0} run
  kDiffSummary,  // {0} new, {1} regressed, {2} resolved, {3} persisting, {4} indicators changed
  // Waivers in tables (CSV, workbook, Markdown) and inspection records.
  kWaiverMatchesNothing,
  kWaiverStateInForce,
  kWaiverStateExpired,
  kRecordWaivedHeading,
  kRecordWaivedIntro,  // {0} count
  // `genaudit waivers list`.
  kWaiversListTitle,  // {0} stored, {1} as-of date, {2} in force, {3} expired
  kNoWaiversStored,
  kWaiversOnlyInForce,
  kWaiversOnlyExpired,
  kColumnState,  // keep last (the catalogue's last id)
};

// The catalogue of every HistoryText, kStatusNew to kColumnState.
const TextCatalogue<HistoryText>& history_texts();

// The text of `id` in `lang`, placeholders unfilled.
std::string_view history_text(HistoryText id, Language lang);

// The text of `id` in `lang` with {i} replaced by args[i].
std::string format_history_text(HistoryText id, Language lang,
                                 const std::vector<std::string>& args = {});

// Where a recorded audit stands: the run line ("Run 4; findings compared
// with run 3", or the first run's), then the baseline's line when there is
// a baseline.
std::vector<std::string> run_history_lines(const RunHistoryFacts& history, Language lang);

// "miễn trừ đã hết hạn ngày 30/06/2025" / "waiver expired on 2025-06-30"
// when a waiver of `finding` expired before the audit's as-of date, else "".
std::string waiver_expired_note(const Finding& finding, Language lang);

// "mới" / "new", "còn tồn tại" / "persisting", "tái diễn" / "regressed";
// "" for kUnknown.
std::string finding_status_name(FindingStatus status, Language lang);

}  // namespace genaudit
