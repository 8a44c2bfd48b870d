// The audit database (SQLite, in a file or in memory): one table per
// register, each row with its provenance (_file, _sheet, _row), and an
// import log. Everything the engine evaluates is read from here.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "engine/store/store_error.h"
#include "engine/store/store_transaction.h"
#include "engine/store/stored_runs.h"
#include "engine/data/table.h"

namespace genaudit {

using FieldSelection = std::map<std::string, std::set<std::string>>;

class AuditStore {
 public:
  // How a store opens its database.
  enum class Access {
    // Created if missing; its tables created, or brought up to date.
    kReadWrite,
    // For commands that only read: nothing is written, not even the files
    // SQLite keeps beside the database, so that a database the user may
    // not write (a read-only file, folder or medium) can be read. One that
    // lacks tables the reading commands read is refused
    // (DatabaseRefused::kNeedsUpgrade): bringing it up to date is a write.
    kReadOnly,
  };

  // Opens or creates the database at `path` and makes sure its tables
  // exist, the history's (engine/store/run_history.h), the workspace's
  // accounts (accounts.h) and its activity log (activity_log.h) included.
  // Throws StoreError (store_error.h) on failure, and DatabaseRefused
  // (database_refused.h) for a database holding schema objects genaudit did
  // not create (schema_guard.h), before anything is read from or written to
  // it. The connection is defensive: the database's schema is not trusted.
  //
  // Its other functions, and those of the history (run_history.h) and the
  // importer (engine/ingest), throw StoreError too, never SQLite's own
  // exception; those taking the SQLite::Database (create_tables...) are
  // SQLite's level, for the store and the importer.
  //
  // kScratch (":memory:") gives a private database that vanishes when the
  // store is closed (`audit --data`, tests). It is held in memory up to
  // kScratchCacheKib and spilled to a temporary file beyond, so that a
  // national-size audit stays within its memory budget: at 6.3 million rows
  // the registers take ~700 MiB in SQLite, besides the evaluator's copy.
  //
  // Many processes may use one database file: it is in WAL mode, so a reader
  // sees one committed state for the length of its transaction while a
  // writer writes; a writer waits up to busy_timeout_ms() for another, then
  // fails (StoreError::Kind::kBusy).
  //
  // Not thread-safe: one thread at a time uses a store (its connection is
  // opened without SQLite's per-call locking).
  explicit AuditStore(const std::string& path, Access access = Access::kReadWrite);

  // The page size of a database this creates: 16 KiB rather than SQLite's
  // 4 KiB, as the registers are appended in bulk and read whole. A
  // national-size import spent about a tenth less time (bench/PERFORMANCE.md,
  // round 10). A database created before keeps its 4 KiB pages.
  static constexpr int kPageSize = 16384;

  static constexpr const char* kScratch = ":memory:";
  static constexpr long kScratchCacheKib = 128 * 1024;

  // 5 s, or GENAUDIT_BUSY_TIMEOUT_MS when set (milliseconds).
  static constexpr int kBusyTimeoutMs = 5000;
  static int busy_timeout_ms();

  SQLite::Database& database() { return db_; }

  // The registers imported, from the import log, in template order.
  std::vector<RegisterFileInfo> imports() const;
  bool has_register(const std::string& name) const;

  // Every imported register, in memory, for evaluation. With `fields`
  // (register name -> field names; a rule pack's fields_read, which names
  // the code and name of the registers findings are about), only those
  // fields are loaded; the other cells read as missing.
  //
  // Inside a transaction begun by begin_load(), which sees one committed
  // state throughout. Holding the write lock, it reads half of the
  // registers through a second connection on another core.
  //
  // Registers are read from their copies (register_cache.h) when those are
  // usable; a transaction holding the write lock copies the others.
  Dataset load(const FieldSelection* fields = nullptr);
  // As load(&fields), but only the imported registers `fields` names: what
  // one rule reads (RulePack::fields_read_by), to explain a finding without
  // reading the registers the rule does not.
  Dataset load_only(const FieldSelection& fields);

  // Begins the transaction load() reads in: with the write lock when no
  // other connection holds it at this moment (no import can commit while
  // the registers are read, so a second connection sees the same state;
  // imports wait that long), else — an import is writing — a plain read
  // transaction of the last committed state, never waiting for the import.
  StoreTransaction begin_load();

  // The quoted SQL name of a register's table or field. Names come from the
  // schema only, never from a file or a rule.
  static std::string quoted(const std::string& name);

  // The store's tables (the history's are RunHistory's, the accounts' and
  // the activity log's their own), created when missing as genaudit first
  // made them; then the changes made to them since, each applied once, so
  // that a database made by an earlier genaudit is brought up to date.
  // schema_guard.h compares a database with what these make.
  static void create_tables(SQLite::Database& db);
  static void upgrade_tables(SQLite::Database& db);

 private:
  // load()'s work, over `registers` of the import log.
  Dataset load_registers(std::vector<RegisterFileInfo> registers, const FieldSelection* fields);
  SQLite::Database db_;
};

// The first import into a store (no register in it yet) writes with SQLite's
// rollback journal instead of the write-ahead log, for as long as this
// object lives; then the store is back in WAL mode. In WAL mode every page
// is written twice — into the log, then checkpointed into the file — while
// a rollback journal keeps only the pages that existed before, which for an
// empty store is next to nothing: a national import writes about half as
// much. Nobody can be reading registers that are not there yet, so WAL's
// promise (readers never wait for the writer) loses nothing meanwhile.
// Construct it before the import's transaction and let it go after.
class FirstImportJournal {
 public:
  explicit FirstImportJournal(AuditStore& store);
  ~FirstImportJournal();
  FirstImportJournal(const FirstImportJournal&) = delete;
  FirstImportJournal& operator=(const FirstImportJournal&) = delete;
  bool active() const { return active_; }

 private:
  AuditStore& store_;
  bool active_ = false;
};

}  // namespace genaudit
