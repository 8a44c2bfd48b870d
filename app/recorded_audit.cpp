#include "app/recorded_audit.h"

#include <algorithm>
#include <optional>

#include "engine/audit/audit_runner.h"
#include "engine/audit/history.h"
#include "engine/ingest/intake_coverage.h"
#include "engine/ingest/intake_log.h"
#include "engine/store/store_transaction.h"
#include "engine/store/waiver_requests.h"
#include "reports/json_report.h"

namespace genaudit::app {
namespace {

std::string evidence_json(const Finding& f) {
  return audit_evidence_to_json(f.evidence)
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The intake section of an audit of a database: what its imports recorded
// of each file (intake_log.h); for a register imported by a genaudit that
// kept no such record, the file its import log names (then recognised by
// its name, the only way those versions recognised a file).
IntakeReport intake_of_database(AuditStore& store,
                                const std::vector<RegisterFileInfo>& registers) {
  IntakeReport intake = IntakeLog(store.database()).load();
  std::vector<IntakeFile> files;
  for (const RegisterSchema& schema : all_registers()) {
    auto found = std::find_if(registers.begin(), registers.end(), [&](const RegisterFileInfo& r) {
      return r.register_name == schema.name;
    });
    if (found == registers.end()) {
      intake.registers_missing.push_back(schema.name);
      continue;
    }
    const std::size_t before = files.size();
    for (const IntakeFile& f : intake.files) {
      if (f.register_name == schema.name) files.push_back(f);
    }
    if (files.size() == before) {
      IntakeFile f;
      f.register_name = found->register_name;
      f.file = found->file;
      f.sha256 = found->sha256;
      f.rows = found->rows;
      files.push_back(std::move(f));
    }
  }
  intake.files = std::move(files);
  return intake;
}

}  // namespace

StoredRegisters load_stored_registers(AuditStore& store, const FieldSelection& fields) {
  StoredRegisters stored;
  StoreTransaction snapshot = store.begin_load();
  stored.dataset = store.load(&fields);
  stored.registers = store.imports();
  stored.intake = intake_of_database(store, stored.registers);
  stored.waivers = RunHistory(store.database()).waivers();
  for (Waiver& w : WaiverRequests(store.database()).approved()) stored.waivers.push_back(std::move(w));
  snapshot.commit();
  return stored;
}

void add_stored_waivers(const std::vector<Waiver>& stored, std::vector<Waiver>* waivers) {
  const std::size_t from_file = waivers->size();
  for (const Waiver& w : stored) {
    bool replaced = false;
    for (std::size_t i = 0; i < from_file && !replaced; ++i) {
      const Waiver& f = (*waivers)[i];
      replaced =
          finding_key(f.rule, f.subject, f.period) == finding_key(w.rule, w.subject, w.period);
    }
    if (!replaced) waivers->push_back(w);
  }
}

std::string record_run(AuditStore& store, const RunSettings& settings, AuditReport& report) {
  RunHistory history(store.database());
  const std::optional<long> previous = history.latest_run();
  FindingKeys previous_keys, earlier_keys;
  if (previous) {
    previous_keys = history.finding_keys(*previous);
    earlier_keys = history.finding_keys_before(*previous);
  }
  mark_finding_statuses(report, previous_keys, earlier_keys);
  RunRecord record = make_run_record(report, settings.rules_path, settings.profile, &evidence_json);
  if (settings.baseline != 0) record.info.baseline = settings.baseline;
  RunHistoryFacts facts;
  facts.run_id = history.record(record);
  facts.previous_run = previous;
  FindingKeys current;
  for (const Finding& f : report.findings) current.insert(finding_key(f));
  for (const WaivedFinding& w : report.waived) current.insert(finding_key(w.finding));
  for (const FindingKey& key : previous_keys) {
    if (!current.count(key)) facts.resolved.push_back(key);
  }
  if (settings.baseline != 0) {
    facts.baseline_run = settings.baseline;
    facts.baseline_hidden = keep_findings_new_since(report, history.finding_keys(settings.baseline));
  }
  report.history = facts;
  std::string json = audit_to_json_text(report, Language::kVietnamese);
  history.record_report(facts.run_id, "json", json);
  return json;
}

AuditReport audit_and_record(AuditStore& store, const rules::RulePack& pack,
                             const AuditWhen& when, const RunSettings& settings,
                             std::vector<Waiver> waivers,
                             const std::function<bool(const AuditReport&)>& before_commit) {
  FieldSelection fields = pack.fields_read;
  if (settings.summary) add_breakdown_fields(*pack.catalogue, &fields);
  StoredRegisters stored = load_stored_registers(store, fields);
  add_stored_waivers(stored.waivers, &waivers);
  AuditEvaluation evaluation(pack, when.dates);
  AuditReport report = evaluation.finish(stored.dataset, stored.registers, when.period_text);
  report.intake = std::move(stored.intake);
  add_agencies_without_staff(stored.dataset, &report.intake);
  report.period_outside_plan = !when.within_plan;
  if (settings.summary) report.summary = summary_facts(pack, stored.dataset, report);
  apply_waivers(report, waivers);
  StoreTransaction record(store, StoreTransaction::Lock::kWrite);
  record_run(store, settings, report);
  if (before_commit && !before_commit(report)) return report;  // rolls back
  record.commit();
  return report;
}

}  // namespace genaudit::app
