#include "cli/lenient_import.h"

#include <iostream>

#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"

namespace genaudit::cli {

bool rejected_folder_is_safe(const std::filesystem::path& folder,
                             const std::vector<std::string>& inputs, Language lang) {
  std::error_code ec;
  if (!std::filesystem::exists(folder, ec)) return true;
  for (const std::string& input : inputs) {
    const std::filesystem::path path(input);
    std::filesystem::path source = std::filesystem::is_directory(path, ec) ? path : path.parent_path();
    if (source.empty()) source = ".";
    if (std::filesystem::equivalent(folder, source, ec)) {
      usage_error(lang, command_text(CommandText::kRejectedFolderIsInput, lang,
                                     {folder.string(), input}));
      return false;
    }
  }
  return true;
}

void print_lenient_summary(const std::vector<RegisterCount>& counts,
                           const app::RejectedRowsFiles& files, Language lang) {
  for (const RegisterCount& c : counts) {
    std::cerr << command_text(CommandText::kLenientImported, lang,
                              {c.name, std::to_string(c.rows)});
    if (c.rejected_rows > 0) {
      std::cerr << command_text(CommandText::kLenientRejected, lang,
                                {std::to_string(c.rejected_rows)});
      for (const auto& w : files.written()) {
        if (w.register_name == c.name) std::cerr << " → " << w.path.string();
      }
    }
    std::cerr << "\n";
  }
}

void print_import_summary(const std::vector<RegisterCount>& counts, Language lang) {
  for (const RegisterCount& c : counts) {
    const CommandText said = c.added ? (c.files == 1 ? CommandText::kImportAddedOneFile
                                                     : CommandText::kImportAddedFiles)
                                     : (c.files == 1 ? CommandText::kImportReplacedOneFile
                                                     : CommandText::kImportReplacedFiles);
    std::cerr << command_text(said, lang,
                              {c.name, std::to_string(c.files), std::to_string(c.rows)})
              << "\n";
  }
}

}  // namespace genaudit::cli
