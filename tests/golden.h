// Golden-file helpers: compare produced text with a committed `.expected`
// file beside the input. GENAUDIT_UPDATE_GOLDEN=1 rewrites the expected files
// (review the diff before committing).
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace genaudit::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The files of `folder` ending in `extension`, in name order.
inline std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder,
                                                    const std::string& extension) {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == extension) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline void expect_golden(const std::filesystem::path& input, const std::string& actual) {
  std::filesystem::path expected_path = input;
  expected_path.replace_extension(".expected");
  if (const char* update = std::getenv("GENAUDIT_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path;
  EXPECT_EQ(read_file(expected_path), actual) << "golden mismatch for " << input;
}

}  // namespace genaudit::testing
