// Mapping files: what they change in reading a register, and every mistake
// in one reported at its line with a hint.
#include "adapters/registers/register_mapping.h"

#include <gtest/gtest.h>

#include <fstream>

#include "adapters/registers/register_reader.h"
#include "adapters/values/date_format.h"

namespace genaudit {
namespace {

TEST(DateFormat, ReadsWhatItNames) {
  std::string error;
  const auto dots = DateFormat::parse("dd.mm.yyyy", &error);
  ASSERT_TRUE(dots) << error;
  EXPECT_EQ(dots->read("05.01.2026")->iso(), "2026-01-05");
  EXPECT_FALSE(dots->read("5.1.2026"));      // dd and mm are two digits
  EXPECT_FALSE(dots->read("31.02.2025"));    // no such day
  EXPECT_FALSE(dots->read("05.01.2026 "));   // nothing may follow
  const auto us = DateFormat::parse("m/d/yyyy", &error);
  ASSERT_TRUE(us);
  EXPECT_EQ(us->read("12/31/2025")->iso(), "2025-12-31");
  EXPECT_EQ(us->read("1/2/2025")->iso(), "2025-01-02");
  for (const char* bad : {"dd.mm.yy", "dd.mm", "dd/mm/yyyy/yyyy", "dd.MM.yyyy", "ddd.mm.yyyy"}) {
    EXPECT_FALSE(DateFormat::parse(bad, &error)) << bad;
  }
}

TEST(RegisterMapping, ParsesAWholeMapping) {
  const MappingLoad load = parse_mapping("m.toml", R"(
[[register]]
name = "staff"
file = "x.csv"
sheet = "Cán bộ"
header_row = 3
date_format = "dd.mm.yyyy"
[register.columns]
"Số hiệu" = "staff_id"
[register.values.gender]
"Bà" = "female"
)");
  ASSERT_TRUE(load.problems.empty()) << format_mapping_problems(load.problems);
  ASSERT_EQ(load.mappings.size(), 1u);
  const RegisterMapping& m = load.mappings[0];
  EXPECT_EQ(m.register_name, "staff");
  EXPECT_EQ(m.sheet, "Cán bộ");
  EXPECT_EQ(m.layout.header_row, 3);
  EXPECT_EQ(m.layout.columns.at(0), (std::pair<std::string, std::string>{"Số hiệu", "staff_id"}));
  EXPECT_EQ(m.layout.values.at("gender").at(0).second, "female");
}

TEST(RegisterMapping, EveryMistakeHasItsLineAndAHint) {
  const MappingLoad load = parse_mapping("m.toml", R"([[register]]
name = "staf"
file = "x.csv"
[[register]]
name = "staff"
file = "y.csv"
header_row = 0
date_format = "dd.mm"
colums = 1
[register.columns]
"A" = "gendr"
[register.values.gender]
"Bà" = "femal"
[register.values.full_name]
"x" = "y"
)");
  EXPECT_TRUE(load.mappings.empty());
  EXPECT_EQ(format_mapping_problems(load.problems),
            "m.toml:2:8: error: there is no register `staf`\n"
            "  = did you mean `staff`?\n"
            "m.toml:7:14: error: `header_row` is a row number, from 1\n"
            "m.toml:8:15: error: a date format names the day (d or dd), the month (m or mm) and the year (yyyy) once each\n"
            "m.toml:9:1: error: unknown key `colums` in [[register]]\n"
            "  = did you mean `columns`?\n"
            "m.toml:11:7: error: register `staff` has no field `gendr`\n"
            "  = did you mean `gender`?\n"
            "m.toml:13:8: error: `femal` is not a code of `gender` (female, male)\n"
            "  = did you mean `female`?\n"
            "m.toml:14:18: error: `full_name` is not a coded field of `staff`\n");
}

TEST(RegisterMapping, SyntaxErrorsAndEmptyFiles) {
  EXPECT_EQ(parse_mapping("m.toml", "[[register]\n").problems.at(0).line, 1);
  EXPECT_EQ(parse_mapping("m.toml", "").problems.at(0).message, "no [[register]] table");
  EXPECT_EQ(parse_mapping("m.toml", "[[register]]\nname = \"staff\"\n").problems.at(0).message,
            "[[register]] needs `file` (text)");
}

TEST(RegisterMapping, TheReaderAppliesHeaderRowColumnsValuesAndDates) {
  const MappingLoad load = parse_mapping("m.toml", R"([[register]]
name = "staff"
file = "x.csv"
header_row = 3
date_format = "dd.mm.yyyy"
[register.columns]
"Số hiệu" = "staff_id"
"Phái" = "gender"
"Đơn vị" = "agency_code"
"Tên" = "full_name"
"Ngày vào" = "start_date"
[register.values.gender]
"Bà" = "female"
)");
  ASSERT_TRUE(load.problems.empty());
  InputErrors errors;
  RecordSourceOptions options;
  options.layout = load.mappings[0].layout;
  // from_string has no options: go through a temporary file.
  const std::string path = ::testing::TempDir() + "/mapped.csv";
  {
    std::ofstream out(path);
    out << "BÁO CÁO\n\nSố hiệu,Tên,Phái,Đơn vị,Ngày vào\nA1,Lan,Bà,SNV,05.01.2025\nA2,Nam,Nam,SNV,31.02.2025\n";
  }
  auto reader = RegisterReader::open(*find_register("staff"), path, "mapped.csv", &errors, options);
  ASSERT_TRUE(reader) << (errors.empty() ? "" : errors[0].column);
  RegisterRow row;
  ASSERT_TRUE(reader->next(&row, &errors));
  EXPECT_EQ(row.row, 4);
  EXPECT_EQ(std::get<std::string>(row.cells[2]), "female");  // a mapping's form
  EXPECT_EQ(std::get<Date>(row.cells[7]).iso(), "2025-01-05");
  ASSERT_TRUE(reader->next(&row, &errors));
  EXPECT_EQ(std::get<std::string>(row.cells[2]), "male");    // the template's forms still count
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].row, 5);
  EXPECT_EQ(errors[0].column, "Ngày vào");
  EXPECT_EQ(errors[0].expected, "dd.mm.yyyy");
}

}  // namespace
}  // namespace genaudit
