#include "engine/cli/output_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <unistd.h>

namespace genaudit::cli {
namespace {

std::string cannot_write(const std::string& path, rules::Language lang) {
  return lang == rules::Language::kEnglish
             ? "cannot write \"" + path + "\": the folder does not exist or cannot be written"
             : "không ghi được tệp \"" + path + "\": thư mục không tồn tại hoặc không ghi được";
}

}  // namespace

bool write_output(const std::string& path, const std::string& content, rules::Language lang,
                  std::string* error) {
  if (path.empty()) {
    std::cout << content;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      *error = cannot_write(path, lang);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    *error = cannot_write(path, lang);
    return false;
  }
  return true;
}

}  // namespace genaudit::cli
