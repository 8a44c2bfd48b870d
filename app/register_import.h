// Importing register files into the audit database: `genaudit import` and
// the workspace's upload both do it through import_registers(), so that
// what a file means does not depend on where it was given.
//
// All the files or none: a register with an error leaves the database
// exactly as it was, the registers imported before it included. The
// import holds the database's write lock from its first read to its
// commit, so that another import committing meanwhile cannot invalidate it.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "app/rejected_rows_files.h"
#include "engine/ingest/data_folder.h"
#include "engine/ingest/intake_plan.h"
#include "engine/store/audit_store.h"

namespace genaudit::app {

struct RegisterImportRequest {
  // Files and folders: every path at once, so that the files of one
  // register, wherever they are (one folder per agency), are read together.
  std::vector<std::filesystem::path> paths;
  std::vector<std::filesystem::path> mappings;  // --mapping files
  // Lenient: the good rows are imported and the others written to
  // `rejected` (required) instead of rejecting a register with errors.
  bool lenient = false;
  RejectedRowsFiles* rejected = nullptr;
  bool add = false;  // add the files' rows to the registers stored
  // Called with a file's name and its rows read so far (ImportOptions).
  std::function<void(const std::string& file, long rows, bool done)> progress;
  // Called once the files are placed, before anything is read: the
  // command line marks them as files no output may replace.
  std::function<void(const IntakePlan& plan)> planned;
};

struct RegisterImport {
  enum class Outcome {
    kImported,         // committed
    kMappingProblems,  // a mapping file is wrong: plan.mapping_problems
    kNoRegister,       // the paths hold no register: plan.not_read says why
    kRefused,          // errors in the files: folder.errors; nothing changed
  };
  Outcome outcome = Outcome::kRefused;
  IntakePlan plan;
  FolderImport folder;  // counts, ignored columns, errors and intake
  bool imported() const { return outcome == Outcome::kImported; }
};

// The fields of each register an audit of the built-in pack reads, the
// province summary's included: those the import's copies hold
// (engine/ingest/imported_copy.h). An audit of other rules reading more
// reads the registers through SQL once and copies them again.
const FieldSelection& audited_fields();

// Imports `request.paths` into `store` in one transaction, records what was
// read of each file (IntakeLog, with where a file's rejected rows went) and
// commits, or changes nothing. Throws StoreError, and std::runtime_error
// (its what() in the user's language) when a rejected rows' file cannot be
// written.
RegisterImport import_registers(AuditStore& store, const RegisterImportRequest& request);

// Sets, in `intake`, where each file's rejected rows went (rejected_to).
void note_rejected_files(const RejectedRowsFiles& rejected, const IntakePlan& plan,
                         IntakeReport* intake);

}  // namespace genaudit::app
