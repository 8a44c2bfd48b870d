// Unicode helpers for text read from register files: validation, NFC, and
// the two comparison keys the importer uses.
//
//  - normalize_free_text(): the form in which free text (position, topic) is
//    stored and compared by rules. Case and Unicode form are ignored,
//    diacritics are kept: "Trưởng bản" and "Trưởng ban" stay different.
//  - fold_loose() / fold_compact(): the keys that match headers and coded
//    values, which also ignore diacritics ('đ' counts as 'd'), '_' versus
//    space and, for fold_compact(), spaces altogether.
//
// Whitespace, everywhere in this file, means ASCII whitespace (space, \t, \n,
// \v, \f, \r) and U+00A0 NO-BREAK SPACE, which Excel and Word insert freely.
//
// All functions take UTF-8. Functions documented as assuming valid UTF-8
// never fail: on invalid input they skip the Unicode mapping and return the
// input with only the ASCII steps applied.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace genaudit::text {

// Returns true when `s` is well-formed UTF-8: no stray continuation bytes, no
// truncated or overlong sequences, no surrogates (U+D800..U+DFFF), nothing
// above U+10FFFF. NUL bytes are valid.
bool is_valid_utf8(std::string_view s);

// The length of the longest prefix of `s` made of whole well-formed UTF-8
// characters other than NUL: s.size() when all of `s` is. A character cut
// off at the end of `s` is not part of it. With `nfc_stable`, also whether
// every character of that prefix is NFC-stable (is_nfc_stable): then any
// text taken from it is in NFC already.
// 32 bytes at a time where the CPU can (utf8_wide.h).
std::size_t valid_utf8_prefix(std::string_view s, bool* nfc_stable = nullptr);

// The same one character at a time (tests compare the two).
std::size_t valid_utf8_prefix_narrow(std::string_view s, bool* nfc_stable = nullptr);

// Returns `s` in Unicode Normalization Form C. Assumes valid UTF-8.
std::string to_nfc(std::string_view s);

// Returns `s` without leading and trailing whitespace (ASCII whitespace and
// U+00A0). The result is a view into `s`.
std::string_view trim(std::string_view s);

// Returns the normalized form of free text: NFC, case-folded, trimmed, and
// every inner run of whitespace replaced by one ASCII space. Diacritics are
// kept. NFC and NFD spellings of the same text give the same result.
// Assumes valid UTF-8.
//   normalize_free_text("  Trưởng   BAN ") == "trưởng ban"
std::string normalize_free_text(std::string_view s);

// Returns the loose matching key of a header or coded value: compatibility
// forms unified (NFKC), default-ignorable characters (zero-width space,
// soft hyphen, BOM) removed, diacritics removed, case-folded, 'đ'/'Đ' (and
// the look-alike 'ð'/'Ð') read as 'd', '_' read as a space, trimmed, inner
// whitespace runs collapsed to one ASCII space. Assumes valid UTF-8.
//   fold_loose("Giới tính") == fold_loose("GIOI_TINH") == "gioi tinh"
//   fold_loose("Đơn vị") == "don vi"
std::string fold_loose(std::string_view s);

// Returns fold_loose(s) with every space removed, the key for coded values,
// which ignore spaces: fold_compact("Thạc sĩ") == fold_compact("thacsi").
std::string fold_compact(std::string_view s);

// Whether `cp` belongs to the set of code points to_nfc() and
// normalize_free_text() pass through without utf8proc's mapping: each its
// own NFC, a starter, composing with none of the others. Exposed for the
// test that checks that claim against utf8proc.
bool is_nfc_stable(std::uint32_t cp);

}  // namespace genaudit::text
