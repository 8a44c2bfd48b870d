// The audit as one self-contained HTML page for inspectors (`--format html`):
// nothing is fetched from anywhere (styles, script and charts are inline, and
// a Content-Security-Policy forbids any load), it reads without JavaScript
// and prints cleanly to PDF.
//
// The first screen holds the run's facts: period, as-of date, rule pack
// version, and each register read with its file, rows and SHA-256, under a
// warning box for a lenient read that left rows out or a period outside the
// plan's years. Then the data intake (files read, rows kept and left out,
// columns, registers missing, files not read: reports/intake_texts.h), the
// indicators against their targets, each with a chart; then the findings
// grouped by objective of the plan (O1..O6, V) and rule, each with its
// subject, period, figures and the register rows (file, sheet, row) it
// rests on, the rule's citation, lead agency, severity and remedy; then the
// same findings by lead agency and by audited body, linked to the details;
// then the findings waivers set aside (with justification, approver and
// expiry) and the waivers that matched nothing; then the rules skipped. An
// audit recorded in a database names its run (and baseline) among the facts
// and gives each finding its status against the previous run. A filter box
// (objective, lead, severity, words) appears when scripts run.
//
// Every register value is escaped (reports/escaping.h). Human text is in
// `lang`, rule titles and remedies included.
#pragma once

#include <string>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The page, UTF-8, starting with <!DOCTYPE html> and ending with a newline.
std::string render_html_report(const AuditReport& report, Language lang);

}  // namespace genaudit
