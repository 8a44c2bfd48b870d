// What a result keeps of a value (results.h): every kind of Value as
// ResultValue::of() turns it into one the result owns, and displayed as the
// value it came from.
#include "engine/eval/results.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "engine/data/table.h"

namespace genaudit {
namespace {

const RegisterSchema& names_schema() {
  static const RegisterSchema schema = [] {
    RegisterSchema s;
    s.name = "staff";
    s.fields.emplace_back().name = "full_name";  // text
    return s;
  }();
  return schema;
}

// A register of `names`, each text owned by the table, not interned.
std::unique_ptr<Table> names_table(const std::vector<std::string>& names) {
  auto table = std::make_unique<Table>(names_schema());
  for (const std::string& name : names) {
    table->column(0).push_text(table->own_text(name));
    table->add_source({0, static_cast<std::uint32_t>(table->row_count() + 2)});
  }
  return table;
}

TEST(ResultValue, KeepsEachScalarAsItIs) {
  const Date day = *Date::from_ymd(2025, 12, 31);
  EXPECT_TRUE(ResultValue::of(Value{Missing{}}).is_missing());
  EXPECT_EQ(ResultValue::of(Value{true}).as<bool>(), true);
  EXPECT_EQ(ResultValue::of(Value{false}).as<bool>(), false);
  EXPECT_EQ(ResultValue::of(Value{42.5}).as<double>(), 42.5);
  EXPECT_EQ(ResultValue::of(Value{day}).as<Date>(), day);
  EXPECT_EQ(ResultValue::of(Value{make_text("  Sở Nội vụ ")}).as<std::string>(), "  Sở Nội vụ ");
}

TEST(ResultValue, NegativeZeroIsKeptAsZero) {
  const ResultValue zero = ResultValue::of(Value{-0.0});
  ASSERT_TRUE(zero.is<double>());
  EXPECT_FALSE(std::signbit(zero.as<double>()));
  EXPECT_EQ(display(zero), "0");
  EXPECT_EQ(result_number(-0.0), 0.0);
  EXPECT_FALSE(std::signbit(result_number(-0.0)));
  EXPECT_EQ(result_number(-2.5), -2.5);
}

TEST(ResultValue, KeepsATextAfterItsTableIsGone) {
  std::unique_ptr<Table> table = names_table({"Nguyễn Thị Lan"});
  const Value cell = table->cell(0, 0);
  ASSERT_TRUE(cell.is<TextPtr>());
  const ResultValue kept = ResultValue::of(cell);
  table.reset();
  ASSERT_TRUE(kept.is<std::string>());
  EXPECT_EQ(kept.as<std::string>(), "Nguyễn Thị Lan");
}

TEST(ResultValue, ACollectionBecomesItsSize) {
  const std::unique_ptr<Table> table = names_table({"An", "Bình", "Chi"});
  const ResultValue every_row = ResultValue::of(Value{CollectionRef{table.get(), nullptr}});
  ASSERT_TRUE(every_row.is<double>());
  EXPECT_EQ(every_row.as<double>(), 3);
  const auto two = std::make_shared<const std::vector<std::uint32_t>>(
      std::vector<std::uint32_t>{0, 2});
  EXPECT_EQ(ResultValue::of(Value{CollectionRef{table.get(), two}}).as<double>(), 2);
  const auto none = std::make_shared<const std::vector<std::uint32_t>>();
  EXPECT_EQ(ResultValue::of(Value{CollectionRef{table.get(), none}}).as<double>(), 0);
}

TEST(ResultValue, RecordsListsAndWindowsBecomeMissing) {
  const std::unique_ptr<Table> table = names_table({"An"});
  EXPECT_TRUE(ResultValue::of(Value{RecordRef{table.get(), 0}}).is_missing());
  const ListPtr list = std::make_shared<const std::vector<Value>>(
      std::vector<Value>{Value{1.0}, Value{make_text("a")}});
  EXPECT_TRUE(ResultValue::of(Value{list}).is_missing());
  const Window month{*Date::from_ymd(2025, 3, 1), *Date::from_ymd(2025, 3, 31), 2025, "2025-03"};
  EXPECT_TRUE(ResultValue::of(Value{&month}).is_missing());
}

TEST(ResultValue, DisplaysAsTheValueItCameFrom) {
  const std::unique_ptr<Table> table = names_table({"An", "Bình"});
  const std::vector<Value> values = {Value{Missing{}},
                                     Value{true},
                                     Value{false},
                                     Value{3.0},
                                     Value{-0.125},
                                     Value{1.0 / 3},
                                     Value{1e20},
                                     Value{*Date::from_ymd(2025, 1, 9)},
                                     Value{make_text("Bình đẳng giới")},
                                     table->cell(1, 0),
                                     Value{CollectionRef{table.get(), nullptr}}};
  for (const Value& v : values) {
    EXPECT_EQ(display(ResultValue::of(v)), display(v)) << display(v);
  }
}

}  // namespace
}  // namespace genaudit
