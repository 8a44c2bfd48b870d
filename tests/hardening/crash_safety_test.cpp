// Crash safety: `genaudit import` killed with SIGKILL at random moments (50
// times, seeded) never leaves a damaged or half-imported database. After
// each kill the database opens, PRAGMA integrity_check is "ok", and it holds
// exactly the last complete state: the one before the import, or, when the
// kill came after the commit, the one the import makes.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/fixture.h"
#include "tests/golden.h"
#include "tests/hardening/cli_run.h"
#include "tests/hardening/db_dump.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::dump_database;
using testing::read_file;
using testing::run_genaudit;
using testing::TempDir;

// A folder of registers big enough that an import takes a while: the
// sample's agencies, and 40 000 staff rows over them.
void write_big_registers(const fs::path& folder) {
  fs::create_directories(folder);
  fs::copy_file(fs::path(testing::sample_folder()) / "agencies.csv", folder / "agencies.csv");
  std::ofstream staff(folder / "staff.csv", std::ios::binary);
  staff << "Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Ngày bắt đầu\n";
  for (int i = 0; i < 40000; ++i) {
    staff << "NV" << i << ",Nguyễn Văn " << i << "," << (i % 3 == 0 ? "Nữ" : "Nam") << ","
          << (1 + i % 28) << "/" << (1 + i % 12) << "/19" << (60 + i % 40)
          << ",UBND-KH,Chuyên viên," << (1 + i % 28) << "/01/2020\n";
  }
}

// Starts `genaudit ARGS...` with its output discarded.
template <typename... Args>
pid_t start_genaudit(const Args&... args) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(GENAUDIT_BINARY, "genaudit", args..., static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

pid_t start_import(const fs::path& db, const fs::path& folder) {
  return start_genaudit("import", "--db", db.c_str(), folder.c_str());
}

// Copies `bytes` to `db`, with no journal or WAL beside it.
void reset_database(const fs::path& db, const std::string& bytes) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
  std::ofstream(db, std::ios::binary) << bytes;
}

// Sleeps until a moment drawn from `moment`, then kills `pid` outright.
// Of 50 kills, how many must land before the commit for a test to mean
// something (typically 45 or more do).
constexpr int kEnoughInterrupted = 10;

void kill_at(pid_t pid, std::mt19937& random, std::uniform_int_distribution<long>& moment) {
  std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

TEST(CrashSafety, ImportKilledAtRandomMomentsLeavesTheLastCompleteState) {
  TempDir dir;
  const fs::path big = dir.path() / "big";
  write_big_registers(big);

  // The state before: the sample imported.
  const fs::path before_db = dir.path() / "before.db";
  ASSERT_EQ(run_genaudit("import --db " + before_db.string() + " " + testing::sample_folder(),
                         dir.path())
                .status,
            0);
  const std::string before_bytes = read_file(before_db);
  const std::string before = dump_database(before_db.string(), true);

  // The state after a complete import, and how long one takes.
  const fs::path after_db = dir.path() / "after.db";
  std::ofstream(after_db, std::ios::binary) << before_bytes;
  const auto started = std::chrono::steady_clock::now();
  const auto complete = run_genaudit("import --db " + after_db.string() + " " + big.string(),
                                     dir.path());
  const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();
  ASSERT_EQ(complete.status, 0) << complete.err;
  const std::string after = dump_database(after_db.string(), true);
  ASSERT_NE(before, after);

  std::mt19937 random(20250101);
  std::uniform_int_distribution<long> moment(0, full_us);
  int interrupted = 0;
  int finished = 0;
  for (int attempt = 0; attempt < 50; ++attempt) {
    SCOPED_TRACE("attempt " + std::to_string(attempt));
    const fs::path db = dir.path() / "killed.db";
    reset_database(db, before_bytes);
    const pid_t pid = start_import(db, big);
    ASSERT_GT(pid, 0);
    kill_at(pid, random, moment);

    ASSERT_EQ(testing::integrity_check(db.string()), "ok");
    const std::string state = dump_database(db.string(), true);
    if (state == before) {
      ++interrupted;
    } else if (state == after) {
      ++finished;
    } else {
      FAIL() << "the database holds neither the state before the import nor the one after";
    }
  }
  // The kills must have landed inside the import for this to test anything.
  // Not "most of them": the moments are drawn from one timed run, and on a
  // loaded machine the killed runs can be much faster or slower than it.
  std::cout << "import killed 50 times: " << interrupted << " before its commit, " << finished
            << " after (a complete import: " << full_us / 1000 << " ms)\n";
  EXPECT_GE(interrupted, kEnoughInterrupted) << "finished: " << finished;
}

// The same for an audit recorded in the database (`genaudit audit --db`
// records each run): killed at random moments, the database holds the runs
// before it, or those and the whole new run; the report is absent or whole.
TEST(CrashSafety, AuditKilledAtRandomMomentsRecordsTheWholeRunOrNothing) {
  TempDir dir;
  const fs::path big = dir.path() / "big";
  write_big_registers(big);
  const fs::path before_db = dir.path() / "before.db";
  ASSERT_EQ(run_genaudit("import --db " + before_db.string() + " " + testing::sample_folder(),
                         dir.path())
                .status,
            0);
  ASSERT_EQ(run_genaudit("import --db " + before_db.string() + " " + big.string(), dir.path())
                .status,
            0);
  // One run recorded already, so the new one has history to compare with.
  const auto first = run_genaudit("audit --db " + before_db.string() + " --period 2025",
                                  dir.path());
  ASSERT_TRUE(first.status == 0 || first.status == 1) << first.err;
  const std::string before_bytes = read_file(before_db);
  const std::string before = dump_database(before_db.string(), true);

  const fs::path after_db = dir.path() / "after.db";
  reset_database(after_db, before_bytes);
  const fs::path report = dir.path() / "report.json";
  const auto started = std::chrono::steady_clock::now();
  const auto complete = run_genaudit("audit --db " + after_db.string() +
                                         " --period 2025 --format json --output " +
                                         report.string(),
                                     dir.path());
  const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();
  ASSERT_TRUE(complete.status == 0 || complete.status == 1) << complete.err;
  const std::string after = dump_database(after_db.string(), true);
  if (before == after) GTEST_SKIP() << "this genaudit records no audit run in the database";
  const std::string whole_report = read_file(report);
  fs::remove(report);

  std::mt19937 random(20250102);
  std::uniform_int_distribution<long> moment(0, full_us);
  int interrupted = 0;
  for (int attempt = 0; attempt < 50; ++attempt) {
    SCOPED_TRACE("attempt " + std::to_string(attempt));
    const fs::path db = dir.path() / "killed.db";
    reset_database(db, before_bytes);
    const std::string output = report.string();
    const pid_t pid = start_genaudit("audit", "--db", db.c_str(), "--period", "2025", "--format",
                                     "json", "--output", output.c_str());
    ASSERT_GT(pid, 0);
    kill_at(pid, random, moment);

    ASSERT_EQ(testing::integrity_check(db.string()), "ok");
    const std::string state = dump_database(db.string(), true);
    if (state == before) {
      ++interrupted;
    } else if (state != after) {
      FAIL() << "the database holds neither the runs before the audit nor those after";
    }
    if (fs::exists(report)) {
      // Whole: it parses, and it is as long as a complete one give or take
      // its clock and run number.
      const std::string text = read_file(report);
      // A variable, not a (void) cast: GCC's warn_unused_result ignores casts.
      EXPECT_NO_THROW({ const auto parsed = nlohmann::json::parse(text); }) << "half a report";
      EXPECT_NEAR(static_cast<double>(text.size()), static_cast<double>(whole_report.size()), 64);
      fs::remove(report);
    }
  }
  std::cout << "audit killed 50 times: " << interrupted << " before its run was recorded, "
            << 50 - interrupted << " after (a complete audit: " << full_us / 1000 << " ms)\n";
  EXPECT_GE(interrupted, kEnoughInterrupted);  // see the import test
}

}  // namespace
}  // namespace genaudit
