// The pure pieces of XLSX reading, table-driven: which number formats are
// dates, serials to days in both date systems (with Excel's 1900 leap-year
// bug), numbers as text, cell types, and relationship targets.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "adapters/xlsx/cell_text.h"
#include "adapters/xlsx/excel_dates.h"
#include "adapters/xlsx/workbook_parts.h"

namespace genaudit::xlsx {
namespace {

TEST(ExcelDatesTest, SerialsInThe1900SystemWithTheLeapYearBug) {
  const struct {
    double serial;
    std::optional<std::string> day;
  } cases[] = {
      {1, "1900-01-01"},   // the first day
      {31, "1900-01-31"},
      {59, "1900-02-28"},  // below 60, Excel is one day ahead of the calendar...
      {60, "1900-02-29"},  // ...because it counts this day, which never was
      {61, "1900-03-01"},  // from here on serials are days since 1899-12-30
      {25569, "1970-01-01"},
      {31113, "1985-03-07"},
      {45657, "2024-12-31"},
      {45657.999, "2024-12-31"},  // the time of day is dropped
      {45351, "2024-02-29"},
      {2958465, "9999-12-31"},  // the last day Excel shows
      {2958466, std::nullopt},
      {0.5, std::nullopt},  // "1900-01-00" in Excel: no day
      {0, std::nullopt},
      {-1, std::nullopt},
      {std::numeric_limits<double>::infinity(), std::nullopt},
      {std::nan(""), std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(serial_to_iso_date(c.serial, false), c.day) << c.serial;
  }
}

TEST(ExcelDatesTest, SerialsInThe1904System) {
  EXPECT_EQ(serial_to_iso_date(0, true), "1904-01-01");
  EXPECT_EQ(serial_to_iso_date(59, true), "1904-02-29");  // a real leap day
  EXPECT_EQ(serial_to_iso_date(44376, true), "2025-06-30");
  EXPECT_EQ(serial_to_iso_date(44376 + 1462, false), "2025-06-30");  // the systems' offset
  EXPECT_EQ(serial_to_iso_date(2957003, true), "9999-12-31");
  EXPECT_EQ(serial_to_iso_date(2957004, true), std::nullopt);
  EXPECT_EQ(serial_to_iso_date(-1, true), std::nullopt);
}

TEST(ExcelDatesTest, DateFormatCodes) {
  const struct {
    const char* code;
    bool date;
  } cases[] = {
      {"dd/mm/yyyy", true},
      {"d/m/yyyy", true},
      {"yyyy\\-mm\\-dd", true},
      {"[$-42A]dd/mm/yyyy;@", true},
      {"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", true},
      {"dd/mm/yyyy\\ hh:mm", true},
      {"mmm-yy", true},
      {"mmmm", true},  // a month alone
      {"DD/MM/YYYY", true},
      {"General", false},
      {"general", false},
      {"0.00", false},
      {"#,##0\\ \"đ\"", false},
      {"\"ngày\" 0", false},  // d and y inside quotes
      {"0.00E+00", false},
      {"hh:mm", false},  // time of day
      {"h:mm AM/PM", false},
      {"[h]:mm:ss", false},  // elapsed time
      {"mm:ss", false},     // minutes, not months
      {"[Red]0.00", false},  // d inside brackets
      {"@", false},
      {"_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", false},
  };
  for (const auto& c : cases) EXPECT_EQ(is_date_format_code(c.code), c.date) << c.code;
}

TEST(ExcelDatesTest, BuiltInDateFormatsAndOverrides) {
  const std::map<int, std::string> none;
  for (int id : {14, 15, 16, 17, 22, 27, 31, 36, 50, 57, 58}) EXPECT_TRUE(is_date_format(id, none)) << id;
  for (int id : {0, 1, 2, 9, 10, 11, 12, 13, 18, 19, 20, 21, 37, 44, 45, 46, 47, 49, 164}) {
    EXPECT_FALSE(is_date_format(id, none)) << id;
  }
  // A workbook's own code for an id wins over the built-in meaning.
  EXPECT_FALSE(is_date_format(14, {{14, "0.00"}}));
  EXPECT_TRUE(is_date_format(164, {{164, "d/m/yy"}}));
  EXPECT_FALSE(is_date_format(164, {{164, "General"}}));
}

TEST(CellTextTest, NumbersReadAsTheyLook) {
  const struct {
    double value;
    const char* text;
  } cases[] = {
      {4201234567, "4201234567"},
      {12.5, "12.5"},
      {0.1, "0.1"},
      {-0.125, "-0.125"},
      {0, "0"},
      {-0.0, "0"},
      {1e15, "1000000000000000"},
      {123456789012345678.0, "123456789012345680"},
      {1e21, "1000000000000000000000"},  // never an exponent: parse_number takes none
      {1e-7, "0.0000001"},
      {2.0 / 3.0, "0.6666666666666666"},
  };
  for (const auto& c : cases) EXPECT_EQ(number_text(c.value), c.text) << c.text;
}

TEST(CellTextTest, EachCellTypeToText) {
  const struct {
    const char* t;
    const char* stored;
    bool is_date;
    const char* text;
  } cases[] = {
      {nullptr, "4201234567", false, "4201234567"},
      {nullptr, "4.201234567E9", false, "4201234567"},
      {"n", "4201234567.0", false, "4201234567"},
      {"n", " 12.50 ", false, "12.5"},
      {"n", "", false, ""},
      {"n", "abc", false, "abc"},  // not a number: kept
      {"n", "45657", true, "2024-12-31"},
      {"n", "-1", true, "-1"},
      {"str", "0123", false, "0123"},
      {"str", "45657", true, "45657"},  // text is never a date
      {"inlineStr", " a ", false, " a "},
      {"b", "1", false, "true"},
      {"b", "0", false, "false"},
      {"e", "#N/A", false, "#N/A"},
      {"d", "2024-03-15T10:20:00", false, "2024-03-15"},
      {"d", "2024-03-15", false, "2024-03-15"},
      {"d", "10:20:00", false, "10:20:00"},
      {"x", "7", false, "7"},  // unknown type: a number
  };
  for (const auto& c : cases) {
    EXPECT_EQ(cell_text(cell_type(c.t), c.stored, c.is_date, false), c.text) << c.stored;
  }
}

TEST(WorkbookPartsTest, RelationshipTargets) {
  const struct {
    const char* source;
    const char* target;
    const char* part;
  } cases[] = {
      {"xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
      {"xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
      {"xl/workbook.xml", "./worksheets/../worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"},
      {"xl/workbook.xml", "../customXml/item1.xml", "customXml/item1.xml"},
      {"xl/workbook.xml", "worksheets/Trang%20t%C3%ADnh.xml", "xl/worksheets/Trang tính.xml"},
      {"", "xl/workbook.xml", "xl/workbook.xml"},
      {"", "/xl/workbook.xml", "xl/workbook.xml"},
  };
  for (const auto& c : cases) EXPECT_EQ(resolve_target(c.source, c.target), c.part) << c.target;
}

}  // namespace
}  // namespace genaudit::xlsx
