// What the province summary (reports/summary_content.h) needs of the
// registers beyond the audit's results: each share indicator broken down by
// district and by agency level (indicator_breakdown.h), and the district of
// each finding's subject. Made only when a summary is asked for, from the
// dataset the audit evaluated, loaded with add_breakdown_fields().
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/audit/indicator_breakdown.h"
#include "engine/data/table.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct AuditReport;

// Register name -> subject code (as findings write it) -> district as the
// subject's row writes it ("" when blank). A register of subjects that has
// no district field is absent: its subjects' district is not known.
using SubjectDistricts = std::map<std::string, std::map<std::string, std::string>>;

struct SummaryFacts {
  std::vector<IndicatorBreakdown> by_district;
  std::vector<IndicatorBreakdown> by_level;
  SubjectDistricts subject_districts;
};

// The facts for `report`, which `pack` produced from `dataset`.
SummaryFacts summary_facts(const rules::RulePack& pack, const Dataset& dataset,
                           const AuditReport& report);

}  // namespace genaudit
