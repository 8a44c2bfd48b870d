// Imports one register file into the audit database as one transaction:
// every row is read, converted and checked (unique codes, references,
// a person's gender), and the register is replaced only when nothing is
// wrong. On any error the database is left exactly as it was. The import is
// a savepoint, so a caller may hold several imports in one transaction.
//
// Lenient, a row with a problem is left out instead, and handed with its
// problems to a RejectedRowsSink; only a problem of the whole file (it
// cannot be read, a required column is missing, a limit) still rejects it.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/header_matcher.h"
#include "adapters/registers/record_source.h"
#include "adapters/registers/province_registers.h"
#include "engine/store/audit_store.h"

namespace genaudit {

// Receives the rows a lenient import leaves out, as the file writes them.
class RejectedRowsSink {
 public:
  virtual ~RejectedRowsSink() = default;
  // Once per file that has rejected rows, before them: its header row as
  // written, and how the file was read (a mapping's, if any).
  virtual void begin(const std::filesystem::path& file, const RegisterSchema& schema,
                     const RecordSourceOptions& source,
                     const std::vector<std::string>& header) = 0;
  // Each rejected row, in file order: its cells as written, and every
  // problem of it (naming the file and its row there).
  virtual void row(const std::vector<std::string>& cells, const InputErrors& problems) = 0;
  // After the last row of the file.
  virtual void end() = 0;
};

// Lenient, several files of one register: a row whose unique code another
// file also has. Every row of such a code is left out, in every file, none
// preferred — as the rows of a code repeated within one file are.
struct CodeInAnotherFile {
  std::size_t field = 0;
  std::string code;       // as written
  std::string other_row;  // "row 5 in SYT/agencies.csv"
  bool later = false;     // the other row comes first (kDuplicateKey), else kRepeatedLater
};

struct ImportOptions {
  std::size_t error_limit = 50;  // errors kept in full; the rest are counted
  RecordSourceOptions source;    // the worksheet, limits, a mapping's layout
  // Leave out the rows with a problem instead of rejecting the register;
  // they go to `rejected` when given.
  bool lenient = false;
  RejectedRowsSink* rejected = nullptr;
  // Add the file's rows to those stored (another agency's list of the same
  // register) instead of replacing them; codes and persons are checked
  // across both. A file of rejected rows (with the reason column) adds too,
  // its rows counted as such in the import log. A file of the content of
  // one the register holds already is refused (kAlreadyImported).
  bool add_to_register = false;
  // Lenient: this file's rows, by spreadsheet row, whose unique code another
  // file of the register has (codes_in_other_files(), data_folder.h).
  const std::map<long, CodeInAnotherFile>* codes_in_other_files = nullptr;
  // The fields of each register, by name, that the evaluator's copy the
  // import writes holds (imported_copy.h): those the audits will read, so
  // that they decode no other; null: every field. A register with none
  // listed gets no copy.
  const std::map<std::string, std::set<std::string>>* copy_fields = nullptr;
  // Called with the file's name and the rows read so far, every
  // kProgressRows rows and once at the end of the file (`done`).
  std::function<void(const std::string& file, long rows, bool done)> progress;
  static constexpr long kProgressRows = 4096;
};

struct ImportOutcome {
  bool imported = false;
  long rows = 0;
  long rejected_rows = 0;  // lenient: rows left out
  InputErrors errors;           // the first `error_limit` errors (lenient: of the file)
  std::size_t error_count = 0;  // every error found
  std::vector<std::string> ignored_columns;
  // What the report's intake section says of the file (intake.h).
  std::string sha256;
  std::string sheet;
  long header_row = 0;
  bool added = false;  // its rows were added to those stored, not replacing them
  std::vector<HeaderField> columns_by_note;
  std::vector<std::string> absent_fields;  // optional template fields it has no column for
  // Lenient: rows left out by the agency they name (agency_code, or
  // reported_by), "" for none.
  std::vector<std::pair<std::string, long>> left_out_by_agency;
};

// What the import log's `file` gains when a file's rows are added to a
// register: " + NAME (sha256 HEX)" after the names before it.
std::string added_file_log_entry(const std::string& file, const std::string& sha256);

// Imports `path` as register `schema`, named `display_name` in messages and
// in the provenance of its rows. References to a register that is not
// imported are not checked (rules that need both are skipped anyway).
// A database that cannot be written throws StoreError (store_error.h).
ImportOutcome import_register_file(AuditStore& store, const RegisterSchema& schema,
                                   const std::filesystem::path& path,
                                   const std::string& display_name,
                                   const ImportOptions& options = {});

}  // namespace genaudit
