#include "adapters/sheets/workbook_file.h"

namespace genaudit::sheets {

InputError file_error(InputErrorKind kind, const std::string& file) {
  InputError e{};
  e.kind = kind;
  e.file = file;
  return e;
}

std::optional<std::uintmax_t> workbook_size(const std::filesystem::path& path,
                                            const std::string& display_name, InputError* error) {
  std::error_code ec;
  std::optional<InputErrorKind> problem;
  std::uintmax_t size = 0;
  if (std::filesystem::is_directory(path, ec)) {
    problem = InputErrorKind::kCannotOpen;
  } else {
    size = std::filesystem::file_size(path, ec);
    if (ec) problem = InputErrorKind::kCannotOpen;
    else if (size == 0) problem = InputErrorKind::kEmptyFile;
  }
  if (!problem) return size;
  if (error != nullptr) *error = file_error(*problem, display_name);
  return std::nullopt;
}

}  // namespace genaudit::sheets
