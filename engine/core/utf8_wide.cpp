#include "engine/core/utf8_wide.h"

#include <cstdint>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define GENAUDIT_UTF8_AVX2 1
#endif

namespace genaudit::text {
namespace {

#ifdef GENAUDIT_UTF8_AVX2

// What a pair of bytes (the one before, then this one) can be wrong by:
// each of three tables, indexed by a nibble, says which of these the nibble
// allows; a bit set in all three is an error. Byte for byte simdjson's
// utf8_lookup4_algorithm.
constexpr std::uint8_t kTooShort = 1 << 0;   // 11______ 0_______ / 11______ 11______
constexpr std::uint8_t kTooLong = 1 << 1;    // 0_______ 10______
constexpr std::uint8_t kOverlong3 = 1 << 2;  // 11100000 100_____
constexpr std::uint8_t kTooLarge = 1 << 3;   // 11110100 1001____ / 1111010_ 101_____ ...
constexpr std::uint8_t kSurrogate = 1 << 4;  // 11101101 101_____
constexpr std::uint8_t kOverlong2 = 1 << 5;  // 1100000_ 10______
constexpr std::uint8_t kTooLarge1000 = 1 << 6;  // 11110101 1000____ ...
constexpr std::uint8_t kOverlong4 = 1 << 6;     // 11110000 1000____
constexpr std::uint8_t kTwoConts = 1 << 7;      // 10______ 10______
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

// By the high nibble of the byte before.
alignas(16) constexpr std::uint8_t kByte1High[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
    kTwoConts, kTwoConts, kTwoConts, kTwoConts,
    kTooShort | kOverlong2,
    kTooShort,
    kTooShort | kOverlong3 | kSurrogate,
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};
// By the low nibble of the byte before.
alignas(16) constexpr std::uint8_t kByte1Low[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,
    kCarry | kOverlong2,
    kCarry,
    kCarry,
    kCarry | kTooLarge,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000};
// By the high nibble of this byte.
alignas(16) constexpr std::uint8_t kByte2High[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooShort, kTooShort, kTooShort, kTooShort};

#define GENAUDIT_AVX2 [[gnu::always_inline]] inline __attribute__((target("avx2")))

GENAUDIT_AVX2 __m256i bytes(std::uint8_t b) { return _mm256_set1_epi8(static_cast<char>(b)); }

GENAUDIT_AVX2 __m256i load(const unsigned char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

GENAUDIT_AVX2 __m256i lookup(__m256i nibbles, const std::uint8_t (&table)[16]) {
  const __m128i half = _mm_load_si128(reinterpret_cast<const __m128i*>(table));
  return _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(half), nibbles);
}

GENAUDIT_AVX2 __m256i high_nibbles(__m256i v) {
  return _mm256_and_si256(_mm256_srli_epi16(v, 4), bytes(0x0F));
}

// The block shifted by `n` bytes, the previous block's last ones first.
template <int n>
GENAUDIT_AVX2 __m256i before(__m256i block, __m256i previous) {
  return _mm256_alignr_epi8(block, _mm256_permute2x128_si256(previous, block, 0x21), 16 - n);
}

// Unsigned byte comparisons with a constant.
GENAUDIT_AVX2 __m256i at_least(__m256i v, std::uint8_t c) {
  return _mm256_cmpeq_epi8(_mm256_max_epu8(v, bytes(c)), v);
}
GENAUDIT_AVX2 __m256i at_most(__m256i v, std::uint8_t c) {
  return _mm256_cmpeq_epi8(_mm256_min_epu8(v, bytes(c)), v);
}
GENAUDIT_AVX2 __m256i equal(__m256i v, std::uint8_t c) { return _mm256_cmpeq_epi8(v, bytes(c)); }

// Non-zero where the block is not valid UTF-8 given the block before, or
// holds a NUL. A character left unfinished at the block's end shows in the
// next block.
GENAUDIT_AVX2 __m256i errors(__m256i block, __m256i previous) {
  const __m256i prev1 = before<1>(block, previous);
  const __m256i special =
      _mm256_and_si256(_mm256_and_si256(lookup(high_nibbles(prev1), kByte1High),
                                        lookup(_mm256_and_si256(prev1, bytes(0x0F)), kByte1Low)),
                       lookup(high_nibbles(block), kByte2High));
  // Third and fourth bytes of a character: the high bit set when one must be.
  const __m256i third = _mm256_subs_epu8(before<2>(block, previous), bytes(0xE0 - 0x80));
  const __m256i fourth = _mm256_subs_epu8(before<3>(block, previous), bytes(0xF0 - 0x80));
  const __m256i must_continue = _mm256_and_si256(_mm256_or_si256(third, fourth), bytes(0x80));
  return _mm256_or_si256(_mm256_xor_si256(must_continue, special),
                         _mm256_cmpeq_epi8(block, _mm256_setzero_si256()));
}

// Non-zero at a lead byte of a character that is not NFC-stable, as
// valid_utf8_prefix() reads it off the bytes (the block must be valid):
// below U+0250 (leads C2..C8, or C9 with 80..8F), U+1E00..U+1EFF (E1
// B8..BB), U+2002..U+206F (E2 80 82..BF, E2 81 80..AF) are stable.
GENAUDIT_AVX2 __m256i unstable_leads(__m256i block, __m256i next1, __m256i next2) {
  const __m256i from_ca = at_least(block, 0xCA);
  const __m256i from_e0 = at_least(block, 0xE0);
  const __m256i from_f0 = at_least(block, 0xF0);
  const __m256i two_byte = _mm256_or_si256(
      _mm256_andnot_si256(from_e0, from_ca),
      _mm256_and_si256(equal(block, 0xC9), at_least(next1, 0x90)));
  const __m256i latin_additional =
      _mm256_and_si256(equal(block, 0xE1), _mm256_and_si256(at_least(next1, 0xB8), at_most(next1, 0xBB)));
  const __m256i punctuation = _mm256_and_si256(
      equal(block, 0xE2),
      _mm256_or_si256(_mm256_and_si256(equal(next1, 0x80), at_least(next2, 0x82)),
                      _mm256_and_si256(equal(next1, 0x81), at_most(next2, 0xAF))));
  const __m256i three_byte = _mm256_andnot_si256(
      _mm256_or_si256(latin_additional, punctuation), _mm256_andnot_si256(from_f0, from_e0));
  return _mm256_or_si256(_mm256_or_si256(two_byte, three_byte), from_f0);
}

__attribute__((target("avx2"))) std::size_t avx2_prefix(const unsigned char* p, std::size_t n,
                                                        bool* nfc_stable) {
  constexpr std::size_t kBlock = 32;
  constexpr std::size_t kNone = SIZE_MAX;
  *nfc_stable = true;
  std::size_t last = kNone;  // the start of the last block found good
  bool stable = true;
  bool stable_before_last = true;
  __m256i previous = _mm256_setzero_si256();
  // Two bytes past each block are read for the stability of its last leads.
  for (std::size_t i = 0; i + kBlock + 2 <= n; i += kBlock) {
    const __m256i block = load(p + i);
    const __m256i wrong = errors(block, previous);
    if (!_mm256_testz_si256(wrong, wrong)) break;
    stable_before_last = stable;
    last = i;
    if (stable) {
      const __m256i unstable = unstable_leads(block, load(p + i + 1), load(p + i + 2));
      stable = _mm256_testz_si256(unstable, unstable) != 0;
    }
    previous = block;
  }
  // The last good block is left to the narrow check too: a character
  // begun there may end badly in the next.
  if (last == kNone) return 0;
  std::size_t start = last;
  while (start > 0 && (p[start] & 0xC0) == 0x80) --start;
  *nfc_stable = stable_before_last;
  return start;
}

#endif  // GENAUDIT_UTF8_AVX2

}  // namespace

std::size_t wide_utf8_prefix(std::string_view s, bool* nfc_stable) {
#ifdef GENAUDIT_UTF8_AVX2
  // Below a few blocks the narrow check alone is as fast.
  constexpr std::size_t kWorthIt = 128;
  static const bool has_avx2 = __builtin_cpu_supports("avx2");
  if (has_avx2 && s.size() >= kWorthIt) {
    return avx2_prefix(reinterpret_cast<const unsigned char*>(s.data()), s.size(), nfc_stable);
  }
#endif
  (void)s;
  *nfc_stable = true;
  return 0;
}

}  // namespace genaudit::text
