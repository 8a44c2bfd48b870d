// Characters that act on a display or show as nothing; see visible_text.h.
#include "engine/core/visible_text.h"

#include <utf8proc.h>

#include <cstdio>
#include <vector>

namespace genaudit::text {
namespace {

// Calls `each(cp, bytes)` for every character of `s`, and each(-1, byte)
// for a byte that does not start a valid UTF-8 sequence.
template <typename Each>
void for_each_character(std::string_view s, Each each) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      each(static_cast<std::int32_t>(byte), s.substr(i, 1));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = -1;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                         static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (length <= 0) {
      each(-1, s.substr(i, 1));
      ++i;
      continue;
    }
    each(static_cast<std::int32_t>(cp), s.substr(i, static_cast<std::size_t>(length)));
    i += static_cast<std::size_t>(length);
  }
}

}  // namespace

bool is_control_character(std::uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

bool is_bidi_control(std::uint32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

bool is_line_control(std::uint32_t cp) { return cp == '\t' || cp == '\n' || cp == '\r'; }

bool acts_on_display(std::uint32_t cp) {
  return (is_control_character(cp) && !is_line_control(cp)) || is_bidi_control(cp);
}

bool is_invisible(std::uint32_t cp) {
  if (cp < 0xAD) return false;  // ASCII and Latin-1 up to the soft hyphen: none is
  if (cp > 0x10FFFF) return false;
  const auto c = static_cast<utf8proc_int32_t>(cp);
  return utf8proc_category(c) == UTF8PROC_CATEGORY_CF || utf8proc_get_property(c)->ignorable;
}

std::string escaped_code_point(std::uint32_t cp) {
  char buffer[16];
  if (cp < 0x100) {
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
  } else if (cp < 0x10000) {
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(cp));
  }
  return buffer;
}

std::string with_invisible_shown(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_character(s, [&](std::int32_t cp, std::string_view bytes) {
    const auto c = static_cast<std::uint32_t>(cp);
    const bool hide = cp >= 0 && (acts_on_display(c) || is_invisible(c));
    if (hide) {
      out += escaped_code_point(c);
    } else {
      out.append(bytes);
    }
  });
  return out;
}

std::string invisible_code_points(std::string_view s) {
  // Codes are mostly ASCII, on every row of a register: none of it is invisible.
  bool ascii = true;
  for (const char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return "";
  std::vector<std::uint32_t> seen;
  for_each_character(s, [&](std::int32_t cp, std::string_view) {
    if (cp < 0 || !is_invisible(static_cast<std::uint32_t>(cp))) return;
    for (const std::uint32_t known : seen) {
      if (known == static_cast<std::uint32_t>(cp)) return;
    }
    seen.push_back(static_cast<std::uint32_t>(cp));
  });
  std::string out;
  for (const std::uint32_t cp : seen) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    if (!out.empty()) out += ", ";
    out += buffer;
  }
  return out;
}

}  // namespace genaudit::text
