#include "app/register_import.h"

#include "adapters/registers/province_registers.h"
#include "engine/audit/indicator_breakdown.h"
#include "engine/ingest/intake_log.h"
#include "engine/store/store_transaction.h"
#include "rules/language/pack_loader.h"

namespace genaudit::app {

const FieldSelection& audited_fields() {
  static const FieldSelection fields = [] {
    rules::PackLoad load = rules::load_rule_pack(rules::builtin_rule_texts(), province_registers());
    FieldSelection out = load.pack ? load.pack->fields_read : FieldSelection{};
    add_breakdown_fields(province_registers(), &out);
    return out;
  }();
  return fields;
}

RegisterImport import_registers(AuditStore& store, const RegisterImportRequest& request) {
  RegisterImport result;
  const FirstImportJournal journal(store);
  StoreTransaction transaction(store, StoreTransaction::Lock::kWrite);
  result.plan = plan_intake(request.paths, request.mappings);
  if (!result.plan.mapping_problems.empty()) {
    result.outcome = RegisterImport::Outcome::kMappingProblems;
    return result;
  }
  if (result.plan.ok() && result.plan.registers.empty()) {
    result.outcome = RegisterImport::Outcome::kNoRegister;
    return result;
  }
  if (request.planned) request.planned(result.plan);
  ImportOptions options;
  options.lenient = request.lenient;
  options.rejected = request.lenient ? request.rejected : nullptr;
  options.progress = request.progress;
  options.copy_fields = &audited_fields();
  result.folder = import_intake(store, result.plan, options, request.add);
  if (result.folder.error_count > 0) {
    result.outcome = RegisterImport::Outcome::kRefused;
    return result;  // the transaction rolls back
  }
  if (options.rejected) note_rejected_files(*request.rejected, result.plan, &result.folder.intake);
  IntakeLog(store.database()).record(result.folder);
  transaction.commit();
  result.outcome = RegisterImport::Outcome::kImported;
  return result;
}

void note_rejected_files(const RejectedRowsFiles& rejected, const IntakePlan& plan,
                         IntakeReport* intake) {
  for (const RejectedRowsFiles::Written& w : rejected.written()) {
    const IntakeRegister* r = plan.find(w.register_name);
    if (!r) continue;
    for (const IntakeSource& source : r->files) {
      if (source.path != w.source) continue;
      for (IntakeFile& f : intake->files) {
        if (f.register_name == w.register_name && f.file == source.display_name) {
          f.rejected_to = w.path.string();
        }
      }
    }
  }
}

}  // namespace genaudit::app
