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
#include "engine/store/audit_store.h"

namespace genaudit::cli {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

int run_import_command(const ImportOptions& options) {
  const rules::Language lang = options.lang;
  try {
    AuditStore store(options.db_path);
    // All the files or none: a register with an error leaves the database
    // exactly as it was, the registers imported before it included.
    // IMMEDIATE: the write lock is taken (or waited for) before any read,
    // so that another import committing meanwhile cannot invalidate ours.
    SQLite::Transaction transaction(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    InputErrors errors;
    std::size_t total = 0;
    for (const std::string& p : options.paths) {
      const std::filesystem::path path(p);
      if (std::filesystem::is_directory(path)) {
        FolderImport folder =
            import_data_folder(store, path, {}, {options.mappings.begin(), options.mappings.end()});
        if (!folder.mapping_problems.empty()) {
          print_mapping_problems(folder.mapping_problems, lang);
          return 2;
        }
        for (const IgnoredColumns& i : folder.ignored) print_ignored_columns(i.file, i.columns, lang);
        total += folder.error_count;
        for (InputError& e : folder.errors) errors.push_back(std::move(e));
        for (const std::string& name : folder.imported) std::cerr << name << ": ok\n";
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
          import_register_file(store, *schema, path, path.filename().string());
      total += outcome.error_count;
      for (InputError& e : outcome.errors) errors.push_back(std::move(e));
      if (!outcome.ignored_columns.empty()) {
        print_ignored_columns(path.filename().string(), outcome.ignored_columns, lang);
      }
      if (outcome.imported) {
        std::cerr << schema->name << ": " << outcome.rows << " rows\n";
      }
    }
    if (total > 0) {
      print_input_errors(errors, total, lang);
      return 2;  // the transaction rolls back
    }
    transaction.commit();
    return 0;
  } catch (const SQLite::Exception& e) {
    database_error(lang, options.db_path, e);
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
