// Characters that act on whatever displays a text instead of being shown,
// or that show as nothing at all, and how to write them visibly: as the
// escape a programmer reads, `\x1b` or `\u202e`. The one notation of every
// place where register text is shown (reports/escaping.h) and of the
// values input errors quote.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace genaudit::text {

// C0 controls, DEL and C1 controls (U+0080..U+009F): ESC starts a
// terminal's escape sequences, BEL rings, CR lets a line overwrite itself.
bool is_control_character(std::uint32_t cp);

// The bidirectional controls, which make a text read in another order than
// the one it is stored in: U+061C ARABIC LETTER MARK, U+200E/U+200F (LRM,
// RLM), U+202A..U+202E (embeddings and overrides), U+2066..U+2069 (isolates).
bool is_bidi_control(std::uint32_t cp);

// Tab, line feed and carriage return: the controls a text may hold as
// layout rather than as an action on its display.
bool is_line_control(std::uint32_t cp);

// What a display would act on instead of showing: a control character but
// a line control (is_line_control), or a bidirectional control.
bool acts_on_display(std::uint32_t cp);

// The characters that take no room when shown: Unicode's format characters
// (general category Cf: U+200B ZERO WIDTH SPACE, U+FEFF, U+2060 WORD
// JOINER, the joiners, the soft hyphen, the bidirectional controls...) and
// the other default-ignorable code points (variation selectors, fillers).
// Two codes differing by one of them look the same and are not.
bool is_invisible(std::uint32_t cp);

// `cp` written visibly: "\x1b" below U+0100, "\u202e" in the Basic
// Multilingual Plane, "\U000e0041" above; hexadecimal digits in lowercase.
std::string escaped_code_point(std::uint32_t cp);

// `s` with every invisible character (is_invisible) and every control
// character but tab, line feed and carriage return written as
// escaped_code_point(); a byte that is not UTF-8 is kept. Text without any
// comes back unchanged.
//   with_invisible_shown("A1\u200b") == "A1\\u200b"
std::string with_invisible_shown(std::string_view s);

// The code points of the invisible characters of `s`, "U+200B, U+FEFF", each
// once, in the order first met; empty when there is none.
std::string invisible_code_points(std::string_view s);

}  // namespace genaudit::text
