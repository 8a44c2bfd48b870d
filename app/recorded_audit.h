// An audit of the registers stored in an audit database, recorded as the
// database's next run: what `genaudit audit --db` does and what the
// workspace's "run an audit" does, through the same steps.
//
//   load_stored_registers()  one snapshot: the registers, the import log's
//                            intake facts, the stored waivers
//   record_run()             the run, each finding's status against the
//                            previous run, and its JSON report as written
//   audit_and_record()       the two above around the evaluation, for a
//                            caller that writes no other output
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/audit_when.h"
#include "engine/audit/audit_report.h"
#include "engine/audit/waivers.h"
#include "engine/data/table.h"
#include "engine/ingest/intake.h"
#include "engine/store/audit_store.h"
#include "engine/store/run_history.h"
#include "rules/language/rule_pack.h"

namespace genaudit::app {

// What an audit of a database reads, in one read transaction: an import
// committed meanwhile is seen whole or not at all, and the import log
// matches the rows read.
struct StoredRegisters {
  Dataset dataset;
  std::vector<RegisterFileInfo> registers;
  IntakeReport intake;
  // Stored with `waivers import`, then those approved in the workspace
  // (engine/store/waiver_requests.h).
  std::vector<Waiver> waivers;
};
StoredRegisters load_stored_registers(AuditStore& store, const FieldSelection& fields);

// Adds the waivers stored in the database after those of a --waivers file
// (`waivers`); a file's waiver replaces a stored one for the same rule,
// subject and period.
void add_stored_waivers(const std::vector<Waiver>& stored, std::vector<Waiver>* waivers);

// What a recorded run is made with, besides its report.
struct RunSettings {
  std::string rules_path;  // "" for the built-in pack
  std::string profile;     // the pack's profile name
  long baseline = 0;       // 0: none; else only findings absent from that run are reported
  // audit_and_record(): also make the province summary's facts
  // (AuditReport::summary), for documents that show the summary.
  bool summary = false;
};

// Records `report` as the database's next run: each finding's status
// against the previous run; with a baseline, only the findings absent from
// it are left in the report; then the report's JSON (the catalogue's
// contract, in Vietnamese as `audit --db` writes it by default) is kept
// with the run, and returned: a caller writing the same JSON need not make
// it again (100 MB at three times national size). REQUIRES: a write
// transaction.
std::string record_run(AuditStore& store, const RunSettings& settings, AuditReport& report);

// Evaluates `pack` over the registers stored in `store` for `when`, applies
// `waivers` and the stored ones, and records the run (record_run), all in
// one write transaction committed at the end. `before_commit` (if any) may
// refuse the run — a report that cannot be written leaves no run — by
// returning false; nothing is then recorded. Throws StoreError.
AuditReport audit_and_record(AuditStore& store, const rules::RulePack& pack,
                             const AuditWhen& when, const RunSettings& settings,
                             std::vector<Waiver> waivers,
                             const std::function<bool(const AuditReport&)>& before_commit = {});

}  // namespace genaudit::app
