// Terminal detection for coloured reports, and terminal-safe streams; see
// terminal.h.
#include "reports/terminal.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "reports/escaping.h"

namespace genaudit {

bool should_use_color(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return isatty(fd) == 1;
}

namespace {

// How many bytes at the end of `s` begin a UTF-8 character that is not
// complete yet (0 to 3): they wait for the rest.
std::size_t incomplete_tail(const std::string& s) {
  for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    const auto byte = static_cast<unsigned char>(s[s.size() - back]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

}  // namespace

TerminalSafeStream::TerminalSafeStream(std::ostream& stream)
    : stream_(stream), buffer_(stream.rdbuf()), original_(stream.rdbuf(&buffer_)) {}

TerminalSafeStream::~TerminalSafeStream() {
  buffer_.drain();
  stream_.rdbuf(original_);
}

void TerminalSafeStream::Buffer::pass_on(std::size_t bytes) {
  if (bytes == 0) return;
  const std::string text = terminal_text(std::string_view(held_).substr(0, bytes));
  target_->sputn(text.data(), static_cast<std::streamsize>(text.size()));
  held_.erase(0, bytes);
}

void TerminalSafeStream::Buffer::drain() {
  pass_on(held_.size());
  target_->pubsync();
}

TerminalSafeStream::Buffer::int_type TerminalSafeStream::Buffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  held_ += traits_type::to_char_type(c);
  if (traits_type::to_char_type(c) == '\n') pass_on(held_.size());
  return c;
}

std::streamsize TerminalSafeStream::Buffer::xsputn(const char* s, std::streamsize n) {
  held_.append(s, static_cast<std::size_t>(n));
  const std::size_t line_end = held_.rfind('\n');
  if (line_end != std::string::npos) pass_on(line_end + 1);
  return n;
}

int TerminalSafeStream::Buffer::sync() {
  pass_on(held_.size() - incomplete_tail(held_));
  return target_->pubsync();
}

}  // namespace genaudit
