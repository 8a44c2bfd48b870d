// The rule language's expressions beyond comparison and aggregation: `if`,
// dates moved by durations (months clamped to the month's last day), day,
// month and year of a date, abs, round, min and max of two values, and
// parameters of any literal type, dates included, or computed from others.
#include <gtest/gtest.h>

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

TEST(ExpressionFeatures, IfChoosesABranchAndNoDataDecidesNone) {
  EXPECT_EQ(v("if count(s in staff) > 2 then 1 else 2"), 1);
  EXPECT_EQ(v("if count(s in staff) > 3 then 1 else 2"), 2);
  EXPECT_EQ(v("sum((if s.gender == \"female\" then 10 else 1) for s in staff)"), 21);
  // A test with no data (a missing start date) gives no value, not `else`.
  EXPECT_EQ(v("count(s in staff where (if s.start_date < date(2024, 2, 1) then true else false))"),
            1);
  EXPECT_EQ(v("count(s in staff where (if s.start_date < date(2024, 2, 1) then false else true))"),
            1);
  // `else` takes all that follows.
  EXPECT_EQ(v("if false then 1 else 2 + 3"), 5);
}

TEST(ExpressionFeatures, DatesMoveByDaysMonthsAndYears) {
  EXPECT_EQ(v("days_between(as_of - 30 days, as_of)"), 30);
  EXPECT_EQ(v("days_between(date(2024, 12, 31), date(2024, 12, 31) + 1 day)"), 1);
  EXPECT_EQ(v("year(as_of + 1 year)"), 2026);
  EXPECT_EQ(v("month(as_of - 12 months)"), 12);
  // A month later on a day the month has not: its last day.
  EXPECT_EQ(v("day(date(2025, 1, 31) + 1 month)"), 28);
  EXPECT_EQ(v("day(date(2024, 1, 31) + 1 month)"), 29);
  EXPECT_EQ(v("day(date(2024, 2, 29) + 1 year)"), 28);
  EXPECT_EQ(v("day(date(2025, 3, 31) - 1 month)"), 28);
  EXPECT_EQ(v("month(date(2025, 3, 31) - 1 month)"), 2);
  // Assignments started more than 22 months before the as-of date.
  EXPECT_EQ(v("count(s in staff where s.start_date < as_of - 22 months)"), 1);
  EXPECT_EQ(v("count(s in staff where s.start_date <= as_of - 22 months)"), 2);
  // Past year 9999 there is no day.
  EXPECT_FALSE(value_of("year(date(9999, 12, 31) + 1 day)"));
}

TEST(ExpressionFeatures, DayMonthYearAbsRoundMinMax) {
  EXPECT_EQ(v("day(date(2025, 12, 10))"), 10);
  EXPECT_EQ(v("abs(3 - 10)"), 7);
  EXPECT_EQ(v("round(2.675, 2)"), 2.68);
  EXPECT_EQ(v("round(-2.5, 0)"), -3);
  EXPECT_EQ(v("round(share(1, 3), 1)"), 33.3);
  EXPECT_EQ(v("min(4, 9)"), 4);
  EXPECT_EQ(v("max(4, 9)"), 9);
  EXPECT_EQ(v("day(max(date(2025, 1, 2), date(2025, 1, 5)))"), 5);
  EXPECT_EQ(v("day(min(date(2025, 1, 2), date(2025, 1, 5)))"), 2);
  // The aggregate forms stay.
  EXPECT_EQ(v("max(day(s.start_date) for s in staff)"), 31);
  // No data in, no data out.
  EXPECT_FALSE(value_of("max(1, share(1, 0))"));
}

TEST(ExpressionFeatures, ParametersOfEveryLiteralTypeAndComputedOnes) {
  const std::string params =
      "param limit = 3\n"
      "param twice = limit * 2\n"
      "param deadline = date(2025, 12, 10)\n"
      "param grace = 30 days\n"
      "param grace_again = grace\n"
      "param due = deadline + grace\n"
      "param strict = true\n";
  EXPECT_EQ(v("twice", params), 6);
  EXPECT_EQ(v("day(deadline)", params), 10);
  EXPECT_EQ(v("days_between(deadline, due)", params), 30);
  EXPECT_EQ(v("days_between(deadline, deadline + grace_again)", params), 30);
  EXPECT_EQ(v("if strict then twice else limit", params), 6);
  // A parameter may read the audit's dates.
  EXPECT_EQ(v("year(last_year)", "param last_year = as_of - 1 year\n"), 2024);
}

}  // namespace
}  // namespace genaudit
