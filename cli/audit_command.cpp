// `genaudit audit`: import (or open) the registers, run the rule pack for
// the period, set waived findings aside, record the run (with --db), and
// write the report.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "app/recorded_audit.h"
#include "engine/audit/audit_runner.h"
#include "engine/audit/summary_facts.h"
#include "engine/ingest/intake_coverage.h"
#include "engine/audit/waivers.h"
#include "cli/audit_inputs.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "cli/left_to_exit.h"
#include "cli/protected_inputs.h"
#include "cli/report_format.h"
#include "engine/output/staged_outputs.h"
#include "engine/store/audit_store.h"
#include "engine/store/run_history.h"
#include "reports/agency_records.h"
#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/docx/docx_writer.h"
#include "reports/markdown_report.h"
#include "reports/summary_docx.h"
#include "reports/xlsx_report.h"
#include "reports/terminal.h"
#include "reports/text_report.h"

namespace genaudit::cli {

namespace {

// `path` with `suffix` before its extension: report.csv, "-indicators" ->
// report-indicators.csv.
std::string path_beside(const std::string& path, const std::string& suffix) {
  const std::filesystem::path p(path);
  return (p.parent_path() / (p.stem().string() + suffix + p.extension().string())).string();
}

// Stages the report in the format asked for, for --output or standard
// output. `vietnamese_json`, when not empty, is the report's JSON in
// Vietnamese made already (the run's record keeps it): used, not made again.
bool write_report(const AuditReport& report, const AuditOptions& options,
                  const Inspection& inspection, std::string vietnamese_json, StagedOutputs& outputs,
                  std::string* error) {
  const Language lang = options.lang;
  const std::string& format = options.format;
  if (format == "xlsx") return write_xlsx_report(report, lang, options.output, outputs, error);
  if (format == "docx") {
    const std::optional<std::string> word =
        docx::docx_bytes(summary_document(report, lang, inspection), error);
    return word && outputs.add(options.output, *word, error);
  }
  if (format == "csv") {
    // Findings go where asked; indicators, waived findings and the data
    // intake beside them when that is a file (the waived and intake files
    // always, so that none is left over from an earlier audit) — not beside
    // a FIFO or a device.
    const bool beside = output_kind(options.output) == OutputKind::kFile;
    const CsvSeparator separator = options.csv_separator == "semicolon"
                                       ? CsvSeparator::kSemicolon
                                       : CsvSeparator::kComma;
    return outputs.add(options.output, render_csv_findings(report, lang, separator), error,
                       Streams::kAllowed) &&
           (!beside ||
            (outputs.add(path_beside(options.output, "-indicators"),
                         render_csv_indicators(report, lang, separator), error) &&
             outputs.add(path_beside(options.output, "-coverage"),
                         render_csv_coverage(report, lang, separator), error) &&
             outputs.add(path_beside(options.output, "-waived"),
                         render_csv_waived(report, lang, separator), error) &&
             outputs.add(path_beside(options.output, "-intake"),
                         render_csv_intake(report, lang, separator), error)));
  }
  std::string content;
  if (format == "json") {
    content = lang == Language::kVietnamese && !vietnamese_json.empty() ? std::move(vietnamese_json)
                                                                       : audit_to_json_text(report, lang);
  } else if (format == "html") {
    content = render_html_report(report, lang);
  } else if (format == "md") {
    content = render_markdown_report(report, lang);
  } else {
    content = render_text_report(report, lang, options.output.empty() && should_use_color(1));
  }
  return outputs.add(options.output, content, error, Streams::kAllowed);
}

// Marks the files the audit reads as files no output may replace.
void protect_inputs(const AuditOptions& options, const IntakePlan* plan, StagedOutputs& outputs) {
  protect_database(outputs, options.db_path);
  if (plan) protect_plan(outputs, *plan, options.mappings);
  for (const std::string& path : options.rules.paths) protect_rules(outputs, path);
  outputs.protect(options.profile, InputRole::kProfile);
  outputs.protect(options.waivers_path, InputRole::kWaivers);
  outputs.protect(options.inspection_path, InputRole::kInspection);
}

// Each agency's district, by code, from the agencies register (when it
// was read with its district column).
std::map<std::string, std::string> agency_districts(const Dataset& dataset) {
  std::map<std::string, std::string> districts;
  const Table* agencies = dataset.find("agencies");
  if (agencies == nullptr) return districts;
  const int code = agencies->field_index("agency_code");
  const int district = agencies->field_index("district");
  if (code < 0 || district < 0 || !agencies->loaded(static_cast<std::size_t>(code)) ||
      !agencies->loaded(static_cast<std::size_t>(district))) {
    return districts;
  }
  for (std::size_t row = 0; row < agencies->row_count(); ++row) {
    const Value c = agencies->cell(row, static_cast<std::size_t>(code));
    const Value d = agencies->cell(row, static_cast<std::size_t>(district));
    if (c.is<TextPtr>() && d.is<TextPtr>()) {
      districts.emplace(c.as<TextPtr>()->original, d.as<TextPtr>()->original);
    }
  }
  return districts;
}

RecordFacts with_districts(RecordFacts facts, const Dataset& dataset) {
  facts.districts = agency_districts(dataset);
  return facts;
}

}  // namespace

int run_audit_command(const AuditOptions& given) {
  AuditOptions options = given;
  if (options.output == "-") options.output.clear();  // standard output, as without --output
  const Language lang = options.lang;
  const std::optional<AuditWhen> when = parse_audit_when(options.period, options.as_of, lang);
  if (!when) return 2;
  const std::optional<std::string> resolved =
      resolve_report_format(options.format, options.output, lang);
  if (!resolved) return 2;
  AuditOptions resolved_options = options;
  resolved_options.format = *resolved;
  if (!options.csv_separator.empty() && *resolved != "csv") {
    usage_error(lang, command_text(CommandText::kCsvSeparatorNeedsCsv, lang, {*resolved}));
    return 2;
  }
  if ((*resolved == "xlsx" || *resolved == "docx") && options.output.empty()) {
    usage_error(lang, command_text(CommandText::kBinaryFormatNeedsOutput, lang, {*resolved}));
    return 2;
  }
  if (options.baseline != 0 && options.db_path.empty()) {
    usage_error(lang, command_text(CommandText::kBaselineNeedsDatabase, lang));
    return 2;
  }
  KnownRules rule_kinds;
  std::optional<rules::RulePack> pack =
      load_pack_or_report(options.rules, options.profile, &rule_kinds, lang);
  if (!pack) return 2;
  if (!options.per_agency_dir.empty()) {
    std::string not_fresh;
    if (!records_folder_is_fresh(options.per_agency_dir, lang, &not_fresh)) {
      usage_error(lang, not_fresh);
      return 2;
    }
    // The index groups the records by district.
    pack->fields_read["agencies"].insert({"agency_code", "district"});
  }
  RecordFacts facts;
  std::string inspection_text;
  if (!options.inspection_path.empty()) {
    std::optional<InspectionInput> read = read_inspection_file(options.inspection_path, lang);
    if (!read) return 2;
    facts.inspection = std::move(read->inspection);
    inspection_text = std::move(read->text);
  }
  // The HTML report begins with the province summary, and the Word report
  // is that summary, which reads the agencies' district and level (and
  // outlets' district) besides the pack.
  const bool summary = *resolved == "html" || *resolved == "docx";
  if (summary) add_breakdown_fields(*pack->catalogue, &pack->fields_read);
  std::vector<Waiver> waivers;
  if (!options.waivers_path.empty()) {
    std::optional<std::vector<Waiver>> read =
        read_waiver_file(options.waivers_path, rule_kinds, lang);
    if (!read) return 2;
    waivers = std::move(*read);
  }
  if ((options.lenient || !options.rejected_dir.empty()) && options.data_dir.empty()) {
    usage_error(lang, command_text(CommandText::kLenientNeedsData, lang));
    return 2;
  }
  try {
    const bool recorded = !options.db_path.empty();  // a --data audit leaves no trace
    Dataset dataset;
    std::vector<RegisterFileInfo> registers;
    std::unique_ptr<AuditStore> store;
    std::optional<InMemoryFolder> clean;
    // Rules over the registers read first are evaluated while the rest are
    // read (a clean folder only).
    AuditEvaluation evaluation(*pack, when->dates);
    std::optional<IntakePlan> plan;
    IntakeReport intake;
    if (!options.data_dir.empty() && options.db_path.empty()) {
      plan = plan_data(options.data_dir, options.mappings, lang);
      if (!plan) return 2;
    }
    // Every output of the run is staged here and appears only once the run
    // has succeeded (and is recorded, with --db); none replaces an input.
    StagedOutputs outputs(lang);
    protect_inputs(options, plan ? &*plan : nullptr, outputs);
    std::string error;
    if (!outputs.check(options.output, Streams::kAllowed, &error)) {
      usage_error(lang, error);
      return 2;
    }
    if (plan && !options.lenient) {
      clean = read_clean_data_folder(*plan, pack->fields_read, lang, &evaluation);
    }
    if (clean) {
      dataset = std::move(clean->dataset);
      registers = std::move(clean->registers);
      intake = std::move(clean->intake);
    } else {
      store = open_registers(plan ? &*plan : nullptr, options.db_path, lang,
                             {options.lenient, options.rejected_dir, &outputs}, &intake);
      if (!store) return 2;
      RunHistory history(store->database());
      if (options.baseline != 0 && !history.run(options.baseline)) {
        const std::string runs = "`genaudit runs --db " + options.db_path + "`";
        usage_error(lang, command_text(CommandText::kNoSuchRun, lang,
                                       {std::to_string(options.baseline), runs}));
        return 2;
      }
      if (plan) {  // --data --lenient: the good rows, in a scratch store
        StoreTransaction snapshot = store->begin_load();
        dataset = store->load(&pack->fields_read);
        registers = store->imports();
        snapshot.commit();
      } else {
        app::StoredRegisters stored = app::load_stored_registers(*store, pack->fields_read);
        dataset = std::move(stored.dataset);
        registers = std::move(stored.registers);
        intake = std::move(stored.intake);
        app::add_stored_waivers(stored.waivers, &waivers);
      }
    }
    AuditReport report = evaluation.finish(dataset, registers, when->period_text);
    report.intake = std::move(intake);
    add_agencies_without_staff(dataset, &report.intake);
    report.period_outside_plan = !when->within_plan;
    if (summary) report.summary = summary_facts(*pack, dataset, report);
    apply_waivers(report, waivers);
    std::optional<StoreTransaction> record;
    std::string recorded_json;
    if (recorded) {
      // The run is recorded whole or not at all, with its report: a report
      // that cannot be written leaves no run behind.
      record.emplace(*store, StoreTransaction::Lock::kWrite);
      recorded_json = app::record_run(
          *store, {rules::rule_files_record(*pack), pack->profile, options.baseline}, report);
      if (!options.inspection_path.empty() && report.history) {
        RunHistory(store->database()).record_inspection(report.history->run_id, inspection_text);
      }
    }
    if (!write_report(report, resolved_options, facts.inspection, std::move(recorded_json), outputs,
                      &error) ||
        (!options.per_agency_dir.empty() &&
         !write_agency_records(report, lang, options.per_agency_dir, outputs, &error,
                               with_districts(std::move(facts), dataset)))) {
      usage_error(lang, error);
      return 2;  // the run rolls back, the staged outputs are discarded
    }
    if (record) record->commit();
    if (!outputs.publish(&error)) {
      // Rare (a rename within the output's own folder fails): the run is
      // recorded already, and the user is told so.
      const std::string recorded_run =
          report.history ? command_text(CommandText::kRunRecordedAnyway, lang,
                                        {std::to_string(report.history->run_id)})
                         : "";
      usage_error(lang, error + recorded_run);
      return 2;
    }
    const int status = report.exit_status();
    leave_to_exit(std::move(report));
    leave_to_exit(std::move(dataset));
    return status;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path.empty() ? ":memory:" : options.db_path, e);
    return 2;
  }
}

}  // namespace genaudit::cli
