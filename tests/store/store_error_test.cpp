// The store's errors at its boundary (store_error.h): what the store, its
// history, its transactions and the importer throw is a StoreError of the
// kind that happened — busy, not a database, read-only, disk full, corrupt
// — with SQLite's own message, never SQLite::Exception; a refusal is one.
#include "engine/store/store_error.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>

#include "engine/ingest/data_folder.h"
#include "engine/store/audit_store.h"
#include "engine/store/database_refused.h"
#include "engine/store/run_history.h"
#include "engine/store/sqlite_errors.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;
using Kind = StoreError::Kind;

const fs::path kProvince = fs::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";

// What `action` throws: a StoreError's kind and message. Fails the test
// when it throws nothing, or anything else (a SQLite::Exception above all).
std::pair<Kind, std::string> store_error_of(const std::function<void()>& action) {
  try {
    action();
    ADD_FAILURE() << "no error";
  } catch (const StoreError& e) {
    return {e.kind(), e.what()};
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not a StoreError: " << e.what();
  }
  return {Kind::kOther, ""};
}

TEST(StoreError, SqliteResultCodesGiveTheirKinds) {
  const std::pair<int, Kind> codes[] = {
      {SQLITE_BUSY, Kind::kBusy},
      {SQLITE_LOCKED, Kind::kBusy},
      {SQLITE_NOTADB, Kind::kNotADatabase},
      {SQLITE_READONLY, Kind::kReadOnly},
      {SQLITE_READONLY_DIRECTORY, Kind::kReadOnly},  // extended: its primary code counts
      {SQLITE_FULL, Kind::kDiskFull},
      {SQLITE_CORRUPT, Kind::kCorrupt},
      {SQLITE_IOERR, Kind::kOther},
      {SQLITE_ERROR, Kind::kOther},
  };
  for (const auto& [code, kind] : codes) {
    const StoreError e = store_error(SQLite::Exception("what SQLite said", code));
    EXPECT_EQ(e.kind(), kind) << code;
    EXPECT_STREQ(e.what(), "what SQLite said");
  }
  EXPECT_EQ(store_error(SQLite::Exception("no code")).kind(), Kind::kOther);
}

TEST(StoreError, ARefusalIsAStoreErrorOfItsKind) {
  EXPECT_EQ(DatabaseRefused::foreign_objects({{"table", "notes"}}).kind(), Kind::kNotADatabase);
  EXPECT_EQ(DatabaseRefused::needs_upgrade({{"table", "runs"}}).kind(), Kind::kOther);
  EXPECT_EQ(DatabaseRefused::impossible_copy("staff", 10, 2).kind(), Kind::kCorrupt);
  EXPECT_EQ(DatabaseRefused::evidence_too_deep(1, "O1.S4", "SNV", 512).kind(), Kind::kCorrupt);

  TempDir dir;
  const std::string db = (dir.path() / "audit.db").string();
  { AuditStore made(db); }
  SQLite::Database(db, SQLite::OPEN_READWRITE).exec("CREATE TABLE notes (text TEXT)");
  try {
    AuditStore store(db);
    ADD_FAILURE() << "a database holding a table of someone else's was opened";
  } catch (const StoreError& e) {
    const auto* refused = dynamic_cast<const DatabaseRefused*>(&e);
    ASSERT_NE(refused, nullptr) << e.what();
    EXPECT_EQ(refused->reason(), DatabaseRefused::Reason::kForeignObjects);
  }
}

TEST(StoreError, AFileThatIsNoDatabase) {
  TempDir dir;
  const std::string path = dir.write("staff.db", std::string(4096, 'x')).string();
  for (const AuditStore::Access access : {AuditStore::Access::kReadWrite,
                                          AuditStore::Access::kReadOnly}) {
    const auto [kind, what] = store_error_of([&] { AuditStore store(path, access); });
    EXPECT_EQ(kind, Kind::kNotADatabase);
    EXPECT_EQ(what, "file is not a database");
  }
}

// GENAUDIT_BUSY_TIMEOUT_MS for the stores opened while it lives.
class BusyTimeout {
 public:
  explicit BusyTimeout(const char* ms) { ::setenv("GENAUDIT_BUSY_TIMEOUT_MS", ms, 1); }
  ~BusyTimeout() { ::unsetenv("GENAUDIT_BUSY_TIMEOUT_MS"); }
};

TEST(StoreError, AnotherWriterMakesTheDatabaseBusy) {
  TempDir dir;
  const std::string db = (dir.path() / "audit.db").string();
  AuditStore writer(db);
  StoreTransaction writing(writer, StoreTransaction::Lock::kWrite);
  RunHistory(writer.database()).replace_waivers({});
  const BusyTimeout no_wait("0");
  AuditStore other(db);
  EXPECT_EQ(store_error_of([&] {
              StoreTransaction second(other, StoreTransaction::Lock::kWrite);
            }).first,
            Kind::kBusy);
  EXPECT_EQ(store_error_of([&] {
              StoreTransaction reading(other, StoreTransaction::Lock::kRead);
              RunHistory(other.database()).replace_waivers({});
            }).first,
            Kind::kBusy);
  EXPECT_EQ(store_error_of([&] { import_data_folder(other, kProvince); }).first, Kind::kBusy);
  // Reading is not held up: the last committed state.
  StoreTransaction reading = other.begin_load();
  EXPECT_TRUE(RunHistory(other.database()).waivers().empty());
  reading.commit();
  writing.commit();
}

TEST(StoreError, AWriteThroughAStoreOpenedReadOnly) {
  TempDir dir;
  const std::string db = (dir.path() / "audit.db").string();
  { AuditStore made(db); }
  AuditStore store(db, AuditStore::Access::kReadOnly);
  const auto [kind, what] = store_error_of([&] {
    StoreTransaction transaction(store, StoreTransaction::Lock::kWrite);
    RunHistory(store.database()).replace_waivers({});
  });
  EXPECT_EQ(kind, Kind::kReadOnly);
  EXPECT_EQ(what, "attempt to write a readonly database");
}

}  // namespace
}  // namespace genaudit
