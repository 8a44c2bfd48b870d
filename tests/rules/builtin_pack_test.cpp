// The plan's rule pack, as built into the program: it checks clean, states
// the catalogue's rules with every description, and reads the registers the
// catalogue says (which decides when a rule is skipped).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "adapters/registers/province_registers.h"
#include "engine/eval/builtin_functions.h"
#include "rules/language/builtins.h"
#include "rules/language/pack_loader.h"
#include "rules/language/pack_version.h"
#include "rules/language/rule_sources.h"

namespace genaudit::rules {
namespace {

RulePack load_builtin() {
  PackLoad load = load_rule_pack(builtin_rule_texts(), province_registers());
  EXPECT_TRUE(load.pack) << format_diagnostics(load.diagnostics);
  return std::move(*load.pack);
}

TEST(BuiltinPack, ChecksCleanAndIsVersioned) {
  const RulePack pack = load_builtin();
  EXPECT_EQ(pack.version.size(), 12u);
}

// The version is of the files' contents: the pack folder spelt four ways,
// and the same pack built into the program, are one version; the files in
// another order too; a changed text is another version.
TEST(BuiltinPack, ItsVersionIsOfTheContentNotThePath) {
  namespace fs = std::filesystem;
  const fs::path absolute = fs::path(GENAUDIT_SOURCE_DIR) / "rules" / "pack";
  const fs::path relative = fs::relative(absolute, fs::current_path());
  const std::string builtin = load_builtin().version;
  for (const fs::path& spelling :
       {absolute, relative, fs::path(".") / relative, absolute / "." / ".." / "pack"}) {
    SCOPED_TRACE(spelling.string());
    std::string io_error;
    const std::vector<RuleText> texts = read_rule_files(spelling, &io_error);
    ASSERT_EQ(io_error, "");
    PackLoad load = load_rule_pack(texts, province_registers());
    ASSERT_TRUE(load.pack) << format_diagnostics(load.diagnostics);
    EXPECT_EQ(load.pack->version, builtin);
  }
  std::vector<RuleText> reversed = builtin_rule_texts();
  std::reverse(reversed.begin(), reversed.end());
  EXPECT_EQ(pack_version(reversed), builtin);
  std::vector<RuleText> changed = builtin_rule_texts();
  changed.back().text += "\n";
  EXPECT_NE(pack_version(changed), builtin);
  // The same text as a rule file or as the bodies file is not the same pack.
  EXPECT_NE(pack_version({{"a/bodies.toml", "x"}}), pack_version({{"a/b.rules", "x"}}));
  EXPECT_EQ(pack_version({{"a/b.rules", "x"}}), pack_version({{"c/d.rules", "x"}}));
}

TEST(BuiltinPack, StatesTheStaffRulesWithFullDescriptions) {
  const RulePack pack = load_builtin();
  for (const char* id : {"O1.S4", "O1.T1"}) {
    SCOPED_TRACE(id);
    const RuleInfo* rule = pack.find_rule(id);
    ASSERT_NE(rule, nullptr);
    EXPECT_FALSE(rule->title.vi.empty());
    EXPECT_FALSE(rule->title.en.empty());
    EXPECT_FALSE(rule->remedy.vi.empty());
    EXPECT_FALSE(rule->remedy.en.empty());
    EXPECT_NE(rule->citation.find("KH 11983/UBND-KGVX"), std::string::npos);
    EXPECT_EQ(rule->lead, "Sở Nội vụ");
    EXPECT_EQ(rule->registers, (std::vector<std::string>{"agencies", "staff"}));
  }
  EXPECT_EQ(pack.find_rule("O1.S4")->kind, RuleKind::kFinding);
  EXPECT_EQ(pack.find_rule("O1.S4")->subject_register, "agencies");
  EXPECT_EQ(pack.find_rule("O1.T1")->kind, RuleKind::kIndicator);
}

// Reports name evidence by its label (in Vietnamese by default): an item of
// the shipped rules without one would show its `let` name to people.
void expect_every_evidence_item_labelled(const RulePack& pack) {
  std::size_t items = 0;
  for (const RuleInfo& rule : pack.rules) {
    for (const Statement& s : rule.rule->statements) {
      if (s.kind != StatementKind::kEvidence) continue;
      for (const auto& [name, span] : s.names) {
        SCOPED_TRACE(rule.id + " " + name);
        ++items;
        const auto label = rule.evidence_labels.find(name);
        ASSERT_NE(label, rule.evidence_labels.end());
        EXPECT_FALSE(label->second.vi.empty());
        EXPECT_FALSE(label->second.en.empty());
        EXPECT_NE(label->second.vi, name);
        EXPECT_NE(label->second.en, name);
      }
    }
  }
  EXPECT_GT(items, 0u);
}

TEST(BuiltinPack, EveryEvidenceItemHasAVietnameseAndAnEnglishLabel) {
  const RulePack pack = load_builtin();
  expect_every_evidence_item_labelled(pack);
  const LocalizedText& share = pack.find_rule("O1.S4")->evidence_labels.at("female_share");
  EXPECT_EQ(share.vi, "Tỷ lệ nữ");
  EXPECT_EQ(share.en, "Share of women");
}

TEST(ExamplePack, EveryEvidenceItemHasAVietnameseAndAnEnglishLabel) {
  // The examples extend the plan's pack (rule_sources.h), as `rules test` runs them.
  const SourceTexts texts = read_rule_sources(
      {{(std::filesystem::path(GENAUDIT_SOURCE_DIR) / "rules/examples").string()}, false});
  ASSERT_TRUE(texts.io_error.empty()) << texts.io_error;
  PackLoad load = load_rule_pack(texts.texts, province_registers());
  ASSERT_TRUE(load.pack) << format_diagnostics(load.diagnostics);
  expect_every_evidence_item_labelled(*load.pack);
}

TEST(Builtins, EveryDeclaredFunctionIsImplemented) {
  for (const BuiltinFunction& f : builtin_functions()) {
    EXPECT_TRUE(has_builtin_implementation(f.name)) << f.name;
  }
}

}  // namespace
}  // namespace genaudit::rules
