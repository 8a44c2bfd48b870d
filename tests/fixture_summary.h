// A folder audited as `genaudit audit --format html` does it: with the
// fields the province summary reads loaded besides the pack's, and the
// summary's facts made (engine/audit/summary_facts.h).
#pragma once

#include <filesystem>
#include <string>

#include "engine/audit/indicator_breakdown.h"
#include "engine/audit/summary_facts.h"
#include "tests/fixture.h"

namespace genaudit::testing {

inline AuditReport audit_folder_with_summary(const std::filesystem::path& folder,
                                             const std::string& period,
                                             const rules::RulePack& pack = builtin_pack()) {
  AuditStore store(":memory:");
  FolderImport imported = import_data_folder(store, folder);
  EXPECT_TRUE(imported.ok());
  const AuditPeriod p = *parse_period(period);
  FieldSelection fields = pack.fields_read;
  add_breakdown_fields(*pack.catalogue, &fields);
  const Dataset dataset = store.load(&fields);
  AuditReport report = run_audit(pack, dataset, store.imports(), period,
                                 {p.first_day(), p.last_day(), p.last_day()});
  report.summary = summary_facts(pack, dataset, report);
  return report;
}

}  // namespace genaudit::testing
