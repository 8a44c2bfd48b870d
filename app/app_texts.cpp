// What app/ says, data only: one row per AppText; see app_texts.h.
#include "app/app_texts.h"

#include "adapters/registers/header_matcher.h"

namespace genaudit::app {
namespace {

constexpr TextRow<AppText> kRows[] = {
    // The one spelling the register reader also knows, to skip the column.
    {AppText::kRejectionReasonHeader, {kRejectionReasonHeaderVi, kRejectionReasonHeaderEn}},
    {AppText::kCannotWriteRejectedRows,
     {"không ghi được tệp \"{0}\"; chưa ghi gì", "cannot write \"{0}\"; nothing was written"}},
};

}  // namespace

const TextCatalogue<AppText>& app_texts() {
  static const TextCatalogue<AppText> catalogue({kRows}, AppText::kCannotWriteRejectedRows);
  return catalogue;
}

std::string app_text(AppText id, Language lang, const std::vector<std::string>& args) {
  return app_texts().format(id, lang, args);
}

}  // namespace genaudit::app
