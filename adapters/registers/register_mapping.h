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

#include <filesystem>
#include <string>
#include <vector>

#include "adapters/registers/register_layout.h"

namespace genaudit {

struct RegisterMapping {
  std::string register_name;
  std::string file;    // relative to the data folder
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

// Reads and parses the mapping file at `path`.
MappingLoad load_mapping_file(const std::filesystem::path& path);

// "file:line:col: error: message" and the hint, one problem a line pair.
std::string format_mapping_problems(const std::vector<MappingProblem>& problems);

}  // namespace genaudit
