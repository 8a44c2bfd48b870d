// What app/ says is complete, and the rejection reason it writes is the
// column the register reader skips when the rows are imported again.
#include "app/app_texts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "adapters/registers/header_matcher.h"

namespace genaudit::app {
namespace {

TEST(AppTextsTest, TheCatalogueIsComplete) {
  EXPECT_EQ(app_texts().problems(), std::vector<std::string>{});
}

TEST(AppTextsTest, TheRejectionReasonIsTheColumnTheReaderSkips) {
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string header = app_text(AppText::kRejectionReasonHeader, lang);
    EXPECT_TRUE(is_rejection_reason_header(header)) << header;
  }
}

}  // namespace
}  // namespace genaudit::app
