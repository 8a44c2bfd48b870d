// UTF-8 checked 32 bytes at a time (AVX2), for text::valid_utf8_prefix():
// the check of every byte of every register read was a tenth of reading it,
// and its critical path. Debian 12 packages no SIMD UTF-8 library (simdutf
// is not there), so the check is the lookup algorithm of Keiser and Lemire,
// "Validating UTF-8 In Less Than One Instruction Per Byte" (2021), as
// simdjson writes it, with the NFC-stability test of valid_utf8_prefix()
// beside it.
#pragma once

#include <cstddef>
#include <string_view>

namespace genaudit::text {

// How far the wide check got through `s`: every byte before the returned
// offset is valid UTF-8 without NUL, the offset starts a character, and
// `*nfc_stable` says whether every character before it is NFC-stable (as
// valid_utf8_prefix() decides it). The caller checks the rest one character
// at a time from there: the last 32-byte block checked and the one after
// (where a bad byte or a NUL stopped it, or the end came) are left to it,
// so that it stops exactly where it would alone. Returns 0 when the CPU has
// no AVX2 or `s` is short.
std::size_t wide_utf8_prefix(std::string_view s, bool* nfc_stable);

}  // namespace genaudit::text
