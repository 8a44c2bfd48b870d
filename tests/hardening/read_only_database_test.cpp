// A database genaudit may not write — a file and folder made read-only, an
// archived copy on read-only media — can still be read by the commands that
// only read it: `runs`, `diff`, `waivers list`, `explain`. They open it
// read-only and write nothing, not even the files SQLite keeps beside it.
//
// Permissions do not stop root, so as root the commands run as an
// unprivileged user (setpriv), for whom the database is what it is for an
// inspector without write access.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

#include "engine/store/audit_store.h"
#include "tests/fixture.h"
#include "tests/golden.h"
#include "tests/hardening/cli_run.h"
#include "tests/hardening/sample_database.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_genaudit;
using testing::TempDir;

// `genaudit ARGS` as a user who cannot write the database: this one, or
// as root the unprivileged user `nobody`.
testing::CliRun run_without_write_access(const std::string& args, const fs::path& scratch) {
  if (::geteuid() != 0) return run_genaudit(args, scratch);
  return testing::run_genaudit_under("setpriv --reuid=65534 --regid=65534 --clear-groups", args,
                                     scratch);
}

class ReadOnlyDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(folder_);
    ASSERT_NO_FATAL_FAILURE(testing::make_sample_database(db_, dir_.path()));
    // The unprivileged user reaches the folder.
    fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read |
                                     fs::perms::others_exec);
  }

  void make_read_only() {
    fs::permissions(db_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder_, fs::perms::owner_read | fs::perms::owner_exec |
                                 fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
  }

  void TearDown() override { fs::permissions(folder_, fs::perms::owner_all); }

  struct FileState {
    std::string bytes;
    struct timespec modified {};
    std::size_t files_beside = 0;
  };
  FileState state() const {
    FileState s;
    s.bytes = read_file(db_);
    struct stat st {};
    ::stat(db_.c_str(), &st);
    s.modified = st.st_mtim;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder_)) ++s.files_beside;
    return s;
  }

  TempDir dir_;
  fs::path folder_ = dir_.path() / "archive";
  fs::path db_ = folder_ / "audit.db";
};

TEST_F(ReadOnlyDatabaseTest, ReadingCommandsReadItAndWriteNothing) {
  make_read_only();
  const FileState before = state();
  const std::string db = db_.string();
  const struct {
    std::string args;
    std::string said;  // on standard output
  } commands[] = {
      {"runs --db " + db, "Các lần rà soát đã ghi (1)"},
      {"runs --db " + db + " --format json", "\"findings\": 29"},
      {"diff --db " + db + " 1 1", "O1.S4"},
      {"diff --db " + db + " 1 1 --format json", "\"rule\": \"O1.S4\""},
      {"waivers list --db " + db, "Miễn trừ lưu trong cơ sở dữ liệu: 0"},
      {"explain O1.S4 snv --db " + db + " --period 2025", "SNV — Sở Nội vụ"},
  };
  for (const auto& c : commands) {
    SCOPED_TRACE(c.args);
    const testing::CliRun r = run_without_write_access(c.args, dir_.path());
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(c.said), std::string::npos) << r.out;
  }
  const FileState after = state();
  EXPECT_TRUE(after.bytes == before.bytes) << "the database's bytes changed";
  EXPECT_EQ(after.modified.tv_sec, before.modified.tv_sec);
  EXPECT_EQ(after.modified.tv_nsec, before.modified.tv_nsec);
  EXPECT_EQ(after.files_beside, 1u) << "files were left beside the database";
}

TEST_F(ReadOnlyDatabaseTest, AReadOnlyStoreCannotWrite) {
  AuditStore store(db_.string(), AuditStore::Access::kReadOnly);
  EXPECT_EQ(sqlite3_db_readonly(store.database().getHandle(), "main"), 1);
  EXPECT_THROW(store.database().exec("DELETE FROM waivers"), SQLite::Exception);
}

TEST_F(ReadOnlyDatabaseTest, AnOlderSchemaIsNamedNotUpgraded) {
  {
    SQLite::Database older(db_.string(), SQLite::OPEN_READWRITE);
    older.exec("DROP TABLE run_indicators");
  }
  make_read_only();
  const FileState before = state();
  const testing::CliRun r = run_without_write_access("runs --db " + db_.string(), dir_.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("run_indicators"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("phiên bản genaudit cũ"), std::string::npos) << r.err;
  EXPECT_TRUE(state().bytes == before.bytes);
}

TEST_F(ReadOnlyDatabaseTest, AWritingCommandSaysTheDatabaseIsReadOnly) {
  make_read_only();
  const FileState before = state();
  const testing::CliRun r = run_without_write_access(
      "audit --db " + db_.string() + " --period 2025", dir_.path());
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_NE(r.err.find("chỉ cho đọc — chưa ghi gì"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("attempt to write"), std::string::npos) << r.err;
  EXPECT_TRUE(state().bytes == before.bytes);
}

}  // namespace
}  // namespace genaudit
