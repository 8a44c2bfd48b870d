// Specification of the date, number and integer cell parsers: every accepted
// form, and the near misses that must be rejected.
#include "adapters/values/value_parsers.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <random>
#include <regex>
#include <string>

namespace genaudit {
namespace {

TEST(ParseDateTest, AcceptsTheDocumentedForms) {
  struct Case {
    std::string input;
    int year;
    int month;
    int day;
  };
  const Case cases[] = {
      {"05/03/2025", 2025, 3, 5},   {"5/3/2025", 2025, 3, 5},
      {"05/3/2025", 2025, 3, 5},    {"5/03/2025", 2025, 3, 5},
      {"31/12/1999", 1999, 12, 31}, {"05-03-2025", 2025, 3, 5},
      {"5-3-2025", 2025, 3, 5},     {"2025-03-05", 2025, 3, 5},
      {"29/02/2024", 2024, 2, 29},  {"2000-02-29", 2000, 2, 29},
      {"01/01/0001", 1, 1, 1},      {"31/12/9999", 9999, 12, 31},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    const std::optional<Date> date = parse_date(c.input);
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, *Date::from_ymd(c.year, c.month, c.day));
  }
}

TEST(ParseDateTest, DayComesFirstNeverMonth) {
  EXPECT_EQ(parse_date("03/05/2025"), Date::from_ymd(2025, 5, 3));
  EXPECT_EQ(parse_date("12/31/2025"), std::nullopt);  // mm/dd/yyyy
}

TEST(ParseDateTest, RejectsEverythingElse) {
  const std::string cases[] = {
      "",
      "31/02/2025",
      "29/02/2023",
      "30/02/2024",
      "32/01/2025",
      "00/01/2025",
      "01/00/2025",
      "01/13/2025",
      "00/00/0000",
      "0000-01-01",
      "12/31/2025",
      "2025/03/05",
      "2025-3-5",
      "2025-03-5",
      "05.03.2025",
      "05/03-2025",
      "05-03/2025",
      "05/03/25",
      "5/3/202",
      "5/3/20255",
      "005/03/2025",
      "05/003/2025",
      "2025-03-05T00:00",
      "05/03/2025 00:00",
      " 05/03/2025",
      "05/03/2025 ",
      "5//2025",
      "/03/2025",
      "05/03/",
      "a5/03/2025",
      "45658",
      "2025",
      "05/03",
      "+5/3/2025",
  };
  for (const std::string& input : cases) {
    EXPECT_EQ(parse_date(input), std::nullopt) << "input: " << input;
  }
}

// Dates of ten characters are read by a path of their own: every text of
// ten characters from digits, separators and a letter gives what the
// documented forms, read by std::regex here, say.
TEST(ParseDateTest, TenCharacterTextsAsTheFormsSay) {
  const std::regex day_first(R"(^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$)");
  const std::regex year_first(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  std::mt19937_64 random(11);
  const std::string alphabet = "0123456789012345678901234567890123/-/-x. ";
  const char* shapes[] = {"dd/dd/dddd", "dd-dd-dddd", "dddd-dd-dd", "d/dd/dddd", "dd/d/dddd"};
  for (int round = 0; round < 200000; ++round) {
    std::string text;
    if (round % 2 == 0) {
      // A date's shape with digits, sometimes one character changed.
      for (char c : std::string(shapes[random() % 5])) {
        text += c == 'd' ? static_cast<char>('0' + random() % 10) : c;
      }
      if (random() % 4 == 0) text[random() % text.size()] = alphabet[random() % alphabet.size()];
    } else {
      for (int i = 0; i < 10; ++i) text += alphabet[random() % alphabet.size()];
    }
    std::optional<Date> expected;
    std::smatch m;
    if (std::regex_match(text, m, day_first)) {
      expected = Date::from_ymd(std::stoi(m[4]), std::stoi(m[3]), std::stoi(m[1]));
    } else if (std::regex_match(text, m, year_first)) {
      expected = Date::from_ymd(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    }
    ASSERT_EQ(parse_date(text), expected) << "input: " << text;
  }
}

TEST(ParseNumberTest, AcceptsPointAndDecimalComma) {
  struct Case {
    std::string input;
    double expected;
  };
  const Case cases[] = {
      {"12.5", 12.5},   {"12,5", 12.5}, {"-3", -3.0},
      {"+3", 3.0},      {"0", 0.0},     {"0,25", 0.25},
      {"-0.5", -0.5},   {"007", 7.0},   {"1.234", 1.234},
      {"1,234", 1.234}, {"90", 90.0},   {"4201234567", 4201234567.0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    const std::optional<double> number = parse_number(c.input);
    ASSERT_TRUE(number.has_value());
    EXPECT_EQ(*number, c.expected);
  }
}

// Short numbers are computed without from_chars: the same double, bit for
// bit, as from_chars gives, for numbers of every length around the fast
// path's limit of 15 digits, with either decimal mark, signs, -0.
TEST(ParseNumberTest, EveryNumberIsFromCharsBitForBit) {
  std::mt19937_64 random(5);
  for (int round = 0; round < 300000; ++round) {
    std::string whole, fraction;
    const std::size_t whole_digits = 1 + random() % 18;
    const std::size_t fraction_digits = random() % 3 == 0 ? 0 : 1 + random() % 17;
    for (std::size_t i = 0; i < whole_digits; ++i) whole += static_cast<char>('0' + random() % 10);
    for (std::size_t i = 0; i < fraction_digits; ++i) {
      fraction += static_cast<char>('0' + random() % 10);
    }
    const char* signs[] = {"", "-", "+"};
    const std::string sign = signs[random() % 3];
    const std::string mark = random() % 2 == 0 ? "." : ",";
    const std::string input = sign + whole + (fraction.empty() ? "" : mark + fraction);
    const std::string canonical = (sign == "-" ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
    double expected = 0;
    std::from_chars(canonical.data(), canonical.data() + canonical.size(), expected);
    const std::optional<double> number = parse_number(input);
    ASSERT_TRUE(number.has_value()) << input;
    ASSERT_EQ(std::memcmp(&*number, &expected, sizeof expected), 0) << input << " " << *number;
  }
  const std::optional<double> minus_zero = parse_number("-0,0");
  ASSERT_TRUE(minus_zero.has_value());
  EXPECT_TRUE(std::signbit(*minus_zero));
}

TEST(ParseNumberTest, RejectsEverythingElse) {
  const std::string cases[] = {
      "",     "abc", "12,5,3", "1.234,5", "1,234.5", "1.234.567", "1e3",
      "1E3",  ".5",  "5.",     ",5",      "5,",      "-",         "+",
      "--1",  "+-1", " 1",     "1 ",      "1 000",   "inf",       "nan",
      "0x10", "12a", "1.2.",   "١٢",
  };
  for (const std::string& input : cases) {
    EXPECT_EQ(parse_number(input), std::nullopt) << "input: " << input;
  }
}

TEST(ParseIntegerTest, AcceptsPlainIntegers) {
  struct Case {
    std::string input;
    long long expected;
  };
  const Case cases[] = {
      {"2025", 2025},
      {"-7", -7},
      {"+3", 3},
      {"0", 0},
      {"-0", 0},
      {"007", 7},
      {"9223372036854775807", 9223372036854775807LL},
      {"-9223372036854775808", -9223372036854775807LL - 1},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(parse_integer(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(ParseIntegerTest, RejectsEverythingElse) {
  const std::string cases[] = {
      "",
      "abc",
      "2025.0",
      "2025,0",
      "12.5",
      "1e3",
      "-",
      "+",
      "--1",
      " 1",
      "1 ",
      "1 000",
      "1.000",
      "0x1F",
      "9223372036854775808",
      "-9223372036854775809",
  };
  for (const std::string& input : cases) {
    EXPECT_EQ(parse_integer(input), std::nullopt) << "input: " << input;
  }
}

}  // namespace
}  // namespace genaudit
