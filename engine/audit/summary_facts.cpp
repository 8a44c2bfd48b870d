// What the province summary needs of the registers; see summary_facts.h.
#include "engine/audit/summary_facts.h"

#include "engine/audit/audit_report.h"

namespace genaudit {
namespace {

SubjectDistricts districts_of_subjects(const rules::RulePack& pack, const Dataset& dataset) {
  SubjectDistricts out;
  const char* district = breakdown_field_name(BreakdownField::kDistrict);
  for (const rules::RuleInfo& rule : pack.rules) {
    // Only a record's code is the register's key field.
    if (rule.kind != rules::RuleKind::kFinding ||
        rule.subject_kind != rules::SubjectKind::kRecord || out.count(rule.subject_register)) {
      continue;
    }
    const Table* table = dataset.find(rule.subject_register);
    if (table == nullptr) continue;
    const int field = table->field_index(district);
    const int key = table->field_index(table->schema().key_field);
    if (field < 0 || key < 0 || !table->loaded(static_cast<std::size_t>(field))) continue;
    std::map<std::string, std::string>& of = out[rule.subject_register];
    for (std::size_t row = 0; row < table->row_count(); ++row) {
      of.emplace(display(table->cell(row, static_cast<std::size_t>(key))),
                 display(table->cell(row, static_cast<std::size_t>(field))));
    }
  }
  return out;
}

}  // namespace

SummaryFacts summary_facts(const rules::RulePack& pack, const Dataset& dataset,
                           const AuditReport& report) {
  SummaryFacts facts;
  facts.by_district = break_down_indicators(pack, dataset, report.dates, report.indicators,
                                            BreakdownField::kDistrict);
  facts.by_level = break_down_indicators(pack, dataset, report.dates, report.indicators,
                                         BreakdownField::kLevel);
  facts.subject_districts = districts_of_subjects(pack, dataset);
  return facts;
}

}  // namespace genaudit
