#include "engine/audit/data_folder.h"

#include <algorithm>

namespace genaudit {

void add_plan_to_intake(const IntakePlan& plan, IntakeReport* intake) {
  intake->files_not_read.insert(intake->files_not_read.end(), plan.not_read.begin(),
                                plan.not_read.end());
  for (const RegisterSchema& schema : all_registers()) {
    if (!plan.find(schema.name)) intake->registers_missing.push_back(schema.name);
  }
}

void add_absent_columns(const std::string& register_name,
                        const std::vector<std::vector<std::string>>& absent_per_file,
                        IntakeReport* intake) {
  if (absent_per_file.empty()) return;
  for (const std::string& field : absent_per_file.front()) {
    const bool everywhere = std::all_of(absent_per_file.begin(), absent_per_file.end(),
                                        [&](const std::vector<std::string>& absent) {
                                          return std::find(absent.begin(), absent.end(), field) !=
                                                 absent.end();
                                        });
    if (everywhere) intake->columns_absent.push_back({register_name, field});
  }
}

FolderImport import_intake(AuditStore& store, const IntakePlan& plan, const ImportOptions& options,
                           bool add_to_stored) {
  FolderImport result;
  result.mapping_problems = plan.mapping_problems;
  if (!result.mapping_problems.empty()) return result;
  if (!plan.errors.empty()) {
    result.errors = plan.errors;
    result.error_count = plan.errors.size();
    return result;
  }
  result.intake.lenient = options.lenient;
  add_plan_to_intake(plan, &result.intake);
  for (const IntakeRegister& r : plan.registers) {
    const RegisterSchema& schema = *r.schema;
    RegisterCount count{schema.name, 0, 0, r.files.size(), add_to_stored};
    bool any_imported = false, all_imported = true;
    std::vector<std::vector<std::string>> absent;
    for (const IntakeSource& file : r.files) {
      ImportOptions file_options = options;
      file_options.source = file.source(options.source);
      // Every file after the first one imported adds to it.
      file_options.add_to_register = add_to_stored || any_imported;
      ImportOutcome outcome =
          import_register_file(store, schema, file.path, file.display_name, file_options);
      if (!outcome.ignored_columns.empty()) {
        result.ignored.push_back({file.display_name, outcome.ignored_columns});
      }
      if (!outcome.imported) {
        all_imported = false;
        result.error_count += outcome.error_count;
        for (InputError& e : outcome.errors) result.errors.push_back(std::move(e));
        continue;
      }
      // Added or replaced as its first file was: a file of rejected rows
      // adds, whatever the command said.
      if (!any_imported) count.added = outcome.added;
      any_imported = true;
      count.rows += outcome.rows;
      count.rejected_rows += outcome.rejected_rows;
      IntakeFile f;
      f.register_name = schema.name;
      f.file = file.display_name;
      f.sheet = outcome.sheet;
      f.header_row = outcome.header_row;
      f.recognised_by = file.recognised_by;
      f.sha256 = outcome.sha256;
      f.rows = outcome.rows;
      f.rows_left_out = outcome.rejected_rows;
      result.intake.files.push_back(std::move(f));
      for (const HeaderField& h : outcome.columns_by_note) {
        result.intake.columns_by_note.push_back({schema.name, file.display_name, h.header, h.field});
      }
      for (const std::string& h : outcome.ignored_columns) {
        result.intake.columns_ignored.push_back({schema.name, file.display_name, h, ""});
      }
      for (const auto& [agency, n] : outcome.left_out_by_agency) {
        auto same = std::find_if(result.intake.rows_left_out_by_agency.begin(),
                                 result.intake.rows_left_out_by_agency.end(),
                                 [&](const AgencyRowsLeftOut& a) {
                                   return a.register_name == schema.name && a.agency_code == agency;
                                 });
        if (same != result.intake.rows_left_out_by_agency.end()) {
          same->rows += n;
        } else {
          result.intake.rows_left_out_by_agency.push_back({schema.name, agency, n});
        }
      }
      result.absent_per_file.push_back(outcome.absent_fields);
      absent.push_back(std::move(outcome.absent_fields));
    }
    if (all_imported) {
      result.imported.push_back(schema.name);
      result.counts.push_back(count);
      add_absent_columns(schema.name, absent, &result.intake);
    }
  }
  return result;
}

FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options,
                                const std::vector<std::filesystem::path>& mapping_files) {
  return import_intake(store, plan_intake({folder}, mapping_files), options);
}

}  // namespace genaudit
