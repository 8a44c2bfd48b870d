// The explanation page loads only the registers its rule reads
// (AuditStore::load_only with RulePack::fields_read_by): for every finding
// of the sample's audit, the explanation over those registers is, word for
// word, the one over every register the pack reads.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "engine/audit/audit_runner.h"
#include "engine/core/audit_period.h"
#include "engine/eval/evaluator.h"
#include "engine/ingest/data_folder.h"
#include "engine/store/audit_store.h"
#include "reports/explanation_text.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

const std::filesystem::path kProvince =
    std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";

Dataset loaded(AuditStore& store, const FieldSelection* fields, bool only) {
  StoreTransaction snapshot = store.begin_load();
  Dataset dataset = only ? store.load_only(*fields) : store.load(fields);
  snapshot.commit();
  return dataset;
}

TEST(ExplanationLoadTest, ARulesOwnRegistersExplainItsFindingsAsAllRegistersDo) {
  testing::TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  ASSERT_TRUE(import_data_folder(store, kProvince).ok());
  const rules::RulePack& pack = testing::builtin_pack();
  const Dataset all = loaded(store, &pack.fields_read, false);
  const AuditPeriod period = *parse_period("2025");
  const AuditDates dates{period.first_day(), period.last_day(), period.last_day()};
  const AuditReport report = run_audit(pack, all, store.imports(), "2025", dates);
  ASSERT_GT(report.findings.size(), 10u);
  Evaluator everything(pack, all, dates);
  std::set<std::string> narrower;  // rules that read fewer registers than the pack
  for (const Finding& f : report.findings) {
    const rules::RuleInfo& rule = *f.rule;
    const FieldSelection fields = pack.fields_read_by(rule);
    const Dataset own = loaded(store, &fields, true);
    for (const Table* table : all.tables()) {
      const std::string name = table->schema().name;
      EXPECT_EQ(own.has(name), fields.count(name) == 1) << rule.id << " " << name;
    }
    if (own.tables().size() < all.tables().size()) narrower.insert(rule.id);
    Evaluator one_rule(pack, own, dates);
    const std::string period_label = f.period.value_or("");
    const std::string expected =
        render_explanations(everything.explain(rule, f.subject, period_label), Language::kEnglish);
    EXPECT_FALSE(expected.empty()) << rule.id << " " << f.subject;
    EXPECT_EQ(render_explanations(one_rule.explain(rule, f.subject, period_label),
                                  Language::kEnglish),
              expected)
        << rule.id << " " << f.subject;
  }
  EXPECT_FALSE(narrower.empty());
}

}  // namespace
}  // namespace genaudit
