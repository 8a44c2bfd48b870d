// What the operations shared by the command line and the workspace say in
// their own words (app/): a catalogue keyed by AppText, its rows data only
// in app_texts.cpp (engine/core/text_catalogue.h).
#pragma once

#include <string>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit::app {

enum class AppText {
  kRejectionReasonHeader,    // the column a rejected rows' file adds
  kCannotWriteRejectedRows,  // {0} the file
};

const TextCatalogue<AppText>& app_texts();

// The text `id` in `lang`, its placeholders filled with `args`.
std::string app_text(AppText id, Language lang, const std::vector<std::string>& args = {});

}  // namespace genaudit::app
