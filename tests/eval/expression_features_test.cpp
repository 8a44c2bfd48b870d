// The rule language's expressions beyond comparison and aggregation: `if`,
// dates moved by durations (months clamped to the month's last day), day,
// month and year of a date, abs, round, min and max of two values, and
// parameters of any literal type, dates included, or computed from others.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/eval/evaluator.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

// The value of an indicator whose value is `expr`, over two agencies and
// three assignments, as of 2025-12-31; `declarations` go before it.
std::optional<double> value_of(const std::string& expr, const std::string& declarations = "") {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\n");
  dir.write("staff.csv",
            "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày bắt đầu\n"
            "1,An,Nữ,A,31/01/2024\n2,Bình,Nam,A,29/02/2024\n3,Chi,Nữ,B,\n");
  const rules::RulePack pack = pack_from_text(declarations + "indicator X.1 {\n" +
                                              std::string(kRuleMeta) + "  value " + expr +
                                              "\n  target >= 0\n}\n");
  return testing::audit_folder(dir.path(), "2025", "", pack).indicators.at(0).value;
}

double v(const std::string& expr, const std::string& declarations = "") {
  const auto value = value_of(expr, declarations);
  if (!value) throw std::runtime_error("no data for " + expr);
  return *value;
}

struct Case {
  std::string expr;
  double value;
};

// Each case's expression has its value (with `declarations` before it).
void expect_values(const std::vector<Case>& cases, const std::string& declarations = "") {
  for (const Case& c : cases) EXPECT_EQ(v(c.expr, declarations), c.value) << c.expr;
}

TEST(ExpressionFeatures, IfChoosesABranchAndNoDataDecidesNone) {
  expect_values({
      {"if count(s in staff) > 2 then 1 else 2", 1},
      {"if count(s in staff) > 3 then 1 else 2", 2},
      {"sum((if s.gender == \"female\" then 10 else 1) for s in staff)", 21},
      // A test with no data (a missing start date) gives no value, not `else`.
      {"count(s in staff where (if s.start_date < date(2024, 2, 1) then true else false))", 1},
      {"count(s in staff where (if s.start_date < date(2024, 2, 1) then false else true))", 1},
      // `else` takes all that follows.
      {"if false then 1 else 2 + 3", 5},
  });
}

TEST(ExpressionFeatures, DatesMoveByDaysMonthsAndYears) {
  expect_values({
      {"days_between(as_of - 30 days, as_of)", 30},
      {"days_between(date(2024, 12, 31), date(2024, 12, 31) + 1 day)", 1},
      {"year(as_of + 1 year)", 2026},
      {"month(as_of - 12 months)", 12},
      // A month later on a day the month has not: its last day.
      {"day(date(2025, 1, 31) + 1 month)", 28},
      {"day(date(2024, 1, 31) + 1 month)", 29},
      {"day(date(2024, 2, 29) + 1 year)", 28},
      {"day(date(2025, 3, 31) - 1 month)", 28},
      {"month(date(2025, 3, 31) - 1 month)", 2},
      // Assignments started more than 22 months before the as-of date.
      {"count(s in staff where s.start_date < as_of - 22 months)", 1},
      {"count(s in staff where s.start_date <= as_of - 22 months)", 2},
  });
  // Past year 9999 there is no day.
  EXPECT_FALSE(value_of("year(date(9999, 12, 31) + 1 day)"));
}

TEST(ExpressionFeatures, DayMonthYearAbsRoundMinMax) {
  expect_values({
      {"day(date(2025, 12, 10))", 10},
      {"abs(3 - 10)", 7},
      {"round(2.675, 2)", 2.68},
      {"round(-2.5, 0)", -3},
      {"round(share(1, 3), 1)", 33.3},
      {"min(4, 9)", 4},
      {"max(4, 9)", 9},
      {"day(max(date(2025, 1, 2), date(2025, 1, 5)))", 5},
      {"day(min(date(2025, 1, 2), date(2025, 1, 5)))", 2},
      // The aggregate forms stay.
      {"max(day(s.start_date) for s in staff)", 31},
  });
  // No data in, no data out.
  EXPECT_FALSE(value_of("max(1, share(1, 0))"));
}

TEST(ExpressionFeatures, ParametersOfEveryLiteralTypeAndComputedOnes) {
  expect_values(
      {
          {"twice", 6},
          {"day(deadline)", 10},
          {"days_between(deadline, due)", 30},
          {"days_between(deadline, deadline + grace_again)", 30},
          {"if strict then twice else limit", 6},
          // A parameter may read the audit's dates.
          {"year(last_year)", 2024},
      },
      "param limit = 3\n"
      "param twice = limit * 2\n"
      "param deadline = date(2025, 12, 10)\n"
      "param grace = 30 days\n"
      "param grace_again = grace\n"
      "param due = deadline + grace\n"
      "param strict = true\n"
      "param last_year = as_of - 1 year\n");
}

}  // namespace
}  // namespace genaudit
