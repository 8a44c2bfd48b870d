#include "cli/lenient_import.h"

#include <iostream>

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
      usage_error(lang,
                  "thư mục ghi các dòng bị loại \"" + folder.string() +
                      "\" là thư mục chứa sổ \"" + input +
                      "\" — tệp ghi ra sẽ đè lên sổ gốc; hãy chọn thư mục khác bằng --rejected",
                  "the folder for rejected rows \"" + folder.string() +
                      "\" holds the register \"" + input +
                      "\" — its files would replace the originals; choose another with "
                      "--rejected");
      return false;
    }
  }
  return true;
}

void print_lenient_summary(const std::vector<RegisterCount>& counts,
                           const RejectedRowsFiles& files, Language lang) {
  const bool en = lang == Language::kEnglish;
  for (const RegisterCount& c : counts) {
    std::cerr << c.name << ": " << (en ? "" : "đã nhập ") << c.rows
              << (en ? " rows imported" : " dòng");
    if (c.rejected_rows > 0) {
      std::cerr << (en ? ", " : ", loại ") << c.rejected_rows
                << (en ? " rows rejected" : " dòng");
      for (const auto& w : files.written()) {
        if (w.register_name == c.name) std::cerr << " → " << w.path.string();
      }
    }
    std::cerr << "\n";
  }
}

void note_rejected_files(const RejectedRowsFiles& rejected, const IntakePlan& plan,
                         IntakeReport* intake) {
  for (const RejectedRowsFiles::Written& w : rejected.written()) {
    const IntakeRegister* r = plan.find(w.register_name);
    if (!r) continue;
    for (const IntakeSource& source : r->files) {
      if (source.path != w.source) continue;
      for (IntakeFile& f : intake->files) {
        if (f.register_name == w.register_name && f.file == source.display_name) {
          f.rejected_to = w.path.string();
        }
      }
    }
  }
}

void print_import_summary(const std::vector<RegisterCount>& counts, Language lang) {
  const bool en = lang == Language::kEnglish;
  for (const RegisterCount& c : counts) {
    const std::string files = std::to_string(c.files);
    const std::string rows = std::to_string(c.rows);
    if (en) {
      std::cerr << c.name << ": " << (c.added ? "added " : "replaced by ") << files
                << (c.files == 1 ? " file, " : " files, ") << rows << " rows\n";
    } else {
      std::cerr << c.name << ": " << (c.added ? "thêm " : "thay bằng ") << files << " tệp, "
                << rows << " dòng\n";
    }
  }
}

}  // namespace genaudit::cli
