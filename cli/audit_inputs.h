// What `audit` and `explain` both need before evaluating: the period and
// as-of date from the command line, and the registers (imported from a data
// folder, or read from an audit database). Problems are reported to the user
// and give nullopt/nullptr; the caller exits with status 2.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/audit_when.h"
#include "engine/audit/in_memory_folder.h"
#include "engine/ingest/intake_plan.h"
#include "engine/audit/inspection.h"
#include "engine/audit/waivers.h"
#include "engine/eval/evaluator.h"
#include "engine/output/staged_outputs.h"
#include "engine/store/audit_store.h"
#include "rules/language/rule_pack.h"

namespace genaudit::cli {

using app::AuditWhen;

// `--period` in any form of engine/core/audit_period.h and `--as-of` as
// YYYY-MM-DD or D/M/YYYY (default: the period's last day); a bad value is
// reported, saying which forms are accepted, and gives nullopt.
std::optional<AuditWhen> parse_audit_when(const std::string& period, const std::string& as_of,
                                          Language lang);

// Lenient reading of a data folder (`audit --data DIR --lenient`): rows with
// errors are left out and written to `rejected_dir` (default ./rejected),
// staged in `outputs` (required when lenient) with the run's other outputs.
struct LenientRead {
  bool lenient = false;
  std::string rejected_dir;
  StagedOutputs* outputs = nullptr;
};

// The intake plan of `data_path` (a folder, or one file): which file is
// which register, and which are not read. On a problem — a mapping, a file
// that cannot be placed, or nothing that is a register at all — prints it
// and returns nullopt.
std::optional<IntakePlan> plan_data(const std::string& data_path,
                                    const std::vector<std::string>& mappings,
                                    Language lang);

// The registers of `plan` imported into a database in memory, or the
// database at `db_path`, opened with `access`; exactly one of the two must
// be given. `intake` receives what the report's intake section says (for
// --data).
std::unique_ptr<AuditStore> open_registers(
    const IntakePlan* plan, const std::string& db_path, Language lang,
    const LenientRead& lenient = {}, IntakeReport* intake = nullptr,
    AuditStore::Access access = AuditStore::Access::kReadWrite);

// `audit --data` on a clean folder: its registers read straight into memory
// (in_memory_folder.h), the ignored columns shown as an import shows them.
// nullopt, having shown nothing, when the folder needs open_registers,
// which reports its problems.
// `evaluation` begins on the registers as they are read (read_clean_folder).
std::optional<InMemoryFolder> read_clean_data_folder(const IntakePlan& plan,
                                                     const FieldSelection& fields,
                                                     Language lang,
                                                     AuditEvaluation* evaluation = nullptr);

// The facts of the inspection file at `path` and its text (kept with a
// recorded run); on a problem, prints each with file:line:column and
// returns nullopt.
struct InspectionInput {
  Inspection inspection;
  std::string text;
};
std::optional<InspectionInput> read_inspection_file(const std::string& path, Language lang);

// The waivers of the file at `path`, checked against `known_rules`; on a
// problem prints each with file:line:column, the line and a caret, and
// returns nullopt.
std::optional<std::vector<Waiver>> read_waiver_file(const std::string& path,
                                                    const KnownRules& known_rules,
                                                    Language lang);

}  // namespace genaudit::cli
