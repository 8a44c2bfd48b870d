// Specification of the audit history (engine/audit/history.h,
// engine/store/run_history.h): stable finding keys, statuses against the
// previous run, the comparison of two runs, what a run leaves in the
// database, the upgrade of a database made before the history, and WAL
// with a busy timeout.
#include "engine/audit/history.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdlib>

#include "engine/store/audit_store.h"
#include "engine/store/run_history.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

FindingKey key(const std::string& rule, const std::string& subject, const std::string& period = "") {
  return {rule, subject, period};
}

TEST(FindingKeyTest, RuleSubjectFoldedAndPeriod) {
  EXPECT_EQ(finding_key("O1.S4", " Snv ", std::nullopt), key("O1.S4", "snv"));
  EXPECT_EQ(finding_key("O6.T4", "DT", std::string("2025-03")), key("O6.T4", "dt", "2025-03"));
  EXPECT_NE(finding_key("O6.T4", "DT", std::string("2025-03")),
            finding_key("O6.T4", "DT", std::string("2025-04")));
}

TEST(FindingStatusTest, NewPersistingRegressed) {
  const FindingKeys previous = {key("O1.S4", "a")};
  const FindingKeys earlier = {key("O1.S4", "a"), key("O1.S4", "b")};
  EXPECT_EQ(finding_status(key("O1.S4", "a"), previous, earlier), FindingStatus::kPersisting);
  EXPECT_EQ(finding_status(key("O1.S4", "b"), previous, earlier), FindingStatus::kRegressed);
  EXPECT_EQ(finding_status(key("O1.S4", "c"), previous, earlier), FindingStatus::kNew);
  EXPECT_EQ(finding_status(key("O1.S4", "c"), {}, {}), FindingStatus::kNew);
  EXPECT_STREQ(finding_status_code(FindingStatus::kNew), "new");
  EXPECT_STREQ(finding_status_code(FindingStatus::kPersisting), "persisting");
  EXPECT_STREQ(finding_status_code(FindingStatus::kRegressed), "regressed");
  EXPECT_STREQ(finding_status_code(FindingStatus::kUnknown), "");
}

// The codes every report, recorded run and rule test writes: one spelling.
TEST(ResultCodesTest, IndicatorStatusesAndComparisons) {
  EXPECT_STREQ(indicator_status_code(IndicatorStatus::kMet), "met");
  EXPECT_STREQ(indicator_status_code(IndicatorStatus::kNotMet), "not_met");
  EXPECT_STREQ(indicator_status_code(IndicatorStatus::kNoData), "no_data");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kGreaterEqual), ">=");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kGreater), ">");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kLessEqual), "<=");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kLess), "<");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kEqual), "==");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kNotEqual), "!=");
  EXPECT_STREQ(comparison_code(rules::BinaryOp::kAdd), "");
}

struct Fixture {
  rules::RuleInfo s4, t1;
  AuditReport report;
  Fixture() {
    s4.id = "O1.S4";
    t1.id = "O1.T1";
    report.period = "2025";
    report.dates = {*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 12, 31),
                    *Date::from_ymd(2025, 12, 31)};
    report.pack_version = "abc";
    report.registers = {{"agencies", "agencies.csv", std::string(64, 'a'), 3}};
    for (const char* code : {"A", "B", "C"}) {
      Finding f;
      f.rule = &s4;
      f.subject = code;
      f.subject_name = std::string("Sở ") + code;
      f.evidence = {{"women", ResultValue{3.0}}};
      report.findings.push_back(f);
    }
    IndicatorResult i;
    i.rule = &t1;
    i.value = 40.0;
    i.target = 60;
    i.status = IndicatorStatus::kNotMet;
    report.indicators.push_back(i);
  }
};

std::string evidence_stub(const Finding& f) { return "{\"subject\":\"" + f.subject + "\"}"; }

TEST(MarkStatusesTest, FindingsAndWaivedFindingsAgainstThePreviousRun) {
  Fixture fx;
  fx.report.waived.push_back({fx.report.findings.back(), Waiver{}});
  fx.report.findings.pop_back();
  mark_finding_statuses(fx.report, {key("O1.S4", "a")}, {key("O1.S4", "b")});
  EXPECT_EQ(fx.report.findings[0].status, FindingStatus::kPersisting);
  EXPECT_EQ(fx.report.findings[1].status, FindingStatus::kRegressed);
  EXPECT_EQ(fx.report.waived[0].finding.status, FindingStatus::kNew);
}

TEST(BaselineTest, KeepsOnlyFindingsAbsentFromTheBaseline) {
  Fixture fx;
  EXPECT_EQ(keep_findings_new_since(fx.report, {key("O1.S4", "a"), key("O1.S4", "c"),
                                                key("O6.T4", "b", "2025-01")}),
            2u);
  ASSERT_EQ(fx.report.findings.size(), 1u);
  EXPECT_EQ(fx.report.findings[0].subject, "B");
}

RecordedFinding recorded(const std::string& subject, const std::string& period = "") {
  RecordedFinding f;
  f.key = key("O6.T4", subject, period);
  f.subject = subject;
  if (!period.empty()) f.period = period;
  f.evidence_json = "{}";
  return f;
}

TEST(DiffRunsTest, NewRegressedResolvedPersistingAndIndicators) {
  RunInfo a, b;
  a.id = 3;
  b.id = 5;
  const std::vector<RecordedFinding> in_a = {recorded("x", "2025-01"), recorded("y", "2025-01")};
  const std::vector<RecordedFinding> in_b = {recorded("z", "2025-01"), recorded("y", "2025-01"),
                                             recorded("w", "2025-01")};
  // w was found by run 1 or 2, then fixed in A, and is back in B.
  const FindingKeys before_a = {key("O6.T4", "w", "2025-01"), key("O6.T4", "x", "2025-01")};
  const std::vector<RecordedIndicator> ind_a = {{"O1.T1", "not_met", 40.0, 60, ">="},
                                                {"O2.T3", "met", 30.0, 27, ">="},
                                                {"O5.T4a", "no_data", std::nullopt, 50, ">="}};
  const std::vector<RecordedIndicator> ind_b = {{"O1.T1", "met", 65.0, 60, ">="},
                                                {"O2.T3", "met", 31.0, 27, ">="},
                                                {"O6.T1", "met", 70.0, 60, ">="}};
  const RunDiff diff = diff_runs(a, b, in_a, in_b, before_a, ind_a, ind_b);
  EXPECT_EQ(diff.from.id, 3);
  EXPECT_EQ(diff.to.id, 5);
  ASSERT_EQ(diff.added.size(), 1u);
  EXPECT_EQ(diff.added[0].subject, "z");
  ASSERT_EQ(diff.regressed.size(), 1u);
  EXPECT_EQ(diff.regressed[0].subject, "w");
  ASSERT_EQ(diff.resolved.size(), 1u);
  EXPECT_EQ(diff.resolved[0].subject, "x");
  ASSERT_EQ(diff.persisting.size(), 1u);
  EXPECT_EQ(diff.persisting[0].subject, "y");
  ASSERT_EQ(diff.indicators.size(), 4u);  // by rule id, from either run
  EXPECT_EQ(diff.indicators[0].rule, "O1.T1");
  EXPECT_TRUE(diff.indicators[0].status_changed());
  EXPECT_EQ(diff.indicators[1].rule, "O2.T3");
  EXPECT_FALSE(diff.indicators[1].status_changed());
  EXPECT_TRUE(diff.indicators[1].value_changed());
  EXPECT_EQ(diff.indicators[2].rule, "O5.T4a");
  EXPECT_FALSE(diff.indicators[2].to.has_value());
  EXPECT_EQ(diff.indicators[3].rule, "O6.T1");
  EXPECT_FALSE(diff.indicators[3].from.has_value());
  EXPECT_TRUE(diff.indicators[3].status_changed());
}

TEST(RunHistoryTest, ARunIsReadBackAsRecorded) {
  TempDir dir;
  AuditStore store((dir.path() / "a.db").string());
  RunHistory history(store.database());
  EXPECT_FALSE(history.latest_run().has_value());
  EXPECT_TRUE(history.runs().empty());

  Fixture fx;
  fx.report.waived.push_back({fx.report.findings.back(), Waiver{}});
  fx.report.findings.pop_back();
  RunRecord record = make_run_record(fx.report, "my.rules", "p.toml", &evidence_stub);
  EXPECT_EQ(record.info.findings, 2);
  EXPECT_EQ(record.info.waived, 1);
  EXPECT_EQ(record.info.indicators_not_met, 1);
  ASSERT_EQ(record.findings.size(), 3u);
  EXPECT_TRUE(record.findings[2].waived);
  record.info.baseline = 7;
  long first = 0;
  {
    SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    first = history.record(record);
    t.commit();
  }
  EXPECT_EQ(history.latest_run(), first);

  const std::optional<RunInfo> run = history.run(first);
  ASSERT_TRUE(run.has_value());
  EXPECT_EQ(run->period, "2025");
  EXPECT_EQ(run->period_start, "2025-01-01");
  EXPECT_EQ(run->period_end, "2025-12-31");
  EXPECT_EQ(run->as_of, "2025-12-31");
  EXPECT_EQ(run->pack_version, "abc");
  EXPECT_EQ(run->rules, "my.rules");
  EXPECT_EQ(run->profile, "p.toml");
  EXPECT_EQ(run->baseline, 7);
  EXPECT_EQ(run->findings, 2);
  EXPECT_EQ(run->waived, 1);
  EXPECT_EQ(run->recorded_at.size(), 20u);  // YYYY-MM-DDTHH:MM:SSZ
  ASSERT_EQ(run->registers.size(), 1u);
  EXPECT_EQ(run->registers[0].sha256, std::string(64, 'a'));
  EXPECT_EQ(run->registers[0].rows, 3);

  const std::vector<RecordedFinding> findings = history.findings(first);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].key, key("O1.S4", "a"));
  EXPECT_EQ(findings[0].subject, "A");
  EXPECT_EQ(findings[0].subject_name, "Sở A");
  EXPECT_FALSE(findings[0].period.has_value());
  EXPECT_EQ(findings[0].evidence_json, "{\"subject\":\"A\"}");
  EXPECT_TRUE(findings[2].waived);
  EXPECT_EQ(history.finding_keys(first),
            (FindingKeys{key("O1.S4", "a"), key("O1.S4", "b"), key("O1.S4", "c")}));
  const std::vector<RecordedIndicator> indicators = history.indicators(first);
  ASSERT_EQ(indicators.size(), 1u);
  EXPECT_EQ(indicators[0].rule, "O1.T1");
  EXPECT_EQ(indicators[0].status, "not_met");
  EXPECT_EQ(indicators[0].value, 40.0);
  EXPECT_EQ(indicators[0].comparison, ">=");

  // A second run: the keys before it are the first run's.
  fx.report.findings.erase(fx.report.findings.begin());
  long second = 0;
  {
    SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    second = history.record(make_run_record(fx.report, "", "", &evidence_stub));
    t.commit();
  }
  EXPECT_GT(second, first);
  EXPECT_EQ(history.finding_keys_before(second), history.finding_keys(first));
  EXPECT_TRUE(history.finding_keys_before(first).empty());
  EXPECT_EQ(history.runs().size(), 2u);
  EXPECT_FALSE(history.run(second)->baseline.has_value());
  EXPECT_FALSE(history.run(999).has_value());
}

TEST(RunHistoryTest, TheInspectionFileIsKeptWithItsRunOnly) {
  TempDir dir;
  AuditStore store((dir.path() / "a.db").string());
  RunHistory history(store.database());
  Fixture fx;
  const std::string toml = "[record]\nnumber = \"15\" # Biên bản <&>\n";
  long with = 0, without = 0;
  {
    SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    with = history.record(make_run_record(fx.report, "", "", &evidence_stub));
    history.record_inspection(with, toml);
    without = history.record(make_run_record(fx.report, "", "", &evidence_stub));
    t.commit();
  }
  EXPECT_EQ(history.inspection(with), toml);  // as written, byte for byte
  EXPECT_FALSE(history.inspection(without).has_value());
  EXPECT_FALSE(history.inspection(999).has_value());
  // One inspection file per run.
  SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
  EXPECT_THROW(history.record_inspection(with, "x"), StoreError);
}

TEST(RunHistoryTest, TheReportIsKeptCompressedAndReadBackAsWritten) {
  TempDir dir;
  AuditStore store((dir.path() / "a.db").string());
  RunHistory history(store.database());
  Fixture fx;
  std::string report = "{\n  \"findings\": [\n";
  for (int i = 0; i < 5000; ++i) report += "    {\"rule\": \"O1.S4\", \"subject\": [\"A" + std::to_string(i) + "\"]},\n";
  report += "  ]\n}\n";
  long run = 0, old = 0;
  {
    SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    run = history.record(make_run_record(fx.report, "", "", &evidence_stub));
    history.record_report(run, "json", report);
    // A run recorded by a genaudit that kept the report as written.
    old = history.record(make_run_record(fx.report, "", "", &evidence_stub));
    SQLite::Statement plain(store.database(), "INSERT INTO run_reports VALUES (?, 'json', '{\"old\": true}')");
    plain.bind(1, static_cast<int64_t>(old));
    plain.exec();
    t.commit();
  }
  EXPECT_EQ(history.report(run, "json"), report);
  EXPECT_EQ(history.report(old, "json"), "{\"old\": true}");
  EXPECT_FALSE(history.report(run, "html"));
  EXPECT_FALSE(history.report(999, "json"));
  // Kept as a blob of far fewer bytes, under a format an older genaudit
  // does not take for plain JSON.
  SQLite::Statement kept(store.database(),
                         "SELECT format, typeof(content), length(content) FROM run_reports WHERE run = ?");
  kept.bind(1, static_cast<int64_t>(run));
  ASSERT_TRUE(kept.executeStep());
  EXPECT_EQ(kept.getColumn(0).getString(), "json+zlib");
  EXPECT_EQ(kept.getColumn(1).getString(), "blob");
  EXPECT_LT(kept.getColumn(2).getInt64() * 8, static_cast<std::int64_t>(report.size()));
  EXPECT_FALSE(kept.executeStep());
}

TEST(RunHistoryTest, ADamagedKeptReportIsADamagedDatabase) {
  TempDir dir;
  AuditStore store((dir.path() / "a.db").string());
  RunHistory history(store.database());
  Fixture fx;
  long run = 0;
  {
    SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
    run = history.record(make_run_record(fx.report, "", "", &evidence_stub));
    history.record_report(run, "json", "{\"findings\": []}\n");
    t.commit();
  }
  store.database().exec("UPDATE run_reports SET content = x'789c0102' WHERE format = 'json+zlib'");
  try {
    history.report(run, "json");
    FAIL() << "a damaged report was read";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.kind(), StoreError::Kind::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("run " + std::to_string(run)), std::string::npos) << e.what();
  }
}

TEST(RunHistoryTest, StoredWaiversAreReplacedWhole) {
  TempDir dir;
  AuditStore store((dir.path() / "a.db").string());
  RunHistory history(store.database());
  Waiver w;
  w.rule = "O6.T4";
  w.subject = "DT";
  w.period = "2025-Q1";
  w.justification = "j";
  w.approved_by = "a";
  w.expires = *Date::from_ymd(2025, 9, 30);
  w.source = "w.toml:3";
  Waiver v = w;
  v.period.reset();
  v.subject = "DU";
  {
    SQLite::Transaction t(store.database());
    history.replace_waivers({w, v});
    t.commit();
  }
  std::vector<Waiver> stored = history.waivers();
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].period, "2025-Q1");
  EXPECT_EQ(stored[0].expires.iso(), "2025-09-30");
  EXPECT_EQ(stored[0].source, "w.toml:3");
  EXPECT_FALSE(stored[1].period.has_value());
  {
    SQLite::Transaction t(store.database());
    history.replace_waivers({v});
    t.commit();
  }
  stored = history.waivers();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].subject, "DU");
}

std::string scalar(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement q(db, sql);
  return q.executeStep() ? q.getColumn(0).getString() : "";
}

TEST(AuditStoreTest, ANewDatabaseHasTheStoresPageSize) {
  TempDir dir;
  const std::string path = (dir.path() / "new.db").string();
  {
    AuditStore store(path);
    EXPECT_EQ(scalar(store.database(), "PRAGMA page_size"), std::to_string(AuditStore::kPageSize));
  }
  SQLite::Database reopened(path);
  EXPECT_EQ(scalar(reopened, "PRAGMA page_size"), std::to_string(AuditStore::kPageSize));
  EXPECT_EQ(scalar(reopened, "PRAGMA journal_mode"), "wal");
}

TEST(AuditStoreTest, ADatabaseMadeBeforeTheHistoryIsUpgradedAndKeepsItsData) {
  TempDir dir;
  const std::string path = (dir.path() / "old.db").string();
  {
    // The schema of the first releases: the import log and the registers.
    SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec("CREATE TABLE imports (register TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT "
             "NOT NULL, rows INTEGER NOT NULL, imported_at TEXT NOT NULL)");
    old.exec("INSERT INTO imports VALUES ('agencies', 'agencies.csv', 'ab', 1, 'then')");
    EXPECT_EQ(scalar(old, "PRAGMA journal_mode"), "delete");
  }
  {
    AuditStore store(path);
    for (const char* table : {"runs", "run_imports", "run_findings", "run_indicators", "waivers"}) {
      EXPECT_TRUE(store.database().tableExists(table)) << table;
    }
    EXPECT_EQ(scalar(store.database(), "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(scalar(store.database(), "PRAGMA page_size"), "4096");  // its own, kept
    ASSERT_EQ(store.imports().size(), 1u);
    EXPECT_EQ(store.imports()[0].file, "agencies.csv");
    EXPECT_TRUE(RunHistory(store.database()).runs().empty());
  }
  AuditStore again(path);  // idempotent
  EXPECT_EQ(again.imports().size(), 1u);
}

// Sets an environment variable for the length of a test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) { ::setenv(name, value, 1); }
  ~ScopedEnv() { ::unsetenv(name_); }

 private:
  const char* name_;
};

TEST(AuditStoreTest, ReadersSeeCommittedStateWhileAWriterWritesAndWritersTimeOut) {
  TempDir dir;
  const std::string path = (dir.path() / "a.db").string();
  AuditStore writer(path);
  writer.database().exec(
      "INSERT INTO imports (register, file, sha256, rows, imported_at) "
      "VALUES ('agencies', 'agencies.csv', 'old', 1, 'then')");
  SQLite::Transaction writing(writer.database(), SQLite::TransactionBehavior::IMMEDIATE);
  writer.database().exec("UPDATE imports SET sha256 = 'new'");

  ScopedEnv timeout("GENAUDIT_BUSY_TIMEOUT_MS", "200");
  EXPECT_EQ(AuditStore::busy_timeout_ms(), 200);
  AuditStore reader(path);  // opening takes no write lock
  ASSERT_EQ(reader.imports().size(), 1u);
  EXPECT_EQ(reader.imports()[0].sha256, "old");  // not what is being written

  const auto start = std::chrono::steady_clock::now();
  try {
    SQLite::Transaction second(reader.database(), SQLite::TransactionBehavior::IMMEDIATE);
    ADD_FAILURE() << "a second writer got the lock";
  } catch (const SQLite::Exception& e) {
    EXPECT_EQ(e.getErrorCode() & 0xff, SQLITE_BUSY) << e.what();
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(150));
  writing.commit();
  EXPECT_EQ(reader.imports()[0].sha256, "new");
}

TEST(AuditStoreTest, TheBusyTimeoutIsFiveSecondsUnlessSet) {
  EXPECT_EQ(AuditStore::busy_timeout_ms(), 5000);
  ScopedEnv bad("GENAUDIT_BUSY_TIMEOUT_MS", "soon");
  EXPECT_EQ(AuditStore::busy_timeout_ms(), 5000);
}

}  // namespace
}  // namespace genaudit
