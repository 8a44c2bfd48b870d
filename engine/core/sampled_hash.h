// A cheap hash of a short text, for a small table of the texts met lately
// (ColumnTextCache's recent texts, CodedCellMemo's coded cells): its length
// and three of its bytes, the first, the middle and the last. Codes and
// topics differ there; a table of many texts wants a real hash.
#pragma once

#include <cstddef>
#include <string_view>

namespace genaudit {

inline std::size_t sampled_hash(std::string_view text) {
  if (text.empty()) return 0;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  return text.size() * 31 + byte(0) * 7 + byte(text.size() / 2) * 13 + byte(text.size() - 1);
}

}  // namespace genaudit
