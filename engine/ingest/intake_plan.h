// Which register each file given to genaudit is, and which files are not
// registers at all: the first step of every intake (`audit --data`,
// `import`). Every file is accounted for — read as part of a register, or
// listed as not read with the reason — so that nothing an agency sent is
// ignored without a word.
//
// A file is a register
//  - by its name: `staff.csv`, `STAFF.xlsx`, `staff.xlsm`, `staff.xls`, `staff.ods`;
//  - by a mapping (`*.mapping.toml` in its folder, or --mapping) naming it;
//  - by its header: a spreadsheet whatever it is called (`Danh sách cán bộ -
//    Sở Y tế.xlsx`, `staff (1).csv`) whose header, on one of the first 30
//    rows of one of its sheets, has every required column of exactly one
//    register's template.
// Several files may be one register (each agency sends its own list): they
// are read together. A file whose header matches two registers, whose
// header is on two sheets, or that looks like a register without being one
// (half its required columns or more) is an error naming the candidates.
//
// Folders are walked with their subfolders (links are not followed), but
// for a subfolder `rejected`: the rows an earlier lenient run left out,
// which would otherwise be read again as registers.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/record_source.h"
#include "adapters/registers/register_mapping.h"
#include "adapters/registers/province_registers.h"
#include "engine/ingest/intake.h"

namespace genaudit {

// One file to read as (part of) a register.
struct IntakeSource {
  const RegisterSchema* schema = nullptr;
  std::filesystem::path path;
  std::string display_name;  // relative to the folder given, or the path as given
  RecognisedBy recognised_by = RecognisedBy::kName;
  std::optional<RegisterMapping> mapping;
  std::string sheet;    // the worksheet holding the header; empty: CSV, or let the reader choose
  long header_row = 0;  // the header's row when found; 0: let the reader find it

  // `base` with this file's worksheet, header row and mapping.
  RecordSourceOptions source(RecordSourceOptions base) const;
};

// The files of one register, in the order they are read.
struct IntakeRegister {
  const RegisterSchema* schema = nullptr;
  std::vector<IntakeSource> files;
};

struct IntakePlan {
  std::vector<MappingProblem> mapping_problems;  // nothing is read if any
  std::vector<IntakeRegister> registers;  // in template order (a register after those it refers to)
  std::vector<UnreadFile> not_read;       // every file that is not read, with the reason
  InputErrors errors;                     // files that cannot be placed: nothing is read if any
  std::vector<std::string> looked_in;     // the folders and files given, for messages

  bool ok() const { return mapping_problems.empty() && errors.empty(); }
  const IntakeRegister* find(const std::string& register_name) const;
};

// Limits of a folder walk: a folder of registers holds tens of files.
inline constexpr std::size_t kMaxIntakeFiles = 10000;
inline constexpr int kMaxIntakeDepth = 8;

// Plans the intake of `paths` (folders and files); `mapping_files` are
// --mapping files, their `file` relative to the first folder given (or the
// current folder). A missing path is an error (kCannotOpen).
IntakePlan plan_intake(const std::vector<std::filesystem::path>& paths,
                       const std::vector<std::filesystem::path>& mapping_files = {});

// Whether the extension of `path` is a spreadsheet genaudit reads (.csv,
// .tsv, .txt, .xlsx, .xlsm, .xls, .ods), ignoring case.
bool is_register_format(const std::filesystem::path& path);

}  // namespace genaudit
