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

std::filesystem::path find_register_file(const std::filesystem::path& folder,
                                         const std::string& register_name) {
  std::error_code ec;
  std::vector<std::filesystem::path> matches;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (!entry.is_regular_file()) continue;
    if (lower(entry.path().filename().string()) == register_name + ".csv") {
      matches.push_back(entry.path());
    }
  }
  std::sort(matches.begin(), matches.end());
  return matches.empty() ? std::filesystem::path() : matches.front();
}

FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options) {
  FolderImport result;
  for (const RegisterSchema& schema : all_registers()) {
    const std::filesystem::path file = find_register_file(folder, schema.name);
    if (file.empty()) continue;
    ImportOutcome outcome =
        import_register_file(store, schema, file, file.filename().string(), options);
    if (!outcome.ignored_columns.empty()) {
      result.ignored.push_back({file.filename().string(), outcome.ignored_columns});
    }
    if (outcome.imported) {
      result.imported.push_back(schema.name);
    } else {
      result.error_count += outcome.error_count;
      for (InputError& e : outcome.errors) result.errors.push_back(std::move(e));
    }
  }
  return result;
}

}  // namespace genaudit
