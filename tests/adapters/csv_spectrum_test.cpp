// Conformance with the csv-spectrum suite: every testdata/csv-spectrum/csvs/
// NAME.csv must read as the objects in json/NAME.json, keyed by the header.
// GENAUDIT_TESTDATA_DIR (a compile definition) is tests/data, the public vectors kept in the repository.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"

#ifndef GENAUDIT_TESTDATA_DIR
#error "GENAUDIT_TESTDATA_DIR must name the test data directory (tests/data)"
#endif

namespace genaudit {
namespace {

using Object = std::map<std::string, std::string>;

std::filesystem::path spectrum_dir() {
  return std::filesystem::path(GENAUDIT_TESTDATA_DIR) / "csv-spectrum";
}

// Mistakes in csv-spectrum 2.0.0's expected JSON, not in its CSV: the value
// the JSON holds and the value the CSV really has.
struct KnownDefect {
  const char* file;
  const char* key;
  const char* json_value;
  const char* csv_value;
};
const KnownDefect kKnownDefects[] = {
    // https://github.com/max-mapper/csv-spectrum/issues/20
    {"location_coordinates", "Contact Phone Number", "1234567890",
     "2095257564"},
};

std::vector<std::string> spectrum_names() {
  std::vector<std::string> names;
  std::error_code ignored;
  for (const auto& entry :
       std::filesystem::directory_iterator(spectrum_dir() / "csvs", ignored)) {
    if (entry.path().extension() == ".csv") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<Object> expected_objects(const std::string& name) {
  std::ifstream in(spectrum_dir() / "json" / (name + ".json"));
  EXPECT_TRUE(in.is_open()) << name << ".json";
  nlohmann::json json = nlohmann::json::parse(in);
  // csv-spectrum issue #22: one file holds an object instead of an array.
  if (json.is_object()) json = nlohmann::json::array({json});
  std::vector<Object> objects;
  for (const auto& item : json) {
    Object object;
    for (const auto& [key, value] : item.items()) {
      object[key] = value.get<std::string>();
    }
    for (const KnownDefect& defect : kKnownDefects) {
      if (defect.file != name) continue;
      // When upstream fixes the JSON, this fails: drop the defect then.
      EXPECT_EQ(object[defect.key], defect.json_value);
      object[defect.key] = defect.csv_value;
    }
    objects.push_back(std::move(object));
  }
  return objects;
}

TEST(CsvSpectrumTest, SuiteIsPresent) {
  EXPECT_GE(spectrum_names().size(), 12u) << "looked in " << spectrum_dir();
}

class CsvSpectrumFileTest : public testing::TestWithParam<std::string> {};

TEST_P(CsvSpectrumFileTest, MatchesExpectedJson) {
  const std::string& name = GetParam();
  InputError error;
  auto reader =
      CsvReader::open(spectrum_dir() / "csvs" / (name + ".csv"), name, &error);
  ASSERT_NE(reader, nullptr) << "error kind " << static_cast<int>(error.kind);
  CsvRecord header;
  ASSERT_TRUE(reader->next(header));
  std::vector<Object> actual;
  CsvRecord record;
  while (reader->next(record)) {
    ASSERT_EQ(record.fields.size(), header.fields.size())
        << "row " << record.row;
    Object object;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      object[header.fields[i]] = record.fields[i];
    }
    actual.push_back(std::move(object));
  }
  EXPECT_FALSE(reader->error().has_value());
  EXPECT_EQ(actual, expected_objects(name));
}

INSTANTIATE_TEST_SUITE_P(Spectrum, CsvSpectrumFileTest,
                         testing::ValuesIn(spectrum_names()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace genaudit
