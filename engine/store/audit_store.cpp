#include "engine/store/audit_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>

#include "adapters/registers/province_registers.h"
#include "engine/store/accounts.h"
#include "engine/store/activity_log.h"
#include "engine/store/waiver_requests.h"
#include "engine/store/raw_statement.h"
#include "engine/store/register_cache.h"
#include "engine/store/run_history.h"
#include "engine/store/schema_guard.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {
namespace {

const char* sql_type(FieldType type) {
  switch (type) {
    case FieldType::kBool:
    case FieldType::kInteger: return "INTEGER";
    case FieldType::kNumber: return "REAL";
    default: return "TEXT";  // text, codes, and dates as YYYY-MM-DD
  }
}

// Dates are stored as YYYY-MM-DD, written by the importer.
Date parse_stored_date(std::string_view s) {
  if (s.size() < 10) return Date{};
  const auto digits = [s](int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; ++i) value = value * 10 + (s[i] - '0');
    return value;
  };
  return Date::from_ymd(digits(0, 4), digits(5, 2), digits(8, 2)).value_or(Date{});
}

std::string_view column_text(sqlite3_stmt* row, int i) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, i));
  return {text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(row, i))};
}

// Appends a stored cell to its column. The statement is stepped through
// SQLite's own interface: one call per cell, no wrapper object per cell.
void read_cell(const FieldSchema& field, sqlite3_stmt* row, int i, Column& column,
               ColumnTextCache& texts) {
  if (sqlite3_column_type(row, i) == SQLITE_NULL) {
    column.push_missing();
    return;
  }
  switch (field.type) {
    case FieldType::kBool: column.push_bool(sqlite3_column_int64(row, i) != 0); break;
    case FieldType::kInteger:
      column.push_number(static_cast<double>(sqlite3_column_int64(row, i)));
      break;
    case FieldType::kNumber: column.push_number(sqlite3_column_double(row, i)); break;
    case FieldType::kDate: column.push_date(parse_stored_date(column_text(row, i))); break;
    default: column.push_text(texts.get(column_text(row, i)));
  }
}

// Configures the SQLite library, once per process and before its first
// connection, then returns the file name a store at `path` opens ("" for
// SQLite's private temporary database). Without memory statistics, which
// nothing reads, SQLite takes no process-wide mutex around each of its
// allocations (an insert makes several); the profile of an import showed
// that lock at 10% of the run.
std::string prepared_file_name(const std::string& path) {
  static const bool configured = [] {
    // SQLITE_MISUSE when a connection was opened first (elsewhere): then
    // the statistics stay on, which is only slower.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  return path == AuditStore::kScratch ? std::string() : path;
}

// `path` as a URI that opens it immutable: SQLite then reads the file as it
// is, without the shared memory and locks of WAL mode.
std::string immutable_uri(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (const unsigned char c :
       std::filesystem::absolute(path).lexically_normal().string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      uri += static_cast<char>(c);
    } else {
      uri += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return uri + "?immutable=1";
}

// Whether the write-ahead log beside the database at `path` holds anything.
bool has_wal_content(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path + "-wal", error);
  return !error && size > 0;
}

// The connection a store at `path` uses, made defensive (schema_guard.h).
SQLite::Database open_connection(const std::string& path, AuditStore::Access access) {
  if (access == AuditStore::Access::kReadWrite) {
    // NOMUTEX: one AuditStore is used by one thread at a time, so SQLite
    // need not lock the connection around every call (every cell read,
    // every bind); processes sharing the file still lock it as before.
    // A scratch store is SQLite's private temporary database (file name ""):
    // its pages stay in memory up to the cache size, then spill to a
    // temporary file deleted on close.
    SQLite::Database db(prepared_file_name(path),
                        SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    configure_defensively(db.getHandle());
    return db;
  }
  if (path == AuditStore::kScratch) throw std::logic_error("a scratch store cannot be read-only");
  SQLite::Database db(prepared_file_name(path), SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
  configure_defensively(db.getHandle());
  try {
    db.execAndGet("SELECT count(*) FROM sqlite_schema");
    return db;
  } catch (const SQLite::Exception& e) {
    // A database in WAL mode is read through the shared memory file beside
    // it, which a reader who may not write the folder cannot create. With
    // no log beside it the file is the whole database, and no connection
    // has it open (one would have made the log and the shared memory, and
    // the reader would have used them): it is read immutable, nothing
    // beside it needed, nor written.
    if (e.getExtendedErrorCode() != SQLITE_READONLY_DIRECTORY || has_wal_content(path)) throw;
  }
  SQLite::Database immutable(immutable_uri(path),
                             SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX | SQLite::OPEN_URI);
  configure_defensively(immutable.getHandle());
  return immutable;
}

}  // namespace

std::string AuditStore::quoted(const std::string& name) {
  // SQL identifiers are the schema's own names, never a file's or a rule's
  // text; a name that is not plain lower-case ASCII is a bug, not SQL.
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (!plain) throw std::logic_error("not a register schema identifier: " + name);
  return "\"" + name + "\"";
}

AuditStore::AuditStore(const std::string& path, Access access) try
    : db_(open_connection(path, access)) {
  db_.setBusyTimeout(busy_timeout_ms());
  if (access == Access::kReadOnly) {
    refuse_foreign_objects(db_);
    require_tables_for_reading(db_);
    return;
  }
  if (path == kScratch) {
    db_.exec("PRAGMA cache_size = -" + std::to_string(kScratchCacheKib));
  } else {
    // Before anything is written: even the journal mode, in the header.
    refuse_foreign_objects(db_);
  }
  // A new database's pages (kPageSize); one that exists keeps its own.
  db_.exec("PRAGMA page_size = " + std::to_string(kPageSize));
  // Readers never wait for a writer, and see only committed transactions.
  db_.exec("PRAGMA journal_mode = WAL");
  db_.exec("PRAGMA foreign_keys = OFF");
  create_tables(db_);
  RunHistory::create_schema(db_);
  Accounts::create_schema(db_);
  ActivityLog::create_schema(db_);
  WaiverRequests::create_schema(db_);
  upgrade_tables(db_);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

int AuditStore::busy_timeout_ms() {
  const char* text = std::getenv("GENAUDIT_BUSY_TIMEOUT_MS");
  if (text == nullptr || *text == '\0') return kBusyTimeoutMs;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  return *end == '\0' && value >= 0 && value <= 3600000 ? static_cast<int>(value)
                                                         : kBusyTimeoutMs;
}

void AuditStore::create_tables(SQLite::Database& db) {
  SQLite::Transaction transaction(db);
  db.exec(
      "CREATE TABLE IF NOT EXISTS imports ("
      " register TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL,"
      " rows INTEGER NOT NULL, imported_at TEXT NOT NULL)");
  for (const RegisterSchema& r : all_registers()) {
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoted(r.name) + " (";
    for (const FieldSchema& f : r.fields) sql += quoted(f.name) + " " + sql_type(f.type) + ", ";
    sql += "_file TEXT NOT NULL, _sheet TEXT NOT NULL, _row INTEGER NOT NULL)";
    db.exec(sql);
  }
  RegisterCache::create_schema(db);
  // Read and written by IntakeLog (engine/audit/intake_log.h).
  db.exec(
      "CREATE TABLE IF NOT EXISTS intake_log ("
      " register TEXT NOT NULL, kind TEXT NOT NULL, file TEXT, sheet TEXT,"
      " header_row INTEGER, recognised_by INTEGER, sha256 TEXT, header TEXT, field TEXT,"
      " rows INTEGER, rows_left_out INTEGER, detail TEXT)");
  transaction.commit();
}

namespace {

bool has_column(SQLite::Database& db, const char* table, const char* column) {
  SQLite::Statement query(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
  query.bind(1, table);
  query.bind(2, column);
  return query.executeStep();
}

}  // namespace

void AuditStore::upgrade_tables(SQLite::Database& db) {
  // The import log counts the rows added from files of rejected rows.
  if (has_column(db, "imports", "rows_from_rejected")) return;
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  if (!has_column(db, "imports", "rows_from_rejected")) {  // another process may have
    db.exec("ALTER TABLE imports ADD COLUMN rows_from_rejected INTEGER NOT NULL DEFAULT 0");
  }
  transaction.commit();
}

std::vector<RegisterFileInfo> AuditStore::imports() const try {
  std::vector<RegisterFileInfo> out;
  for (const RegisterSchema& r : all_registers()) {
    SQLite::Statement query(db_, "SELECT file, sha256, rows FROM imports WHERE register = ?");
    query.bind(1, r.name);
    if (query.executeStep()) {
      out.push_back({r.name, query.getColumn(0).getString(), query.getColumn(1).getString(),
                     query.getColumn(2).getInt64()});
    }
  }
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

bool AuditStore::has_register(const std::string& name) const try {
  SQLite::Statement query(db_, "SELECT 1 FROM imports WHERE register = ?");
  query.bind(1, name);
  return query.executeStep();
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

namespace {

// The positions of the fields of `schema` that `fields` selects (every
// field without a selection).
std::vector<std::size_t> selected_fields(const RegisterSchema& schema,
                                         const FieldSelection* fields) {
  const auto wanted = fields ? fields->find(schema.name) : FieldSelection::const_iterator{};
  std::vector<std::size_t> selected;
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (!fields || (wanted != fields->end() && wanted->second.count(schema.fields[f].name))) {
      selected.push_back(f);
    }
  }
  return selected;
}

// A register loaded, the positions of its fields loaded, and whether it
// came from its copy (register_cache.h).
struct LoadedTable {
  Table table;
  std::vector<std::size_t> fields;
  bool from_copy = false;
};

// The bytes of the database `handle` reads, and the fewest a row of a
// register's table takes in them (a cell's pointer and header, without
// its values, which take more).
sqlite3_int64 database_bytes(sqlite3* handle) {
  RawStatement size(handle, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
  return size.step() ? size.integer(0) : 0;
}
constexpr sqlite3_int64 kSmallestStoredRowBytes = 4;

// One register's table, as `fields` selects its columns, read through the
// connection `handle`: from its copy when that is usable, else through SQL.
LoadedTable load_table(sqlite3* handle, const RegisterFileInfo& info,
                       const FieldSelection* fields) {
  const RegisterSchema& schema = *find_register(info.register_name);
  std::vector<std::size_t> selected = selected_fields(schema, fields);
  if (std::optional<Table> copy = RegisterCache::read(handle, schema, selected, info.rows)) {
    return {std::move(*copy), std::move(selected), true};
  }
  Table table(schema);
  for (std::size_t f = 0; f < schema.fields.size(); ++f) table.set_loaded(f, false);
  for (std::size_t f : selected) table.set_loaded(f, true);
  std::string sql = "SELECT ";
  for (std::size_t f : selected) sql += AuditStore::quoted(schema.fields[f].name) + ", ";
  sql += "_file, _sheet, _row FROM " + AuditStore::quoted(schema.name) + " ORDER BY rowid";
  // Room for the rows the import log counts: only a hint for the
  // allocation (the rows read are what counts), bounded by what the
  // database can hold, so that a log claiming billions of rows in a small
  // file allocates nothing for them.
  const long can_hold = static_cast<long>(std::min<sqlite3_int64>(
      database_bytes(handle) / kSmallestStoredRowBytes, sqlite3_int64{1} << 26));
  table.reserve(static_cast<std::size_t>(std::clamp(info.rows, 0L, can_hold)));
  // Stepped through SQLite's own interface: one call per cell, no wrapper
  // object (and shared pointer) per cell.
  RawStatement statement(handle, sql.c_str());
  sqlite3_stmt* row = statement.get();
  const int n = static_cast<int>(selected.size());
  std::vector<ColumnTextCache> caches(selected.size(), ColumnTextCache(&table));
  std::string last_file, last_sheet;
  std::uint32_t file_index = 0;
  bool have_file = false;
  while (statement.step()) {
    for (int i = 0; i < n; ++i) {
      const std::size_t f = selected[static_cast<std::size_t>(i)];
      read_cell(schema.fields[f], row, i, table.column(f), caches[static_cast<std::size_t>(i)]);
    }
    const std::string_view file = column_text(row, n);
    const std::string_view sheet = column_text(row, n + 1);
    if (!have_file || last_file != file || last_sheet != sheet) {
      file_index = table.add_file({std::string(file), std::string(sheet)});
      last_file = file;
      last_sheet = sheet;
      have_file = true;
    }
    table.add_source({file_index, static_cast<std::uint32_t>(sqlite3_column_int64(row, n + 2))});
  }
  return {std::move(table), std::move(selected), false};
}

// The registers split in two for two connections, by their cells to read
// (the largest first, each to the lighter side).
std::pair<std::vector<RegisterFileInfo>, std::vector<RegisterFileInfo>> split_for_two(
    std::vector<RegisterFileInfo> registers, const FieldSelection* fields) {
  const auto cells = [fields](const RegisterFileInfo& info) {
    const std::size_t columns = selected_fields(*find_register(info.register_name), fields).size();
    return static_cast<double>(std::max(0L, info.rows)) * static_cast<double>(columns + 2);
  };
  std::sort(registers.begin(), registers.end(),
            [&](const auto& a, const auto& b) { return cells(a) > cells(b); });
  std::pair<std::vector<RegisterFileInfo>, std::vector<RegisterFileInfo>> sides;
  double first = 0, second = 0;
  for (const RegisterFileInfo& info : registers) {
    if (first <= second) {
      first += cells(info);
      sides.first.push_back(info);
    } else {
      second += cells(info);
      sides.second.push_back(info);
    }
  }
  return sides;
}

}  // namespace

Dataset AuditStore::load(const FieldSelection* fields) try {
  return load_registers(imports(), fields);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

Dataset AuditStore::load_only(const FieldSelection& fields) try {
  std::vector<RegisterFileInfo> registers = imports();
  std::erase_if(registers, [&](const RegisterFileInfo& r) { return !fields.count(r.register_name); });
  return load_registers(std::move(registers), &fields);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

Dataset AuditStore::load_registers(std::vector<RegisterFileInfo> registers,
                                   const FieldSelection* fields) try {
  // What an import just freed (`audit --data` imports first: hundreds of MiB
  // at national size) goes back to the system before the registers are
  // copied out, instead of staying in the process beside them.
  malloc_trim(0);
  Dataset dataset;
  sqlite3* handle = db_.getHandle();
  // Reading rows out of SQLite is most of the load, and one connection
  // reads on one core: a second connection reads half of the registers on
  // another. It sees the state this one does only when no import can
  // commit in between, which the write lock this transaction holds
  // guarantees; without it (and for the private scratch database, which
  // no other connection can open) one connection reads them all.
  const bool writing = !db_.getFilename().empty() &&
                       sqlite3_txn_state(handle, nullptr) == SQLITE_TXN_WRITE;
  const bool two = registers.size() > 1 && std::thread::hardware_concurrency() > 1 && writing;
  std::vector<LoadedTable> tables;
  if (!two) {
    for (const RegisterFileInfo& info : registers) tables.push_back(load_table(handle, info, fields));
  } else {
    auto [mine, theirs] = split_for_two(std::move(registers), fields);
    SQLite::Database other(db_.getFilename(), SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
    configure_defensively(other.getHandle());
    other.setBusyTimeout(busy_timeout_ms());
    SQLite::Transaction read(other, SQLite::TransactionBehavior::DEFERRED);
    std::future<std::vector<LoadedTable>> helper =
        std::async(std::launch::async, [&other, &theirs = theirs, fields] {
          std::vector<LoadedTable> loaded;
          for (const RegisterFileInfo& info : theirs) {
            loaded.push_back(load_table(other.getHandle(), info, fields));
          }
          return loaded;
        });
    for (const RegisterFileInfo& info : mine) tables.push_back(load_table(handle, info, fields));
    for (LoadedTable& loaded : helper.get()) tables.push_back(std::move(loaded));
    read.commit();
  }
  // Registers read through SQL are copied for the next audit, when this
  // transaction may write (it holds the write lock: nothing else can have
  // changed them since they were read).
  for (LoadedTable& loaded : tables) {
    if (writing && !loaded.from_copy) {
      RegisterCache::write(db_, loaded.table, loaded.fields);
    }
    dataset.add(std::move(loaded.table));
  }
  return dataset;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

StoreTransaction AuditStore::begin_load() try {
  using SQLite::TransactionBehavior;
  std::unique_ptr<SQLite::Transaction> transaction;
  if (sqlite3_db_readonly(db_.getHandle(), "main") != 1) {
    db_.setBusyTimeout(0);
    try {
      transaction = std::make_unique<SQLite::Transaction>(db_, TransactionBehavior::IMMEDIATE);
    } catch (const SQLite::Exception& e) {
      if (e.getErrorCode() != SQLITE_BUSY) {
        db_.setBusyTimeout(busy_timeout_ms());
        throw;
      }
    }
    db_.setBusyTimeout(busy_timeout_ms());
  }
  if (!transaction) {
    transaction = std::make_unique<SQLite::Transaction>(db_, TransactionBehavior::DEFERRED);
  }
  return StoreTransaction(std::move(transaction));
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

FirstImportJournal::FirstImportJournal(AuditStore& store) : store_(store) {
  if (!store.imports().empty() || store.database().getFilename().empty()) return;
  // Refused (SQLITE_BUSY) while another connection has the file open: then
  // the import simply stays in WAL mode.
  try {
    const std::string mode = store.database().execAndGet("PRAGMA journal_mode = DELETE").getString();
    active_ = mode == "delete";
  } catch (const SQLite::Exception&) {
    active_ = false;
  }
}

FirstImportJournal::~FirstImportJournal() {
  if (!active_) return;
  try {
    store_.database().exec("PRAGMA journal_mode = WAL");
  } catch (const SQLite::Exception&) {
    // Every store sets WAL mode again when it opens the file.
  }
}

}  // namespace genaudit
