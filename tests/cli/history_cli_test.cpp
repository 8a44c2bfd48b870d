// The audit history and waivers as a user meets them, through the binary:
// every `audit --db` is recorded; `runs` lists the runs; `diff` says what is
// new, regressed, resolved and persisting; `--baseline` lists only what is
// new; waiver files set findings aside until they expire, and a malformed
// one stops the run before any work.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/store/run_history.h"
#include "tests/cli/cli_run.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::CliRun;
using testing::TempDir;

CliRun run(const std::string& args, const TempDir& dir) { return testing::run_genaudit(args, dir); }

// Three agencies; A2 and A3 are led by women. Broken: A1 (one woman of two)
// has no female key leader, an O1.S4 finding. Fixed: its key leader is a
// woman. O1.T1 is met either way (2 or 3 of 3 agencies).
const char kAgencies[] = "Mã đơn vị,Tên đơn vị,Cấp\nA1,Sở A1,tỉnh\nA2,Sở A2,tỉnh\nA3,Sở A3,tỉnh\n";
const char kStaffBroken[] =
    "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Lãnh đạo chủ chốt\n"
    "1,An,Nam,A1,x\n2,Bình,Nữ,A1,\n3,Chi,Nữ,A2,x\n4,Dung,Nữ,A3,x\n";
const char kStaffFixed[] =
    "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Lãnh đạo chủ chốt\n"
    "1,An,Nam,A1,x\n2,Bình,Nữ,A1,x\n3,Chi,Nữ,A2,x\n4,Dung,Nữ,A3,x\n";

// A database with the agencies and one of the two staff registers.
struct Db {
  TempDir dir;
  std::string path = (dir.path() / "audit.db").string();

  Db() {
    std::filesystem::create_directories(dir.path() / "broken");
    std::filesystem::create_directories(dir.path() / "fixed");
    dir.write("agencies.csv", kAgencies);
    dir.write("broken/staff.csv", kStaffBroken);
    dir.write("fixed/staff.csv", kStaffFixed);
    import("agencies.csv");
    import("broken/staff.csv");
  }
  void import(const std::string& file) const {
    const CliRun r = run("import --db " + path + " " + (dir.path() / file).string(), dir);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  CliRun audit(const std::string& extra = "") const {
    return run("audit --db " + path + " --period 2025 --format json " + extra, dir);
  }
  json audit_json(const std::string& extra = "", int status = -1) const {
    const CliRun r = audit(extra);
    EXPECT_TRUE(status < 0 ? r.status <= 1 : r.status == status) << r.status << r.err;
    return json::parse(r.out, nullptr, false);
  }
  json runs() const {
    const CliRun r = run("runs --db " + path + " --format json", dir);
    EXPECT_EQ(r.status, 0) << r.err;
    return json::parse(r.out)["runs"];
  }
  json diff(int a, int b) const {
    const CliRun r = run("diff --db " + path + " " + std::to_string(a) + " " +
                             std::to_string(b) + " --format json",
                         dir);
    EXPECT_EQ(r.status, 0) << r.err;
    return json::parse(r.out, nullptr, false);
  }
};

std::vector<std::string> subjects(const json& findings) {
  std::vector<std::string> out;
  for (const json& f : findings) out.push_back(f["rule"].get<std::string>() + " " +
                                                f["subject"].get<std::string>());
  return out;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(HistoryCli, EveryDbAuditIsRecordedWithItsFactsFindingsAndIndicators) {
  Db db;
  const json report = db.audit_json("", 1);
  EXPECT_EQ(report["run"]["history"],
            (json{{"run", 1}, {"previous_run", nullptr}, {"baseline_run", nullptr},
                  {"baseline_hidden", 0}}));
  ASSERT_EQ(report["findings"].size(), 1u);
  EXPECT_EQ(report["findings"][0]["status"], "new");

  const json runs = db.runs();
  ASSERT_EQ(runs.size(), 1u);
  const json& run1 = runs[0];
  EXPECT_EQ(run1["run"], 1);
  EXPECT_EQ(run1["period"], "2025");
  EXPECT_EQ(run1["as_of"], "2025-12-31");
  EXPECT_EQ(run1["pack_version"], report["run"]["pack_version"]);
  EXPECT_EQ(run1["findings"], 1);
  EXPECT_EQ(run1["registers"], report["run"]["registers"]);  // the imports it read
  EXPECT_EQ(run1["registers"].size(), 2u);

  // What the database holds: the finding's key and evidence, the indicators.
  SQLite::Database sql(db.path);
  SQLite::Statement finding(sql, "SELECT rule, subject_key, period, subject, evidence, waived "
                                 "FROM run_findings WHERE run = 1");
  ASSERT_TRUE(finding.executeStep());
  EXPECT_EQ(finding.getColumn(0).getString(), "O1.S4");
  EXPECT_EQ(finding.getColumn(1).getString(), "a1");
  EXPECT_EQ(finding.getColumn(2).getString(), "");
  EXPECT_EQ(finding.getColumn(3).getString(), "A1");
  EXPECT_EQ(json::parse(finding.getColumn(4).getString()), report["findings"][0]["evidence"]);
  EXPECT_EQ(finding.getColumn(5).getInt(), 0);
  EXPECT_FALSE(finding.executeStep());
  SQLite::Statement indicator(sql, "SELECT status, value FROM run_indicators WHERE run = 1 AND "
                                   "rule = 'O1.T1'");
  ASSERT_TRUE(indicator.executeStep());
  EXPECT_EQ(indicator.getColumn(0).getString(), "met");
  EXPECT_NEAR(indicator.getColumn(1).getDouble(), 200.0 / 3, 1e-9);
}

// The run keeps its report in Vietnamese, as `--format json` writes it by
// default: that written is the one kept; one written in English is not.
TEST(HistoryCli, TheJsonReportWrittenIsTheOneKept) {
  Db db;
  const CliRun vi = db.audit();
  ASSERT_EQ(vi.status, 1) << vi.err;
  const CliRun en = db.audit("--lang en");
  ASSERT_EQ(en.status, 1) << en.err;
  SQLite::Database sql(db.path);
  RunHistory history(sql);
  EXPECT_EQ(history.report(1, "json"), vi.out);
  const std::optional<std::string> kept = history.report(2, "json");
  ASSERT_TRUE(kept);
  const json kept_json = json::parse(*kept, nullptr, false);
  const json written = json::parse(en.out, nullptr, false);
  ASSERT_EQ(kept_json["findings"].size(), 1u);
  ASSERT_EQ(written["findings"].size(), 1u);
  EXPECT_EQ(written["findings"][0]["title"], "Agency with 30% or more women but no female key leader");
  EXPECT_NE(kept_json["findings"][0]["title"], written["findings"][0]["title"]);
  EXPECT_EQ(kept_json["findings"][0]["title"], json::parse(vi.out)["findings"][0]["title"]);
}

TEST(HistoryCli, DataFolderAuditsAreNotRecorded) {
  Db db;
  const CliRun r = run("audit --data " + db.dir.path().string() + "/broken --period 2025 "
                       "--format json",
                       db.dir);
  // (The folder has only staff: every staff rule is skipped.)
  EXPECT_EQ(r.status, 0) << r.err;
  const json report = json::parse(r.out);
  EXPECT_FALSE(report["run"].contains("history"));
  EXPECT_TRUE(db.runs().empty());
  EXPECT_EQ(db.audit_json()["run"]["history"]["run"], 1);
}

TEST(HistoryCli, FindingsAreNewThenResolvedThenRegressedThenPersisting) {
  Db db;
  EXPECT_EQ(db.audit_json()["findings"][0]["status"], "new");  // run 1
  db.import("fixed/staff.csv");
  EXPECT_TRUE(db.audit_json("", 0)["findings"].empty());       // run 2
  db.import("broken/staff.csv");
  const json run3 = db.audit_json("", 1);
  EXPECT_EQ(run3["findings"][0]["status"], "regressed");
  EXPECT_EQ(run3["run"]["history"]["previous_run"], 2);
  EXPECT_EQ(db.audit_json()["findings"][0]["status"], "persisting");  // run 4

  const json resolved = db.diff(1, 2);
  EXPECT_EQ(subjects(resolved["findings"]["resolved"]), std::vector<std::string>{"O1.S4 A1"});
  EXPECT_TRUE(resolved["findings"]["new"].empty());
  const json regressed = db.diff(2, 3);
  EXPECT_EQ(subjects(regressed["findings"]["regressed"]), std::vector<std::string>{"O1.S4 A1"});
  EXPECT_TRUE(regressed["findings"]["new"].empty());
  EXPECT_EQ(subjects(db.diff(1, 3)["findings"]["persisting"]), std::vector<std::string>{"O1.S4 A1"});
  const json fresh = db.diff(2, 3);
  EXPECT_EQ(fresh["summary"]["regressed"], 1);
  // O1.T1 moved from 2 of 3 agencies to 3 of 3, met both times.
  for (const json& i : resolved["indicators"]) {
    if (i["rule"] != "O1.T1") continue;
    EXPECT_NEAR(i["from"]["value"].get<double>(), 200.0 / 3, 1e-9);
    EXPECT_EQ(i["to"]["value"], 100.0);
    EXPECT_EQ(i["status_changed"], false);
    EXPECT_EQ(i["value_changed"], true);
  }

  // The registers each run read stay as they were, whatever was re-imported.
  const json runs = db.runs();
  ASSERT_EQ(runs.size(), 4u);
  const auto staff_sha = [](const json& run) {
    for (const json& r : run["registers"]) {
      if (r["register"] == "staff") return r["sha256"].get<std::string>();
    }
    return std::string();
  };
  EXPECT_NE(staff_sha(runs[0]), staff_sha(runs[1]));
  EXPECT_EQ(staff_sha(runs[0]), staff_sha(runs[2]));

  const CliRun en = run("diff --db " + db.path + " 2 3 --lang en", db.dir);
  EXPECT_EQ(en.status, 0);
  EXPECT_TRUE(has(en.out, "Run 2 compared with run 3\n")) << en.out;
  EXPECT_TRUE(has(en.out, "\nRegressed (1)\n")) << en.out;
  EXPECT_TRUE(has(en.out, "  O1.S4  A1    Sở A1\n")) << en.out;
  EXPECT_TRUE(has(en.out, "Summary: 0 new, 1 regressed, 0 resolved, 0 persisting")) << en.out;
  const CliRun vi = run("diff --db " + db.path + " 1 2", db.dir);
  EXPECT_TRUE(has(vi.out, "Đã khắc phục (1)")) << vi.out;

  const CliRun text = run("audit --db " + db.path + " --period 2025 --lang en", db.dir);  // run 5
  EXPECT_TRUE(has(text.out, "Run 5; findings compared with run 4")) << text.out;
  EXPECT_TRUE(has(text.out, "Since last run")) << text.out;
  EXPECT_TRUE(has(text.out, "persisting")) << text.out;

  const CliRun list = run("runs --db " + db.path + " --lang en", db.dir);
  EXPECT_EQ(list.status, 0);
  EXPECT_TRUE(has(list.out, "Recorded audit runs (5)\n")) << list.out;
  EXPECT_TRUE(has(list.out, "  Run  Recorded (UTC)")) << list.out;
  const CliRun list_vi = run("runs --db " + db.path, db.dir);
  EXPECT_TRUE(has(list_vi.out, "Các lần rà soát đã ghi (5)")) << list_vi.out;
}

TEST(HistoryCli, ABaselineListsOnlyFindingsAbsentFromIt) {
  Db db;
  db.audit_json();  // run 1: A1
  db.import("fixed/staff.csv");
  db.audit_json();  // run 2: nothing
  db.import("broken/staff.csv");

  const json since_2 = db.audit_json("--baseline 2", 1);  // run 3
  EXPECT_EQ(subjects(since_2["findings"]), std::vector<std::string>{"O1.S4 A1"});
  EXPECT_EQ(since_2["run"]["history"]["baseline_run"], 2);
  EXPECT_EQ(since_2["run"]["history"]["baseline_hidden"], 0);

  const json since_1 = db.audit_json("--baseline 1", 0);  // run 4: A1 was there already
  EXPECT_TRUE(since_1["findings"].empty());
  EXPECT_EQ(since_1["run"]["history"]["baseline_hidden"], 1);
  EXPECT_EQ(db.runs()[3]["baseline"], 1);
  EXPECT_EQ(db.runs()[3]["findings"], 1);  // the run records all it found

  const CliRun text = run("audit --db " + db.path + " --period 2025 --baseline 1 --lang en",
                          db.dir);
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_TRUE(has(text.out, "Only findings new since run 1 are listed; 1 finding(s) already "
                            "present then are left out"))
      << text.out;

  const CliRun missing = db.audit("--baseline 99");
  EXPECT_EQ(missing.status, 2);
  EXPECT_TRUE(has(missing.err, "lần rà soát số 99")) << missing.err;
  const CliRun data = run("audit --data " + db.dir.path().string() + " --period 2025 --baseline 1",
                          db.dir);
  EXPECT_EQ(data.status, 2);
  EXPECT_TRUE(has(data.err, "--baseline")) << data.err;
  EXPECT_EQ(db.audit("--baseline 0").status, 2);
}

TEST(HistoryCli, RunsAndDiffRefuseWhatIsNotThere) {
  Db db;
  db.audit_json();
  EXPECT_EQ(run("runs --db " + db.dir.path().string() + "/none.db", db.dir).status, 2);
  EXPECT_EQ(run("runs --db " + db.path + " --format xml", db.dir).status, 2);
  const CliRun unknown = run("diff --db " + db.path + " 1 7 --lang en", db.dir);
  EXPECT_EQ(unknown.status, 2);
  EXPECT_TRUE(has(unknown.err, "the database has no run 7")) << unknown.err;
  EXPECT_EQ(run("diff --db " + db.path + " 1", db.dir).status, 2);
  EXPECT_EQ(run("diff --db " + db.path + " 1 x", db.dir).status, 2);
}

TEST(HistoryCli, AReportThatCannotBeWrittenLeavesNoRun) {
  Db db;
  const CliRun r = db.audit("--output " + db.dir.path().string() + "/no/such/folder/r.json");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(db.runs().empty());
}

TEST(HistoryCli, ADatabaseFromBeforeTheHistoryIsUpgraded) {
  Db db;
  {
    SQLite::Database sql(db.path, SQLite::OPEN_READWRITE);
    for (const char* t : {"runs", "run_imports", "run_findings", "run_indicators", "waivers"}) {
      sql.exec(std::string("DROP TABLE ") + t);
    }
    sql.exec("PRAGMA journal_mode = DELETE");
  }
  EXPECT_EQ(db.audit_json("", 1)["run"]["history"]["run"], 1);
  EXPECT_EQ(db.runs().size(), 1u);
}

// ---- Waivers ---------------------------------------------------------------

std::string waiver(const std::string& subject, const std::string& expires,
                   const std::string& extra = "") {
  return "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"" + subject +
         "\"\njustification = \"Sáp nhập theo Quyết định 12/QĐ-UBND\"\n"
         "approved_by = \"Nguyễn Văn A\"\nexpires = " + expires + "\n" + extra + "\n";
}

struct Folder {
  TempDir dir;
  Folder() {
    dir.write("agencies.csv", kAgencies);
    dir.write("staff.csv", kStaffBroken);
  }
  CliRun audit(const std::string& waivers_text, const std::string& extra = "") const {
    const auto file = dir.write("waivers.toml", waivers_text);
    return run("audit --data " + dir.path().string() + " --period 2025 --waivers " +
                   file.string() + " " + extra,
               dir);
  }
};

TEST(WaiversCli, AWaiverInForceSetsTheFindingAsideAndTheExitStatusIgnoresIt) {
  Folder folder;
  const CliRun r = folder.audit(waiver("a1", "2026-03-31"), "--format json");
  EXPECT_EQ(r.status, 0) << r.err;  // the only finding is waived
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["findings"].empty());
  ASSERT_EQ(j["waived"].size(), 1u);
  EXPECT_EQ(j["waived"][0]["subject"], "A1");
  EXPECT_EQ(j["waived"][0]["waiver"]["justification"], "Sáp nhập theo Quyết định 12/QĐ-UBND");
  EXPECT_EQ(j["waived"][0]["waiver"]["approved_by"], "Nguyễn Văn A");
  EXPECT_EQ(j["waived"][0]["waiver"]["expires"], "2026-03-31");
  EXPECT_TRUE(has(j["waived"][0]["waiver"]["source"], "waivers.toml:1"));
  EXPECT_EQ(j["summary"]["waived"], 1);
  EXPECT_TRUE(j["unused_waivers"].empty());

  const CliRun text = folder.audit(waiver("A1", "2026-03-31"), "--lang en");
  EXPECT_EQ(text.status, 0);
  EXPECT_TRUE(has(text.out, "\nWaived (1)\n")) << text.out;
  EXPECT_TRUE(has(text.out, "Nguyễn Văn A")) << text.out;
  EXPECT_TRUE(has(text.out, "1 waived.")) << text.out;
  // The waiver is in force through its expiry date: as of that day too.
  EXPECT_EQ(folder.audit(waiver("A1", "2025-06-30"), "--as-of 2025-06-30").status, 0);
}

TEST(WaiversCli, AfterExpiryTheFindingIsActiveAgainAndSaysItsWaiverExpired) {
  Folder folder;
  const CliRun r = folder.audit(waiver("A1", "2025-06-30"), "--format json");
  EXPECT_EQ(r.status, 1) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u);
  EXPECT_EQ(j["findings"][0]["waiver_expired"], "2025-06-30");
  EXPECT_TRUE(j["waived"].empty());
  EXPECT_TRUE(j["unused_waivers"].empty());  // it matched
  const CliRun text = folder.audit(waiver("A1", "2025-06-30"));
  EXPECT_TRUE(has(text.out, "miễn trừ đã hết hạn ngày 30/06/2025")) << text.out;
  const CliRun html = folder.audit(waiver("A1", "2025-06-30"), "--format html --lang en");
  EXPECT_TRUE(has(html.out, "waiver expired on 2025-06-30"));
}

TEST(WaiversCli, AWaiverThatMatchesNothingIsReported) {
  Folder folder;
  const std::string text = waiver("A1", "2026-01-01") + waiver("ZZ", "2026-01-01");
  const CliRun r = folder.audit(text, "--format json");
  EXPECT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["unused_waivers"].size(), 1u);
  EXPECT_EQ(j["unused_waivers"][0]["subject"], "ZZ");
  EXPECT_EQ(j["unused_waivers"][0]["expired"], false);
  const CliRun en = folder.audit(text, "--lang en");
  EXPECT_TRUE(has(en.out, "Warning: the waiver O1.S4 / ZZ (")) << en.out;
  EXPECT_TRUE(has(en.out, "waivers.toml:8) matches no finding\n")) << en.out;
  const CliRun vi = folder.audit(text);
  EXPECT_TRUE(has(vi.out, "Cảnh báo: miễn trừ O1.S4 / ZZ (")) << vi.out;
}

struct BadWaivers {
  const char* what;
  std::string text;
  std::string where;    // file:line:col
  std::string reason;
};

TEST(WaiversCli, AMalformedFileStopsTheRunBeforeAnyWorkWithFileLineAndReason) {
  Db db;
  const std::string good = waiver("A1", "2026-01-01");
  const BadWaivers cases[] = {
      {"bad TOML", good + "x = = 1\n", ":8:5:", "could not determine value type"},
      {"missing key", "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"A1\"\n", ":1:1:",
       "this waiver has no `justification`"},
      {"bad date", waiver("A1", "\"2026-02-30\""), ":6:11:", "is not a date"},
      {"unknown rule", "[[waiver]]\nrule = \"O1.S5\"\nsubject = \"A1\"\njustification = \"j\"\n"
                       "approved_by = \"a\"\nexpires = 2026-01-01\n",
       ":2:8:", "the rule pack has no rule `O1.S5`"},
  };
  for (const BadWaivers& c : cases) {
    const auto file = db.dir.write("bad.toml", c.text);
    const auto output = db.dir.path() / "report.json";
    const CliRun r = run("audit --db " + db.path + " --period 2025 --format json --output " +
                             output.string() + " --waivers " + file.string() + " --lang en",
                         db.dir);
    EXPECT_EQ(r.status, 2) << c.what;
    EXPECT_TRUE(has(r.err, file.string() + c.where + " error: ")) << c.what << "\n" << r.err;
    EXPECT_TRUE(has(r.err, c.reason)) << c.what << "\n" << r.err;
    EXPECT_TRUE(has(r.err, "^\n")) << c.what << "\n" << r.err;  // the caret under the line
    EXPECT_TRUE(has(r.err, "error(s) in the waiver file")) << r.err;
    EXPECT_FALSE(std::filesystem::exists(output)) << c.what;
    EXPECT_TRUE(r.out.empty()) << c.what;
  }
  EXPECT_TRUE(db.runs().empty());  // nothing audited, nothing recorded
  const CliRun missing = run("audit --db " + db.path + " --period 2025 --waivers " +
                                 db.dir.path().string() + "/none.toml",
                             db.dir);
  EXPECT_EQ(missing.status, 2);
  EXPECT_TRUE(has(missing.err, "không đọc được tệp miễn trừ")) << missing.err;
  const CliRun vi = run("audit --db " + db.path + " --period 2025 --waivers " +
                            db.dir.write("bad.toml", "[waiver]\n").string(),
                        db.dir);
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "1 lỗi trong tệp miễn trừ")) << vi.err;
}

TEST(WaiversCli, WaiversStoredInTheDatabaseApplyToItsAuditsAndAFileWins) {
  Db db;
  const auto stored = db.dir.write("stored.toml", waiver("A1", "2026-03-31"));
  const CliRun imported = run("waivers import --db " + db.path + " " + stored.string(), db.dir);
  ASSERT_EQ(imported.status, 0) << imported.err;
  EXPECT_TRUE(has(imported.err, "đã lưu 1 miễn trừ")) << imported.err;

  json j = db.audit_json("", 0);
  ASSERT_EQ(j["waived"].size(), 1u);
  EXPECT_EQ(j["waived"][0]["waiver"]["expires"], "2026-03-31");
  EXPECT_TRUE(has(j["waived"][0]["waiver"]["source"], "stored.toml:1"));

  // A --waivers file's waiver replaces the stored one for the same key.
  const auto expired = db.dir.write("now.toml", waiver("A1", "2025-01-31"));
  j = db.audit_json("--waivers " + expired.string(), 1);
  EXPECT_EQ(j["findings"][0]["waiver_expired"], "2025-01-31");
  EXPECT_TRUE(j["unused_waivers"].empty());

  // A malformed file changes nothing stored; a good one replaces all.
  const auto bad = db.dir.write("bad.toml", "[[waiver]]\nrule = \"O1.T1\"\n");
  const CliRun refused = run("waivers import --db " + db.path + " " + bad.string(), db.dir);
  EXPECT_EQ(refused.status, 2);
  EXPECT_TRUE(has(refused.err, "is an indicator")) << refused.err;
  EXPECT_EQ(db.audit_json("", 0)["waived"].size(), 1u);
  const auto none = db.dir.write("none.toml", "# every waiver withdrawn\n");
  ASSERT_EQ(run("waivers import --db " + db.path + " " + none.string() + " --lang en", db.dir).status, 0);
  EXPECT_TRUE(db.audit_json("", 1)["waived"].empty());

  // Waived findings are recorded, and marked so.
  SQLite::Database sql(db.path);
  SQLite::Statement q(sql, "SELECT waived FROM run_findings WHERE run = 1");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getInt(), 1);
  EXPECT_EQ(db.runs()[0]["waived"], 1);
  EXPECT_EQ(db.runs()[0]["findings"], 0);
}


// ---- `waivers list` and waivers in the other formats ------------------------

// The database with two stored waivers: A1 through 2026-03-31, ZZ for the
// first quarter of 2025 through 2025-06-30.
struct StoredWaivers : Db {
  StoredWaivers() {
    const auto file = dir.write(
        "stored.toml", waiver("A1", "2026-03-31") + waiver("ZZ", "2025-06-30", "period = \"2025-Q1\""));
    const CliRun r = run("waivers import --db " + path + " " + file.string(), dir);
    EXPECT_EQ(r.status, 0) << r.err;
  }
  CliRun list(const std::string& extra) const {
    return run("waivers list --db " + path + " " + extra, dir);
  }
};

TEST(WaiversListCli, AnAlignedTableWithEachWaiverInForceOrExpired) {
  StoredWaivers db;
  const CliRun en = db.list("--as-of 2025-12-31 --lang en");
  EXPECT_EQ(en.status, 0) << en.err;
  EXPECT_EQ(en.out,
            "Waivers stored in the database: 2; as of 2025-12-31: 1 in force, 1 expired\n"
            "\n"
            "  Rule   Code  Period   Justification                        Approved by   Expires     "
            "State     Source\n"
            "  O1.S4  A1             Sáp nhập theo Quyết định 12/QĐ-UBND  Nguyễn Văn A  2026-03-31  "
            "in force  " + (db.dir.path() / "stored.toml").string() + ":1\n"
            "  O1.S4  ZZ    2025-Q1  Sáp nhập theo Quyết định 12/QĐ-UBND  Nguyễn Văn A  2025-06-30  "
            "expired   " + (db.dir.path() / "stored.toml").string() + ":8\n");
  const CliRun vi = db.list("--as-of 2025-06-30");
  EXPECT_EQ(vi.status, 0) << vi.err;
  EXPECT_TRUE(has(vi.out, "Miễn trừ lưu trong cơ sở dữ liệu: 2; tính đến ngày 30/06/2025: 2 còn "
                          "hiệu lực, 0 đã hết hạn\n"))
      << vi.out;  // in force through its expiry date
  EXPECT_TRUE(has(vi.out, "Người phê duyệt")) << vi.out;
  EXPECT_TRUE(has(vi.out, "Quý 1/2025")) << vi.out;
  EXPECT_TRUE(has(vi.out, "30/06/2025  còn hiệu lực")) << vi.out;
}

TEST(WaiversListCli, FiltersAndJson) {
  StoredWaivers db;
  const CliRun expired = db.list("--as-of 2025-12-31 --expired --lang en");
  EXPECT_EQ(expired.status, 0) << expired.err;
  EXPECT_TRUE(has(expired.out, "\nOnly the expired waivers are listed.\n")) << expired.out;
  EXPECT_TRUE(has(expired.out, "  O1.S4  ZZ ")) << expired.out;
  EXPECT_FALSE(has(expired.out, "  O1.S4  A1 ")) << expired.out;
  const CliRun active = db.list("--as-of 2025-12-31 --active");
  EXPECT_TRUE(has(active.out, "\nChỉ liệt kê các miễn trừ còn hiệu lực.\n")) << active.out;
  EXPECT_TRUE(has(active.out, " A1 ")) << active.out;
  EXPECT_FALSE(has(active.out, " ZZ ")) << active.out;
  const CliRun none = db.list("--as-of 2024-01-01 --expired --lang en");
  EXPECT_TRUE(has(none.out, "\nOnly the expired waivers are listed.\n  None.\n")) << none.out;

  const CliRun j = db.list("--as-of 2025-12-31 --format json --active");
  ASSERT_EQ(j.status, 0) << j.err;
  const json list = json::parse(j.out);
  EXPECT_EQ(list.at("as_of"), "2025-12-31");
  EXPECT_EQ(list.at("stored"), 2);
  EXPECT_EQ(list.at("in_force"), 1);
  EXPECT_EQ(list.at("expired"), 1);
  EXPECT_EQ(list.at("filter"), "in_force");
  ASSERT_EQ(list.at("waivers").size(), 1u);
  EXPECT_EQ(list["waivers"][0],
            (json{{"rule", "O1.S4"},
                  {"subject", "A1"},
                  {"period", nullptr},
                  {"justification", "Sáp nhập theo Quyết định 12/QĐ-UBND"},
                  {"approved_by", "Nguyễn Văn A"},
                  {"expires", "2026-03-31"},
                  {"source", (db.dir.path() / "stored.toml").string() + ":1"},
                  {"expired", false}}));
  const json all = json::parse(db.list("--as-of 2025-12-31 --format json").out);
  EXPECT_EQ(all.at("filter"), "all");
  ASSERT_EQ(all.at("waivers").size(), 2u);
  EXPECT_EQ(all["waivers"][1].at("period"), "2025-Q1");
  EXPECT_EQ(all["waivers"][1].at("expired"), true);
}

TEST(WaiversListCli, TodayByDefault) {
  StoredWaivers db;
  const CliRun r = db.list("--format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const json list = json::parse(r.out);
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  localtime_r(&now, &parts);
  char today[16];
  std::strftime(today, sizeof today, "%Y-%m-%d", &parts);
  EXPECT_EQ(list.at("as_of"), today);
  EXPECT_EQ(list.at("stored"), 2);
}

TEST(WaiversListCli, ADatabaseWithoutWaiversSaysSo) {
  Db db;
  const CliRun r = run("waivers list --db " + db.path + " --lang en", db.dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Waivers stored in the database: 0;")) << r.out;
  EXPECT_TRUE(has(r.out, "\nNo waiver is stored in this database (see `genaudit waivers "
                         "import`).\n"))
      << r.out;
  const json j = json::parse(run("waivers list --db " + db.path + " --format json", db.dir).out);
  EXPECT_EQ(j.at("waivers"), json::array());
}

TEST(WaiversListCli, ErrorsExitTwoAndSaySo) {
  StoredWaivers db;
  const std::string missing = (db.dir.path() / "none.db").string();
  const CliRun no_db = run("waivers list --db " + missing + " --lang en", db.dir);
  EXPECT_EQ(no_db.status, 2);
  EXPECT_TRUE(has(no_db.err, "the database \"" + missing + "\" does not exist")) << no_db.err;
  EXPECT_FALSE(std::filesystem::exists(missing));  // not created by asking
  const CliRun no_db_vi = run("waivers list --db " + missing, db.dir);
  EXPECT_TRUE(has(no_db_vi.err, "không tìm thấy cơ sở dữ liệu")) << no_db_vi.err;

  const CliRun bad_date = db.list("--as-of 2025-02-30 --lang en");
  EXPECT_EQ(bad_date.status, 2);
  EXPECT_TRUE(has(bad_date.err, "--as-of \"2025-02-30\" is not a real day — expected "
                                "day/month/year (31/12/2025) or year-month-day (2025-12-31)"))
      << bad_date.err;
  EXPECT_TRUE(bad_date.out.empty());
  const CliRun bad_date_vi = db.list("--as-of 31/13/2025");
  EXPECT_EQ(bad_date_vi.status, 2);
  EXPECT_TRUE(has(bad_date_vi.err, "--as-of \"31/13/2025\" không phải một ngày có thật"))
      << bad_date_vi.err;

  const CliRun format = db.list("--format xml --lang en");
  EXPECT_EQ(format.status, 2);
  EXPECT_TRUE(has(format.err, "the format \"xml\" is not supported")) << format.err;
  EXPECT_EQ(db.list("--expired --active").status, 2);
  EXPECT_EQ(run("waivers list", db.dir).status, 2);  // --db is required
}

TEST(WaiversRemoveCli, WithdrawsOneStoredWaiverByRuleSubjectAndPeriod) {
  StoredWaivers db;
  EXPECT_EQ(db.audit_json("", 0)["waived"].size(), 1u);  // A1's finding is waived
  // The code compares as codes do: case and spacing ignored.
  const CliRun a1 = run("waivers remove --db " + db.path + " O1.S4 ' a1' --lang en", db.dir);
  EXPECT_EQ(a1.status, 0) << a1.err;
  EXPECT_TRUE(has(a1.err, "waiver O1.S4 /  a1 removed")) << a1.err;
  const json list = json::parse(db.list("--format json").out);
  ASSERT_EQ(list.at("waivers").size(), 1u);
  EXPECT_EQ(list["waivers"][0].at("subject"), "ZZ");
  EXPECT_TRUE(db.audit_json("", 1)["waived"].empty());  // the finding is active again

  // ZZ's waiver is for 2025-Q1 only: without that period it is another waiver.
  const CliRun other = run("waivers remove --db " + db.path + " O1.S4 ZZ --lang en", db.dir);
  EXPECT_EQ(other.status, 2);
  EXPECT_TRUE(has(other.err, "the database stores no waiver O1.S4 / ZZ — see `genaudit waivers "
                             "list --db " + db.path + "`"))
      << other.err;
  const CliRun zz = run("waivers remove --db " + db.path + " O1.S4 ZZ 2025-Q1", db.dir);
  EXPECT_EQ(zz.status, 0) << zz.err;
  EXPECT_TRUE(has(zz.err, "đã gỡ miễn trừ O1.S4 / ZZ / 2025-Q1")) << zz.err;
  EXPECT_EQ(json::parse(db.list("--format json").out).at("stored"), 0);
  const CliRun again = run("waivers remove --db " + db.path + " O1.S4 ZZ 2025-Q1", db.dir);
  EXPECT_EQ(again.status, 2);
  EXPECT_TRUE(has(again.err, "cơ sở dữ liệu không lưu miễn trừ O1.S4 / ZZ / 2025-Q1")) << again.err;
}

TEST(WaiversRemoveCli, ABadPeriodOrNoDatabaseExitsTwoAndChangesNothing) {
  StoredWaivers db;
  const CliRun period = run("waivers remove --db " + db.path + " O1.S4 ZZ 2025-Q5 --lang en", db.dir);
  EXPECT_EQ(period.status, 2);
  EXPECT_TRUE(has(period.err, "the period \"2025-Q5\" is not valid: a quarter is Q1 to Q4 — "
                              "expected a year (2025), a quarter (2025-Q1) or a month (2025-03 or "
                              "03/2025)"))
      << period.err;
  const CliRun period_vi = run("waivers remove --db " + db.path + " O1.S4 ZZ Q1", db.dir);
  EXPECT_TRUE(has(period_vi.err, "kỳ \"Q1\" không hợp lệ")) << period_vi.err;
  EXPECT_EQ(json::parse(db.list("--format json").out).at("stored"), 2);
  const std::string missing = (db.dir.path() / "none.db").string();
  const CliRun no_db = run("waivers remove --db " + missing + " O1.S4 A1 --lang en", db.dir);
  EXPECT_EQ(no_db.status, 2);
  EXPECT_TRUE(has(no_db.err, "does not exist")) << no_db.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
  EXPECT_EQ(run("waivers remove --db " + db.path + " O1.S4", db.dir).status, 2);  // no subject
}

TEST(WaiversCli, CsvMarkdownAndInspectionRecordsShowStatusesAndWaivers) {
  Db db;
  // A1's waiver expired before the as-of date; ZZ's matches nothing.
  const auto file = db.dir.write("w.toml", waiver("A1", "2025-01-31") + waiver("ZZ", "2026-01-01"));
  ASSERT_EQ(run("waivers import --db " + db.path + " " + file.string(), db.dir).status, 0);
  const auto out = db.dir.path() / "out";
  std::filesystem::create_directories(out);
  std::ofstream(out / "r-intake.csv") << "left over from an earlier audit\n";
  const CliRun csv = run("audit --db " + db.path + " --period 2025 --lang en --format csv " +
                             "--output " + (out / "r.csv").string() + " --per-agency " +
                             (out / "records").string(),
                         db.dir);
  EXPECT_EQ(csv.status, 1) << csv.err;
  const std::string findings = testing::read_file(out / "r.csv");
  EXPECT_TRUE(has(findings, ",Since last run,Note\r\n")) << findings;
  EXPECT_TRUE(has(findings, ",new,waiver expired on 2025-01-31\r\n")) << findings;
  const std::string waived = testing::read_file(out / "r-waived.csv");
  EXPECT_TRUE(has(waived, "Justification,Approved by,Expires,Source,Note\r\n")) << waived;
  EXPECT_TRUE(has(waived, ",ZZ,,,,Sáp nhập theo Quyết định 12/QĐ-UBND,Nguyễn Văn A,2026-01-01,"))
      << waived;
  EXPECT_TRUE(has(waived, ",matches no finding\r\n")) << waived;
  // The intake beside them, always written: none is left from an earlier audit.
  const std::string intake = testing::read_file(out / "r-intake.csv");
  EXPECT_EQ(intake.rfind("\xEF\xBB\xBFNo.,Kind,Register,File,Detail,Count\r\n", 0), 0u) << intake;
  EXPECT_FALSE(has(intake, "left over")) << intake;
  const std::string record = testing::read_file(out / "records" / "A1.md");
  EXPECT_TRUE(has(record, "*Since last run:* new")) << record;
  EXPECT_TRUE(has(record, "*Note:* waiver expired on 2025-01-31")) << record;

  const CliRun md = run("audit --db " + db.path + " --period 2025 --format md", db.dir);
  EXPECT_EQ(md.status, 1) << md.err;
  // The second run: the finding persists.
  EXPECT_TRUE(has(md.out, "| còn tồn tại | miễn trừ đã hết hạn ngày 31/01/2025 |")) << md.out;
  EXPECT_TRUE(has(md.out, "## Được miễn trừ (0)\n\nKhông có phát hiện nào được miễn trừ.\n"))
      << md.out;
  EXPECT_TRUE(has(md.out, "Cảnh báo: miễn trừ O1.S4 / ZZ (")) << md.out;
  (void)csv;
}

}  // namespace
}  // namespace genaudit
