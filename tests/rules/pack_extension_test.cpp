// A pack the user extends (rules/language/rule_sources.h): rule files added
// to the built-in pack use its definitions and parameters, a name both
// declare is an error naming both places, `replace_builtin` runs the files
// alone, and a copy of a built-in file is that file.
#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "rules/language/pack_loader.h"
#include "rules/language/rule_sources.h"
#include "tests/fixture.h"

namespace genaudit::rules {
namespace {

using testing::TempDir;

// A finding over agencies that calls the pack's `active_posts` and reads
// its parameter `news_per_quarter`.
const char* const kExtension = R"(finding X.1 {
  title vi "Cơ quan có nhiều phân công" en "Agency with many assignments"
  citation "c"
  lead "Sở Nội vụ"
  severity low
  remedy vi "r" en "r"
  for a in agencies
  when count(active_posts(a)) > news_per_quarter * 100
}
)";

PackLoad load(const RuleSources& sources, SourceTexts* texts_out = nullptr) {
  SourceTexts texts = read_rule_sources(sources);
  EXPECT_EQ(texts.io_error, "");
  PackLoad loaded = load_rule_pack(texts.texts, province_registers());
  if (loaded.pack) record_rule_sources(*loaded.pack, sources, texts);
  if (texts_out) *texts_out = std::move(texts);
  return loaded;
}

TEST(PackExtension, AnAddedFileUsesThePacksDefinitionsAndParameters) {
  TempDir dir;
  const auto file = dir.write("extra.rules", kExtension);
  const PackLoad loaded = load({{file.string()}, false});
  ASSERT_TRUE(loaded.pack) << format_diagnostics(loaded.diagnostics);
  EXPECT_TRUE(loaded.pack->find_rule("X.1"));
  EXPECT_TRUE(loaded.pack->find_rule("O1.S4"));  // the built-in rules still run
  EXPECT_EQ(loaded.pack->added_files, std::vector<std::string>{file.string()});
  EXPECT_FALSE(loaded.pack->replaces_builtin);
  EXPECT_EQ(rule_files_record(*loaded.pack), "built-in + " + file.string());
}

TEST(PackExtension, SeveralPathsAddInTheOrderGiven) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "a");
  const auto a = dir.write("a/one.rules", kExtension);
  std::string second = kExtension;
  second.replace(second.find("X.1"), 3, "X.2");
  const auto b = dir.write("b.rules", second);
  const PackLoad loaded = load({{(dir.path() / "a").string(), b.string()}, false});
  ASSERT_TRUE(loaded.pack) << format_diagnostics(loaded.diagnostics);
  EXPECT_EQ(loaded.pack->added_files, (std::vector<std::string>{a.string(), b.string()}));
  EXPECT_TRUE(loaded.pack->find_rule("X.2"));
}

TEST(PackExtension, ReplacingThePackLeavesItsDefinitionsOutOfReach) {
  TempDir dir;
  const auto file = dir.write("extra.rules", kExtension);
  const PackLoad loaded = load({{file.string()}, true});
  ASSERT_FALSE(loaded.pack);
  const std::string text = format_diagnostics(loaded.diagnostics);
  EXPECT_NE(text.find("extra.rules:8:14: error: unknown function `active_posts`"),
            std::string::npos)
      << text;
}

TEST(PackExtension, ANameBothDeclareIsAnErrorNamingBothPlaces) {
  TempDir dir;
  const auto file = dir.write("clash.rules",
                              "param news_per_quarter = 5\n"
                              "define within(a: date, b: date, c: date) = true\n"
                              "finding O1.S4 {\n}\n");
  const PackLoad loaded = load({{file.string()}, false});
  ASSERT_FALSE(loaded.pack);
  const std::string text = format_diagnostics(loaded.diagnostics);
  for (const std::string& expected :
       {file.string() + ":1:1: error: `news_per_quarter` is declared twice: first at "
                        "rules/pack/objective6.rules:30:1",
        file.string() + ":2:1: error: `within` is declared twice: first at "
                        "rules/pack/common.rules:47:1",
        file.string() + ":3:9: error: rule `O1.S4` is declared twice: first at "
                        "rules/pack/objective1.rules:10:9",
        std::string("= rename one of them; rule files given with `--rules` add to the built-in "
                    "pack and may not reuse its names (`--rules-only` replaces the pack)")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

TEST(PackExtension, AParameterAndADefinitionOfOneNameClash) {
  const PackLoad loaded = load_rule_pack(
      {{"a.rules", "define limit(n: number) = n > 1\n"}, {"b.rules", "param limit = 3\n"}},
      province_registers());
  ASSERT_FALSE(loaded.pack);
  ASSERT_EQ(loaded.diagnostics.size(), 1u);
  EXPECT_EQ(loaded.diagnostics[0].source->name(), "b.rules");
  EXPECT_EQ(loaded.diagnostics[0].message, "`limit` is declared twice: first at a.rules:1:1");
}

TEST(PackExtension, ACopyOfABuiltInFileIsThatFileNotASecond) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "copy");
  for (const RuleText& t : builtin_rule_texts()) {
    dir.write("copy/" + std::filesystem::path(t.name).filename().string(), t.text);
  }
  SourceTexts texts;
  const PackLoad loaded = load({{(dir.path() / "copy").string()}, false}, &texts);
  ASSERT_TRUE(loaded.pack) << format_diagnostics(loaded.diagnostics);
  EXPECT_TRUE(loaded.pack->added_files.empty());
  EXPECT_EQ(texts.texts.size(), builtin_rule_texts().size());
  EXPECT_EQ(rule_files_record(*loaded.pack), "");
}

TEST(PackExtension, AChangedCopyOfABuiltInFileClashes) {
  TempDir dir;
  const RuleText& common = builtin_rule_texts().front();
  ASSERT_EQ(common.name, "rules/pack/bodies.toml");
  const RuleText& rules = builtin_rule_texts()[1];
  const auto copy = dir.write(std::filesystem::path(rules.name).filename().string(),
                              rules.text + "\n# changed\n");
  const PackLoad loaded = load({{copy.string()}, false});
  EXPECT_FALSE(loaded.pack);
}

TEST(PackExtension, APathThatCannotBeReadIsAnErrorAndNoText) {
  const SourceTexts texts = read_rule_sources({{"/nonexistent/extra.rules"}, false});
  EXPECT_EQ(texts.io_error.rfind("/nonexistent/extra.rules: ", 0), 0u) << texts.io_error;
  EXPECT_TRUE(texts.texts.empty());
  EXPECT_TRUE(texts.added.empty());
}

}  // namespace
}  // namespace genaudit::rules
