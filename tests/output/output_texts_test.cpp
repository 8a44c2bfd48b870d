// What staging outputs says is complete: every OutputText has exactly one
// row, written in both languages with the same placeholders.
#include "engine/output/output_texts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace genaudit {
namespace {

TEST(OutputTextsTest, TheCatalogueIsComplete) {
  EXPECT_EQ(output_texts().problems(), std::vector<std::string>{});
}

}  // namespace
}  // namespace genaudit
