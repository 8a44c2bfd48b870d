// The audit uses both cores: the rules are shared out among threads. That
// may not change what the audit finds.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "tests/fixture.h"

namespace genaudit {
namespace {

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

}  // namespace
}  // namespace genaudit
