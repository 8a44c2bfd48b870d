// The checks of a register across its rows — unique codes, references, a
// person's gender — and the filling of a person's fields on all their rows,
// done in SQL over the rows once inserted. SQLite sorts and groups on disk
// past its page cache, so memory does not grow with the file, and a row of
// a problem is found again by its provenance (_row).
//
// Codes compare as rules compare them (NFC, case-folded, spaces folded):
// through the SQL function genaudit_key(), which register_key_function()
// adds to the connection.
#pragma once

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "adapters/registers/register_row.h"
#include "adapters/registers/province_registers.h"
#include "engine/store/audit_store.h"
#include "engine/ingest/row_problems.h"

namespace genaudit {

void register_key_function(SQLite::Database& db);

// The register being imported: its table and how its problems are named.
struct ImportedTable {
  const RegisterSchema& schema;
  std::string file;                       // as errors name it
  std::string sheet;                      // empty for CSV
  std::vector<std::string> column_names;  // per field, as the file writes it
  // The rows of this file are those with a greater rowid; the others were
  // imported before (a file of rejected rows adds to them). Problems are
  // found among all rows and reported at this file's.
  long after_rowid = 0;
};

// Another row of the register, as an error names it: "row 5", or "row 5 in
// SYT/staff.csv" when it is in `file`, another file than `this_file`.
std::string other_row_text(const std::string& this_file, long row, const std::string& file);

// A problem of the cell of `field` at spreadsheet row `row` of the file.
InputError problem_at(const ImportedTable& t, InputErrorKind kind, long row, std::size_t field,
                      const std::string& value, std::string expected);

// While the rows of a file that replaces its register go in: the unique
// codes, normalized, and whether one repeats. check_unique_codes() then
// reads the register back only for a field where one does.
class RepeatedCodes {
 public:
  explicit RepeatedCodes(const RegisterSchema& schema);
  // Room for the codes of about `rows` more rows: no rehashing as they come.
  void reserve(std::size_t rows);
  // True when a code of this row repeats an earlier row's.
  bool add(const std::vector<Cell>& cells);
  bool repeats(std::size_t field) const { return repeats_[field]; }

 private:
  std::vector<std::pair<std::size_t, std::unordered_set<std::string>>> seen_;  // per field
  std::vector<bool> repeats_;
};

// A unique code seen again: kDuplicateKey at each later row ("row N" of the
// first). Lenient, also kRepeatedLater at the first row when it is this
// file's: every row of the code in the file is left out, none preferred.
// With `repeated`, only the fields where it saw a code repeat are checked.
void check_unique_codes(SQLite::Database& db, const ImportedTable& t, RowProblems& problems,
                        const RepeatedCodes* repeated = nullptr);

// While the rows are inserted: the references written exactly as a key of
// the register they name, which are known without asking SQL (a code equal
// to a key is equal to it normalized too). A field where every row's is so
// needs no check after; one where some row's is not is checked in full.
// Reading the register back for the check was a tenth of an import.
class ExactReferences {
 public:
  ExactReferences(AuditStore& store, const RegisterSchema& schema);
  void add(const std::vector<Cell>& cells);
  // Whether check_references() must look at field `field`.
  bool unsure(std::size_t field) const { return unsure_[field]; }

 private:
  std::vector<std::pair<std::size_t, std::unordered_set<std::string>>> keys_;  // per field
  std::vector<bool> unsure_;
};

// A code not in the register it refers to (kUnknownReference), for each
// reference to another register that `store` has imported (and that
// `exact`, when given, is unsure of). References to a register not
// imported are not checked.
void check_references(AuditStore& store, const ImportedTable& t, RowProblems& problems,
                      const ExactReferences* exact = nullptr);

// A reference to the register itself (a parent agency) naming no row of it.
// Returns how many problems it added.
std::size_t check_self_references(SQLite::Database& db, const ImportedTable& t,
                                  RowProblems& problems);

// The checks and filling across a person's rows in SQL, for a lenient
// import or a file that adds rows; a strict import that replaces its
// register does the same from memory (imported_persons.h).
//
// The rows of the persons who have more than one row in the register: the
// only rows whose person-level fields can disagree or need filling (a
// person of one row agrees with themself). Found by one scan of the
// register and kept in a temporary table while this object lives, so that
// the check and the filling below sort only those rows (at bench scale 0.1,
// 20,000 of 200,000 staff rows) instead of the register once per field.
class RepeatedPersonRows {
 public:
  RepeatedPersonRows(SQLite::Database& db, const ImportedTable& t);
  ~RepeatedPersonRows();  // drops the table
  RepeatedPersonRows(const RepeatedPersonRows&) = delete;
  RepeatedPersonRows& operator=(const RepeatedPersonRows&) = delete;
  // A condition on a row of the register: it is one of them.
  std::string condition() const { return "rowid IN (SELECT id FROM temp.genaudit_person_rows)"; }

 private:
  SQLite::Database& db_;
  bool created_ = false;
};

// A person whose rows give two different values of a field that must agree
// (gender): kConflictingGender at each row that differs from the first
// value. Lenient, also kConflictingPerson at the person's other rows: all
// rows of the person are left out.
void check_person_agreement(SQLite::Database& db, const ImportedTable& t,
                            const RepeatedPersonRows& repeated, RowProblems& problems);

// Every row of a person carries the person's value of a person-level field:
// the agreed one (gender), or the highest (degree).
void fill_person_fields(SQLite::Database& db, const ImportedTable& t,
                        const RepeatedPersonRows& repeated);

}  // namespace genaudit
