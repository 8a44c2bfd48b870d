// The register catalogue is the checker's environment: a pack is checked
// against the registers it is handed and evaluated over them, whatever they
// are; a register of another catalogue (the province's) is unknown to it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/audit/audit_runner.h"
#include "engine/core/register_catalogue.h"
#include "engine/data/table.h"
#include "rules/language/pack_loader.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;

FieldSchema field(std::string name, FieldType type) {
  FieldSchema f;
  f.name = std::move(name);
  f.vi_header = f.name;
  f.type = type;
  return f;
}

// One register no province sends: machines and their weights.
const RegisterCatalogue& machine_catalogue() {
  static const RegisterCatalogue catalogue = [] {
    RegisterSchema machines;
    machines.name = "machines";
    machines.vi_title = "Danh sách máy";
    machines.key_field = "machine_code";
    machines.name_field = "label";
    machines.fields = {field("machine_code", FieldType::kText), field("label", FieldType::kText),
                       field("weight", FieldType::kNumber)};
    return RegisterCatalogue({machines});
  }();
  return catalogue;
}

rules::PackLoad load(const std::string& text, const RegisterCatalogue& registers) {
  return rules::load_rule_pack({{"machines.rules", text}}, registers);
}

const std::string kMachineRules = std::string(
    "finding M.S1 {\n") + kRuleMeta +
    "  for m in machines\n"
    "  let weight = m.weight\n"
    "  when weight > 10\n"
    "  evidence weight\n"
    "}\n"
    "indicator M.T1 {\n" + kRuleMeta +
    "  let heavy = count(m in machines where m.weight > 10)\n"
    "  value share(heavy, count(m in machines))\n"
    "  target >= 50%\n"
    "  evidence heavy\n"
    "}\n";

TEST(RegisterEnvironment, ARuleOverARegisterOfTheCatalogueHandedChecksAndEvaluates) {
  rules::PackLoad loaded = load(kMachineRules, machine_catalogue());
  ASSERT_TRUE(loaded.pack) << rules::format_diagnostics(loaded.diagnostics);
  const rules::RulePack& pack = *loaded.pack;
  EXPECT_EQ(pack.catalogue, &machine_catalogue());
  EXPECT_EQ(pack.rules.at(0).registers, std::vector<std::string>{"machines"});
  EXPECT_EQ(pack.fields_read.at("machines"),
            (std::set<std::string>{"label", "machine_code", "weight"}));

  Table table(*machine_catalogue().find("machines"));
  ColumnTextCache codes(&table), labels(&table);
  const std::uint32_t file = table.add_file({"machines.csv", ""});
  const struct {
    const char* code;
    double weight;
  } rows[] = {{"M1", 5}, {"M2", 12}, {"M3", 20}};
  std::uint32_t row = 2;
  for (const auto& r : rows) {
    table.column(0).push_text(codes.get(r.code));
    table.column(1).push_text(labels.get(std::string("machine ") + r.code));
    table.column(2).push_number(r.weight);
    table.add_source({file, row++});
  }
  Dataset dataset;
  dataset.add(std::move(table));
  const Date first = *Date::from_ymd(2025, 1, 1), last = *Date::from_ymd(2025, 12, 31);
  const AuditReport report = run_audit(pack, dataset, {}, "2025", {first, last, last}, 1);

  ASSERT_EQ(report.findings.size(), 2u);
  EXPECT_EQ(report.findings[0].subject, "M2");
  EXPECT_EQ(report.findings[0].subject_name, "machine M2");
  EXPECT_EQ(report.findings[1].subject, "M3");
  ASSERT_EQ(report.indicators.size(), 1u);
  ASSERT_TRUE(report.indicators[0].value);
  EXPECT_DOUBLE_EQ(*report.indicators[0].value, 200.0 / 3);
  EXPECT_EQ(report.indicators[0].status, IndicatorStatus::kMet);
  EXPECT_TRUE(report.skipped.empty());
}

TEST(RegisterEnvironment, AProvinceRegisterIsUnknownAgainstAnotherCatalogue) {
  const std::string text = std::string("finding M.S2 {\n") + kRuleMeta +
                           "  for a in agencies\n"
                           "  when count(m in machine) > 0\n"
                           "}\n";
  // The names suggested are the catalogue's too.
  EXPECT_EQ(rules::format_diagnostics(load(text, machine_catalogue()).diagnostics),
            "machines.rules:7:12: error: there is no register `agencies`\n"
            "    for a in agencies\n"
            "             ^\n"
            "machines.rules:8:19: error: unknown name `machine`\n"
            "    when count(m in machine) > 0\n"
            "                    ^\n"
            "  = did you mean `machines`?\n");
  // Against the province's registers, the same text knows agencies, not
  // machines.
  EXPECT_EQ(rules::format_diagnostics(load(text, province_registers()).diagnostics),
            "machines.rules:8:19: error: unknown name `machine`\n"
            "    when count(m in machine) > 0\n"
            "                    ^\n");
}

}  // namespace
}  // namespace genaudit
