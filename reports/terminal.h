// Text for a terminal: whether a report written to a file descriptor should
// be coloured, and a stream whose every character is made terminal-safe.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace genaudit {

// Returns true when `fd` is a terminal, the NO_COLOR environment variable is
// unset or empty (https://no-color.org), and TERM is not "dumb".
bool should_use_color(int fd);

// While it lives, everything written to `stream` reaches the stream's own
// buffer through terminal_text() (reports/escaping.h): register text in a
// message — a value, a file name — shows its control characters as \x1b
// and cannot clear the screen, retitle the window or rewrite a line.
// genaudit puts one on standard error for its whole run (messages and
// logs), and on standard output for every command but `audit`, whose
// documents make their own text safe (the text report keeps its colours).
// Text is passed on at every flush (std::cerr flushes after each output),
// less a UTF-8 character not yet complete.
class TerminalSafeStream {
 public:
  explicit TerminalSafeStream(std::ostream& stream);
  // Passes on what is held and gives the stream its own buffer back.
  ~TerminalSafeStream();
  TerminalSafeStream(const TerminalSafeStream&) = delete;
  TerminalSafeStream& operator=(const TerminalSafeStream&) = delete;

 private:
  class Buffer : public std::streambuf {
   public:
    explicit Buffer(std::streambuf* target) : target_(target) {}
    // Passes on all that is held, a partial character too.
    void drain();

   protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

   private:
    void pass_on(std::size_t bytes);
    std::streambuf* target_;
    std::string held_;
  };

  std::ostream& stream_;
  Buffer buffer_;
  std::streambuf* original_;
};

}  // namespace genaudit
