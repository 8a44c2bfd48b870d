// Checker golden tests: each tests/rules/golden/check/X.rules gives exactly
// the diagnostics in X.expected ("ok" when it is valid), all at once.
#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "rules/language/pack_loader.h"
#include "tests/golden.h"

namespace genaudit::rules {
namespace {

const std::filesystem::path kFolder =
    std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/rules/golden/check";

std::string check_to_text(const std::filesystem::path& path) {
  PackLoad load = load_rule_pack({{path.filename().string(), testing::read_file(path)}},
                                 province_registers());
  return load.pack ? "ok\n" : format_diagnostics(load.diagnostics);
}

TEST(CheckerGolden, EveryCase) {
  const auto cases = testing::files_in(kFolder, ".rules");
  ASSERT_GE(cases.size(), 5u);
  for (const auto& path : cases) {
    SCOPED_TRACE(path.filename().string());
    testing::expect_golden(path, check_to_text(path));
  }
}

TEST(Checker, ReportsEveryErrorOfEveryFileAtOnce) {
  PackLoad load = load_rule_pack({{"a.rules", "define f(s: staff) = s.gendr == 1\n"},
                                  {"b.rules", "define g(s: staff) = s.agency == 1\n"}},
                                 province_registers());
  ASSERT_FALSE(load.pack);
  ASSERT_EQ(load.diagnostics.size(), 2u);
  EXPECT_EQ(load.diagnostics[0].hint, "did you mean `gender`?");
  EXPECT_EQ(load.diagnostics[1].source->name(), "b.rules");
}

TEST(Checker, SyntaxErrorsOfSeveralFilesAreAllReported) {
  PackLoad load = load_rule_pack({{"a.rules", "param = 1\n"}, {"b.rules", "param x 1\n"}},
                                 province_registers());
  ASSERT_FALSE(load.pack);
  EXPECT_EQ(load.diagnostics.size(), 2u);
}

TEST(Checker, RecordsTheRegistersARuleReadsThroughDefinitions) {
  PackLoad load = load_rule_pack({{"a.rules", R"(
define posts(a: agencies) = [s in staff where s.agency_code == a.agency_code]
indicator X.1 {
  title vi "t" en "t"
  citation "c"
  lead "l"
  severity low
  remedy vi "r" en "r"
  value count(a in agencies where exists(s in posts(a)))
  target >= 1
})"}}, province_registers());
  ASSERT_TRUE(load.pack) << format_diagnostics(load.diagnostics);
  EXPECT_EQ(load.pack->rules[0].registers, (std::vector<std::string>{"agencies", "staff"}));
}

}  // namespace
}  // namespace genaudit::rules
