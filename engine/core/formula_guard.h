// The one convention for cells that a spreadsheet would run as a formula:
// written out with a leading apostrophe (Excel's and LibreOffice's mark for
// "this is text"), and read back without it. Reports write it; the register
// reader reads it, so a file genaudit wrote (rejected rows) re-imports with
// the values it was given.
#pragma once

#include <string_view>

namespace genaudit {

// True when a spreadsheet would read `cell` as a formula or command: it
// starts with = + - @ (or their full-width forms ＝ ＋ － ＠), a tab or a
// carriage return.
bool starts_like_formula(std::string_view cell);

// `cell` without the apostrophe that neutralised it: a leading ' is dropped
// when what follows starts_like_formula(); any other cell is unchanged.
std::string_view strip_formula_guard(std::string_view cell);

}  // namespace genaudit
