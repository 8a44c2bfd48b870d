// Many hands on one audit database, with real processes: audits that run
// while a big register is re-imported see the old register or the new one,
// whole, never a mix; two imports at once both succeed, or one fails with a
// clear message and changes nothing; a writer that cannot get the database
// within the busy timeout says so and exits 2, having written nothing.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <atomic>
#include <chrono>
#include <latch>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "engine/core/sha256.h"
#include "tests/cli/cli_run.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::CliRun;
using testing::run_genaudit;
using testing::TempDir;

constexpr int kAgencies = 100;

// `per_agency` staff in each agency, 40% women. Led by women: every agency
// has a female key leader (no O1.S4 finding); otherwise none has, and every
// agency is an O1.S4 finding.
std::string staff_csv(int per_agency, bool led_by_women) {
  std::string out = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Lãnh đạo chủ chốt\n";
  out.reserve(static_cast<std::size_t>(kAgencies * per_agency) * 40);
  for (int a = 0; a < kAgencies; ++a) {
    for (int i = 0; i < per_agency; ++i) {
      const bool woman = i % 5 < 2;
      const bool leader = led_by_women ? i == 0 : i == 2;
      out += "S" + std::to_string(a) + "-" + std::to_string(i) + ",Người " + std::to_string(i) +
             (woman ? ",Nữ," : ",Nam,") + "A" + std::to_string(a) + (leader ? ",x\n" : ",\n");
    }
  }
  return out;
}

// Two versions of a big staff register, told apart by their hash, each
// with the findings it must give.
struct Registers {
  TempDir dir;
  std::string db = (dir.path() / "audit.db").string();
  std::string old_staff, new_staff;  // files
  std::string old_sha, new_sha;
  static constexpr long kOldRows = kAgencies * 300;
  static constexpr long kNewRows = kAgencies * 250;

  Registers() {
    std::string agencies = "Mã đơn vị,Tên đơn vị,Cấp\n";
    for (int a = 0; a < kAgencies; ++a) {
      agencies += "A" + std::to_string(a) + ",Sở " + std::to_string(a) + ",tỉnh\n";
    }
    dir.write("agencies.csv", agencies);
    std::filesystem::create_directories(dir.path() / "old");
    std::filesystem::create_directories(dir.path() / "new");
    old_staff = dir.write("old/staff.csv", staff_csv(300, false)).string();
    new_staff = dir.write("new/staff.csv", staff_csv(250, true)).string();
    old_sha = *sha256_file(old_staff);
    new_sha = *sha256_file(new_staff);
    const CliRun r = run_genaudit("import --db " + db + " " + (dir.path() / "agencies.csv").string() +
                                      " " + old_staff,
                                  dir);
    EXPECT_EQ(r.status, 0) << r.err;
  }

  // The staff register an audit's JSON says it read, checked against what
  // it found: the old register gives an O1.S4 finding per agency, the new
  // none. Returns the register's hash ("" when absent).
  std::string check_whole(const json& report, const std::string& context) const {
    std::string sha;
    long rows = -1;
    for (const json& r : report["run"]["registers"]) {
      if (r["register"] == "staff") {
        sha = r["sha256"];
        rows = r["rows"];
      }
    }
    long findings = 0;
    for (const json& f : report["findings"]) findings += f["rule"] == "O1.S4" ? 1 : 0;
    if (sha == old_sha) {
      EXPECT_EQ(rows, kOldRows) << context;
      EXPECT_EQ(findings, kAgencies) << context;
    } else if (sha == new_sha) {
      EXPECT_EQ(rows, kNewRows) << context;
      EXPECT_EQ(findings, 0) << context;
    } else {
      ADD_FAILURE() << context << ": a staff register that is neither version: " << sha;
    }
    return sha;
  }
};

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(Concurrency, AuditsWhileABigRegisterIsReimportedSeeTheOldOrTheNewWhole) {
  Registers fx;
  std::atomic<bool> importing{true};
  std::mutex mutex;
  std::vector<CliRun> imports;
  std::thread writer([&] {
    for (int round = 0; round < 3; ++round) {
      for (const std::string* file : {&fx.new_staff, &fx.old_staff}) {
        CliRun r = run_genaudit("import --db " + fx.db + " " + *file, fx.dir);
        std::lock_guard<std::mutex> lock(mutex);
        imports.push_back(std::move(r));
      }
    }
    importing = false;
  });
  std::map<long, std::string> run_sha;  // run id -> the staff register it read
  std::set<std::string> seen;
  int audits = 0;
  while (importing || audits < 3) {
    const CliRun r =
        run_genaudit("audit --db " + fx.db + " --period 2025 --format json", fx.dir);
    ++audits;
    EXPECT_TRUE(r.status == 0 || r.status == 1) << r.status << " " << r.err;
    const json report = json::parse(r.out, nullptr, false);
    if (report.is_discarded()) {
      ADD_FAILURE() << "audit " << audits << " wrote no report: " << r.err;
      continue;
    }
    const std::string sha = fx.check_whole(report, "audit " + std::to_string(audits));
    seen.insert(sha);
    EXPECT_EQ(r.status, sha == fx.old_sha ? 1 : 0);
    run_sha[report["run"]["history"]["run"].get<long>()] = sha;
  }
  writer.join();
  for (const CliRun& r : imports) EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_GE(audits, 3);
  RecordProperty("audits", audits);
  RecordProperty("versions_seen", static_cast<int>(seen.size()));

  // Each run recorded the import log it read, whole.
  const CliRun listed = run_genaudit("runs --db " + fx.db + " --format json", fx.dir);
  ASSERT_EQ(listed.status, 0) << listed.err;
  const json runs = json::parse(listed.out)["runs"];
  ASSERT_EQ(runs.size(), run_sha.size());
  for (const json& run : runs) {
    const long id = run["run"];
    std::string sha;
    for (const json& r : run["registers"]) {
      if (r["register"] == "staff") sha = r["sha256"];
    }
    EXPECT_EQ(sha, run_sha[id]) << "run " << id;
    EXPECT_EQ(run["findings"], sha == fx.old_sha ? kAgencies : 0) << "run " << id;
  }
  // The last import put the old register back.
  const CliRun last = run_genaudit("audit --db " + fx.db + " --period 2025 --format json", fx.dir);
  EXPECT_EQ(fx.check_whole(json::parse(last.out), "after"), fx.old_sha);
}

TEST(Concurrency, TwoImportsAtOnceBothSucceedOrOneFailsCleanly) {
  Registers fx;
  // With the default timeout the second waits for the first; with none it
  // (most likely) gives up at once.
  for (const std::string env : {"", "GENAUDIT_BUSY_TIMEOUT_MS=0"}) {
    std::latch start(2);
    CliRun results[2];
    const std::string* files[2] = {&fx.new_staff, &fx.old_staff};
    std::thread threads[2];
    for (int i = 0; i < 2; ++i) {
      threads[i] = std::thread([&, i] {
        start.arrive_and_wait();
        results[i] = run_genaudit("import --db " + fx.db + " " + *files[i], fx.dir, env);
      });
    }
    for (std::thread& t : threads) t.join();
    int succeeded = 0;
    for (const CliRun& r : results) {
      EXPECT_TRUE(r.status == 0 || r.status == 2) << env << ": " << r.status << " " << r.err;
      if (r.status == 0) ++succeeded;
      if (r.status == 2) {
        EXPECT_TRUE(has(r.err, "đang bận")) << env << ": " << r.err;
        EXPECT_TRUE(has(r.err, "chưa ghi gì")) << env << ": " << r.err;
      }
    }
    EXPECT_GE(succeeded, 1) << env;
    const CliRun audit =
        run_genaudit("audit --db " + fx.db + " --period 2025 --format json", fx.dir);
    fx.check_whole(json::parse(audit.out), "after two imports " + env);
  }
}

TEST(Concurrency, AWriterThatCannotGetTheDatabaseSaysSoAndWritesNothing) {
  Registers fx;
  SQLite::Database holder(fx.db, SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  holder.exec("DELETE FROM staff");
  holder.exec("DELETE FROM imports WHERE register = 'staff'");
  const std::string quick = "GENAUDIT_BUSY_TIMEOUT_MS=300";

  const CliRun en = run_genaudit("import --db " + fx.db + " " + fx.new_staff + " --lang en",
                                 fx.dir, quick);
  EXPECT_EQ(en.status, 2);
  EXPECT_TRUE(has(en.err, "genaudit: error: the database \"" + fx.db + "\" is busy: another "
                          "process (genaudit import or audit) is writing to it and did not "
                          "finish within 300 ms — nothing was written; run the command again when "
                          "it is done"))
      << en.err;
  const CliRun vi = run_genaudit("import --db " + fx.db + " " + fx.new_staff, fx.dir, quick);
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "genaudit: lỗi: cơ sở dữ liệu \"" + fx.db + "\" đang bận")) << vi.err;

  // An audit reads (the committed registers) but cannot record its run: it
  // stops, and writes no report.
  const auto report = fx.dir.path() / "report.json";
  const CliRun audit = run_genaudit("audit --db " + fx.db + " --period 2025 --format json "
                                    "--output " + report.string() + " --lang en",
                                    fx.dir, quick);
  EXPECT_EQ(audit.status, 2);
  EXPECT_TRUE(has(audit.err, "is busy")) << audit.err;
  EXPECT_FALSE(std::filesystem::exists(report));

  holder.exec("ROLLBACK");
  const CliRun runs = run_genaudit("runs --db " + fx.db + " --format json", fx.dir);
  EXPECT_TRUE(json::parse(runs.out)["runs"].empty());  // nothing half-recorded
  const CliRun after = run_genaudit("audit --db " + fx.db + " --period 2025 --format json", fx.dir);
  EXPECT_EQ(fx.check_whole(json::parse(after.out), "after"), fx.old_sha);
}

TEST(Concurrency, AnAuditSeesOnlyCommittedDataAndWaitsToRecordItsRun) {
  Registers fx;
  SQLite::Database holder(fx.db, SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  holder.exec("DELETE FROM staff");
  holder.exec("DELETE FROM imports WHERE register = 'staff'");
  CliRun audit;
  std::thread auditor([&] {
    audit = run_genaudit("audit --db " + fx.db + " --period 2025 --format json", fx.dir);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  holder.exec("ROLLBACK");  // what the audit waited for: the write lock
  auditor.join();
  ASSERT_EQ(audit.status, 1) << audit.err;
  EXPECT_EQ(fx.check_whole(json::parse(audit.out), "audit"), fx.old_sha);
}

}  // namespace
}  // namespace genaudit
