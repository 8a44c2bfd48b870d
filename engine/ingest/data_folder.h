// Imports the registers an intake plan found (intake_plan.h) into the
// audit database: each register from all of its files, in template order,
// and what the report's intake section says of each file.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "adapters/registers/register_mapping.h"
#include "engine/ingest/intake.h"
#include "engine/ingest/intake_plan.h"
#include "engine/ingest/register_importer.h"

namespace genaudit {

// A register file's columns that no field of its template names.
struct IgnoredColumns {
  std::string file;
  std::vector<std::string> columns;
};

// How many rows of a register were imported, and left out (lenient), and
// whether its files replaced what was stored or were added to it.
struct RegisterCount {
  std::string name;
  long rows = 0;
  long rejected_rows = 0;
  std::size_t files = 1;
  bool added = false;
};

struct FolderImport {
  std::vector<MappingProblem> mapping_problems;  // nothing is imported if any
  std::vector<std::string> imported;  // register names, in template order
  std::vector<RegisterCount> counts;  // the same registers' rows
  std::vector<IgnoredColumns> ignored;  // for the user to see, once per file
  InputErrors errors;                 // of the plan, and of every rejected register
  std::size_t error_count = 0;
  IntakeReport intake;                // files read, columns, files not read
  // For each of intake.files: the optional template fields it has no
  // column for (intake.columns_absent has those no file of a register has).
  std::vector<std::vector<std::string>> absent_per_file;
  bool ok() const { return error_count == 0 && mapping_problems.empty(); }
};

// Imports every register of `plan`, in template order (a register after
// those it refers to): its first file replaces what the database holds of
// it (with `add_to_stored`, is added to it) and every other file is added,
// codes and persons checked across all of them. A register with errors is
// not imported; the plan's own errors are reported and nothing is imported.
// The caller holds the transaction that makes it all or nothing. A
// database that cannot be written throws StoreError (store_error.h).
FolderImport import_intake(AuditStore& store, const IntakePlan& plan,
                           const ImportOptions& options = {}, bool add_to_stored = false);

// plan_intake({folder}, mapping_files), then import_intake().
FolderImport import_data_folder(AuditStore& store, const std::filesystem::path& folder,
                                const ImportOptions& options = {},
                                const std::vector<std::filesystem::path>& mapping_files = {});

// Lenient, the files of one register: per file (display name), the rows
// whose unique code another of the files also has, each with the other row
// to name. Reads every file once more (only its rows' codes are kept); a
// file that cannot be read adds nothing (its import reports it).
std::map<std::string, std::map<long, CodeInAnotherFile>> codes_in_other_files(
    const IntakeRegister& files, const RecordSourceOptions& base);

// The intake facts the plan alone gives: files not read, registers missing.
void add_plan_to_intake(const IntakePlan& plan, IntakeReport* intake);

// The optional columns of `register_name` absent from every one of its
// files, given each file's absent fields, added to `intake`.
void add_absent_columns(const std::string& register_name,
                        const std::vector<std::vector<std::string>>& absent_per_file,
                        IntakeReport* intake);

}  // namespace genaudit
