// The audit as a Markdown document (`--format md`), for a wiki, a ticket or
// a Git repository: a bold blockquote per warning (rows left out by a
// lenient read, a period outside the plan's years), the run's facts and
// registers with their SHA-256, the data intake (reports/intake_texts.h), the
// indicators against their targets, the findings by objective and rule
// (figures and register rows; with their status since the last run and an
// expired waiver's note when they have them), by lead agency and by audited
// body, the findings waivers set aside (with justification, approver and
// expiry) and the waivers that matched none, and the rules skipped. Human text is in `lang`; register values are escaped, so
// they show as written and never as markup.
#pragma once

#include <string>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The document, UTF-8, ending with a newline.
std::string render_markdown_report(const AuditReport& report, Language lang);

}  // namespace genaudit
