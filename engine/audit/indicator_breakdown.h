// An indicator's share for each district, or each level of agency: the
// indicator evaluated again, by the same evaluator, on the registers
// narrowed to the agencies of one group (the agencies whose `district` or
// `level` is that value, and the rows of every register that names one of
// them in a field referring to the agencies register). Nothing is computed
// here but that narrowing: each group's numerator, denominator and value
// are the evaluator's, as for the province.
//
// What a group means follows from the rule: O1.T1 counts the group's
// agencies; O5.T4a counts the persons with a post in the group's agencies,
// so a person with posts in two districts counts in both, and the groups'
// denominators need not add up to the province's.
//
// A breakdown is only made for an indicator whose value is a share
// (IndicatorResult::ratio), and only when every register the rule reads can
// be narrowed: a register with no field referring to the agencies
// (enterprises) cannot, and the breakdown then says so, never guessing.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/core/audit_period.h"
#include "engine/data/table.h"
#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The agencies' field a breakdown groups by.
enum class BreakdownField { kDistrict, kLevel };

// The register field BreakdownField names: "district" or "level".
const char* breakdown_field_name(BreakdownField field);

struct BreakdownGroup {
  // The field's value as the first agency of the group writes it (groups
  // are by the value as rules compare it); empty: not recorded.
  std::string key;
  std::size_t agencies = 0;  // the agencies register's rows in the group
  IndicatorResult result;    // evaluated on the group's rows alone
};

struct IndicatorBreakdown {
  const rules::RuleInfo* rule = nullptr;
  BreakdownField field = BreakdownField::kDistrict;
  // Why there is no breakdown, when there is none: the registers the rule
  // reads that no field links to an agency, or `agencies` itself when no
  // agency has the field recorded. Empty when `groups` is the breakdown.
  std::vector<std::string> not_splittable;
  bool field_not_recorded = false;  // no agency has the field recorded
  // By key (a coded field's in the order of its codes: province, district,
  // commune), the unrecorded group last.
  std::vector<BreakdownGroup> groups;
};

// The fields the province summary reads that a pack may not: `level` of the
// agencies register and `district` of every register that has one, added
// to `fields` (a RulePack's fields_read, as the loaders take it).
void add_breakdown_fields(const RegisterCatalogue& catalogue,
                          std::map<std::string, std::set<std::string>>* fields);

// The breakdown by `field` of each indicator of `indicators` whose value is
// a share, in their order. REQUIRES: `pack` evaluated `indicators` on
// `dataset` for `dates`, with the fields add_breakdown_fields() names loaded.
std::vector<IndicatorBreakdown> break_down_indicators(const rules::RulePack& pack,
                                                      const Dataset& dataset, AuditDates dates,
                                                      const std::vector<IndicatorResult>& indicators,
                                                      BreakdownField field);

}  // namespace genaudit
