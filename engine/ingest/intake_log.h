// The intake facts of imports, kept in the audit database beside the
// import log: an audit of the database then says what was read of each
// file — how it was recognised, its sheet and header row, the columns read
// by their notes, ignored or absent, the rows left out — as an audit of the
// folder would. Table `intake_log`, one row a fact. Errors are StoreErrors
// (store_error.h).
#pragma once

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "engine/ingest/data_folder.h"
#include "engine/ingest/intake.h"

namespace genaudit {

class IntakeLog {
 public:
  explicit IntakeLog(SQLite::Database& db) : db_(db) {}

  // Records what `imported` read, in the caller's write transaction (the
  // table is made by the store, audit_store.h): the facts of
  // a register it replaced replace those stored; those of a register its
  // files were added to join them. Its files not read replace those of the
  // import before.
  void record(const FolderImport& imported);

  // The facts of the registers stored, in template order, each register's
  // files in the order they were imported; columns absent are those absent
  // from every file of a register. Files not read: the last import's.
  // Registers with no fact (imported by an older genaudit) are not in it;
  // nor is anything when the table is missing (a database an older
  // genaudit made, opened read-only).
  IntakeReport load() const;

 private:
  SQLite::Database& db_;
};

}  // namespace genaudit
