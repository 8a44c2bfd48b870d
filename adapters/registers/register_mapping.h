// Mapping files: TOML that lets any other layout of a register be imported
// without changing it. A data folder's `*.mapping.toml` files, or those given
// with --mapping, apply.
//
//   [[register]]
//   name = "staff"                      # which register
//   file = "NhanSu_2025.xlsx"           # the file, in the data folder
//   sheet = "Danh sách"                 # XLSX: the worksheet (default: the first)
//   header_row = 4                      # the header's row (default: first non-blank)
//   date_format = "dd.mm.yyyy"          # how its dates are written
//   [register.columns]                  # its headers -> template fields
//   "Số hiệu CB" = "staff_id"
//   [register.values.gender]            # more words for coded values -> codes
//   "Bà" = "female"
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "adapters/registers/register_layout.h"

namespace genaudit {

struct RegisterMapping {
  std::string register_name;
  // The file, relative to the mapping's folder (see inside_folder()).
  std::string file;
  int file_line = 0;    // where `file` is written, for messages
  int file_column = 0;
  std::string sheet;   // empty: the first worksheet
  RegisterLayout layout;
  std::string mapping_file;  // where this was stated, for messages
};

// A mistake in a mapping file, at its line and column (from 1).
struct MappingProblem {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  std::string hint;  // e.g. "did you mean `gender`?"
};

struct MappingLoad {
  std::vector<RegisterMapping> mappings;
  std::vector<MappingProblem> problems;  // all of them; mappings empty if any
};

// Parses mapping text named `name` in messages.
MappingLoad parse_mapping(const std::string& name, const std::string& text);

// A mapping file is a few dozen lines: a bigger one is refused unread.
inline constexpr std::uintmax_t kMaxMappingFileBytes = std::uintmax_t{1} << 20;

// Reads and parses the mapping file at `path`, which must be a regular file
// of at most kMaxMappingFileBytes (a device or a pipe would be read forever).
MappingLoad load_mapping_file(const std::filesystem::path& path);

// A mapping's `file` names a file inside the folder the mapping applies to
// (the mapping file's own folder; the data folder for --mapping) or one of
// its subfolders. parse_mapping() refuses, as a problem at `file`, any text
// that leads out by itself: an absolute path, a `..`.
// check_mapped_file() then refuses, at the same place, a `file` that leads
// out of `folder` through a symbolic link, and one that exists but is not a
// regular file (a folder, a device, a pipe); nullopt when it is sound
// (existing or not: a missing file is the intake's to report).
std::optional<MappingProblem> check_mapped_file(const RegisterMapping& mapping,
                                                const std::filesystem::path& folder);

// "file:line:col: error: message" and the hint, one problem a line pair.
std::string format_mapping_problems(const std::vector<MappingProblem>& problems);

}  // namespace genaudit
