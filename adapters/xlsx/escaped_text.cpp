#include "adapters/xlsx/escaped_text.h"

#include <cstdint>
#include <string_view>

namespace genaudit::xlsx {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the escape at text[at] ("_x000D_"), or -1 when there is
// none there.
long escape_at(std::string_view text, std::size_t at) {
  constexpr std::size_t kLength = 7;
  if (at > text.size() || text.size() - at < kLength || text[at] != '_' || text[at + 1] != 'x' ||
      text[at + 6] != '_') {
    return -1;
  }
  long unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const int digit = hex_digit(text[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool is_high_surrogate(long unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(long unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// Writes `cp` as UTF-8 at out; returns the bytes written (1 to 4).
std::size_t put_utf8(std::uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace

void decode_escapes(std::string& text, std::size_t from) {
  std::size_t read = text.find("_x", from);
  if (read == std::string::npos) return;
  // Decoded in place: an escape of 7 bytes becomes at most 3, a pair of 14
  // at most 4, so `write` never passes `read`.
  std::size_t write = read;
  while (read < text.size()) {
    const long unit = escape_at(text, read);
    std::uint32_t cp = 0;
    std::size_t length = 0;
    if (is_high_surrogate(unit)) {
      const long low = escape_at(text, read + 7);
      if (is_low_surrogate(low)) {
        cp = 0x10000 + ((static_cast<std::uint32_t>(unit) - 0xD800) << 10) +
             (static_cast<std::uint32_t>(low) - 0xDC00);
        length = 14;
      }
    } else if (unit > 0 && !is_low_surrogate(unit)) {
      cp = static_cast<std::uint32_t>(unit);
      length = 7;
    }
    if (length == 0) {
      text[write++] = text[read++];
      continue;
    }
    write += put_utf8(cp, &text[write]);
    read += length;
  }
  text.resize(write);
}

}  // namespace genaudit::xlsx
