// What the command says is complete: every CommandText has exactly one row,
// written in both languages with the same placeholders.
#include "cli/command_texts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace genaudit::cli {
namespace {

TEST(CommandTextsTest, TheCatalogueIsComplete) {
  EXPECT_EQ(command_texts().problems(), std::vector<std::string>{});
}

}  // namespace
}  // namespace genaudit::cli
