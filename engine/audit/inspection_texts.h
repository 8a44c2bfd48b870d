// What the inspection file's reader says (engine/audit/inspection.h), in
// Vietnamese and English: a catalogue keyed by InspectionText, its rows data
// only in inspection_texts.cpp (engine/core/text_catalogue.h).
#pragma once

#include <string>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit {

enum class InspectionText {
  kNotToml,           // {0} the TOML library's reason (English)
  kUnknownKey,        // {0} the key, {1} where, {2} the keys allowed there
  kWrongKind,         // {0} the key, {1} the kind it takes
  kNotADate,          // {0} the value, {1} the key
  kNotATime,          // {0} the value, {1} the key
  kNoAgencyCode,      // a [[agency]] without `code`
  kAgencyTwice,       // {0} the code, {1} the line it was first given on
  kKindText,
  kKindDate,
  kKindTime,
  kKindCount,
  kKindBool,
  kKindTable,
  kKindTableList,
  kKindTextList,
  kTopLevel,          // "the top level of the file", for kUnknownKey's {1}
};

const TextCatalogue<InspectionText>& inspection_texts();

// The text `id` in `lang`, its placeholders filled with `args`.
std::string inspection_text(InspectionText id, Language lang,
                            const std::vector<std::string>& args = {});

}  // namespace genaudit
