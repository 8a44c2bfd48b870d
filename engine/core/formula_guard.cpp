#include "engine/core/formula_guard.h"

namespace genaudit {

bool starts_like_formula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell[0]) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      break;
  }
  // The full-width forms, which some locales of Excel read as their ASCII
  // counterparts: U+FF1D, U+FF0B, U+FF0D, U+FF20.
  for (std::string_view wide : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"}) {
    if (cell.substr(0, wide.size()) == wide) return true;
  }
  return false;
}

std::string_view strip_formula_guard(std::string_view cell) {
  if (cell.size() > 1 && cell[0] == '\'' && starts_like_formula(cell.substr(1))) {
    return cell.substr(1);
  }
  return cell;
}

}  // namespace genaudit
