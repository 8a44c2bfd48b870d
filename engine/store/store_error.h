// Why the audit database could not be used or changed, said at the store's
// boundary: the public functions of engine/store and engine/ingest throw a
// StoreError, never SQLite's own exception, so that the layers above them
// (the command line, a web server) need not know SQLite. Language-neutral,
// as InputError is: the command line renders it in the user's language
// (cli/diagnostics_output.h). DatabaseRefused (database_refused.h) is the
// StoreError of a database genaudit will not use, with the reason.
//
// Functions of the store and the importer that take SQLite's own handles
// (a SQLite::Database&, a sqlite3*) are SQLite's level, inside those two
// layers, and throw SQLite::Exception; sqlite_errors.h turns one into a
// StoreError where it leaves them.
#pragma once

#include <stdexcept>
#include <string>

namespace genaudit {

class StoreError : public std::runtime_error {
 public:
  enum class Kind {
    // Another connection holds the database, still after the busy timeout
    // (AuditStore::busy_timeout_ms()): SQLITE_BUSY or SQLITE_LOCKED.
    kBusy,
    // The file is no SQLite database (SQLITE_NOTADB), or holds what genaudit
    // did not create (DatabaseRefused::Reason::kForeignObjects).
    kNotADatabase,
    // A write to a file, folder or medium that cannot be written
    // (SQLITE_READONLY).
    kReadOnly,
    // The disk is full (SQLITE_FULL).
    kDiskFull,
    // The database is damaged (SQLITE_CORRUPT, and the damage
    // DatabaseRefused finds).
    kCorrupt,
    // Anything else; what() says what.
    kOther,
  };

  // what() is `detail`: SQLite's own message, in English, or a refusal's
  // English summary.
  StoreError(Kind kind, const std::string& detail) : std::runtime_error(detail), kind_(kind) {}

  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace genaudit
