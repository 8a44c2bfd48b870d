// A readable dump of an audit database, to compare its state before and
// after something that must not change it: every table in name order, every
// row in rowid order. Clock columns (imported_at, recorded_at) can be
// masked, for comparing two runs of the same import.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace genaudit::testing {

inline std::string dump_database(const std::string& path, bool mask_clocks = false) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);  // read-write: recovers a WAL or journal
  std::string out;
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    const std::string table = tables.getColumn(0).getString();
    out += "== " + table + "\n";
    SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\" ORDER BY rowid");
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const std::string column = rows.getColumnName(i);
        const SQLite::Column cell = rows.getColumn(i);
        if (mask_clocks && (column == "imported_at" || column == "recorded_at")) {
          out += "*";
        } else if (cell.isNull()) {
          out += "NULL";
        } else {
          out += cell.getString();
        }
        out += i + 1 < rows.getColumnCount() ? "|" : "\n";
      }
    }
  }
  return out;
}

inline std::string integrity_check(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  return db.execAndGet("PRAGMA integrity_check").getString();
}

}  // namespace genaudit::testing
