// The checks every workbook reader (XLSX, ODS, XLS) makes of the file
// before opening it: it is a file that can be read, and not empty.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "adapters/input_error.h"

namespace genaudit::sheets {

// An error of the whole file `file` (no sheet, no row).
InputError file_error(InputErrorKind kind, const std::string& file);

// The size of workbook `path`, or nullopt with *error set: kCannotOpen for
// a folder or a file that cannot be read, kEmptyFile for 0 bytes.
std::optional<std::uintmax_t> workbook_size(const std::filesystem::path& path,
                                            const std::string& display_name, InputError* error);

}  // namespace genaudit::sheets
