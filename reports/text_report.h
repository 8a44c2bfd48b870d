// The audit report for people at a terminal, in Vietnamese (the default) or
// English: a heading (plan, then a red warning line when a lenient read left
// rows out or the period lies outside the plan's years, period, as-of date,
// registers read), the data intake section (reports/intake_texts.h: files
// read with rows kept and left out, then only the lists with something to
// say), the findings grouped by rule with an aligned table of subjects and evidence,
// the findings set aside by waivers and a warning per unused waiver, the
// indicators against their targets, the skipped rules with their reasons,
// and a closing summary line. An audit recorded in a database also says its
// run (and baseline) in the heading, and each finding's status against the
// previous run in its own column; a finding whose waiver expired says so.
//
// Numbers follow the language: shares with one decimal and a percent sign
// ("30,0%" in Vietnamese, "30.0%" in English), dates as dd/mm/yyyy or
// YYYY-MM-DD. A value is a share when the rule computes it with share() (a
// `let` or the indicator's `value`); without the rule's syntax tree, an
// evidence item whose name ends in "share" is taken for one.
#pragma once

#include <string>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// Returns the report, every line ending in '\n'. With `color`, headings are
// bold, findings and unmet indicators red and met indicators green (ANSI
// escapes); without it the text holds no escape at all. Callers decide
// `color` with should_use_color() (reports/terminal.h). Every line goes
// through terminal_text(), every table cell and every item of the heading
// and the intake section through terminal_line() (reports/escaping.h): a
// control or bidirectional control of a name, code or file name shows as
// its escape (\x1b, \u202e), and the only escapes are the report's colours.
std::string render_text_report(const AuditReport& report, Language lang, bool color);

}  // namespace genaudit
