// Input errors' shared helpers; see input_error.h.
#include "adapters/input_error.h"

#include "engine/core/visible_text.h"

namespace genaudit {

std::string shown_value(std::string_view value) {
  if (value.size() <= kMaxShownValueBytes) return text::with_invisible_shown(value);
  std::size_t cut = kMaxShownValueBytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return text::with_invisible_shown(value.substr(0, cut)) + "\u2026";
}

}  // namespace genaudit
