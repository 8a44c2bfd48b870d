// The ways the documents group an audit's findings: by objective of the plan
// (the rule id's prefix), by lead agency, by audited body (subject), and
// within each group by rule. Groups hold pointers into the report, which
// must outlive them.
#pragma once

#include <string>
#include <vector>

#include "engine/audit/audit_report.h"

namespace genaudit {

struct FindingGroup {
  std::string key;  // the objective ("O1".."O6", "V", ""), the lead, or the rule id
  std::vector<const Finding*> findings;
};

// By objective: O1..O6, then V, then findings of any other rule (key "").
// Findings keep the report's order inside each group.
std::vector<FindingGroup> group_by_objective(const AuditReport& report);

// By lead agency (chủ trì), in the order each lead is first seen.
std::vector<FindingGroup> group_by_lead(const AuditReport& report);

// `findings` by rule id, in the order each rule is first seen.
std::vector<FindingGroup> group_by_rule(const std::vector<const Finding*>& findings);

// The findings of one audited body: a subject (agency, outlet or commune)
// of one register.
struct SubjectFindings {
  std::string subject;                   // its code
  std::string subject_name;              // its name, as the first finding gives it
  std::string subject_register;          // "agencies", "outlets", ... (may be empty)
  std::vector<const Finding*> findings;  // in the report's order
};

// Every subject with at least one finding, by code (byte order), then
// register.
std::vector<SubjectFindings> group_by_subject(const AuditReport& report);

// The figures (evidence) of findings of one rule, laid out as table
// columns: each name in the order first seen, numeric when every value is a
// number or missing.
struct FigureColumns {
  bool has_period = false;  // some finding has a period
  std::vector<std::string> names;
  std::vector<std::string> labels;  // each name's label in `lang`: the column headers
  std::vector<bool> numeric;
  // Per finding, the text of each column in `lang` ("—" when absent).
  std::vector<std::vector<std::string>> cells;
};
FigureColumns figure_columns(const std::vector<const Finding*>& findings, Language lang);

// The position of `finding` in report.findings (0-based), for anchors and
// cross references; report.findings.size() when it is not there.
std::size_t finding_index(const AuditReport& report, const Finding* finding);

}  // namespace genaudit
