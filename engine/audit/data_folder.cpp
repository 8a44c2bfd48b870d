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

FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options,
                                const std::vector<std::filesystem::path>& mapping_files) {
  FolderImport result;
  const std::vector<RegisterMapping> mappings =
      load_mappings(folder, mapping_files, &result.mapping_problems);
  if (!result.mapping_problems.empty()) return result;
  for (const RegisterSchema& schema : all_registers()) {
    std::vector<std::filesystem::path> files = find_register_files(folder, schema.name);
    ImportOptions register_options = options;
    auto mapped = std::find_if(mappings.begin(), mappings.end(),
                               [&](const RegisterMapping& m) { return m.register_name == schema.name; });
    if (mapped != mappings.end()) {
      files.insert(files.begin(), folder / mapped->file);
      register_options.source.sheet = mapped->sheet;
      register_options.source.layout = mapped->layout;
      register_options.source.mapping_file = mapped->mapping_file;
    }
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
      result.errors.push_back(std::move(e));
      ++result.error_count;
      continue;
    }
    const std::filesystem::path& file = files.front();
    ImportOutcome outcome =
        import_register_file(store, schema, file, file.filename().string(), register_options);
    if (!outcome.ignored_columns.empty()) {
      result.ignored.push_back({file.filename().string(), outcome.ignored_columns});
    }
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
