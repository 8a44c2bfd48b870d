// Waiver files, and how waivers set findings aside.
//
//   # waivers.toml — one [[waiver]] table per decision
//   [[waiver]]
//   rule = "O1.S4"                 # a finding rule of the pack
//   subject = "SNV"                # the subject's code
//   period = "2025-Q1"             # optional: a year, quarter or month ("2025", "2025-Q1",
//                                  # "2025-03", "03/2025"); absent: every period
//   justification = "Sáp nhập theo Quyết định 12/QĐ-UBND; bổ nhiệm xong trong quý III."
//   approved_by = "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh"
//   expires = 2025-09-30           # YYYY-MM-DD, quoted or not; in force through that day
//
// A file with any problem — bad TOML, an unknown table or key, a missing or
// empty key, a value of the wrong kind, a date that is not a real day, an
// unknown rule or an indicator, a malformed period, the same waiver twice —
// gives diagnostics with line and column, and no waiver at all.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "rules/language/diagnostic.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The rules a waiver may name, by id, with their kind (only findings can be
// waived).
using KnownRules = std::map<std::string, rules::RuleKind>;

struct WaiverFile {
  std::vector<Waiver> waivers;  // in file order; empty when there are problems
  rules::Diagnostics problems;
};

// Reads the waiver file `text`, named `name` in messages and in each
// waiver's source ("name:line").
WaiverFile read_waivers(const std::string& name, const std::string& text,
                        const KnownRules& known_rules);

// Whether `period` is a waiver's period: one year, quarter or month in a
// form of engine/core/audit_period.h (the reader stores its canonical text).
bool is_waiver_period(const std::string& period);

// Whether `waiver` covers `finding`: the same rule, the same subject (codes
// compared as the registers compare them: case, spacing and Unicode form
// ignored), and no period in the waiver, or the finding's own, or one that
// contains it (a year its quarters and months, a quarter its months).
bool waiver_covers(const Waiver& waiver, const Finding& finding);

// Whether `waiver` has expired on `as_of`: it is in force through its
// expiry date, and expired from the day after.
bool waiver_expired_on(const Waiver& waiver, Date as_of);

// Sets findings aside: a finding covered by a waiver in force on the audit's
// as-of date (expires >= as-of) moves to report.waived, with the first such
// waiver; one covered only by expired waivers stays, with waiver_expired set
// to the latest of their dates; every waiver that covers no finding is
// listed in report.unused_waivers.
void apply_waivers(AuditReport& report, const std::vector<Waiver>& waivers);

}  // namespace genaudit
