#include "adapters/sheets/sheet_choice.h"

#include "engine/core/unicode_text.h"

namespace genaudit::sheets {

std::optional<std::size_t> choose_sheet(const std::vector<std::string>& names,
                                        const std::string& wanted) {
  if (names.empty()) return std::nullopt;
  if (wanted.empty()) return 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == wanted) return i;
  }
  // normalize_free_text() expects UTF-8; a name that is not cannot match.
  if (text::is_valid_utf8(wanted)) {
    const std::string key = text::normalize_free_text(wanted);
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (text::is_valid_utf8(names[i]) && text::normalize_free_text(names[i]) == key) return i;
    }
  }
  return std::nullopt;
}

InputError unknown_sheet(const std::string& file, const std::string& wanted,
                         const std::vector<std::string>& names) {
  InputError e{};
  e.kind = InputErrorKind::kUnknownSheet;
  e.file = file;
  e.value = wanted;
  for (const std::string& name : names) {
    if (!e.expected.empty()) e.expected += ", ";
    e.expected += "\"" + name + "\"";
  }
  return e;
}

}  // namespace genaudit::sheets
