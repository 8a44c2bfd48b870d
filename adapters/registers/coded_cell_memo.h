// The coded cells (genders, degrees, levels, yes/no) a thread converted
// last, by reader and field: a register writes a handful of forms of each on
// every row, and folding each cell and looking it up among its field's codes
// was a tenth of reading a register. Per thread, so the range readers of a
// large file share nothing; a reader is known by a number never given
// twice, so what one reader remembered (with its mapping's forms) is never
// found by another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "adapters/registers/register_row.h"

namespace genaudit {

class CodedCellMemo {
 public:
  // A number for a new reader, never given before.
  static std::uint64_t new_reader();
  // What `raw` converted to in field `field` of reader `reader`, when this
  // thread remembers it; else null. Valid until this thread's next call.
  static const Cell* find(std::uint64_t reader, std::size_t field, std::string_view raw);
  // Remembers a conversion that had no problem.
  static void remember(std::uint64_t reader, std::size_t field, std::string_view raw,
                       const Cell& cell);
};

}  // namespace genaudit
