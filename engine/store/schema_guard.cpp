#include "engine/store/schema_guard.h"

#include <SQLiteCpp/Statement.h>

#include <set>
#include <string>
#include <vector>

#include "adapters/registers/province_registers.h"
#include "engine/store/accounts.h"
#include "engine/store/activity_log.h"
#include "engine/store/audit_store.h"
#include "engine/store/database_refused.h"
#include "engine/store/register_cache.h"
#include "engine/store/run_history.h"
#include "engine/store/waiver_requests.h"

namespace genaudit {
namespace {

// Tables a reading command reads when they are there (an older genaudit
// did not make them), so that their absence needs no upgrade.
constexpr const char* kReadWhenPresent[] = {"intake_log", "run_reports", "accounts", "activity",
                                              "waiver_requests", "run_inspections"};

// `sql` with its layout made canonical: outside quotes, each run of white
// space is one space, and none is kept beside ( ) , ; — so that a CREATE
// statement reflowed in genaudit's source (or written by hand in a test)
// is still the same definition. Nothing else is forgiven: any other
// difference may change what the object does.
std::string canonical_layout(const std::string& sql) {
  const auto tight = [](char c) { return c == '(' || c == ')' || c == ',' || c == ';'; };
  std::string out;
  char quote = 0;
  bool space = false;
  for (const char c : sql) {
    if (quote != 0) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty() && !tight(out.back()) && !tight(c)) out += ' ';
    space = false;
    out += c;
    if (c == '\'' || c == '"' || c == '`') quote = c;
    if (c == '[') quote = ']';
  }
  return out;
}

// One object of sqlite_schema as a comparable text: its type, name, table
// and SQL (NULL for SQLite's own indexes of a primary key).
std::string key_of(SQLite::Statement& row) {
  std::string key;
  for (int i = 0; i < 4; ++i) {
    const SQLite::Column column = row.getColumn(i);
    if (column.isNull()) {
      key += '\x01';
    } else {
      key += i == 3 ? canonical_layout(column.getString()) : column.getString();
    }
    key += '\0';
  }
  return key;
}

constexpr const char* kSchemaObjects = "SELECT type, name, tbl_name, sql FROM main.sqlite_schema";

void add_objects(SQLite::Database& db, std::set<std::string>* keys) {
  SQLite::Statement rows(db, kSchemaObjects);
  while (rows.executeStep()) keys->insert(key_of(rows));
}

// What genaudit itself makes, built once from the code that makes it: a
// private database in memory with every table as an older genaudit first
// made it, then as this one brings them up to date, and the triggers of
// every register's copy.
struct OwnSchema {
  std::set<std::string> objects;
  std::vector<std::string> tables_read;
};

const OwnSchema& own_schema() {
  static const OwnSchema schema = [] {
    OwnSchema own;
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    AuditStore::create_tables(db);
    RunHistory::create_schema(db);
    Accounts::create_schema(db);
    ActivityLog::create_schema(db);
    WaiverRequests::create_schema(db);
    add_objects(db, &own.objects);
    SQLite::Statement tables(
        db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
            " ESCAPE '\\' ORDER BY rowid");
    while (tables.executeStep()) {
      const std::string name = tables.getColumn(0).getString();
      bool optional = false;
      for (const char* table : kReadWhenPresent) optional = optional || name == table;
      if (!optional) own.tables_read.push_back(name);
    }
    AuditStore::upgrade_tables(db);
    for (const RegisterSchema& r : all_registers()) RegisterCache::create_triggers(db, r.name);
    add_objects(db, &own.objects);
    return own;
  }();
  return schema;
}

}  // namespace

void configure_defensively(sqlite3* handle) {
  int set = -1;
  if (sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &set) != SQLITE_OK || set != 1 ||
      sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &set) != SQLITE_OK ||
      set != 0) {
    throw SQLite::Exception("the database connection cannot be made defensive", SQLITE_ERROR);
  }
}

void refuse_foreign_objects(SQLite::Database& db) {
  const OwnSchema& own = own_schema();
  std::vector<SchemaObject> foreign;
  SQLite::Statement rows(db, std::string(kSchemaObjects) + " ORDER BY rowid");
  while (rows.executeStep()) {
    if (own.objects.count(key_of(rows)) == 0) {
      foreign.push_back({rows.getColumn(0).getString(), rows.getColumn(1).getString()});
    }
  }
  if (!foreign.empty()) throw DatabaseRefused::foreign_objects(std::move(foreign));
}

void require_tables_for_reading(SQLite::Database& db) {
  std::vector<SchemaObject> missing;
  for (const std::string& table : own_schema().tables_read) {
    if (!db.tableExists(table)) missing.push_back({"table", table});
  }
  if (!missing.empty()) throw DatabaseRefused::needs_upgrade(std::move(missing));
}

}  // namespace genaudit
