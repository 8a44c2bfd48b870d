#include "engine/ingest/data_folder.h"

#include <algorithm>
#include <unordered_map>

#include "adapters/registers/register_reader.h"
#include "engine/core/unicode_text.h"
#include "engine/ingest/cross_row_checks.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {

std::map<std::string, std::map<long, CodeInAnotherFile>> codes_in_other_files(
    const IntakeRegister& files, const RecordSourceOptions& base) {
  std::map<std::string, std::map<long, CodeInAnotherFile>> out;
  const RegisterSchema& schema = *files.schema;
  struct Place {
    std::size_t file;  // index in files.files
    long row;
    std::string code;
  };
  // Per unique field: normalized code -> where it is, in file then row order.
  std::map<std::size_t, std::unordered_map<std::string, std::vector<Place>>> places;
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (schema.fields[f].unique) places[f];
  }
  if (places.empty()) return out;
  for (std::size_t i = 0; i < files.files.size(); ++i) {
    const IntakeSource& file = files.files[i];
    InputErrors errors;
    auto reader = RegisterReader::open(schema, file.path, file.display_name, &errors,
                                       file.source(base));
    if (!reader) continue;
    RegisterRow row;
    while (reader->next(&row, &errors)) {
      for (auto& [f, codes] : places) {
        const std::string* code = std::get_if<std::string>(&row.cells[f]);
        if (code) codes[text::normalize_free_text(*code)].push_back({i, row.row, *code});
      }
    }
  }
  for (const auto& [f, codes] : places) {
    for (const auto& [key, at] : codes) {
      const auto in_other_file = std::find_if(at.begin(), at.end(),
                                              [&](const Place& p) { return p.file != at[0].file; });
      if (in_other_file == at.end()) continue;  // one file only: its own check
      for (const Place& p : at) {
        // The first file's rows name the first row in another file; the
        // other files' rows name the first row of all.
        const Place& other = p.file == at[0].file ? *in_other_file : at[0];
        const std::string& here = files.files[p.file].display_name;
        const std::string where =
            other_row_text(here, other.row, files.files[other.file].display_name);
        const bool later = p.file != at[0].file;  // then the row it names comes first
        out[here].emplace(p.row, CodeInAnotherFile{f, p.code, where, later});
      }
    }
  }
  return out;
}

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
                           bool add_to_stored) try {
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
    // Lenient: a code in two files leaves out its rows in both.
    std::map<std::string, std::map<long, CodeInAnotherFile>> elsewhere;
    if (options.lenient && r.files.size() > 1) elsewhere = codes_in_other_files(r, options.source);
    for (const IntakeSource& file : r.files) {
      ImportOptions file_options = options;
      const auto in_others = elsewhere.find(file.display_name);
      if (in_others != elsewhere.end()) file_options.codes_in_other_files = &in_others->second;
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
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options,
                                const std::vector<std::filesystem::path>& mapping_files) try {
  return import_intake(store, plan_intake({folder}, mapping_files), options);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
