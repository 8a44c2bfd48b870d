// What the command says is complete: every CommandText has exactly one row,
// written in both languages with the same placeholders.
#include "cli/command_texts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "adapters/registers/header_matcher.h"

namespace genaudit::cli {
namespace {

TEST(CommandTextsTest, TheCatalogueIsComplete) {
  EXPECT_EQ(command_texts().problems(), std::vector<std::string>{});
}

TEST(CommandTextsTest, TheRejectionReasonIsTheColumnTheReaderSkips) {
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string header = command_text(CommandText::kRejectionReasonHeader, lang);
    EXPECT_TRUE(is_rejection_reason_header(header)) << header;
  }
}

}  // namespace
}  // namespace genaudit::cli
