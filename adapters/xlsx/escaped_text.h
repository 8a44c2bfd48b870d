// Excel's escapes of characters in cell text (ECMA-376 Part 1, 22.9.2.19,
// ST_Xstring): XML 1.0 cannot hold most control characters, so Excel writes
// the UTF-16 code unit HHHH as `_xHHHH_`. A carriage return pasted with a
// line break is "_x000D_", a tab "_x0009_"; an underscore that would start
// such a sequence is itself escaped as "_x005F_", so "_x005F_x000D_" reads
// as the seven characters "_x000D_".
#pragma once

#include <cstddef>
#include <string>

namespace genaudit::xlsx {

// Decodes the escapes of text[from..] in place, left to right, each escape
// once: `_x` and four hex digits (either case) and `_` become the character
// they encode; two escapes of a surrogate pair become its one character.
// Kept as written: an escape of U+0000 (no cell can hold it) and an
// unpaired surrogate (it encodes no character), so the result is valid
// UTF-8 whenever the text was. Never lengthens the text.
void decode_escapes(std::string& text, std::size_t from = 0);

}  // namespace genaudit::xlsx
