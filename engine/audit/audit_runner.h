// Runs a checked rule pack over the registers of an audit: each finding rule
// for every subject, each indicator once, and a rule whose registers are not
// all present is skipped, never passed.
#pragma once

#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/store/table.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The rules are evaluated on `threads` threads (0: one per core); the
// report is the same for any number.
AuditReport run_audit(const rules::RulePack& pack, const Dataset& dataset,
                      const std::vector<RegisterFileInfo>& registers, const std::string& period,
                      AuditDates dates, unsigned threads = 0);

}  // namespace genaudit
