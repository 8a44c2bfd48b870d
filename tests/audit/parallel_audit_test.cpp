// The audit uses both cores: the rules are shared out among threads, begin
// while the registers are still being read, and the registers are read out
// of a database file through two connections. None of it may change what
// the audit finds or reads.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include <fstream>
#include <set>
#include <sstream>

#include "engine/audit/in_memory_folder.h"
#include "tests/dataset_compare.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

const std::filesystem::path kProvince =
    std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";

// Everything a report says, in its order.
std::string described(const AuditReport& report) {
  std::ostringstream out;
  const auto evidence = [&out](const std::vector<EvidenceItem>& items) {
    for (const EvidenceItem& item : items) out << " " << item.name << "=" << display(item.value);
  };
  for (const Finding& f : report.findings) {
    out << f.rule->id << " " << f.subject << " " << f.subject_name << " "
        << f.period.value_or("-");
    evidence(f.evidence);
    for (const EvidenceRow& r : f.rows) out << " " << r.register_name << ":" << r.file << ":" << r.row;
    out << "\n";
  }
  for (const IndicatorResult& i : report.indicators) {
    out << i.rule->id << " " << (i.value ? std::to_string(*i.value) : "no data") << " "
        << static_cast<int>(i.status);
    evidence(i.evidence);
    out << "\n";
  }
  for (const SkippedRule& s : report.skipped) out << "skipped " << s.rule->id << "\n";
  return out.str();
}

TEST(ParallelAudit, RulesOnSeveralThreadsGiveTheReportOfOne) {
  const rules::RulePack& pack = testing::builtin_pack();
  AuditStore store(AuditStore::kScratch);
  ASSERT_TRUE(import_data_folder(store, kProvince).ok());
  const Dataset dataset = store.load(&pack.fields_read);
  const AuditPeriod period = *parse_period("2025");
  const AuditDates dates{period.first_day(), period.last_day(), period.last_day()};
  const AuditReport one = run_audit(pack, dataset, store.imports(), "2025", dates, 1);
  // Not an empty comparison: findings of several rules, and indicators.
  std::set<std::string> rules_found;
  for (const Finding& f : one.findings) rules_found.insert(f.rule->id);
  ASSERT_GE(rules_found.size(), 4u);
  ASSERT_GE(one.indicators.size(), 10u);
  for (unsigned threads : {2u, 3u, 8u, 0u}) {
    const AuditReport many = run_audit(pack, dataset, store.imports(), "2025", dates, threads);
    EXPECT_EQ(described(many), described(one)) << threads << " threads";
  }
}

// Rules evaluated while the registers are read (AuditEvaluation fed by
// read_clean_folder) give the report of an evaluation after all are read.
TEST(ParallelAudit, RulesEvaluatedWhileReadingGiveTheReportOfOneAfter) {
  const rules::RulePack& pack = testing::builtin_pack();
  const AuditPeriod period = *parse_period("2025");
  const AuditDates dates{period.first_day(), period.last_day(), period.last_day()};
  const std::optional<InMemoryFolder> read = read_clean_folder(kProvince, pack.fields_read);
  ASSERT_TRUE(read);
  const std::string after =
      described(run_audit(pack, read->dataset, read->registers, "2025", dates, 1));
  InMemoryReadOptions side_lane;  // a register read beside the others, however small
  side_lane.side_lane_min_bytes = 0;
  for (const InMemoryReadOptions& options : {InMemoryReadOptions{}, side_lane}) {
    for (unsigned threads : {1u, 2u, 0u}) {
      AuditEvaluation evaluation(pack, dates);
      std::optional<InMemoryFolder> folder =
          read_clean_folder(plan_intake({kProvince}, {}), pack.fields_read, &evaluation, options);
      ASSERT_TRUE(folder);
      const Dataset dataset = std::move(folder->dataset);  // the tables stay put
      EXPECT_EQ(described(evaluation.finish(dataset, folder->registers, "2025", threads)), after)
          << threads << " threads, side lane from " << options.side_lane_min_bytes << " bytes";
    }
  }
}

// A folder found not clean after some registers were read: the evaluation
// lets go of their tables before they go (ASan would see it otherwise),
// and evaluates the database's tables afresh.
TEST(ParallelAudit, AFolderFoundNotCleanLateLeavesTheEvaluationToStartAgain) {
  const rules::RulePack& pack = testing::builtin_pack();
  const AuditPeriod period = *parse_period("2025");
  const AuditDates dates{period.first_day(), period.last_day(), period.last_day()};
  TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(kProvince)) {
    if (entry.path().extension() == ".csv") {
      std::filesystem::copy_file(entry.path(), dir.path() / entry.path().filename());
    }
  }
  // The statistics, read last, name an agency nobody has.
  {
    std::ofstream statistics(dir.path() / "statistics.csv", std::ios::app);
    statistics << "\nO4.T1;2025;1;NO-SUCH-AGENCY;05/01/2026\n";
  }
  AuditEvaluation evaluation(pack, dates);
  EXPECT_FALSE(read_clean_folder(dir.path(), pack.fields_read, {}, &evaluation));
  // The same with a register read beside the others (staff, while the
  // statistics are read in turn).
  InMemoryReadOptions side_lane;
  side_lane.side_lane_min_bytes = 0;
  AuditEvaluation beside(pack, dates);
  EXPECT_FALSE(
      read_clean_folder(plan_intake({dir.path()}, {}), pack.fields_read, &beside, side_lane));
  AuditStore store(AuditStore::kScratch);
  import_data_folder(store, kProvince);
  const Dataset dataset = store.load(&pack.fields_read);
  EXPECT_EQ(described(evaluation.finish(dataset, store.imports(), "2025")),
            described(run_audit(pack, dataset, store.imports(), "2025", dates, 1)));
  EXPECT_EQ(described(beside.finish(dataset, store.imports(), "2025")),
            described(run_audit(pack, dataset, store.imports(), "2025", dates, 1)));
}

class TwoConnectionLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.emplace(path_.string());
    ASSERT_TRUE(import_data_folder(*store_, kProvince).ok());
  }
  static int transaction_state(AuditStore& store) {
    return sqlite3_txn_state(store.database().getHandle(), nullptr);
  }

  TempDir dir_;
  std::filesystem::path path_ = dir_.path() / "audit.db";
  std::optional<AuditStore> store_;
};

// With the write lock, half of the registers are read through a second
// connection: cell for cell what one connection reads.
TEST_F(TwoConnectionLoad, ReadsWhatOneConnectionReads) {
  const FieldSelection& fields = testing::builtin_pack().fields_read;
  const Dataset one = store_->load(&fields);  // no transaction: one connection
  StoreTransaction transaction = store_->begin_load();
  EXPECT_EQ(transaction_state(*store_), SQLITE_TXN_WRITE);
  const Dataset two = store_->load(&fields);
  transaction.commit();
  testing::expect_same_datasets(one, two);
  const Dataset all_one = store_->load();
  transaction = store_->begin_load();
  testing::expect_same_datasets(all_one, store_->load());
}

// An import holding the write lock: the load neither waits for it nor sees
// its rows, and reads the last committed state through one connection.
TEST_F(TwoConnectionLoad, AnImportWritingMeanwhileIsNotWaitedForNorSeen) {
  const std::size_t agencies = store_->load().find("agencies")->row_count();
  SQLite::Database writer(path_.string(), SQLite::OPEN_READWRITE);
  writer.exec("BEGIN IMMEDIATE");
  writer.exec("DELETE FROM agencies");
  StoreTransaction transaction = store_->begin_load();
  EXPECT_NE(transaction_state(*store_), SQLITE_TXN_WRITE);
  EXPECT_EQ(store_->load().find("agencies")->row_count(), agencies);
  transaction.commit();
  writer.exec("ROLLBACK");
}

}  // namespace
}  // namespace genaudit
