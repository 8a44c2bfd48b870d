// The registers' copies for evaluation (register_cache.h): written by a
// strict import (engine/ingest/imported_copy.h) and by a load that holds
// the write lock, read back cell for cell as SQL reads the tables, and never
// used once anything has changed the table — another program's INSERT,
// UPDATE or DELETE, a table made again — nor when they lack a field,
// disagree with the import log or are damaged. A re-import replaces it.
#include "engine/store/register_cache.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "tests/dataset_compare.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

const std::filesystem::path kProvince =
    std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";

class RegisterCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.emplace(path_.string());
    ASSERT_TRUE(import_data_folder(*store_, kProvince).ok());
  }

  // A load as `audit --db` does it: in the transaction begin_load() opens,
  // which takes the write lock when it is free.
  Dataset audit_load(const FieldSelection* fields = nullptr) {
    StoreTransaction transaction = store_->begin_load();
    Dataset dataset = store_->load(fields);
    transaction.commit();
    return dataset;
  }

  // The registers as SQL reads them: a load outside any transaction
  // neither reads nor writes copies... unless they exist, so from a store
  // without them.
  Dataset through_sql(const FieldSelection* fields = nullptr) {
    forget_all();
    return store_->load(fields);
  }

  void forget_all() {
    SQLite::Transaction transaction(store_->database());
    for (const RegisterSchema& r : all_registers()) RegisterCache::forget(store_->database(), r.name);
    transaction.commit();
  }

  bool has_copy(const std::string& name) {
    return RegisterCache::has_copy(store_->database().getHandle(), name);
  }

  TempDir dir_;
  std::filesystem::path path_ = dir_.path() / "audit.db";
  std::optional<AuditStore> store_;
};

TEST_F(RegisterCacheTest, ALoadHoldingTheWriteLockCopiesAndTheNextReadsTheSame) {
  forget_all();  // the import's copies: this is about the audit's own
  EXPECT_FALSE(has_copy("staff"));
  const Dataset sql = store_->load();  // no transaction: nothing copied
  EXPECT_FALSE(has_copy("staff"));
  const Dataset first = audit_load();
  for (const RegisterFileInfo& info : store_->imports()) {
    EXPECT_TRUE(has_copy(info.register_name)) << info.register_name;
  }
  testing::expect_same_datasets(sql, first);
  // The copy is what the next load reads: with a column of the table
  // renamed, SQL could not read it any more.
  store_->database().exec("ALTER TABLE staff RENAME COLUMN gender TO gender_renamed");
  EXPECT_TRUE(has_copy("staff"));
  testing::expect_same_datasets(sql, audit_load());
  // The fields an audit reads, from a copy of every field.
  const FieldSelection& fields = testing::builtin_pack().fields_read;
  const Dataset some = audit_load(&fields);
  store_->database().exec("ALTER TABLE staff RENAME COLUMN gender_renamed TO gender");
  testing::expect_same_datasets(through_sql(&fields), some);
}

TEST_F(RegisterCacheTest, AnyChangeByAnotherProgramForgetsTheCopyOfThatRegister) {
  const char* changes[] = {
      "UPDATE staff SET gender = 'female' WHERE rowid = (SELECT min(rowid) FROM staff)",
      "DELETE FROM staff WHERE rowid = (SELECT max(rowid) FROM staff)",
      "INSERT INTO staff (staff_id, agency_code, _file, _sheet, _row) "
      "VALUES ('X1', 'UBND-KH', 'by hand', '', 99)",
  };
  for (const char* change : changes) {
    SCOPED_TRACE(change);
    audit_load();
    ASSERT_TRUE(has_copy("staff"));
    {
      SQLite::Database other(path_.string(), SQLite::OPEN_READWRITE);
      other.exec(change);
    }
    EXPECT_FALSE(has_copy("staff"));
    EXPECT_TRUE(has_copy("agencies"));
    const Dataset after = audit_load();
    testing::expect_same_datasets(through_sql(), after);
  }
}

TEST_F(RegisterCacheTest, ATableMadeAgainIsReadThroughSql) {
  audit_load();
  store_->database().exec(
      "ALTER TABLE staff RENAME TO staff_before;"
      "CREATE TABLE staff AS SELECT * FROM staff_before WHERE rowid % 2 = 0;"
      "DROP TABLE staff_before;");
  EXPECT_FALSE(has_copy("staff"));
  const Dataset after = audit_load();
  testing::expect_same_datasets(through_sql(), after);
}

TEST_F(RegisterCacheTest, AnImportReplacesTheCopyWithOneOfTheNewTable) {
  audit_load();
  const Dataset before = audit_load();
  TempDir folder;
  for (const auto& file : std::filesystem::directory_iterator(kProvince)) {
    std::filesystem::copy(file.path(), folder.path() / file.path().filename());
  }
  {
    std::ofstream staff(folder.path() / "staff.csv", std::ios::app);
    staff << "99,KH99999,Người Mới,Nữ,01/01/1990,UBND-KH,Chuyên viên,,01/01/2020,,,\n";
  }
  ASSERT_TRUE(import_data_folder(*store_, folder.path()).ok());
  EXPECT_TRUE(has_copy("staff"));
  const int triggers = store_->database()
                           .execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = "
                                       "'trigger' AND tbl_name = 'staff'")
                           .getInt();
  EXPECT_EQ(triggers, 3);
  const Dataset after = audit_load();
  EXPECT_EQ(after.find("staff")->row_count(), before.find("staff")->row_count() + 1);
  testing::expect_same_datasets(through_sql(), after);
}

TEST_F(RegisterCacheTest, ACopyWithoutAFieldTheLoadNeedsIsNotUsed) {
  const FieldSelection& fields = testing::builtin_pack().fields_read;
  audit_load(&fields);
  ASSERT_TRUE(has_copy("staff"));
  const Dataset all = audit_load();  // every field: read through SQL, copied again
  testing::expect_same_datasets(through_sql(), all);
}

TEST_F(RegisterCacheTest, ADamagedCopyIsReadThroughSql) {
  const Dataset expected = through_sql();
  const char* damages[] = {
      "UPDATE register_cache SET data = substr(data, 1, length(data) / 2)",
      "UPDATE register_cache SET data = substr(data, 1, 20)",
      "UPDATE register_cache SET data = x''",
      "UPDATE register_cache SET data = zeroblob(length(data))",
      // Bytes in the other order.
      "UPDATE register_cache SET data = substr(data, 1, 16) || x'01020304' || substr(data, 21)",
      // Row count and counts of files made huge: nothing is allocated for them.
      "UPDATE register_cache SET data = substr(data, 1, 20) || x'ffffffffffffffff' || "
      "substr(data, 29)",
      "UPDATE register_cache SET data = substr(data, 1, 28) || x'ffffffff' || substr(data, 33)",
      "UPDATE register_cache SET data = substr(data, 1, 20) || x'ffffff0000000000' || "
      "substr(data, 29)",
  };
  for (const char* damage : damages) {
    SCOPED_TRACE(damage);
    audit_load();
    ASSERT_TRUE(has_copy("staff"));
    store_->database().exec(damage);
    testing::expect_same_datasets(expected, audit_load());
  }
}

TEST_F(RegisterCacheTest, ACopyOfAnotherRowCountThanTheImportLogIsNotUsed) {
  const Dataset before = audit_load();
  ASSERT_TRUE(has_copy("staff"));
  // The table changed behind the copy's back (its triggers set aside and
  // made again): a load that used the copy would not see the change.
  SQLite::Database& db = store_->database();
  std::vector<std::string> triggers;
  {
    SQLite::Statement query(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                "tbl_name = 'staff'");
    while (query.executeStep()) triggers.push_back(query.getColumn(0).getString());
  }
  ASSERT_EQ(triggers.size(), 3u);
  db.exec("DROP TRIGGER genaudit_cache_staff_INSERT; DROP TRIGGER genaudit_cache_staff_UPDATE;"
          "DROP TRIGGER genaudit_cache_staff_DELETE;");
  db.exec("DELETE FROM staff WHERE rowid = (SELECT max(rowid) FROM staff)");
  for (const std::string& sql : triggers) db.exec(sql);
  ASSERT_TRUE(has_copy("staff"));
  const std::size_t rows = before.find("staff")->row_count();
  EXPECT_EQ(audit_load().find("staff")->row_count(), rows);  // the log still says `rows`
  db.exec("UPDATE imports SET rows = rows - 1 WHERE register = 'staff'");
  EXPECT_EQ(audit_load().find("staff")->row_count(), rows - 1);
}

TEST_F(RegisterCacheTest, ALoadWithoutTheWriteLockCopiesNothing) {
  forget_all();
  SQLite::Database writer(path_.string(), SQLite::OPEN_READWRITE);
  writer.exec("BEGIN IMMEDIATE");
  const Dataset during = audit_load();
  writer.exec("ROLLBACK");
  EXPECT_FALSE(has_copy("staff"));
  testing::expect_same_datasets(store_->load(), during);
}

}  // namespace
}  // namespace genaudit
