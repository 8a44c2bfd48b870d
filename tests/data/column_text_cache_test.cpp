// ColumnTextCache: every text it hands out is the text asked for, and a
// column of few values gets one text per value, whatever the order of the
// cells and however the recent texts' slots collide.
#include "engine/data/table.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine/core/register_catalogue.h"

namespace genaudit {
namespace {

const RegisterSchema& some_schema() {
  static const RegisterSchema schema = [] {
    RegisterSchema s;
    s.name = "codes";
    return s;
  }();
  return schema;
}

TEST(ColumnTextCache, FewValuesGetOneTextEach) {
  Table table(some_schema());
  ColumnTextCache cache(&table);
  // Values that share their length and their first, middle and last bytes
  // (the recent texts' slot), and others.
  std::vector<std::string> values = {"male", "female", "Nữ", "Nam", "a", "b", "aXa", "aYa"};
  for (int i = 0; i < 200; ++i) values.push_back("topic " + std::to_string(i) + " x");
  for (int i = 0; i < 50; ++i) values.push_back("A" + std::string(static_cast<std::size_t>(i % 7), 'q') + "Z");
  std::mt19937 random(3);
  std::map<std::string, TextPtr> seen;
  for (int cell = 0; cell < 50000; ++cell) {
    // Runs of one value, and values at random.
    const std::string& value = values[random() % values.size()];
    for (int run = 0; run < 1 + static_cast<int>(random() % 3); ++run) {
      const TextPtr text = cache.get(value);
      ASSERT_NE(text, nullptr);
      ASSERT_EQ(text->original, value);
      auto [it, inserted] = seen.try_emplace(value, text);
      ASSERT_EQ(it->second, text) << value;  // one text per value
    }
  }
}

TEST(ColumnTextCache, DistinctValuesAreEachTheTextAskedFor) {
  Table table(some_schema());
  ColumnTextCache cache(&table);
  for (int i = 0; i < 20000; ++i) {
    const std::string id = "CB" + std::to_string(1000000 + i);
    ASSERT_EQ(cache.get(id)->original, id);
    ASSERT_EQ(cache.get(id)->original, id);  // the previous one again
    const std::string earlier = "CB" + std::to_string(1000000 + i / 2);
    ASSERT_EQ(cache.get(earlier)->original, earlier);
  }
}

}  // namespace
}  // namespace genaudit
