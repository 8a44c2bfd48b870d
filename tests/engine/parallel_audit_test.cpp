// The audit uses both cores: the rules are shared out among threads, and the
// registers are read out of a database file through two connections. Neither
// may change what the audit finds or reads.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include <set>
#include <sstream>

#include "tests/engine/dataset_compare.h"
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
  std::optional<SQLite::Transaction> transaction;
  store_->begin_load(&transaction);
  EXPECT_EQ(transaction_state(*store_), SQLITE_TXN_WRITE);
  const Dataset two = store_->load(&fields);
  transaction->commit();
  testing::expect_same_datasets(one, two);
  const Dataset all_one = store_->load();
  store_->begin_load(&transaction);
  testing::expect_same_datasets(all_one, store_->load());
}

// An import holding the write lock: the load neither waits for it nor sees
// its rows, and reads the last committed state through one connection.
TEST_F(TwoConnectionLoad, AnImportWritingMeanwhileIsNotWaitedForNorSeen) {
  const std::size_t agencies = store_->load().find("agencies")->row_count();
  SQLite::Database writer(path_.string(), SQLite::OPEN_READWRITE);
  writer.exec("BEGIN IMMEDIATE");
  writer.exec("DELETE FROM agencies");
  std::optional<SQLite::Transaction> transaction;
  store_->begin_load(&transaction);
  EXPECT_NE(transaction_state(*store_), SQLITE_TXN_WRITE);
  EXPECT_EQ(store_->load().find("agencies")->row_count(), agencies);
  transaction->commit();
  writer.exec("ROLLBACK");
}

}  // namespace
}  // namespace genaudit
