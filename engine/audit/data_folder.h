// Finds the registers of a data folder by file name (agencies.csv,
// staff.xlsx, ...) and imports each present one into the audit database.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "adapters/registers/register_mapping.h"
#include "engine/store/register_importer.h"

namespace genaudit {

// A register file's columns that no field of its template names.
struct IgnoredColumns {
  std::string file;
  std::vector<std::string> columns;
};

// How many rows of a register were imported, and left out (lenient).
struct RegisterCount {
  std::string name;
  long rows = 0;
  long rejected_rows = 0;
};

struct FolderImport {
  std::vector<MappingProblem> mapping_problems;  // nothing is imported if any
  std::vector<std::string> imported;  // register names, in template order
  std::vector<RegisterCount> counts;  // the same registers' rows
  std::vector<IgnoredColumns> ignored;  // for the user to see, once per file
  InputErrors errors;                 // of every rejected register
  std::size_t error_count = 0;
  bool ok() const { return error_count == 0 && mapping_problems.empty(); }
};

// The files of register `register_name` in `folder`: `<name>.csv` and
// `<name>.xlsx`, the name matched ignoring case, sorted. More than one is an
// error for the caller to report.
std::vector<std::filesystem::path> find_register_files(const std::filesystem::path& folder,
                                                       const std::string& register_name);

// The register file for `register_name` in `folder`, or empty when there is
// none or more than one.
std::filesystem::path find_register_file(const std::filesystem::path& folder,
                                         const std::string& register_name);

// One register file of a data folder, and the mapping that says how to read
// it, if any; or, for a register with two files, the error naming both
// (kDuplicateRegisterFile), and no path.
struct FolderFile {
  const RegisterSchema* schema = nullptr;
  std::filesystem::path path;
  std::optional<RegisterMapping> mapping;
  std::optional<InputError> duplicate;
  // `base` with the mapping's worksheet and layout, if any.
  RecordSourceOptions source(RecordSourceOptions base) const;
};

// What a data folder holds: its register files in template order (a
// register after those it refers to), or the mapping problems that stop it
// being read.
struct FolderPlan {
  std::vector<MappingProblem> mapping_problems;  // nothing is read if any
  std::vector<FolderFile> files;
};

// Finds the register files of `folder` (see import_data_folder).
FolderPlan plan_data_folder(const std::filesystem::path& folder,
                            const std::vector<std::filesystem::path>& mapping_files = {});

// Imports every register found in `folder`, in template order (a register
// after those it refers to). A register with errors is not imported; nor is
// one with two files (agencies.csv and agencies.xlsx): that is an error
// (kDuplicateRegisterFile) naming both.
//
// Mappings — the folder's `*.mapping.toml` files and `mapping_files` — name
// the file of a register laid out differently, and how to read it; a
// register so mapped is read from that file only.
FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options = {},
                                const std::vector<std::filesystem::path>& mapping_files = {});

}  // namespace genaudit
