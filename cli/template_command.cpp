// `genaudit template [REGISTER...] --output DIR [--db FILE]`: blank forms of
// the registers for agencies to fill in (reports/register_template.h).
// Writes only new files: when a form's file exists already, nothing is
// written and the command says which.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

#include "adapters/registers/province_registers.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/database_commands.h"
#include "cli/diagnostics_output.h"
#include "engine/output/staged_outputs.h"
#include "engine/store/audit_store.h"
#include "reports/register_template.h"

namespace genaudit::cli {
namespace {

// The registers named, in the catalogue's order, each once; all when none
// is named. nullopt after saying which name is no register.
std::optional<std::vector<const RegisterSchema*>> chosen_registers(
    const std::vector<std::string>& names, Language lang) {
  const RegisterCatalogue& catalogue = province_registers();
  bool unknown = false;
  for (const std::string& name : names) {
    if (catalogue.find(name) != nullptr) continue;
    std::string known;
    for (const std::string& n : catalogue.names()) known += (known.empty() ? "" : ", ") + n;
    usage_error(lang, command_text(CommandText::kTemplateUnknownRegister, lang, {name, known}));
    unknown = true;
  }
  if (unknown) return std::nullopt;
  std::vector<const RegisterSchema*> chosen;
  for (const RegisterSchema& schema : catalogue.registers()) {
    if (names.empty() || std::find(names.begin(), names.end(), schema.name) != names.end()) {
      chosen.push_back(&schema);
    }
  }
  return chosen;
}

// The agency codes the forms offer: those of the database, when given.
// nullopt after saying why the database cannot be read.
std::optional<TemplateAgencies> agencies_for_forms(const std::string& db_path, Language lang) {
  TemplateAgencies agencies;
  if (db_path.empty()) return agencies;
  if (!database_exists(db_path, lang)) return std::nullopt;
  try {
    AuditStore store(db_path, AuditStore::Access::kReadOnly);
    agencies.agencies = stored_agencies(store);
    agencies.database = db_path;
    return agencies;
  } catch (const StoreError& e) {
    database_error(lang, db_path, e);
    return std::nullopt;
  }
}

}  // namespace

int run_template_command(const TemplateOptions& options) {
  const Language lang = options.lang;
  const std::optional<std::vector<const RegisterSchema*>> registers =
      chosen_registers(options.registers, lang);
  if (!registers) return 2;
  const std::filesystem::path folder(options.output_dir);
  std::error_code ec;
  if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec)) {
    usage_error(lang, command_text(CommandText::kTemplateOutputNotFolder, lang, {folder.string()}));
    return 2;
  }
  // Every form is new, or none is written.
  bool exists = false;
  for (const RegisterSchema* schema : *registers) {
    const std::filesystem::path file = folder / template_file_name(*schema);
    if (std::filesystem::symlink_status(file, ec).type() != std::filesystem::file_type::not_found) {
      usage_error(lang, command_text(CommandText::kTemplateFileExists, lang, {file.string()}));
      exists = true;
    }
  }
  if (exists) return 2;
  const std::optional<TemplateAgencies> agencies = agencies_for_forms(options.db_path, lang);
  if (!agencies) return 2;

  StagedOutputs outputs(lang);
  if (!options.db_path.empty()) outputs.protect(options.db_path, InputRole::kDatabase);
  std::string error;
  if (!outputs.create_folder(folder, &error)) {
    usage_error(lang, error);
    return 2;
  }
  for (const RegisterSchema* schema : *registers) {
    if (!write_register_template(*schema, province_registers(), *agencies, lang,
                                 folder / template_file_name(*schema), outputs, &error)) {
      usage_error(lang, error);
      return 2;
    }
  }
  if (!outputs.publish(&error)) {
    usage_error(lang, error);
    return 2;
  }
  for (const RegisterSchema* schema : *registers) {
    const std::string title = lang == Language::kEnglish ? schema->name : schema->vi_title;
    std::cout << command_text(CommandText::kTemplateWritten, lang,
                              {(folder / template_file_name(*schema)).string(), title})
              << "\n";
  }
  return 0;
}

}  // namespace genaudit::cli
