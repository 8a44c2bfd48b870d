// Specification of the Unicode helpers: validation, NFC, trimming, the free
// text form (diacritics kept) and the header/code keys (diacritics dropped).
#include "engine/core/unicode_text.h"
#include "engine/core/utf8_wide.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>
#include <utf8proc.h>

#include <cstdlib>
#include <vector>

#include <string>
#include <string_view>

namespace genaudit::text {
namespace {

// "Giới tính" and "Trưởng bản" in NFD: base letters followed by combining
// marks (U+031B horn, U+0301 acute, U+0309 hook, U+0300 grave).
constexpr char kGioiTinhNfd[] = "Gio\u031B\u0301i ti\u0301nh";
constexpr char kTruongBanNfd[] = "Tru\u031Bo\u031B\u0309ng ba\u0309n";

TEST(IsValidUtf8Test, AcceptsWellFormedAndRejectsTheRest) {
  struct Case {
    std::string input;
    bool valid;
  };
  const Case cases[] = {
      {"", true},
      {"abc", true},
      {"Nguyễn Văn Đức", true},
      {kGioiTinhNfd, true},
      {"\xF0\x9F\x98\x80", true},           // U+1F600, four bytes
      {std::string("a\0b", 3), true},       // NUL is valid UTF-8
      {"\xEF\xBB\xBF", true},               // a BOM is a character
      {"Nguy\xEA\xDEn", false},             // Windows-1258 "Nguyễn"
      {"\xC3\x28", false},                  // bad continuation
      {"\xA0", false},                      // stray continuation
      {"\xE2\x82", false},                  // truncated
      {"abcdefghijklmnop\xE2\x82", false},  // truncated after ASCII run
      {"\xC0\xAF", false},                  // overlong '/'
      {"\xE0\x80\xAF", false},              // overlong, three bytes
      {"\xED\xA0\x80", false},              // surrogate U+D800
      {"\xF4\x90\x80\x80", false},          // above U+10FFFF
      {"\xFF", false},
      {"\xF8\x88\x80\x80\x80", false},  // five-byte form
  };
  for (const Case& c : cases) {
    EXPECT_EQ(is_valid_utf8(c.input), c.valid) << "input: " << c.input;
  }
}

TEST(ValidUtf8PrefixTest, StopsAtNulABadByteOrACharacterCutOff) {
  EXPECT_EQ(valid_utf8_prefix(""), 0u);
  EXPECT_EQ(valid_utf8_prefix("Nguyễn Văn Đức"), std::string("Nguyễn Văn Đức").size());
  EXPECT_EQ(valid_utf8_prefix(std::string("abcdefghij\0klm", 14)), 10u);
  EXPECT_EQ(valid_utf8_prefix("abc\xE2\x82"), 3u);                // cut off: the next chunk
  EXPECT_EQ(valid_utf8_prefix("Nguy\xEA\xDEn"), 4u);              // Windows-1258
  EXPECT_EQ(valid_utf8_prefix("ab\xED\xA0\x80"), 2u);             // a surrogate
  EXPECT_EQ(valid_utf8_prefix("\xF0\x9F\x98\x80x\xC0\xAF"), 5u);  // overlong after U+1F600
}

// utf8proc's characters of `s` up to the first it rejects or a NUL: their
// length in bytes, whether all of them are NFC-stable, and whether utf8proc
// read the whole of `s`.
struct Utf8procPrefix {
  std::size_t prefix = 0;
  bool stable = true;
  bool all_valid = false;
};

Utf8procPrefix utf8proc_prefix(const std::string& s) {
  Utf8procPrefix out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  bool nul = false;
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) break;
    if (cp == 0) nul = true;
    if (!nul) {
      out.prefix += static_cast<std::size_t>(n);
      out.stable = out.stable && is_nfc_stable(static_cast<std::uint32_t>(cp));
    }
    p += n;
    left -= n;
  }
  out.all_valid = left == 0;
  return out;
}

// Long texts, which the wide check reads 32 bytes at a time: mostly whole
// characters of every kind the stable ranges tell apart, with a stray byte
// now and then, at every offset of a block. The wide and the narrow check
// agree with utf8proc on where the valid prefix ends and on its stability.
TEST(ValidUtf8PrefixTest, WideAndNarrowAgreeWithUtf8procOnLongTexts) {
  const std::vector<std::string> characters = {
      "a", "Z", " ", ",", "\n", "7",
      "\xC3\xA1",          // á U+00E1, stable
      "\xC6\xB0",          // ư U+01B0, stable
      "\xC9\x8F",          // U+024F, the last stable below U+0250
      "\xC9\x90",          // U+0250, not stable
      "\xCC\x81",          // U+0301, a combining mark
      "\xE1\xBA\xA1",      // ạ U+1EA1, stable
      "\xE1\xBB\xB9",      // ỹ U+1EF9, stable
      "\xE1\xB7\xBF",      // U+1DFF, not stable
      "\xE1\xB8\x80",      // U+1E00, stable
      "\xE1\xBC\x80",      // U+1F00, not stable
      "\xE2\x80\x81",      // U+2001, not stable
      "\xE2\x80\x82",      // U+2002, stable
      "\xE2\x81\xAF",      // U+206F, stable
      "\xE2\x81\xB0",      // U+2070, not stable
      "\xE4\xB8\xAD",      // 中, not stable
      "\xF0\x9F\x98\x80",  // U+1F600, not stable
  };
  const unsigned char strays[] = {0x00, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xE0, 0xED,
                                  0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t length = 100 + random() % 500;
    const bool only_stable = round % 3 == 0;  // so that stability is not lost early
    const unsigned stray_odds = round % 4 == 0 ? 0 : 50 + random() % 2000;
    while (s.size() < length) {
      if (stray_odds != 0 && random() % stray_odds == 0) {
        s.push_back(static_cast<char>(strays[random() % sizeof strays]));
        continue;
      }
      const std::size_t kinds = only_stable ? 8 : characters.size();
      std::size_t k = random() % kinds;
      if (only_stable && k >= 6) k = std::vector<std::size_t>{6, 7, 8, 11, 12, 15, 16}[random() % 7];
      s += characters[k];
    }
    if (round % 5 == 0) s.resize(s.size() - random() % 4);  // maybe cut a character off
    const Utf8procPrefix expected = utf8proc_prefix(s);
    bool wide_stable = false;
    bool narrow_stable = false;
    ASSERT_EQ(valid_utf8_prefix(s, &wide_stable), expected.prefix) << testing::PrintToString(s);
    ASSERT_EQ(wide_stable, expected.stable) << testing::PrintToString(s);
    ASSERT_EQ(valid_utf8_prefix_narrow(s, &narrow_stable), expected.prefix);
    ASSERT_EQ(narrow_stable, expected.stable);
  }
}

// The wide check goes as far as it should on valid text of every kind
// (all but its last blocks, left to the narrow check), and never past a
// bad byte.
TEST(ValidUtf8PrefixTest, TheWideCheckReadsValidTextAndStopsBeforeABadByte) {
  if (!__builtin_cpu_supports("avx2")) GTEST_SKIP() << "no AVX2: the narrow check alone";
  std::string text;
  while (text.size() < 4000) text += "Nguyễn Thị Ánh, ư ạ ỹ \xC9\x8F \xE2\x80\x94 \xF0\x9F\x98\x80 中 x\n";
  bool stable = true;
  const std::size_t reached = wide_utf8_prefix(text, &stable);
  EXPECT_GE(reached, text.size() - 3 * 32);
  EXPECT_FALSE(stable);  // 中 and U+1F600 are not stable
  const std::string stable_text = text.substr(0, text.find("\xF0"));
  std::string all_stable;
  while (all_stable.size() < 4000) all_stable += stable_text.substr(0, stable_text.find("\xE2")) + "\n";
  EXPECT_GE(wide_utf8_prefix(all_stable, &stable), all_stable.size() - 3 * 32);
  EXPECT_TRUE(stable);
  const std::vector<std::string> bad_bytes = {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                              std::string(1, '\0')};
  for (const std::string& bad : bad_bytes) {
    for (std::size_t at : {std::size_t{100}, std::size_t{1000}, std::size_t{2047}}) {
      std::string broken = all_stable;
      while ((broken[at] & 0xC0) == 0x80) ++at;  // at a character's start
      broken.insert(at, bad);
      EXPECT_LE(wide_utf8_prefix(broken, &stable), at) << at;
      EXPECT_GE(wide_utf8_prefix(broken, &stable), at - 3 * 32) << at;
      EXPECT_EQ(valid_utf8_prefix(broken), at) << at;
    }
  }
}

// The validators, and the NFC stability read off the bytes, against
// utf8proc's decoder on random bytes drawn around every boundary of the
// encoding and of the stable ranges.
TEST(ValidUtf8PrefixTest, AgreesWithUtf8procOnRandomBytes) {
  const unsigned char bytes[] = {0x00, 0x41, 0x7F, 0x80, 0x81, 0x82, 0x8F, 0x90, 0x9F, 0xA0,
                                 0xAF, 0xB0, 0xB7, 0xB8, 0xBB, 0xBC, 0xBF, 0xC0, 0xC1, 0xC2,
                                 0xC8, 0xC9, 0xCA, 0xDF, 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xEF,
                                 0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0x20, 0x61};
  std::srand(7);
  for (int round = 0; round < 200000; ++round) {
    std::string s;
    const int length = std::rand() % 12;
    for (int i = 0; i < length; ++i) {
      s.push_back(static_cast<char>(bytes[static_cast<std::size_t>(std::rand()) % sizeof bytes]));
    }
    // Independently: utf8proc's characters, up to the first it rejects.
    const Utf8procPrefix expected = utf8proc_prefix(s);
    ASSERT_EQ(is_valid_utf8(s), expected.all_valid) << testing::PrintToString(s);
    bool said_stable = false;
    ASSERT_EQ(valid_utf8_prefix(s, &said_stable), expected.prefix) << testing::PrintToString(s);
    ASSERT_EQ(said_stable, expected.stable) << testing::PrintToString(s);
  }
}

TEST(ToNfcTest, ComposesAndLeavesNfcAlone) {
  EXPECT_EQ(to_nfc(kGioiTinhNfd), "Giới tính");
  EXPECT_EQ(to_nfc("Giới tính"), "Giới tính");
  EXPECT_EQ(to_nfc(kTruongBanNfd), "Trưởng bản");
  EXPECT_EQ(to_nfc("plain ASCII"), "plain ASCII");
  EXPECT_EQ(to_nfc(""), "");
}

// utf8proc's own mapping, without the fast paths, as the reference.
std::string utf8proc_mapped(const std::string& s, int options) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &out,
                                          static_cast<utf8proc_option_t>(options));
  std::string result = n < 0 ? "<invalid>" : std::string(reinterpret_cast<char*>(out),
                                                         static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

std::string utf8(std::uint32_t cp) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  return std::string(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
}

std::vector<std::uint32_t> nfc_stable_set() {
  std::vector<std::uint32_t> set;
  for (std::uint32_t cp = 1; cp < 0x3000; ++cp) {
    if (is_nfc_stable(cp)) set.push_back(cp);
  }
  return set;
}

// to_nfc() and normalize_free_text() skip utf8proc for text made of these
// code points: each must be its own NFC and a starter, and no two of them
// may compose, or the fast path would return something NFC changes.
TEST(ToNfcTest, TheCodePointsPassedThroughAreStableUnderNfc) {
  const std::vector<std::uint32_t> set = nfc_stable_set();
  ASSERT_GT(set.size(), 800u);  // ASCII, Latin-1, Latin Extended A, B, Additional, punctuation
  EXPECT_TRUE(is_nfc_stable(U'ư'));
  EXPECT_TRUE(is_nfc_stable(U'ệ'));
  EXPECT_FALSE(is_nfc_stable(0x0301));  // combining acute accent
  EXPECT_FALSE(is_nfc_stable(0x2000));  // en quad: NFC makes it U+2002
  EXPECT_FALSE(is_nfc_stable(0x212B));  // angstrom sign: NFC makes it U+00C5
  for (std::uint32_t cp : set) {
    ASSERT_EQ(utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class, 0)
        << std::hex << cp;
    const std::string one = utf8(cp);
    ASSERT_EQ(utf8proc_mapped(one, UTF8PROC_STABLE | UTF8PROC_COMPOSE), one) << std::hex << cp;
  }
  for (std::uint32_t a : set) {
    for (std::uint32_t b : set) {
      const std::string pair = utf8(a) + utf8(b);
      ASSERT_EQ(utf8proc_mapped(pair, UTF8PROC_STABLE | UTF8PROC_COMPOSE), pair)
          << std::hex << a << " " << b;
    }
  }
}

TEST(ToNfcTest, FastPathsAgreeWithUtf8procOnEveryCodePoint) {
  for (std::uint32_t cp = 1; cp < 0x3000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string s = "Ab" + utf8(cp) + "C";
    EXPECT_EQ(to_nfc(s), utf8proc_mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE)) << std::hex << cp;
    const bool space = cp < 0x80 ? std::string_view(" \t\n\v\f\r").find(static_cast<char>(cp)) !=
                                       std::string_view::npos
                                 : cp == 0xA0;
    if (space) continue;
    EXPECT_EQ(normalize_free_text(s),
              utf8proc_mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD))
        << std::hex << cp;
  }
  // Vietnamese in NFC, capitals included, as registers write it.
  EXPECT_EQ(normalize_free_text("Ủy ban  NHÂN DÂN Tỉnh"), "ủy ban nhân dân tỉnh");
  EXPECT_EQ(normalize_free_text("Phòng, chống bạo lực trên cơ sở giới"),
            "phòng, chống bạo lực trên cơ sở giới");
  EXPECT_EQ(normalize_free_text("Straße"), "strasse");  // ß folds to ss: not the fast path
}

TEST(TrimTest, StripsAsciiWhitespaceAndNbspAtBothEnds) {
  struct Case {
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"", ""},
      {"a", "a"},
      {"  a b  ", "a b"},
      {"\t\r\n a \v\f", "a"},
      {"\xC2\xA0x\xC2\xA0", "x"},
      {" \xC2\xA0 Giới  tính\xC2\xA0 ", "Giới  tính"},
      {"\xC2\xA0 \xC2\xA0", ""},
      {" \t\r\n", ""},
      {"à", "à"},  // U+00E0 is C3 A0: its A0 is not a space
  };
  for (const Case& c : cases) {
    EXPECT_EQ(trim(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(NormalizeFreeTextTest, FoldsCaseFormAndSpacesButKeepsDiacritics) {
  struct Case {
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"", ""},
      {"   ", ""},
      {"Trưởng ban", "trưởng ban"},
      {"  TRƯỞNG   BAN ", "trưởng ban"},
      {kTruongBanNfd, "trưởng bản"},
      {"Trưởng\xC2\xA0\t bản", "trưởng bản"},
      {"ĐOÀN THANH NIÊN", "đoàn thanh niên"},
      {"gioi_tinh", "gioi_tinh"},  // '_' is only a space in keys
      {"Phó  Chủ tịch\r\nUBND", "phó chủ tịch ubnd"},
      {"ABC  def", "abc def"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(normalize_free_text(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(NormalizeFreeTextTest, NfdAndNfcGiveTheSameText) {
  EXPECT_EQ(normalize_free_text(kTruongBanNfd),
            normalize_free_text("Trưởng bản"));
  EXPECT_EQ(normalize_free_text(kGioiTinhNfd),
            normalize_free_text("GIỚI TÍNH"));
}

TEST(NormalizeFreeTextTest, DiacriticsStillDistinguish) {
  EXPECT_NE(normalize_free_text("Trưởng bản"),
            normalize_free_text("Trưởng ban"));
  EXPECT_NE(normalize_free_text(kTruongBanNfd),
            normalize_free_text("Trưởng ban"));
}

TEST(FoldLooseTest, IgnoresCaseDiacriticsFormUnderscoreAndSpaces) {
  struct Case {
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"Giới tính", "gioi tinh"},
      {"GIOI TINH", "gioi tinh"},
      {" giới  tính ", "gioi tinh"},
      {"gioi_tinh", "gioi tinh"},
      {kGioiTinhNfd, "gioi tinh"},
      {"GIỚI_TÍNH\xC2\xA0", "gioi tinh"},
      {"Nữ", "nu"},
      {"NỮ", "nu"},
      {"nu", "nu"},
      {"Tỉnh", "tinh"},
      {"Đơn vị", "don vi"},
      {"đảng ủy", "dang uy"},
      {"\xC3\x90\xC6\xA1n v\xE1\xBB\x8B", "don vi"},  // Icelandic Ð look-alike
      {"agency_code", "agency code"},
      {"  Agency   code ", "agency code"},
      {"__a__b__", "a b"},
      {"Thời lượng (phút)", "thoi luong (phut)"},
      {"Trưởng bản", "truong ban"},
      {"\xEF\xBC\xA1\xEF\xBC\xA2", "ab"},  // fullwidth "ＡＢ"
      {"gi\xE2\x80\x8Bới", "gioi"},        // zero-width space inside
      {"", ""},
      {" _ ", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(fold_loose(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(FoldCompactTest, AlsoIgnoresSpaces) {
  struct Case {
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"Thạc sĩ", "thacsi"},
      {"thacsi", "thacsi"},
      {"THẠC_SĨ", "thacsi"},
      {" Tiến  sĩ ", "tiensi"},
      {"Đại học", "daihoc"},
      {"F", "f"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(fold_compact(c.input), c.expected) << "input: " << c.input;
  }
}

}  // namespace
}  // namespace genaudit::text
