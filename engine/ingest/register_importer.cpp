#include "engine/ingest/register_importer.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <future>
#include <optional>
#include <set>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Exception.h>

#include "adapters/registers/read_ahead.h"
#include "adapters/registers/register_reader.h"
#include "engine/core/file_digest.h"
#include "engine/ingest/batched_insert.h"
#include "engine/ingest/cross_row_checks.h"
#include "engine/ingest/imported_copy.h"
#include "engine/ingest/imported_persons.h"
#include "engine/ingest/row_hand_off.h"
#include "engine/ingest/row_problems.h"
#include "engine/store/register_cache.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {
namespace {

std::string now_iso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// The import of one register as a savepoint: a transaction of its own, or
// a part of the caller's (`genaudit import` imports all its files in one
// transaction). Rolled back unless released. SQLiteCpp's Savepoint is not
// used: in 3.2 its rollback leaves the savepoint, and so the transaction,
// open.
class ImportSavepoint {
 public:
  explicit ImportSavepoint(SQLite::Database& db) : db_(db) { db_.exec("SAVEPOINT register_import"); }
  ~ImportSavepoint() {
    if (released_) return;
    try {
      db_.exec("ROLLBACK TO register_import");
      db_.exec("RELEASE register_import");
    } catch (const SQLite::Exception&) {
      // The connection is failing anyway; the error that got us here is reported.
    }
  }
  ImportSavepoint(const ImportSavepoint&) = delete;
  ImportSavepoint& operator=(const ImportSavepoint&) = delete;
  void release() {
    db_.exec("RELEASE register_import");
    released_ = true;
  }

 private:
  SQLite::Database& db_;
  bool released_ = false;
};

// Reads `path` again and hands the rejected rows to `sink`, with their
// problems, as the file writes them. Returns false, with the reason in
// `error`, when the file cannot be read again.
bool hand_over_rejected(const std::filesystem::path& path, const RegisterSchema& schema,
                        const RegisterReader& reader, const ImportOptions& options,
                        RowProblems& problems, InputErrors* errors) {
  InputError error{};
  auto source = open_record_source(path, reader.display_name(), options.source, &error);
  if (!source) {
    errors->push_back(error);
    return false;
  }
  CsvRecord record;
  bool started = false;
  problems.for_each_rejected(
      reader.display_name(), reader.sheet(), [&](long row, const InputErrors& row_problems) {
        if (!started) {
          while (source->next(record) && record.row < reader.header_row()) {
          }
          options.rejected->begin(path, schema, options.source, record.fields);
          started = true;
        }
        while (record.row < row && source->next(record)) {
        }
        if (record.row == row) options.rejected->row(record.fields, row_problems);
      });
  if (started) options.rejected->end();
  if (source->error()) {
    errors->push_back(*source->error());
    return false;
  }
  return true;
}

// How the import log's `file` names the SHA-256 of a file added.
std::string added_file_digest(const std::string& sha256) { return " (sha256 " + sha256 + ")"; }

// Whether the register's rows, as the import log says, hold those of a
// file with this SHA-256: the file that replaced them, or one added since.
// The positions of the fields of `schema` the import's copy holds.
std::vector<std::size_t> copied_fields(const RegisterSchema& schema, const ImportOptions& options) {
  std::vector<std::size_t> out;
  const std::set<std::string>* named = nullptr;
  if (options.copy_fields) {
    const auto found = options.copy_fields->find(schema.name);
    if (found == options.copy_fields->end()) return out;
    named = &found->second;
  }
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (!named || named->count(schema.fields[f].name)) out.push_back(f);
  }
  return out;
}

// Whether some field of `schema` holds a value of the person (staff: one
// gender, the highest degree) that the importer fills into each row.
bool has_person_fields(const RegisterSchema& schema) {
  return std::any_of(schema.fields.begin(), schema.fields.end(), [](const FieldSchema& f) {
    return f.person_level != PersonLevel::kNone;
  });
}

bool already_imported(SQLite::Database& db, const std::string& register_name,
                      const std::string& sha256) {
  if (sha256.empty()) return false;  // the digest failed: nothing to compare
  SQLite::Statement query(db,
                          "SELECT 1 FROM imports WHERE register = ? AND "
                          "(sha256 = ? OR instr(file, ?) > 0)");
  query.bind(1, register_name);
  query.bind(2, sha256);
  query.bind(3, added_file_digest(sha256));
  return query.executeStep();
}

}  // namespace

std::string added_file_log_entry(const std::string& file, const std::string& sha256) {
  return " + " + file + added_file_digest(sha256);
}

ImportOutcome import_register_file(AuditStore& store, const RegisterSchema& schema,
                                   const std::filesystem::path& path,
                                   const std::string& display_name,
                                   const ImportOptions& options) try {
  ImportOutcome outcome;
  // Problems of the whole file: they reject the register, lenient or not.
  ErrorSink sink(outcome.errors, outcome.error_count, options.error_limit);
  InputErrors errors;
  auto reader = RegisterReader::open(schema, path, display_name, &errors, options.source);
  if (!reader) {
    sink.add_all(errors);
    return outcome;
  }
  outcome.ignored_columns = reader->header().ignored_columns;
  outcome.columns_by_note = reader->header().by_note;
  outcome.sheet = reader->sheet();
  outcome.header_row = reader->header_row();
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (!schema.fields[f].required_column && !reader->has_column(f)) {
      outcome.absent_fields.push_back(schema.fields[f].name);
    }
  }
  // The file's digest, for the import log, on the core the import does not
  // keep busy (it is read twice, the second time mostly from the OS cache);
  // abandoned when the file is refused.
  FileDigest digest(path);

  SQLite::Database& db = store.database();
  ImportSavepoint transaction(db);
  register_key_function(db);
  RowProblems problems(db, sink, options.lenient);
  const std::string table = AuditStore::quoted(schema.name);
  // A file of rejected rows (it has the reason column), once fixed, adds its
  // rows to the register; any other file replaces it.
  const bool adds = options.add_to_register || reader->header().has_rejection_reason;
  outcome.added = adds;
  // The evaluator's copy of the register goes first, with its triggers,
  // which would otherwise fire on every row inserted.
  RegisterCache::forget(db, schema.name);
  if (!adds) {
    db.exec("DELETE FROM " + table);
    SQLite::Statement forget(db, "DELETE FROM imports WHERE register = ?");
    forget.bind(1, schema.name);
    forget.exec();
  }
  const long after_rowid =
      adds ? db.execAndGet("SELECT coalesce(max(rowid), 0) FROM " + table).getInt64() : 0;

  const std::size_t n = schema.fields.size();
  // A coded field whose empty cell has a meaning (status: empty = active)
  // means the same when its column is absent. An absent key_leader column
  // stays missing on purpose: then positions decide.
  std::vector<std::size_t> absent_with_default;
  for (std::size_t f = 0; f < n; ++f) {
    if (!reader->has_column(f) && !schema.fields[f].code_when_empty.empty()) {
      absent_with_default.push_back(f);
    }
  }

  // Every row is stored, one with a bad cell too (that cell missing): the
  // checks across rows see all of them, and the problems decide after.
  // The file is read and its cells converted on a second thread while this
  // one inserts; the rows and their problems arrive in file order.
  const std::string sheet = reader->sheet();
  // This file's references, as check_references() checks them.
  ExactReferences exact_references(store, schema);
  // A file that adds rows is checked against those stored too, in SQL.
  RepeatedCodes repeated_codes(schema);
  // A strict import replacing the register checks and fills persons from
  // what it remembers of the rows; the others in SQL.
  const bool remember_persons = !adds && !options.lenient;
  ImportedPersons persons(schema);
  // The evaluator's copy, made from the same cells when the rows inserted
  // will be all the table holds (imported_copy.h).
  std::optional<ImportedCopy> copy;
  if (!adds && !options.lenient) {
    std::vector<std::size_t> fields = copied_fields(schema, options);
    if (!fields.empty()) copy.emplace(schema, std::move(fields), display_name, sheet);
  }
  RegisterRow row;
  long rows_read = 0;
  {
    // What each row inserted tells, learnt on a thread aside (row_hand_off.h).
    RowHandOff aside([&](const RegisterRow& inserted, std::int64_t rowid) {
      exact_references.add(inserted.cells);
      if (!adds) repeated_codes.add(inserted.cells);
      if (remember_persons) persons.add(rowid, inserted.row, inserted.cells);
      if (copy) copy->add(inserted.row, inserted.cells);
    });
    ReadAhead rows(*reader);
    BatchedInsert insert(db, schema, display_name, sheet, after_rowid,
                         [&aside](RegisterRow* inserted, std::int64_t rowid) { aside.add(inserted, rowid); });
    while (rows.next(&row, &errors)) {
      problems.add_all(errors);
      if (options.lenient && options.codes_in_other_files) {
        const auto elsewhere = options.codes_in_other_files->find(row.row);
        if (elsewhere != options.codes_in_other_files->end()) {
          const CodeInAnotherFile& c = elsewhere->second;
          InputError e{};
          e.kind = c.later ? InputErrorKind::kDuplicateKey : InputErrorKind::kRepeatedLater;
          e.file = display_name;
          e.sheet = sheet;
          e.row = row.row;
          e.column = reader->column_name(c.field);
          e.value = shown_value(c.code);
          e.expected = c.other_row;
          problems.add(std::move(e));
        }
      }
      for (std::size_t f : absent_with_default) row.cells[f] = schema.fields[f].code_when_empty;
      insert.add(&row);
      if (++rows_read % ImportOptions::kProgressRows == 0 && options.progress) {
        options.progress(display_name, rows_read, false);
      }
    }
    insert.flush();
    aside.finish();
  }
  if (options.progress) options.progress(display_name, rows_read, true);
  sink.add_all(errors);  // what stopped reading: the file is damaged
  if (outcome.error_count > 0) return outcome;  // the savepoint rolls back

  ImportedTable imported{schema, display_name, reader->sheet(), {}, after_rowid};
  for (std::size_t f = 0; f < n; ++f) imported.column_names.push_back(reader->column_name(f));
  check_unique_codes(db, imported, problems, adds ? nullptr : &repeated_codes);
  check_references(store, imported, problems, &exact_references);
  const bool persons_remembered = remember_persons && persons.usable();
  std::optional<RepeatedPersonRows> repeated_persons;
  if (persons_remembered) {
    persons.check_agreement(db, imported, problems);
  } else {
    repeated_persons.emplace(db, imported);
    check_person_agreement(db, imported, *repeated_persons, problems);
  }
  if (problems.lenient()) {
    // Rows left out are counted by the agency they name, for the report.
    const FieldSchema* agency =
        schema.find_field("agency_code") ? schema.find_field("agency_code") : schema.find_field("reported_by");
    auto remove_rejected = [&] {
      if (agency) {
        for (auto& [code, n] : problems.rejected_by(table, AuditStore::quoted(agency->name), after_rowid)) {
          auto same = std::find_if(outcome.left_out_by_agency.begin(), outcome.left_out_by_agency.end(),
                                   [&](const auto& e) { return e.first == code; });
          if (same != outcome.left_out_by_agency.end()) {
            same->second += n;
          } else {
            outcome.left_out_by_agency.emplace_back(code, n);
          }
        }
      }
      problems.remove_rejected_rows(table, after_rowid);
    };
    // A row may refer to one left out: leave it out too, until none does.
    remove_rejected();
    while (check_self_references(db, imported, problems) > 0) remove_rejected();
  } else {
    check_self_references(db, imported, problems);
  }
  if (outcome.error_count > 0) return outcome;  // strict: the savepoint rolls back

  // The copy gets its persons' values and is encoded on a thread aside
  // while the table gets them in SQL (declared after `copy` and `persons`:
  // waited for before they go, however this function ends).
  std::future<std::string> copy_encoded;
  if (persons_remembered) {
    persons.group();
    if (copy) {
      copy_encoded = std::async(std::launch::async, [&persons, &copy] {
        persons.fill(copy->table());
        return copy->encoded();
      });
    }
    persons.fill(db, imported);
  } else {
    fill_person_fields(db, imported, *repeated_persons);
    // Filled in SQL alone: a copy of a register with persons' values would
    // miss them.
    if (has_person_fields(schema)) copy.reset();
  }
  if (problems.lenient()) {
    SQLite::Statement kept(db, "SELECT count(*) FROM " + table + " WHERE rowid > ?");
    kept.bind(1, static_cast<int64_t>(after_rowid));
    kept.executeStep();
    outcome.rows = static_cast<long>(kept.getColumn(0).getInt64());
  } else {
    outcome.rows = rows_read;  // strict: every row read was inserted, and kept
  }
  outcome.rejected_rows = problems.rejected_rows();
  if (outcome.rejected_rows > 0 && options.rejected) {
    if (!hand_over_rejected(path, schema, *reader, options, problems, &errors)) {
      sink.add_all(errors);
      outcome.rows = 0;
      return outcome;
    }
  }

  const std::string sha256 = digest.get().value_or("");
  outcome.sha256 = sha256;
  // A file adding rows that the register holds already (the same content:
  // a file of rejected rows imported again once fixed, or its corrections
  // not saved) would add them twice. It is refused rather than skipped
  // with a note: an import is all or nothing, and its exit status tells
  // the inspector whether the database now holds what the command named;
  // one who meant to add a corrected file learns that the file did not
  // change, where a silent success would leave the old rows audited. A
  // file without rows adds nothing (agencies may all send the template's
  // empty file).
  if (adds && outcome.rows > 0 && already_imported(db, schema.name, sha256)) {
    InputError e{};
    e.kind = InputErrorKind::kAlreadyImported;
    e.file = display_name;
    e.value = sha256;
    e.expected = schema.name;
    sink.add(std::move(e));
    outcome.rows = 0;
    return outcome;  // the savepoint rolls back
  }
  // Counting the rows is a scan of the table: needed only when it held some.
  const long total =
      adds ? db.execAndGet("SELECT count(*) FROM " + table).getInt64() : outcome.rows;
  // The rows of a file of rejected rows (fixed and imported back) are
  // counted as such in the import log.
  const long from_rejected = reader->header().has_rejection_reason ? outcome.rows : 0;
  // Added rows: the log names both files, the added one with its SHA-256.
  SQLite::Statement add(db,
                        "UPDATE imports SET file = file || ?, rows = ?, imported_at = ?, "
                        "rows_from_rejected = rows_from_rejected + ? WHERE register = ?");
  add.bind(1, added_file_log_entry(display_name, sha256));
  add.bind(2, static_cast<int64_t>(total));
  add.bind(3, now_iso());
  add.bind(4, static_cast<int64_t>(from_rejected));
  add.bind(5, schema.name);
  if (!adds || add.exec() == 0) {
    SQLite::Statement log(db,
                          "INSERT INTO imports (register, file, sha256, rows, imported_at, "
                          "rows_from_rejected) VALUES (?, ?, ?, ?, ?, ?)");
    log.bind(1, schema.name);
    log.bind(2, display_name);
    log.bind(3, sha256);
    log.bind(4, static_cast<int64_t>(total));
    log.bind(5, now_iso());
    log.bind(6, static_cast<int64_t>(from_rejected));
    log.exec();
  }
  if (copy) copy->write(db, copy_encoded.valid() ? copy_encoded.get() : copy->encoded());
  transaction.release();
  outcome.imported = true;
  return outcome;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
