// `genaudit import --db FILE PATH...`: imports register files, or every
// register of a folder, into a persistent audit database.
#include <filesystem>
#include <iostream>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include "adapters/registers/register_schema.h"
#include "engine/audit/data_folder.h"
#include "engine/cli/commands.h"
#include "engine/cli/diagnostics_output.h"
#include "engine/cli/import_progress.h"
#include "engine/cli/lenient_import.h"
#include "engine/store/audit_store.h"

namespace genaudit::cli {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

namespace {

// `rejected` beside the database file.
std::filesystem::path default_rejected_folder(const std::string& db_path) {
  return std::filesystem::path(db_path).parent_path() / "rejected";
}

}  // namespace

int run_import_command(const ImportOptions& options) {
  const rules::Language lang = options.lang;
  const std::filesystem::path rejected_folder = options.rejected_dir.empty()
                                                    ? default_rejected_folder(options.db_path)
                                                    : std::filesystem::path(options.rejected_dir);
  if (options.lenient && !rejected_folder_is_safe(rejected_folder, options.paths, lang)) return 2;
  RejectedRowsFiles rejected(rejected_folder, lang);
  ImportProgress progress(lang);
  genaudit::ImportOptions import_options;
  import_options.lenient = options.lenient;
  import_options.rejected = options.lenient ? &rejected : nullptr;
  import_options.progress = progress.callback();
  try {
    AuditStore store(options.db_path);
    const FirstImportJournal journal(store);
    // All the files or none: a register with an error leaves the database
    // exactly as it was, the registers imported before it included.
    // IMMEDIATE: the write lock is taken (or waited for) before any read,
    // so that another import committing meanwhile cannot invalidate ours.
    SQLite::Transaction transaction(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    InputErrors errors;
    std::size_t total = 0;
    std::vector<RegisterCount> counts;
    for (const std::string& p : options.paths) {
      const std::filesystem::path path(p);
      if (std::filesystem::is_directory(path)) {
        FolderImport folder = import_data_folder(store, path, import_options,
                                                 {options.mappings.begin(), options.mappings.end()});
        if (!folder.mapping_problems.empty()) {
          print_mapping_problems(folder.mapping_problems, lang);
          return 2;
        }
        for (const IgnoredColumns& i : folder.ignored) print_ignored_columns(i.file, i.columns, lang);
        total += folder.error_count;
        for (InputError& e : folder.errors) errors.push_back(std::move(e));
        if (!options.lenient) {
          for (const std::string& name : folder.imported) std::cerr << name << ": ok\n";
        }
        counts.insert(counts.end(), folder.counts.begin(), folder.counts.end());
        continue;
      }
      const RegisterSchema* schema = find_register(lower(path.stem().string()));
      const std::string extension = lower(path.extension().string());
      if (!schema || (extension != ".csv" && extension != ".xlsx")) {
        usage_error(lang,
                    "\"" + p + "\": tên tệp phải là tên một sổ (agencies, staff, ...) với đuôi "
                    ".csv hoặc .xlsx",
                    "\"" + p + "\": the file name must be a register's (agencies, staff, ...) "
                    "ending in .csv or .xlsx");
        return 2;
      }
      ImportOutcome outcome =
          import_register_file(store, *schema, path, path.filename().string(), import_options);
      total += outcome.error_count;
      for (InputError& e : outcome.errors) errors.push_back(std::move(e));
      if (!outcome.ignored_columns.empty()) {
        print_ignored_columns(path.filename().string(), outcome.ignored_columns, lang);
      }
      if (outcome.imported && !options.lenient) {
        std::cerr << schema->name << ": " << outcome.rows << " rows\n";
      }
      if (outcome.imported) counts.push_back({schema->name, outcome.rows, outcome.rejected_rows});
    }
    if (total > 0) {
      print_input_errors(errors, total, lang);
      return 2;  // the transaction rolls back, and the rejected rows' files are removed
    }
    transaction.commit();
    std::string error;
    if (!rejected.commit(&error)) {
      usage_error(lang, "đã nhập dữ liệu nhưng không ghi được các dòng bị loại: " + error,
                  "the data was imported but the rejected rows could not be written: " + error);
      return 2;
    }
    if (options.lenient) print_lenient_summary(counts, rejected, lang);
    // Lenient, rejected rows are not a failure: `import --lenient && audit`
    // audits what was kept; the summary says what was left out.
    return 0;
  } catch (const SQLite::Exception& e) {
    database_error(lang, options.db_path, e);
    return 2;
  } catch (const std::runtime_error& e) {  // a rejected rows' file cannot be written
    usage_error(lang, std::string("không ghi được tệp: ") + e.what(), e.what());
    return 2;
  }
}

int run_rules_check_command(const std::string& path) {
  std::optional<rules::RulePack> pack = load_pack_or_report(path);
  if (!pack) return 2;
  std::cout << pack->rules.size() << " rules checked, no problem found (pack "
            << pack->version << ")\n";
  return 0;
}

}  // namespace genaudit::cli
