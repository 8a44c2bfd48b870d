// How far genaudit trusts an audit database file: not at all. A database
// is a file anyone can make or alter, and what its schema holds runs inside
// genaudit: a trigger rewrites rows as they are imported (a finding
// vanished while the staff file's SHA-256 was reported unchanged), a view
// or an index changes what a query reads.
//
// So every connection distrusts the schema (configure_defensively()), and a
// database holding any schema object that genaudit does not create exactly
// so — in this version or an earlier one — is refused, before anything is
// read from or written to it (refuse_foreign_objects()).
#pragma once

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

namespace genaudit {

// Sets `handle` defensive: SQL cannot deliberately corrupt the file
// (writable_schema, journal_mode=OFF, ...: SQLITE_DBCONFIG_DEFENSIVE), and
// the schema is not trusted — a trigger or view of the database calls no
// function that could do harm (SQLITE_DBCONFIG_TRUSTED_SCHEMA off). Throws
// SQLite::Exception when SQLite refuses either. Call right after opening.
void configure_defensively(sqlite3* handle);

// Throws DatabaseRefused::foreign_objects (database_refused.h), naming
// them, when `db` holds schema objects that genaudit does not create as
// they are: any view, any trigger but those of the registers' copies
// (register_cache.h), an index or table of its own, or one of genaudit's
// names defined otherwise. Objects missing are not foreign: an earlier
// genaudit made fewer, and a store creates them.
void refuse_foreign_objects(SQLite::Database& db);

// Throws DatabaseRefused::needs_upgrade, naming them, when `db` lacks a
// table that genaudit's reading commands read (an older genaudit made it,
// or nothing did), for a store opened read-only, which cannot create them.
void require_tables_for_reading(SQLite::Database& db);

}  // namespace genaudit
