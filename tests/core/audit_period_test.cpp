#include "engine/core/audit_period.h"

#include <gtest/gtest.h>

namespace genaudit {
namespace {

struct Form {
  const char* written;
  const char* canonical;
  const char* first_day;
  const char* last_day;
  PeriodKind kind;
};

TEST(AuditPeriod, EveryFormItsCanonicalTextAndDays) {
  const Form forms[] = {
      {"2025", "2025", "2025-01-01", "2025-12-31", PeriodKind::kYear},
      {"2025-Q1", "2025-Q1", "2025-01-01", "2025-03-31", PeriodKind::kQuarter},
      {"2025-q4", "2025-Q4", "2025-10-01", "2025-12-31", PeriodKind::kQuarter},
      {"2024-03", "2024-03", "2024-03-01", "2024-03-31", PeriodKind::kMonth},
      {"03/2025", "2025-03", "2025-03-01", "2025-03-31", PeriodKind::kMonth},
      {"2/2024", "2024-02", "2024-02-01", "2024-02-29", PeriodKind::kMonth},
      {"2024-02..2025-02", "2024-02..2025-02", "2024-02-01", "2025-02-28", PeriodKind::kRange},
      {"2025-06..2025-06", "2025-06..2025-06", "2025-06-01", "2025-06-30", PeriodKind::kRange},
      {"2025-Q1..2025-Q3", "2025-Q1..2025-Q3", "2025-01-01", "2025-09-30", PeriodKind::kRange},
      {"03/2025..06/2025", "2025-03..2025-06", "2025-03-01", "2025-06-30", PeriodKind::kRange},
      {"2024..2025", "2024..2025", "2024-01-01", "2025-12-31", PeriodKind::kRange},
      // Ends of different kinds: the months.
      {"2025-Q1..2025-06", "2025-01..2025-06", "2025-01-01", "2025-06-30", PeriodKind::kRange},
      {"2024..03/2025", "2024-01..2025-03", "2024-01-01", "2025-03-31", PeriodKind::kRange},
      {"2025-02..2025-Q2", "2025-02..2025-06", "2025-02-01", "2025-06-30", PeriodKind::kRange},
      // Spaces around the whole and around `..` are the user's, not the period's.
      {" 2025-Q2 ", "2025-Q2", "2025-04-01", "2025-06-30", PeriodKind::kQuarter},
      {"01/2025 .. 06/2025", "2025-01..2025-06", "2025-01-01", "2025-06-30", PeriodKind::kRange},
  };
  for (const Form& f : forms) {
    const auto p = parse_period(f.written);
    ASSERT_TRUE(p) << f.written;
    EXPECT_EQ(p->text, f.canonical) << f.written;
    EXPECT_EQ(p->first_day().iso(), f.first_day) << f.written;
    EXPECT_EQ(p->last_day().iso(), f.last_day) << f.written;
    EXPECT_EQ(p->kind, f.kind) << f.written;
    // The canonical text reads back as the same period.
    const auto again = parse_period(p->text);
    ASSERT_TRUE(again) << p->text;
    EXPECT_EQ(again->text, p->text);
    EXPECT_EQ(again->first_day(), p->first_day());
    EXPECT_EQ(again->last_day(), p->last_day());
  }
}

// `1000-01..9999-12` ran for 100 s in 3.3 GB and wrote a 1.25 GB report:
// a period is at most kMaxPeriodMonths (20 years), however it is written.
TEST(AuditPeriod, APeriodOverTwentyYearsIsRefused) {
  EXPECT_EQ(kMaxPeriodMonths, 240);
  for (const char* text : {"1000-01..9999-12", "2005..2025", "2005-12..2025-12", "2005-Q4..2025-Q4",
                           "12/2005..12/2025", "0001..9999"}) {
    PeriodProblem problem = PeriodProblem::kMalformed;
    EXPECT_FALSE(parse_period(text, &problem)) << text;
    EXPECT_EQ(problem, PeriodProblem::kTooLong) << text;
  }
  // Twenty years exactly, however written.
  for (const char* text : {"2006..2025", "2006-01..2025-12", "2006-Q1..2025-Q4", "01/2006..12/2025",
                           "2005-02..2025-01"}) {
    const auto p = parse_period(text);
    ASSERT_TRUE(p) << text;
    EXPECT_EQ((p->end_year - p->start_year) * 12 + p->end_month - p->start_month + 1, 240) << text;
  }
}

TEST(AuditPeriod, EachMalformedTextSaysWhy) {
  const struct {
    const char* text;
    PeriodProblem problem;
  } bad[] = {
      {"", PeriodProblem::kMalformed},
      {"25", PeriodProblem::kMalformed},
      {"20255", PeriodProblem::kMalformed},
      {"abcd", PeriodProblem::kMalformed},
      {"2025-1..2025-2", PeriodProblem::kMalformed},
      {"2025-01-2025-02", PeriodProblem::kMalformed},
      {"2025-01..", PeriodProblem::kMalformed},
      {"..2025-01", PeriodProblem::kMalformed},
      {"2025-01...2025-02", PeriodProblem::kMalformed},
      {"2025-01..2025-02..2025-03", PeriodProblem::kMalformed},
      {"2025/03", PeriodProblem::kMalformed},
      {"003/2025", PeriodProblem::kMalformed},
      {"03/25", PeriodProblem::kMalformed},
      {"/2025", PeriodProblem::kMalformed},
      {"2025-03-01", PeriodProblem::kMalformed},
      {"2025-Qx", PeriodProblem::kMalformed},
      {"Q1/2025", PeriodProblem::kMalformed},
      {"2025-13", PeriodProblem::kBadMonth},
      {"2025-00", PeriodProblem::kBadMonth},
      {"13/2025", PeriodProblem::kBadMonth},
      {"0/2025", PeriodProblem::kBadMonth},
      {"2025-13..2025-12", PeriodProblem::kBadMonth},
      {"2025-Q5", PeriodProblem::kBadQuarter},
      {"2025-Q0", PeriodProblem::kBadQuarter},
      {"0000", PeriodProblem::kBadYear},
      {"03/0000", PeriodProblem::kBadYear},
      {"2025-06..2025-05", PeriodProblem::kReversed},
      {"2025-Q3..2025-Q1", PeriodProblem::kReversed},
      {"06/2025..03/2025", PeriodProblem::kReversed},
      {"2025..2024", PeriodProblem::kReversed},
      {"2025-Q2..2025-03", PeriodProblem::kReversed},
  };
  for (const auto& b : bad) {
    PeriodProblem problem = PeriodProblem::kNotOneUnit;
    EXPECT_FALSE(parse_period(b.text, &problem)) << b.text;
    EXPECT_EQ(problem, b.problem) << b.text;
  }
  // A range from a quarter to a month in it runs from the quarter's first month.
  const auto inside = parse_period("2025-Q2..2025-04");
  ASSERT_TRUE(inside);
  EXPECT_EQ(inside->text, "2025-04..2025-04");
}

TEST(AuditPeriod, OneUnitRefusesARange) {
  EXPECT_EQ(parse_period_unit("03/2025")->text, "2025-03");
  EXPECT_EQ(parse_period_unit("2025-q2")->text, "2025-Q2");
  EXPECT_EQ(parse_period_unit("2025")->text, "2025");
  PeriodProblem problem = PeriodProblem::kMalformed;
  EXPECT_FALSE(parse_period_unit("2025-01..2025-03", &problem));
  EXPECT_EQ(problem, PeriodProblem::kNotOneUnit);
  EXPECT_FALSE(parse_period_unit("2025-13", &problem));
  EXPECT_EQ(problem, PeriodProblem::kBadMonth);
}

TEST(AuditPeriod, WithinThePlansYears) {
  for (const char* in : {"2021", "2025", "2021-01..2025-12", "2023-Q2", "12/2025"}) {
    EXPECT_TRUE(parse_period(in)->within_plan()) << in;
  }
  for (const char* out : {"2020", "2026", "2020-12..2021-06", "2025-06..2026-01", "01/2026",
                          "2026-Q1"}) {
    EXPECT_FALSE(parse_period(out)->within_plan()) << out;
  }
}

TEST(AuditPeriod, ContainsByMonths) {
  const auto year = *parse_period("2025");
  const auto q1 = *parse_period("2025-Q1");
  EXPECT_TRUE(year.contains(q1));
  EXPECT_TRUE(q1.contains(*parse_period("2025-03")));
  EXPECT_TRUE(q1.contains(q1));
  EXPECT_FALSE(q1.contains(*parse_period("2025-04")));
  EXPECT_FALSE(q1.contains(year));
  EXPECT_FALSE(year.contains(*parse_period("2024-12")));
}

TEST(AsOfDate, StrictIso) {
  EXPECT_EQ(parse_iso_date("2025-12-31")->iso(), "2025-12-31");
  for (const char* bad : {"31/12/2025", "2025-02-30", "2025-1-01", "2025-12-31x", ""}) {
    EXPECT_FALSE(parse_iso_date(bad)) << bad;
  }
}

TEST(AsOfDate, AsUsersWriteIt) {
  const struct {
    const char* written;
    const char* iso;
  } good[] = {{"2025-12-31", "2025-12-31"}, {"31/12/2025", "2025-12-31"},
              {"1/7/2025", "2025-07-01"},   {"01/07/2025", "2025-07-01"},
              {"29/2/2024", "2024-02-29"},  {" 30/06/2025 ", "2025-06-30"}};
  for (const auto& g : good) {
    const auto d = parse_user_date(g.written);
    ASSERT_TRUE(d) << g.written;
    EXPECT_EQ(d->iso(), g.iso) << g.written;
  }
  for (const char* bad : {"", "31/12", "31/12/25", "32/12/2025", "31/13/2025", "29/2/2025",
                          "31-12-2025", "2025/12/31", "12/31/2025", "31/12/2025/1", "a/b/cdef",
                          "031/12/2025", "2025-12-31x", "0/12/2025"}) {
    EXPECT_FALSE(parse_user_date(bad)) << bad;
  }
}

}  // namespace
}  // namespace genaudit
