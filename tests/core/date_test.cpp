#include "engine/core/date.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace genaudit {
namespace {

TEST(Date, RejectsDaysThatDoNotExist) {
  EXPECT_FALSE(Date::from_ymd(2025, 2, 29));
  EXPECT_TRUE(Date::from_ymd(2024, 2, 29));
  EXPECT_FALSE(Date::from_ymd(1900, 2, 29));
  EXPECT_TRUE(Date::from_ymd(2000, 2, 29));
  EXPECT_FALSE(Date::from_ymd(2025, 4, 31));
  EXPECT_FALSE(Date::from_ymd(2025, 13, 1));
  EXPECT_FALSE(Date::from_ymd(2025, 0, 1));
  EXPECT_FALSE(Date::from_ymd(2025, 1, 0));
}

TEST(Date, RoundTripsAndOrders) {
  const Date a = *Date::from_ymd(2025, 12, 30);
  const Date b = *Date::from_ymd(2025, 12, 31);
  EXPECT_LT(a, b);
  EXPECT_EQ(b - a, 1);
  EXPECT_EQ(b.iso(), "2025-12-31");
  EXPECT_EQ(b.dmy(), "31/12/2025");
  EXPECT_EQ(Date::from_ymd(1970, 1, 1)->days(), 0);
  for (int days = -1000; days < 200000; days += 37) {
    const Date d = Date::from_days(days);
    EXPECT_EQ(Date::from_ymd(d.year(), d.month(), d.day())->days(), days);
  }
}

// iso() writes the digits itself for years 0 to 9999 and falls back to
// printf outside them: both give YYYY-MM-DD, zero-padded.
TEST(Date, IsoIsZeroPaddedInAndOutsideFourDigitYears) {
  EXPECT_EQ(Date::from_ymd(1, 1, 1)->iso(), "0001-01-01");
  EXPECT_EQ(Date::from_ymd(9999, 12, 31)->iso(), "9999-12-31");
  EXPECT_EQ(Date::from_ymd(2025, 10, 9)->iso(), "2025-10-09");
  // From about 220 BC to AD 10183: negative, 4-digit and 5-digit years.
  for (int days = -800000; days < 3000000; days += 997) {
    const Date d = Date::from_days(days);
    char expected[32];
    std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    ASSERT_EQ(d.iso(), expected) << days;
  }
}

TEST(Date, LastOfMonth) {
  EXPECT_EQ(Date::last_of_month(2024, 2).iso(), "2024-02-29");
  EXPECT_EQ(Date::last_of_month(2025, 2).iso(), "2025-02-28");
  EXPECT_EQ(Date::last_of_month(2025, 12).iso(), "2025-12-31");
}

}  // namespace
}  // namespace genaudit
