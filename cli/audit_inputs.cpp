#include "cli/audit_inputs.h"

#include <filesystem>
#include <iostream>

#include "engine/ingest/data_folder.h"
#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"
#include "app/register_import.h"
#include "cli/lenient_import.h"
#include "cli/period_messages.h"
#include "engine/core/audit_period.h"

namespace genaudit::cli {
namespace {

// Waivers are decisions written by hand, a line or a few each.
constexpr std::uintmax_t kMaxWaiverFileBytes = std::uintmax_t{4} << 20;

}  // namespace

std::optional<AuditWhen> parse_audit_when(const std::string& period_text, const std::string& as_of_text,
                                          Language lang) {
  app::AuditWhenProblem problem;
  std::optional<AuditWhen> when = app::parse_audit_when(period_text, as_of_text, &problem);
  if (!when && problem.in_as_of) date_error(lang, "--as-of", as_of_text);
  if (!when && !problem.in_as_of) {
    period_error(lang, "--period", period_text, problem.period, PeriodUse::kAuditPeriod);
  }
  return when;
}

std::optional<IntakePlan> plan_data(const std::string& data_path,
                                    const std::vector<std::string>& mappings,
                                    Language lang) {
  if (!std::filesystem::exists(data_path)) {
    usage_error(lang, command_text(CommandText::kDataNotFound, lang, {data_path}));
    return std::nullopt;
  }
  IntakePlan plan = plan_intake({data_path}, {mappings.begin(), mappings.end()});
  if (!plan.mapping_problems.empty()) {
    print_mapping_problems(plan.mapping_problems, lang);
    return std::nullopt;
  }
  if (!plan.errors.empty()) {
    print_input_errors(plan.errors, plan.errors.size(), lang);
    return std::nullopt;
  }
  if (plan.registers.empty()) {
    print_no_register(data_path, plan.not_read, lang);
    return std::nullopt;
  }
  return plan;
}

std::unique_ptr<AuditStore> open_registers(const IntakePlan* plan, const std::string& db_path,
                                           Language lang, const LenientRead& lenient,
                                           IntakeReport* intake, AuditStore::Access access) {
  if ((plan == nullptr) == db_path.empty()) {
    usage_error(lang, command_text(CommandText::kDataOrDatabase, lang));
    return nullptr;
  }
  if (plan) {
    const std::filesystem::path rejected_folder =
        lenient.rejected_dir.empty() ? "rejected" : lenient.rejected_dir;
    if (lenient.lenient && !rejected_folder_is_safe(rejected_folder, plan->looked_in, lang)) {
      return nullptr;
    }
    std::optional<app::RejectedRowsFiles> rejected;
    if (lenient.lenient) rejected.emplace(rejected_folder, lang, *lenient.outputs);
    ImportOptions options;
    options.lenient = lenient.lenient;
    options.rejected = rejected ? &*rejected : nullptr;
    auto store = std::make_unique<AuditStore>(":memory:");
    FolderImport imported;
    try {
      imported = import_intake(*store, *plan, options);
    } catch (const StoreError&) {
      throw;
    } catch (const std::runtime_error& e) {  // a rejected rows' file cannot be written
      usage_error(lang, e.what());  // in the user's language already
      return nullptr;
    }
    for (const IgnoredColumns& i : imported.ignored) print_ignored_columns(i.file, i.columns, lang);
    if (!imported.ok()) {
      print_input_errors(imported.errors, imported.error_count, lang);
      return nullptr;
    }
    if (rejected) {
      // Staged: they appear with the report, once the whole run has succeeded.
      print_lenient_summary(imported.counts, *rejected, lang);
      app::note_rejected_files(*rejected, *plan, &imported.intake);
    }
    if (intake) *intake = std::move(imported.intake);
    return store;
  }
  if (!std::filesystem::is_regular_file(db_path)) {
    usage_error(lang, command_text(CommandText::kDatabaseNotFound, lang, {db_path}));
    return nullptr;
  }
  return std::make_unique<AuditStore>(db_path, access);
}

std::optional<InMemoryFolder> read_clean_data_folder(const IntakePlan& plan,
                                                     const FieldSelection& fields,
                                                     Language lang,
                                                     AuditEvaluation* evaluation) {
  std::optional<InMemoryFolder> clean = read_clean_folder(plan, fields, evaluation);
  if (clean) {
    for (const IgnoredColumns& i : clean->ignored) print_ignored_columns(i.file, i.columns, lang);
  }
  return clean;
}

std::optional<InspectionInput> read_inspection_file(const std::string& path, Language lang) {
  std::optional<std::string> text =
      read_named_file(path, kMaxWaiverFileBytes, CommandText::kWhatInspectionFile, lang);
  if (!text) return std::nullopt;
  InspectionFile file = read_inspection(path, *text, lang);
  if (!file.problems.empty()) {
    std::cerr << inspection_problems_text(path, file);
    usage_error(lang, command_text(CommandText::kInspectionFileErrors, lang,
                                   {std::to_string(file.problems.size()), path}));
    return std::nullopt;
  }
  return InspectionInput{std::move(file.inspection), std::move(*text)};
}

std::optional<std::vector<Waiver>> read_waiver_file(const std::string& path,
                                                    const KnownRules& known_rules,
                                                    Language lang) {
  const std::optional<std::string> text =
      read_named_file(path, kMaxWaiverFileBytes, CommandText::kWhatWaiverFile, lang);
  if (!text) return std::nullopt;
  WaiverFile file = read_waivers(path, *text, known_rules);
  if (!file.problems.empty()) {
    std::cerr << rules::format_diagnostics(file.problems);
    usage_error(lang, command_text(CommandText::kWaiverFileErrors, lang,
                                   {std::to_string(file.problems.size()), path}));
    return std::nullopt;
  }
  return std::move(file.waivers);
}

}  // namespace genaudit::cli
