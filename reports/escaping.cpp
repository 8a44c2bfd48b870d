// Text made safe for HTML, Markdown, spreadsheets and file names; see
// escaping.h.
#include "reports/escaping.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "engine/core/visible_text.h"

namespace genaudit {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Whether clean_text() and json_inert() write `c` as its escape.
bool acts_on_display(utf8proc_int32_t c) {
  return text::acts_on_display(static_cast<std::uint32_t>(c));
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII: the common case
      out += s[i++];
      continue;
    }
    utf8proc_int32_t c = -1;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                         static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    if (length <= 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (acts_on_display(c)) {
      out += text::escaped_code_point(static_cast<std::uint32_t>(c));
    } else {
      out.append(s.substr(i, static_cast<std::size_t>(length)));
    }
    i += static_cast<std::size_t>(length);
  }
  return out;
}

std::string escape_html(std::string_view s) {
  const std::string text = clean_text(s);
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_markdown(std::string_view s) {
  constexpr std::string_view kMarkup = "\\`*_[]<>|&~#!";
  const std::string text = clean_text(s);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += ' ';
      continue;
    }
    if (kMarkup.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string terminal_line(std::string_view s) {
  std::string out = clean_text(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

std::string terminal_text(std::string_view s) {
  const std::string text = clean_text(s);
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 8);
  for (const char c : text) {
    if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

std::string json_inert(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  std::size_t i = 0;
  while (i < json.size()) {
    const auto byte = static_cast<unsigned char>(json[i]);
    if (byte < 0x7F) {  // ASCII but DEL: the common case
      out += json[i++];
      continue;
    }
    utf8proc_int32_t c = -1;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(json.data() + i),
                         static_cast<utf8proc_ssize_t>(json.size() - i), &c);
    if (length <= 0) {  // not UTF-8: the writer replaced such bytes already
      out += json[i++];
      continue;
    }
    if (acts_on_display(c)) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
      out += escape;
    } else {
      out.append(json.substr(i, static_cast<std::size_t>(length)));
    }
    i += static_cast<std::size_t>(length);
  }
  return out;
}

std::string neutralize_cell(std::string_view cell) {
  std::string text = clean_text(cell);
  if (starts_like_formula(text)) text.insert(0, 1, '\'');
  return text;
}

std::string csv_field(std::string_view cell, CsvSeparator separator) {
  const std::string text = neutralize_cell(cell);
  const char special[] = {static_cast<char>(separator), '"', '\r', '\n', '\0'};
  const bool quote = text.find_first_of(special) != std::string::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& cells, CsvSeparator separator) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += static_cast<char>(separator);
    out += csv_field(cells[i], separator);
  }
  return out + "\r\n";
}

namespace {

// `s` decomposed, with combining marks dropped: "Sở Nội vụ" -> "So Noi vu".
std::string strip_marks(const std::string& s) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &mapped, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  if (length < 0) return s;
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

bool is_windows_device_name(std::string_view stem) {
  std::string base(stem.substr(0, stem.find('.')));
  std::transform(base.begin(), base.end(), base.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  for (std::string_view name : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) {
    if (base == name) return true;
  }
  return base.size() == 4 && (starts_with(base, "COM") || starts_with(base, "LPT")) &&
         base[3] >= '0' && base[3] <= '9';
}

}  // namespace

std::string safe_file_stem(std::string_view code) {
  std::string text = clean_text(code);
  // Đ and đ have no decomposition.
  for (const auto& [from, to] : std::array<std::pair<std::string_view, std::string_view>, 2>{
           {{"\xC4\x90", "D"}, {"\xC4\x91", "d"}}}) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
    }
  }
  text = strip_marks(text);
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = byte < 0x80 && (std::isalnum(byte) || c == '-' || c == '_' || c == '.');
    if (keep) {
      out += c;
    } else if (out.empty() || out.back() != '_') {
      out += '_';
    }
  }
  const std::size_t first = out.find_first_not_of("._-");
  out = first == std::string::npos ? "" : out.substr(first);
  if (out.size() > 64) out.resize(64);
  while (!out.empty() && (out.back() == '.' || out.back() == '_')) out.pop_back();
  if (out.empty()) return "unnamed";
  if (is_windows_device_name(out)) out.insert(std::min(out.find('.'), out.size()), 1, '_');
  return out;
}

}  // namespace genaudit
