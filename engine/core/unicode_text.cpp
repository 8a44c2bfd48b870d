// Unicode helpers for register text, on top of utf8proc. ASCII-only strings,
// the common case for codes and numbers, never reach utf8proc's mapping; nor
// does Vietnamese text already in NFC (precomposed letters), the common case
// for names, positions and topics.
#include "engine/core/unicode_text.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "engine/core/utf8_wide.h"

namespace genaudit::text {
namespace {

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

// U+00A0 NO-BREAK SPACE in UTF-8.
constexpr char kNbsp0 = '\xC2';
constexpr char kNbsp1 = '\xA0';

// Stores `s` mapped by utf8proc with `options` in *out and returns true;
// returns false, leaving *out alone, when utf8proc rejects invalid UTF-8.
bool map_utf8(std::string_view s, int options, std::string* out) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                   static_cast<utf8proc_ssize_t>(s.size()), &mapped,
                   static_cast<utf8proc_option_t>(options));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(
      mapped, &std::free);
  if (length < 0) return false;
  out->assign(reinterpret_cast<const char*>(mapped),
              static_cast<std::size_t>(length));
  return true;
}

enum class Fold { kNone, kLoose, kCompact };

// Copies `s` with ASCII letters lowered, whitespace trimmed and inner runs
// collapsed to one ' ' (or dropped, for kCompact). With kLoose/kCompact, '_'
// is a space and đ/Đ/ð/Ð become 'd'.
std::string collapse(std::string_view s, Fold fold) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool two_byte = i + 1 < s.size();
    bool space = is_ascii_space(c) || (fold != Fold::kNone && c == '_');
    std::size_t width = 1;
    if (!space && c == kNbsp0 && two_byte && s[i + 1] == kNbsp1) {
      space = true;
      width = 2;
    }
    if (space) {
      pending_space = !out.empty();
      i += width - 1;
      continue;
    }
    if (pending_space && fold != Fold::kCompact) out.push_back(' ');
    pending_space = false;
    if (fold != Fold::kNone && two_byte &&
        ((c == '\xC4' && (s[i + 1] == '\x90' || s[i + 1] == '\x91')) ||
         (c == '\xC3' && (s[i + 1] == '\x90' || s[i + 1] == '\xB0')))) {
      out.push_back('d');  // U+0110, U+0111, U+00D0, U+00F0
      ++i;
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string fold_unicode(std::string_view s, Fold how) {
  std::string mapped;
  if (!map_utf8(s,
                UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                    UTF8PROC_IGNORE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
                &mapped)) {
    return collapse(s, how);
  }
  return collapse(mapped, how);
}

// Coded values (genders, levels, degrees) repeat on every row: their keys are
// remembered, per thread, up to kFoldMemo distinct texts of each kind.
std::string fold(std::string_view s, Fold how) {
  if (is_ascii(s)) return collapse(s, how);
  constexpr std::size_t kFoldMemo = 4096;
  thread_local std::unordered_map<std::string, std::string> memo[3];
  auto& known = memo[static_cast<int>(how)];
  if (auto it = known.find(std::string(s)); it != known.end()) return it->second;
  std::string key = fold_unicode(s, how);
  if (known.size() < kFoldMemo) known.emplace(std::string(s), key);
  return key;
}

// Code points that are their own NFC, that nothing composes with (all
// starters: no combining marks), and that are not changed by composing with
// a neighbour of the same set: ASCII, Latin-1 Supplement, Latin Extended-A
// and -B, Latin Extended Additional (Vietnamese's precomposed letters) and
// General Punctuation but for its two singletons U+2000/U+2001. A string of
// them alone is in NFC already; tests/adapters/unicode_text_test.cpp checks
// the set against utf8proc, code point by code point and pair by pair.
bool nfc_stable(std::uint32_t cp) {
  return cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2002 && cp <= 0x206F);
}

// The length of the valid UTF-8 character at `p` that starts with a byte
// of 0x80 or more, or 0 when it is not one (stray continuation byte,
// truncated or overlong sequence, surrogate, above U+10FFFF). The bounds
// on the second byte are those of RFC 3629's syntax.
[[gnu::always_inline]] inline int multibyte_length(const unsigned char* p,
                                                   const unsigned char* end) {
  const unsigned char lead = *p;
  const auto continues = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  if (lead >= 0xC2 && lead <= 0xDF) {
    return end - p >= 2 && continues(p[1]) ? 2 : 0;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (end - p < 3 || !continues(p[1]) || !continues(p[2])) return 0;
    if (lead == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (lead == 0xED && p[1] >= 0xA0) return 0;  // a surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (end - p < 4 || !continues(p[1]) || !continues(p[2]) || !continues(p[3])) return 0;
    if (lead == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (lead == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;  // a continuation byte, C0/C1 (overlong) or F5 and above
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;

// The code points of `s`, each passed to `test`, while it says true; false
// for invalid UTF-8 (the slow path decides then). Decoded here rather than
// by utf8proc_iterate, a call per character that was a tenth of reading a
// register of Vietnamese text.
template <typename Test>
bool all_code_points(std::string_view s, Test test) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    if (*p < 0x80) {
      if (!test(static_cast<std::uint32_t>(*p))) return false;
      ++p;
      continue;
    }
    const int length = multibyte_length(p, end);
    if (length == 0) return false;
    std::uint32_t cp = p[0] & (0x7Fu >> length);  // the lead's payload bits
    for (int i = 1; i < length; ++i) cp = (cp << 6) | (p[i] & 0x3Fu);
    if (!test(cp)) return false;
    p += length;
  }
  return true;
}

bool already_nfc(std::string_view s) {
  return all_code_points(s, [](std::uint32_t cp) { return nfc_stable(cp); });
}

// Already NFC, and case folding changes nothing but ASCII capitals (which
// collapse() lowers): no other code point has a case folding.
bool folds_as_ascii(std::string_view s) {
  return all_code_points(s, [](std::uint32_t cp) {
    if (cp < 0x80) return true;
    return nfc_stable(cp) &&
           utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->casefold_seqindex ==
               UINT16_MAX;
  });
}

}  // namespace

bool is_nfc_stable(std::uint32_t cp) { return nfc_stable(cp); }


bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    // Skip ASCII eight bytes at a time.
    while (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, sizeof word);
      if (word & kHighBits) break;
      p += 8;
    }
    if (p == end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const int n = multibyte_length(p, end);
    if (n == 0) return false;
    p += n;
  }
  return true;
}

namespace {

// valid_utf8_prefix() from `start` (a character's first byte), one
// character at a time, the characters before `start` NFC-stable as `stable`
// says.
std::size_t narrow_utf8_prefix(std::string_view s, std::size_t start, bool stable,
                               bool* nfc_stable) {
  const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin + start;
  const auto* const end = begin + s.size();
  while (p < end) {
    // Skip ASCII without NUL eight bytes at a time.
    while (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, sizeof word);
      const bool has_zero = ((word - kLowBits) & ~word & kHighBits) != 0;
      if ((word & kHighBits) || has_zero) break;
      p += 8;
    }
    if (p == end) break;
    if (*p == 0) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const int n = multibyte_length(p, end);
    if (n == 0) break;
    // is_nfc_stable() read off the bytes: below U+0250 (leads C2..C8, or
    // C9 with 80..8F), U+1E00..U+1EFF (E1 B8..BB), U+2002..U+206F (E2 80
    // 82..BF, E2 81 80..AF).
    if (stable) {
      const unsigned char lead = p[0];
      if (n == 2) {
        stable = lead < 0xC9 || (lead == 0xC9 && p[1] < 0x90);
      } else if (n == 3) {
        stable = (lead == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB) ||
                 (lead == 0xE2 && ((p[1] == 0x80 && p[2] >= 0x82) || (p[1] == 0x81 && p[2] < 0xB0)));
      } else {
        stable = false;
      }
    }
    p += n;
  }
  if (nfc_stable) *nfc_stable = stable;
  return static_cast<std::size_t>(p - begin);
}

}  // namespace

std::size_t valid_utf8_prefix(std::string_view s, bool* nfc_stable) {
  bool stable = true;
  const std::size_t start = wide_utf8_prefix(s, &stable);
  return narrow_utf8_prefix(s, start, stable, nfc_stable);
}

std::size_t valid_utf8_prefix_narrow(std::string_view s, bool* nfc_stable) {
  return narrow_utf8_prefix(s, 0, true, nfc_stable);
}

std::string to_nfc(std::string_view s) {
  std::string out;
  if (is_ascii(s) || already_nfc(s) || !map_utf8(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE, &out)) {
    return std::string(s);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && is_ascii_space(s.front())) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s[0] == kNbsp0 && s[1] == kNbsp1) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && is_ascii_space(s.back())) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s[s.size() - 2] == kNbsp0 &&
               s.back() == kNbsp1) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::string normalize_free_text(std::string_view s) {
  if (is_ascii(s) || folds_as_ascii(s)) return collapse(s, Fold::kNone);
  std::string mapped;
  if (!map_utf8(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
                &mapped)) {
    return collapse(s, Fold::kNone);
  }
  return collapse(mapped, Fold::kNone);
}

std::string fold_loose(std::string_view s) { return fold(s, Fold::kLoose); }

std::string fold_compact(std::string_view s) { return fold(s, Fold::kCompact); }

}  // namespace genaudit::text
