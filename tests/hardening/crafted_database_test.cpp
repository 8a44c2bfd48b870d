// Databases crafted to make genaudit allocate or recurse without bound: a
// register's copy (register_cache.h) and import log claiming 2^32 - 1 or
// 700 million rows in a few kilobytes (bad_alloc, or 5.5 GB), evidence
// nested 100 000 deep in the history (a stack overflow in `diff --format
// json`). Each is refused as a damaged database, naming what is damaged,
// before anything is allocated for it.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <optional>
#include <string>

#include "engine/store/audit_store.h"
#include "engine/store/database_refused.h"
#include "engine/store/register_cache.h"
#include "engine/store/run_history.h"
#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"
#include "tests/hardening/sample_database.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::run_genaudit;
using testing::TempDir;

class CraftedDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(testing::make_sample_database(db_, dir_.path()));
  }

  void exec(const std::string& sql) {
    SQLite::Database db(db_.string(), SQLite::OPEN_READWRITE);
    db.exec(sql);
  }

  // The staff register's copy and import log both claiming `rows` rows
  // (the copy's count: 8 bytes, in this machine's order, after the magic
  // and the byte order mark).
  void claim_staff_rows(const std::string& little_endian_hex, long long rows) {
    exec("UPDATE register_cache SET data = substr(data, 1, 20) || x'" + little_endian_hex +
         "' || substr(data, 29) WHERE register = 'staff';"
         "UPDATE imports SET rows = " + std::to_string(rows) + " WHERE register = 'staff'");
  }

  void expect_damaged_staff_copy() {
    const testing::CliRun r = run_genaudit(
        "audit --db " + db_.string() + " --period 2025 --output " + report_.string(), dir_.path());
    EXPECT_EQ(r.status, 2) << r.err;  // not a crash: -1
    EXPECT_NE(r.err.find("bị hỏng"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("staff"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(report_));
    // The store says why, in its own terms (loading the fields the audit
    // copied).
    AuditStore store(db_.string());
    StoreTransaction transaction = store.begin_load();
    try {
      store.load(&testing::builtin_pack().fields_read);
      ADD_FAILURE() << "the crafted copy was loaded";
    } catch (const DatabaseRefused& e) {
      EXPECT_EQ(e.reason(), DatabaseRefused::Reason::kImpossibleCopy);
      EXPECT_EQ(e.register_name(), "staff");
    }
  }

  TempDir dir_;
  fs::path db_ = dir_.path() / "audit.db";
  fs::path report_ = dir_.path() / "report.txt";
};

TEST_F(CraftedDatabaseTest, ACopyClaimingFourBillionRowsIsDamaged) {
  ASSERT_TRUE(RegisterCache::has_copy(SQLite::Database(db_.string()).getHandle(), "staff"));
  claim_staff_rows("ffffffff00000000", 4294967295LL);
  expect_damaged_staff_copy();
}

TEST_F(CraftedDatabaseTest, ACopyClaimingSevenHundredMillionRowsIsDamaged) {
  claim_staff_rows("0027b92900000000", 700000000LL);
  expect_damaged_staff_copy();
}

TEST_F(CraftedDatabaseTest, ACopyWhoseRowsFitItsLengthIsStillRead) {
  // The sample's own copies: a row takes one byte a field at least, and
  // those of the sample are well within their length.
  const testing::CliRun r = run_genaudit(
      "audit --db " + db_.string() + " --period 2025 --output " + report_.string(), dir_.path());
  EXPECT_EQ(r.status, 1) << r.err;
}

// Evidence nested `depth` deep, as the finding's only item.
std::string nested_evidence(std::size_t depth) {
  return "{\"x\":" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
}

TEST_F(CraftedDatabaseTest, EvidenceNestedDeeperThanAnyRuleMakesIsDamaged) {
  exec("UPDATE run_findings SET evidence = '" + nested_evidence(100000) +
       "' WHERE rowid = (SELECT min(rowid) FROM run_findings)");
  for (const char* format : {"json", "text"}) {
    SCOPED_TRACE(format);
    const testing::CliRun r = run_genaudit(
        "diff --db " + db_.string() + " 1 1 --format " + std::string(format), dir_.path());
    EXPECT_EQ(r.status, 2) << r.err;  // not a crash: -1
    EXPECT_NE(r.err.find("bị hỏng"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("O1.S4"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
}

TEST_F(CraftedDatabaseTest, EvidenceIsReadBackUpToTheDepthLimit) {
  const auto rowid_first = "(SELECT min(rowid) FROM run_findings)";
  exec("UPDATE run_findings SET evidence = '" + nested_evidence(RunHistory::kMaxEvidenceDepth) +
       "' WHERE rowid = " + rowid_first);
  // Brackets inside texts are not nesting.
  exec("UPDATE run_findings SET evidence = '{\"x\":\"" + std::string(100000, '[') +
       "\"}' WHERE rowid = " + rowid_first + " + 1");
  const testing::CliRun r =
      run_genaudit("diff --db " + db_.string() + " 1 1 --format json", dir_.path());
  EXPECT_EQ(r.status, 0) << r.err;
  exec("UPDATE run_findings SET evidence = '" +
       nested_evidence(RunHistory::kMaxEvidenceDepth + 1) + "' WHERE rowid = " + rowid_first);
  AuditStore store(db_.string(), AuditStore::Access::kReadOnly);
  try {
    RunHistory(store.database()).findings(1);
    ADD_FAILURE() << "evidence deeper than the limit was read";
  } catch (const DatabaseRefused& e) {
    EXPECT_EQ(e.reason(), DatabaseRefused::Reason::kEvidenceTooDeep);
  }
}

}  // namespace
}  // namespace genaudit
