// The machine-readable result of an audit: the JSON object of the contract
// in CATALOGUE.md ("Machine-readable results") that other tools read. Its
// full schema, every key with its type, is reports/audit-report.schema.json
// (JSON Schema 2020-12; tests/reports/json_schema_test.cpp holds the JSON
// written to it).
//
//   findings[]:   rule, subject, period (null or "YYYY", "YYYY-MM",
//                 "YYYY-Qn"), subject_name, title, citation, lead, severity,
//                 remedy, evidence {name: value}, rows [{register, file,
//                 sheet (only when not empty), row}]; status ("new",
//                 "persisting", "regressed": against the previous run of
//                 the database; only when the audit is recorded);
//                 waiver_expired (YYYY-MM-DD; only when a waiver covered it
//                 and expired before the as-of date)
//   indicators[]: rule, status ("met", "not_met", "no_data"), value (number
//                 or null), target, comparison (">=", ">", "<=", "<"),
//                 title, citation, lead, severity, remedy, evidence
//   skipped[]:    rule, title, reason (a sentence in the language),
//                 missing_registers []
//   waived[]:     the findings a waiver in force sets aside (not counted in
//                 findings nor in the exit status), each as a finding plus
//                 waiver {rule, subject, period, justification,
//                 approved_by, expires, source}
//   unused_waivers[]: waivers that matched no finding, each as a waiver
//                 plus expired (boolean)
//   run:          period, period_start, period_end, as_of (YYYY-MM-DD),
//                 language ("vi", "en"), pack_version, registers [{register,
//                 file, sha256, rows}]; history {run, previous_run,
//                 baseline_run, baseline_hidden} when recorded in a database
//   intake:       what was read of the registers, and what was not
//                 (engine/audit/intake.h): lenient (boolean); files
//                 [{register, file, sheet ("" for CSV), header_row,
//                 recognised_by ("name", "mapping", "header"), sha256, rows,
//                 rows_left_out, rejected_to ("" when nowhere)}];
//                 columns_by_note [{register, file, header, field}];
//                 columns_ignored [{register, file, header}]; columns_absent
//                 [{register, field}]; registers_missing [names];
//                 files_not_read [{file, reason ("not_a_register_format",
//                 "no_register_header", "mapping_file", "rejected_rows_file",
//                 "hidden"), detail}]; rows_left_out_by_agency [{register,
//                 agency_code, rows}]; agencies_without_staff [{code, name}]
//   period_outside_plan: whether the period lies outside the plan's years
//                 2021–2025 (its targets may not apply)
//   summary:      findings, indicators_met, indicators_not_met,
//                 indicators_no_data, skipped, waived (counts)
//
// Evidence values: numbers as JSON numbers (never rounded; shares are in
// percent), text as written, dates as "YYYY-MM-DD", booleans as JSON
// booleans, missing as null. Titles, remedies and reasons are in the
// language asked for; ids, codes and registers are language-neutral.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

nlohmann::json audit_to_json(const AuditReport& report, Language lang);

// A finding's or indicator's evidence as the report writes it: {name: value}.
nlohmann::json audit_evidence_to_json(const std::vector<EvidenceItem>& evidence);

// The report's `intake` object: what was read of each file, and what not.
nlohmann::json intake_to_json(const IntakeReport& intake);

// A waiver as the report writes it: {rule, subject, period, justification,
// approved_by, expires, source}.
nlohmann::json audit_waiver_to_json(const Waiver& waiver);

// audit_to_json() written with a 2-space indent and a final newline.
std::string audit_to_json_text(const AuditReport& report, Language lang);

}  // namespace genaudit
