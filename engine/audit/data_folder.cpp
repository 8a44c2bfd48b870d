#include "engine/audit/data_folder.h"

#include <algorithm>
#include <cctype>

namespace genaudit {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

std::vector<std::filesystem::path> find_register_files(const std::filesystem::path& folder,
                                                       const std::string& register_name) {
  std::error_code ec;
  std::vector<std::filesystem::path> matches;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = lower(entry.path().filename().string());
    if (name == register_name + ".csv" || name == register_name + ".xlsx") {
      matches.push_back(entry.path());
    }
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

std::filesystem::path find_register_file(const std::filesystem::path& folder,
                                         const std::string& register_name) {
  const auto files = find_register_files(folder, register_name);
  return files.size() == 1 ? files.front() : std::filesystem::path();
}

namespace {

// The mappings of the folder's *.mapping.toml files and of `extra`, each
// register mapped at most once.
std::vector<RegisterMapping> load_mappings(const std::filesystem::path& folder,
                                           const std::vector<std::filesystem::path>& extra,
                                           std::vector<MappingProblem>* problems) {
  std::vector<std::filesystem::path> files = extra;
  std::error_code ec;
  std::vector<std::filesystem::path> own;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > 13 && name.ends_with(".mapping.toml")) {
      own.push_back(entry.path());
    }
  }
  std::sort(own.begin(), own.end());
  files.insert(files.end(), own.begin(), own.end());
  std::vector<RegisterMapping> mappings;
  for (const auto& file : files) {
    MappingLoad load = load_mapping_file(file);
    problems->insert(problems->end(), load.problems.begin(), load.problems.end());
    for (RegisterMapping& m : load.mappings) {
      const bool twice = std::any_of(mappings.begin(), mappings.end(), [&](const RegisterMapping& o) {
        return o.register_name == m.register_name;
      });
      if (twice) {
        problems->push_back({m.mapping_file, 0, 0,
                             "register `" + m.register_name + "` is mapped twice", ""});
      }
      mappings.push_back(std::move(m));
    }
  }
  return mappings;
}

}  // namespace

RecordSourceOptions FolderFile::source(RecordSourceOptions base) const {
  if (mapping) {
    base.sheet = mapping->sheet;
    base.layout = mapping->layout;
    base.mapping_file = mapping->mapping_file;
  }
  return base;
}

FolderPlan plan_data_folder(const std::filesystem::path& folder,
                            const std::vector<std::filesystem::path>& mapping_files) {
  FolderPlan plan;
  const std::vector<RegisterMapping> mappings =
      load_mappings(folder, mapping_files, &plan.mapping_problems);
  if (!plan.mapping_problems.empty()) return plan;
  for (const RegisterSchema& schema : all_registers()) {
    std::vector<std::filesystem::path> files = find_register_files(folder, schema.name);
    auto mapped = std::find_if(mappings.begin(), mappings.end(),
                               [&](const RegisterMapping& m) { return m.register_name == schema.name; });
    if (mapped != mappings.end()) files.insert(files.begin(), folder / mapped->file);
    if (files.empty()) continue;
    if (files.size() > 1) {
      InputError e{};
      e.kind = InputErrorKind::kDuplicateRegisterFile;
      e.file = files[0].filename().string();
      for (std::size_t i = 1; i < files.size(); ++i) {
        if (!e.value.empty()) e.value += ", ";
        e.value += files[i].filename().string();
      }
      e.expected = schema.name;
      plan.files.push_back({&schema, {}, std::nullopt, std::move(e)});
      continue;
    }
    FolderFile file{&schema, files.front(), std::nullopt, std::nullopt};
    if (mapped != mappings.end()) file.mapping = *mapped;
    plan.files.push_back(std::move(file));
  }
  return plan;
}

FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options,
                                const std::vector<std::filesystem::path>& mapping_files) {
  FolderImport result;
  FolderPlan plan = plan_data_folder(folder, mapping_files);
  result.mapping_problems = std::move(plan.mapping_problems);
  if (!result.mapping_problems.empty()) return result;
  for (const FolderFile& file : plan.files) {
    if (file.duplicate) {
      result.errors.push_back(*file.duplicate);
      ++result.error_count;
      continue;
    }
    const RegisterSchema& schema = *file.schema;
    ImportOptions register_options = options;
    register_options.source = file.source(options.source);
    const std::string name = file.path.filename().string();
    ImportOutcome outcome = import_register_file(store, schema, file.path, name, register_options);
    if (!outcome.ignored_columns.empty()) result.ignored.push_back({name, outcome.ignored_columns});
    if (outcome.imported) {
      result.imported.push_back(schema.name);
      result.counts.push_back({schema.name, outcome.rows, outcome.rejected_rows});
    } else {
      result.error_count += outcome.error_count;
      for (InputError& e : outcome.errors) result.errors.push_back(std::move(e));
    }
  }
  return result;
}

}  // namespace genaudit
