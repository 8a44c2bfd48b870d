// The waivers of an audit laid out as table rows, for the documents that
// show them as a table (CSV, the workbook, Markdown): first each finding a
// waiver sets aside, then each waiver that matched no finding. Also the
// columns every findings table adds when findings have a history.
//
// Every text is plain text in the report's language: the renderers escape
// or neutralise it for their format (reports/escaping.h).
#pragma once

#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct WaiverRow {
  bool matched = true;  // false: the waiver matched no finding
  std::string objective;
  std::string rule;
  std::string title;  // the finding's rule title; "" for an unmatched waiver
  std::string subject;
  std::string subject_name;  // "" for an unmatched waiver
  std::string period;        // the finding's (or the waiver's) period, as people read it
  std::string status;        // the finding's status since the last run; "" when unknown
  std::string justification;
  std::string approved_by;
  Date expires;
  std::string source;  // where the waiver was written: "waivers.toml:4"
  std::string note;    // unmatched: "matches no finding" (and "expired" when it has)
};

// Waived findings in report order, then unused waivers in their order.
std::vector<WaiverRow> waiver_rows(const AuditReport& report, Language lang);

// The titles of the columns of a waiver table, in WaiverRow order (No.
// first, `matched` not shown): No. | Objective | Rule | Title | Code | Name |
// Period | Since last run | Justification | Approved by | Expires | Source |
// Note.
std::vector<std::string> waiver_row_headers(Language lang);

// Whether tables of active findings carry the two history columns ("Since
// last run", "Note"): the audit is recorded, or some finding has a status
// or an expired waiver. Decided for the whole report, so that a CSV or
// workbook of a recorded audit always has the same columns.
bool has_history_columns(const AuditReport& report);

// The titles of those two columns.
std::vector<std::string> history_column_headers(Language lang);

// A finding's two cells under those titles: its status and the note of an
// expired waiver, each "" when there is none.
std::vector<std::string> history_cells(const Finding& finding, Language lang);

}  // namespace genaudit
