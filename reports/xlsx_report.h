// The audit as an Excel workbook (`--format xlsx`), written with Debian's
// libxlsxwriter. Sheets, in order (names in `lang`):
//
//   Findings       No. | Objective | Rule | Title | Code | Name | Period |
//                  From | To (dates of the period) | Severity | Lead |
//                  Citation | Remedy | Figures | Evidence rows (a count)
//                  [| Since last run | Note: when findings have a history,
//                  see has_history_columns() in reports/waiver_rows.h]
//   Waived         No. | Objective | Rule | Title | Code | Name | Period |
//                  Since last run | Justification | Approved by | Expires
//                  (a date) | Source | Note — the findings waivers set
//                  aside, then the waivers that matched none; only when
//                  there is one or the other
//   Indicators     No. | Objective | Rule | Title | Value | Target |
//                  Comparison | Status | Citation | Lead
//   Evidence rows  Finding No. | Rule | Code | Period | Register | File |
//                  Sheet | Row — one line per register row behind a finding
//   Figures        Finding No. | Rule | Code | Period | Figure | Value — each
//                  figure of a finding, typed (number, date, text)
//   Intake         Kind | Register | File | Detail | Count — the warnings,
//                  each file read and its rows left out, then the other
//                  intake facts (reports/intake_texts.h); the workbook opens
//                  on it when there is a warning
//   About          the warnings, the run's facts, the registers with their SHA-256, and
//                  the rules skipped
//
// Every table sheet has its header row frozen and an autofilter; dates are
// date cells (shown dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English); shares
// are numbers with a percent format; column widths fit their content (long
// text wraps at 60 characters). Register text is always a string cell, never
// a formula, whatever it starts with.
#pragma once

#include <string>

#include "engine/audit/audit_report.h"
#include "engine/output/staged_outputs.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// Writes the workbook for `path` into `outputs`, where it appears when they
// are published (a FIFO or a device is written to, see staged_outputs.h).
// Returns false with a reason in `error` (in `lang`, with the path) when it
// cannot; the caller then discards the outputs, which leaves nothing behind.
bool write_xlsx_report(const AuditReport& report, Language lang, const std::string& path,
                       StagedOutputs& outputs, std::string* error);

}  // namespace genaudit
