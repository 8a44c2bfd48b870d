// A register's columns as the evaluator holds them, kept in the database
// beside its table (table `register_cache`, one blob per register), so that
// the next audit reads them back in bulk instead of having SQLite decode
// millions of rows cell by cell — most of an `audit --db` at national size.
//
// The copy is only ever used while it is exactly the table's content:
// - the audit that loads a register through SQL, holding the write lock,
//   writes the copy and three triggers on the register's table that delete
//   it on any INSERT, UPDATE or DELETE, by any program;
// - genaudit's importer deletes the copy and drops the triggers (which would
//   fire on every row it inserts) in its own transaction before it writes;
// - a table dropped and created again loses its triggers, and a copy
//   without all three triggers is not used;
// - a copy without a field the audit reads, or that does not parse, is not
//   used either: the register is read through SQL (and copied again);
// - a copy that claims more rows than its bytes can hold is a lie (each of
//   its fields takes a byte a row at least): the database is damaged, and
//   the load fails (DatabaseRefused::kImpossibleCopy) before anything is
//   allocated for them. Every other count in a copy is bounded by the bytes
//   left to read as it is read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include "engine/core/register_catalogue.h"
#include "engine/data/table.h"

namespace genaudit {

class RegisterCache {
 public:
  // Creates the table of copies if missing.
  static void create_schema(SQLite::Database& db);

  // Forgets the copy of `register_name` and drops its triggers: an import
  // is about to change its table. REQUIRES: a write transaction.
  static void forget(SQLite::Database& db, const std::string& register_name);

  // The register with the fields at `fields` (positions in its schema),
  // read from its copy through `handle`; nothing when there is no usable
  // copy, or when it has not the `rows` rows the import log counts. Throws
  // DatabaseRefused when the copy claims rows its length cannot hold, and
  // SQLite::Exception when the database cannot be read.
  static std::optional<Table> read(sqlite3* handle, const RegisterSchema& schema,
                                   const std::vector<std::size_t>& fields, long rows);

  // Stores `table`, loaded with the fields at `fields`, as the register's
  // copy, with its triggers; nothing without a field (a copy of no field
  // could not bound its rows by its length). REQUIRES: a write transaction
  // on `db`.
  static void write(SQLite::Database& db, const Table& table,
                    const std::vector<std::size_t>& fields);
  // `table`'s fields at `fields` as write() stores them. Reads only
  // `table`: the importer encodes on a thread of its own.
  static std::string encode(const Table& table, const std::vector<std::size_t>& fields);
  // write(), the table already encoded (encode() of the same fields).
  static void write_encoded(SQLite::Database& db, const RegisterSchema& schema,
                            const std::vector<std::size_t>& fields, const std::string& data);

  // Creates the three triggers that forget the copy of `register_name`
  // when its table changes. REQUIRES: a write transaction on `db`.
  static void create_triggers(SQLite::Database& db, const std::string& register_name);

  // Whether the register has a copy that read() would consider (for tests
  // and diagnostics): its row and all three triggers.
  static bool has_copy(sqlite3* handle, const std::string& register_name);
};

}  // namespace genaudit
