// The agencies no staff row names (the report's intake section): codes
// compared as rules compare them, whatever the order and runs of the rows.
#include "engine/ingest/intake_coverage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "adapters/registers/province_registers.h"

namespace genaudit {
namespace {

// A register with its code column (and the agencies' names) filled.
Table register_of(const std::string& name, const std::vector<std::string>& codes,
                  const std::vector<std::string>& names = {}) {
  const RegisterSchema& schema = *find_register(name);
  Table table(schema);
  ColumnTextCache code_texts(&table), name_texts(&table);
  const auto code = static_cast<std::size_t>(table.field_index("agency_code"));
  const int name_field = table.field_index("agency_name");
  for (std::size_t f = 0; f < table.field_count(); ++f) {
    table.set_loaded(f, f == code || static_cast<int>(f) == name_field);
  }
  for (std::size_t row = 0; row < codes.size(); ++row) {
    if (codes[row].empty()) {
      table.column(code).push_missing();
    } else {
      table.column(code).push_text(code_texts.get(codes[row]));
    }
    if (name_field >= 0) {
      table.column(static_cast<std::size_t>(name_field))
          .push_text(name_texts.get(row < names.size() ? names[row] : "Đơn vị"));
    }
    table.add_source({0, static_cast<std::uint32_t>(row + 2)});
  }
  return table;
}

std::vector<std::string> without_staff(const std::vector<std::string>& agencies,
                                       const std::vector<std::string>& staff_codes) {
  Dataset dataset;
  dataset.add(register_of("agencies", agencies));
  dataset.add(register_of("staff", staff_codes));
  IntakeReport intake;
  add_agencies_without_staff(dataset, &intake);
  std::vector<std::string> codes;
  for (const AgencyWithoutStaff& a : intake.agencies_without_staff) codes.push_back(a.code);
  return codes;
}

TEST(AgenciesWithoutStaff, CodesCompareAsRulesCompareThem) {
  const std::vector<std::string> agencies = {"A1", "B2", "C3", "D4", "E5"};
  // Runs, returns to an earlier code, a code written otherwise, a blank.
  const std::vector<std::string> staff = {"A1", "A1", "c3", "A1", "", " c3 ", "A1", "E5", "A1"};
  EXPECT_EQ(without_staff(agencies, staff), (std::vector<std::string>{"B2", "D4"}));
  EXPECT_EQ(without_staff(agencies, {}), agencies);
  EXPECT_TRUE(without_staff(agencies, {"e5", "D4", "d4", "b2", "C3", "a1"}).empty());
}

TEST(AgenciesWithoutStaff, ManyRowsOfFewAgencies) {
  std::vector<std::string> agencies, staff;
  for (int a = 0; a < 300; ++a) agencies.push_back("X" + std::to_string(a));
  for (int row = 0; row < 20000; ++row) staff.push_back("X" + std::to_string((row * 7) % 290));
  const std::vector<std::string> expected = {"X290", "X291", "X292", "X293", "X294",
                                             "X295", "X296", "X297", "X298", "X299"};
  EXPECT_EQ(without_staff(agencies, staff), expected);
}

}  // namespace
}  // namespace genaudit
