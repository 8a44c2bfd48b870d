// Parser golden tests: each tests/rules/golden/parse/X.rules parses to the
// tree (or the syntax error) written in X.expected.
#include <gtest/gtest.h>

#include "rules/language/ast_dump.h"
#include "rules/language/parser.h"
#include "tests/golden.h"

namespace genaudit::rules {
namespace {

const std::filesystem::path kFolder = std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/rules/golden/parse";

std::string parse_to_text(const std::filesystem::path& path) {
  auto source = std::make_shared<Source>(path.filename().string(), testing::read_file(path));
  ParseResult result = parse_rule_file(source);
  return result.file ? dump(*result.file) : format_diagnostics(result.diagnostics);
}

TEST(ParserGolden, EveryCase) {
  const auto cases = testing::files_in(kFolder, ".rules");
  ASSERT_GE(cases.size(), 10u);
  for (const auto& path : cases) {
    SCOPED_TRACE(path.filename().string());
    testing::expect_golden(path, parse_to_text(path));
  }
}

TEST(Parser, ErrorNamesFileLineColumnAndCaret) {
  auto source = std::make_shared<Source>("x.rules", "param a = [1, 2\nparam b = 3\n");
  ParseResult result = parse_rule_file(source);
  ASSERT_FALSE(result.file);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].format(),
            "x.rules:2:1: error: expected `]`, found `param`\n"
            "  param b = 3\n"
            "  ^\n");
}

TEST(Parser, ColumnsCountCodePointsNotBytes) {
  auto source = std::make_shared<Source>("x.rules", "param tên = 1\n");
  ParseResult result = parse_rule_file(source);
  ASSERT_FALSE(result.file);
  // `tên` is not an identifier: the error is at `ê`, the 8th character
  // (its bytes start at the 8th byte, but `n` after it is the 10th byte and
  // the 9th character); the caret lines up under it.
  EXPECT_EQ(result.diagnostics[0].format(),
            "x.rules:1:8: error: expected `=`, found `ên`\n"
            "  param tên = 1\n"
            "         ^\n");
  auto later = std::make_shared<Source>("y.rules", "param tên_x = ñ\n");
  // `ñ` is the 15th character but starts at byte offset 15 (the 16th byte,
  // as `ê` takes two): columns count characters.
  EXPECT_EQ(later->position(15).column, 15);
}

TEST(Parser, PercentAndNumbers) {
  auto source = std::make_shared<Source>("x.rules", "param a = 30%\nparam b = 12.5\n");
  ParseResult result = parse_rule_file(source);
  ASSERT_TRUE(result.file);
  const Expr& a = *result.file->declarations[0].param.value;
  EXPECT_TRUE(a.percent);
  EXPECT_DOUBLE_EQ(a.number, 30);
  EXPECT_DOUBLE_EQ(result.file->declarations[1].param.value->number, 12.5);
}

}  // namespace
}  // namespace genaudit::rules
