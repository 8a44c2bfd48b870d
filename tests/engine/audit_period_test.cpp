#include "engine/core/audit_period.h"

#include <gtest/gtest.h>

namespace genaudit {
namespace {

TEST(AuditPeriod, WholeYear) {
  const auto p = parse_period("2025");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->first_day().iso(), "2025-01-01");
  EXPECT_EQ(p->last_day().iso(), "2025-12-31");
}

TEST(AuditPeriod, MonthRange) {
  const auto p = parse_period("2024-02..2025-02");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->first_day().iso(), "2024-02-01");
  EXPECT_EQ(p->last_day().iso(), "2025-02-28");
  EXPECT_TRUE(parse_period("2025-06..2025-06"));
}

TEST(AuditPeriod, RejectsMalformed) {
  for (const char* bad : {"", "25", "20255", "2025-13..2025-12", "2025-06..2025-05", "2025-1..2025-2",
                          "2025-01-2025-02", "2025-01..", "abcd", "2025-01...2025-02"}) {
    EXPECT_FALSE(parse_period(bad)) << bad;
  }
}

TEST(AsOfDate, StrictIso) {
  EXPECT_EQ(parse_iso_date("2025-12-31")->iso(), "2025-12-31");
  for (const char* bad : {"31/12/2025", "2025-02-30", "2025-1-01", "2025-12-31x", ""}) {
    EXPECT_FALSE(parse_iso_date(bad)) << bad;
  }
}

}  // namespace
}  // namespace genaudit
