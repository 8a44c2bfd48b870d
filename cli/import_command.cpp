// `genaudit import --db FILE PATH...`: imports register files, or every
// register of a folder, into a persistent audit database.
#include <filesystem>
#include <iostream>

#include "adapters/registers/province_registers.h"
#include "app/register_import.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "cli/import_progress.h"
#include "cli/lenient_import.h"
#include "cli/protected_inputs.h"
#include "engine/eval/scan_warnings.h"
#include "engine/output/staged_outputs.h"
#include "engine/store/audit_store.h"

namespace genaudit::cli {
namespace {

// `rejected` beside the database file.
std::filesystem::path default_rejected_folder(const std::string& db_path) {
  return std::filesystem::path(db_path).parent_path() / "rejected";
}

}  // namespace

int run_import_command(const ImportOptions& options) {
  const Language lang = options.lang;
  const std::filesystem::path rejected_folder = options.rejected_dir.empty()
                                                    ? default_rejected_folder(options.db_path)
                                                    : std::filesystem::path(options.rejected_dir);
  if (options.lenient && !rejected_folder_is_safe(rejected_folder, options.paths, lang)) return 2;
  // The rejected rows' files appear once the import is committed.
  StagedOutputs outputs(lang);
  app::RejectedRowsFiles rejected(rejected_folder, lang, outputs);
  ImportProgress progress(lang);
  app::RegisterImportRequest request;
  request.paths = {options.paths.begin(), options.paths.end()};
  request.mappings = {options.mappings.begin(), options.mappings.end()};
  request.lenient = options.lenient;
  request.rejected = &rejected;
  request.add = options.add;
  request.progress = progress.callback();
  request.planned = [&](const IntakePlan& plan) {
    protect_database(outputs, options.db_path);
    protect_plan(outputs, plan, options.mappings);
  };
  try {
    AuditStore store(options.db_path);
    const app::RegisterImport result = app::import_registers(store, request);
    using Outcome = app::RegisterImport::Outcome;
    if (result.outcome == Outcome::kMappingProblems) {
      print_mapping_problems(result.plan.mapping_problems, lang);
      return 2;
    }
    if (result.outcome == Outcome::kNoRegister) {
      print_no_register(options.paths.size() == 1 ? options.paths[0] : "",
                        result.plan.not_read, lang);
      return 2;
    }
    const FolderImport& folder = result.folder;
    for (const IgnoredColumns& i : folder.ignored) print_ignored_columns(i.file, i.columns, lang);
    print_not_read(result.plan.not_read, lang);
    if (!result.imported()) {
      print_input_errors(folder.errors, folder.error_count, lang);
      return 2;  // nothing changed, and the rejected rows' files are discarded
    }
    if (!options.lenient) print_import_summary(folder.counts, lang);
    std::string error;
    if (!outputs.publish(&error)) {
      usage_error(lang, command_text(CommandText::kImportedRejectedUnwritten, lang, {error}));
      return 2;
    }
    if (options.lenient) print_lenient_summary(folder.counts, rejected, lang);
    // Lenient, rejected rows are not a failure: `import --lenient && audit`
    // audits what was kept; the summary says what was left out.
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  } catch (const std::runtime_error& e) {  // a rejected rows' file cannot be written
    usage_error(lang, e.what());  // in the user's language already
    return 2;
  }
}

// Errors stop with status 2; warnings (a rule that runs, but slowly) are
// said on standard error and the pack passes.
int run_rules_check_command(const rules::RuleSources& sources) {
  std::optional<rules::RulePack> pack = load_pack_or_report(sources);
  if (!pack) return 2;
  const rules::Diagnostics warnings = nested_scan_warnings(*pack);
  std::cerr << rules::format_diagnostics(warnings);
  std::cout << pack->rules.size() << " rules checked, "
            << (warnings.empty() ? "no problem found"
                                 : "no error, " + std::to_string(warnings.size()) + " warning(s)")
            << " (pack " << pack->version << ")\n";
  return 0;
}

}  // namespace genaudit::cli
