// A database someone else made or altered is not used: a trigger of its
// own could rewrite rows as they are imported (a finding vanished while the
// staff file's SHA-256 was reported unchanged), a view or an index could
// change what a query reads. Every connection is opened defensively (no
// trusted schema, no deliberate corruption through SQL), and a database
// holding a schema object genaudit did not create is refused before
// anything is read or written, the objects named.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <ostream>
#include <string>

#include "engine/store/audit_store.h"
#include "engine/store/database_refused.h"
#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"
#include "tests/hardening/db_dump.h"
#include "tests/hardening/sample_database.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::dump_database;
using testing::run_genaudit;
using testing::TempDir;

// The sample database, made once and copied for each test.
const fs::path& sample_database() {
  static TempDir dir;
  static const fs::path db = [] {
    const fs::path path = dir.path() / "sample.db";
    testing::make_sample_database(path, dir.path());
    return path;
  }();
  return db;
}

struct Alteration {
  const char* sql;   // run on the sample database
  const char* name;  // the object the refusal names
};

const Alteration kAlterations[] = {
    // Rows rewritten as they are imported.
    {"CREATE TRIGGER keep_quiet AFTER INSERT ON staff BEGIN "
     "UPDATE staff SET gender = 'Nam' WHERE rowid = new.rowid; END",
     "keep_quiet"},
    {"CREATE VIEW all_staff AS SELECT * FROM staff", "all_staff"},
    {"CREATE TABLE notes (text TEXT)", "notes"},
    {"CREATE INDEX staff_by_gender ON staff (gender)", "staff_by_gender"},
    // One of genaudit's own names, with another body.
    {"DROP TRIGGER genaudit_cache_news_INSERT;"
     "CREATE TRIGGER genaudit_cache_news_INSERT AFTER INSERT ON news BEGIN "
     "DELETE FROM news WHERE rowid = new.rowid; END",
     "genaudit_cache_news_INSERT"},
    // A table of genaudit's, made another way.
    {"DROP TABLE waivers; CREATE TABLE waivers (position INTEGER PRIMARY KEY, rule, subject,"
     " period, justification, approved_by, expires, source, imported_at)",
     "waivers"},
    // The workspace's accounts without the CHECK that keeps roles to four.
    {"DROP TABLE accounts; CREATE TABLE accounts (name TEXT PRIMARY KEY NOT NULL,"
     " role TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
     " created_at TEXT NOT NULL)",
     "accounts"},
};

void PrintTo(const Alteration& alteration, std::ostream* out) { *out << alteration.name; }

class ForeignDatabaseTest : public ::testing::TestWithParam<Alteration> {};

TEST_P(ForeignDatabaseTest, IsRefusedNamingTheObjectAndNothingChanges) {
  TempDir dir;
  const fs::path db = dir.path() / "audit.db";
  ASSERT_FALSE(sample_database().empty());
  fs::copy_file(sample_database(), db);
  {
    SQLite::Database other(db.string(), SQLite::OPEN_READWRITE);
    other.exec(GetParam().sql);
  }
  const std::string before = dump_database(db.string());
  const std::string named = std::string("\"") + GetParam().name + "\"";
  const std::string commands[] = {
      "import --db " + db.string() + " " + testing::sample_folder(),
      "import --db " + db.string() + " --add " + testing::sample_folder() + "/news.csv",
      "audit --db " + db.string() + " --period 2025 --output " + (dir.path() / "r.json").string(),
      "runs --db " + db.string(),
      "waivers list --db " + db.string(),
      "diff --db " + db.string() + " 1 1",
      "explain O1.S4 snv --db " + db.string() + " --period 2025",
      "users add --db " + db.string() + " --name hoa --role admin <" +
          dir.write("password.txt", "password\n").string(),
      "users list --db " + db.string(),
      "users disable --db " + db.string() + " --name hoa",
  };
  for (const std::string& command : commands) {
    SCOPED_TRACE(command);
    const testing::CliRun r = run_genaudit(command, dir.path());
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find(named), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("không do genaudit tạo"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  EXPECT_FALSE(fs::exists(dir.path() / "r.json"));
  EXPECT_TRUE(dump_database(db.string()) == before) << "the database changed";
  const testing::CliRun english = run_genaudit("runs --lang en --db " + db.string(), dir.path());
  EXPECT_NE(english.err.find("genaudit did not create"), std::string::npos) << english.err;
}

INSTANTIATE_TEST_SUITE_P(Alterations, ForeignDatabaseTest, ::testing::ValuesIn(kAlterations),
                         [](const ::testing::TestParamInfo<Alteration>& info) {
                           return std::to_string(info.index) + "_" + info.param.name;
                         });

TEST(ForeignDatabase, TheSampleDatabaseItselfIsUsed) {
  TempDir dir;
  const fs::path db = dir.path() / "audit.db";
  fs::copy_file(sample_database(), db);
  const testing::CliRun r = run_genaudit("runs --db " + db.string(), dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
}

TEST(ForeignDatabase, ConnectionsTrustNoSchemaAndRefuseCorruptingSql) {
  TempDir dir;
  const fs::path db = dir.path() / "audit.db";
  const auto expect_defensive = [](AuditStore& store) {
    sqlite3* handle = store.database().getHandle();
    int defensive = -1, trusted = -1;
    ASSERT_EQ(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive), SQLITE_OK);
    ASSERT_EQ(sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted), SQLITE_OK);
    EXPECT_EQ(defensive, 1);
    EXPECT_EQ(trusted, 0);
    EXPECT_THROW(store.database().exec("PRAGMA writable_schema = ON; "
                                       "UPDATE sqlite_schema SET sql = '' WHERE name = 'staff'"),
                 SQLite::Exception);
  };
  {
    AuditStore store(db.string());
    expect_defensive(store);
  }
  AuditStore read_only(db.string(), AuditStore::Access::kReadOnly);
  expect_defensive(read_only);
}

// A database made before genaudit kept the intake log, and before its
// import log counted rows added from files of rejected rows, is genaudit's
// own: it is used, and brought up to date.
TEST(ForeignDatabase, ADatabaseOfAnEarlierGenauditIsUsedAndUpgraded) {
  TempDir dir;
  const fs::path db = dir.path() / "audit.db";
  fs::copy_file(sample_database(), db);
  {
    SQLite::Database older(db.string(), SQLite::OPEN_READWRITE);
    older.exec("DROP TABLE intake_log; ALTER TABLE imports DROP COLUMN rows_from_rejected");
  }
  const testing::CliRun runs = run_genaudit("runs --db " + db.string(), dir.path());
  EXPECT_EQ(runs.status, 0) << runs.err;
  const testing::CliRun audit = run_genaudit(
      "audit --db " + db.string() + " --period 2025 --output " + (dir.path() / "r.json").string(),
      dir.path());
  EXPECT_EQ(audit.status, 1) << audit.err;
  SQLite::Database upgraded(db.string(), SQLite::OPEN_READONLY);
  EXPECT_TRUE(upgraded.tableExists("intake_log"));
  EXPECT_EQ(upgraded.execAndGet("SELECT count(*) FROM pragma_table_info('imports')"
                                " WHERE name = 'rows_from_rejected'")
                .getInt(),
            1);
}

}  // namespace
}  // namespace genaudit
