// The audit as CSV for spreadsheet users (`--format csv`): UTF-8 with a
// byte-order mark, so that Excel reads Vietnamese correctly when the file is
// opened by double-click; comma-separated (or semicolon-separated, which
// Excel with Vietnamese regional settings splits into columns: its list
// separator is `;` since its decimal mark is `,`), CRLF line ends, RFC 4180
// quoting;
// every cell that a spreadsheet would take for a formula (= + - @, tab, CR)
// starts with an apostrophe (reports/escaping.h: csv_field).
//
// Texts and numbers are written as the report shows them in `lang` (47,6% in
// Vietnamese, 47.6% in English), which is how a spreadsheet in that language
// reads numbers. For exact values, use the JSON contract.
#pragma once

#include <string>

#include "engine/audit/audit_report.h"
#include "reports/escaping.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// One record per finding, with its evidence, under a header row:
//   No. | Objective | Rule | Title | Code | Name | Period | Severity | Lead |
//   Citation | Remedy | Figures ("name: value; ...") |
//   Evidence rows ("file: rows 3–5, 9; ...")
// then, when findings have a history (has_history_columns(): the audit is
// recorded, or a waiver of a finding expired), two more columns:
//   Since last run (new, persisting, regressed) | Note (an expired waiver)
// A header row alone when there is no finding.
std::string render_csv_findings(const AuditReport& report, Language lang,
                                CsvSeparator separator = CsvSeparator::kComma);

// The findings waivers set aside, then the waivers that matched no finding
// (reports/waiver_rows.h), one record each, under a header row:
//   No. | Objective | Rule | Title | Code | Name | Period | Since last run |
//   Justification | Approved by | Expires | Source | Note ("matches no
//   finding", and "expired" when it has)
// A header row alone when there is none.
std::string render_csv_waived(const AuditReport& report, Language lang,
                              CsvSeparator separator = CsvSeparator::kComma);

// One record per indicator, under a header row:
//   No. | Objective | Rule | Title | Value | Target | Status | Citation | Lead |
//   Numerator | Denominator | Unit
// the last three what a share was computed from (the evaluator's numbers);
// a figure read as reported says so in both, with no unit.
std::string render_csv_indicators(const AuditReport& report, Language lang,
                                  CsvSeparator separator = CsvSeparator::kComma);

// One record per finding rule that ran, under a header row:
//   No. | Objective | Rule | Title | Unit | Subjects checked | Cases checked |
//   Breached | Without data
// (reports/coverage_texts.h). A header row alone when no finding rule ran.
std::string render_csv_coverage(const AuditReport& report, Language lang,
                                CsvSeparator separator = CsvSeparator::kComma);

// What was read of the registers and what was not (reports/intake_texts.h:
// intake_facts), one record per fact, under a header row:
//   No. | Kind | Register | File | Detail | Count
// the warnings first (rows left out by a lenient read, a period outside the
// plan's years), then each file read and its rows left out, then the other
// facts. A header row alone when there is nothing to say.
std::string render_csv_intake(const AuditReport& report, Language lang,
                              CsvSeparator separator = CsvSeparator::kComma);

}  // namespace genaudit
