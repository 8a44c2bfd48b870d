// One line of standard input as a password; see password_input.h.
#include "cli/password_input.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace genaudit::cli {
namespace {

// While it lives, the terminal on `fd` shows nothing of what is typed; its
// settings are given back as they were. Nothing when `fd` is no terminal.
class EchoOff {
 public:
  explicit EchoOff(int fd) : fd_(fd) {
    if (tcgetattr(fd_, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;  // the Enter that ends the line still moves to the next
    active_ = tcsetattr(fd_, TCSAFLUSH, &quiet) == 0;
  }
  ~EchoOff() {
    if (active_) tcsetattr(fd_, TCSAFLUSH, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  int fd_;
  termios saved_{};
  bool active_ = false;
};

}  // namespace

PasswordLine read_password_line(std::istream& in, std::size_t max_bytes, bool whole_input) {
  PasswordLine line;
  bool any = false, ended = false;
  char c;
  while (line.password.size() <= max_bytes && in.get(c)) {
    any = true;
    if (c == '\n') {
      ended = true;
      break;
    }
    line.password += c;
  }
  if (!any) return line;  // kEmpty
  line.outcome = PasswordLine::Outcome::kRead;
  const bool cut = !ended && line.password.size() > max_bytes;
  if (!cut && !line.password.empty() && line.password.back() == '\r') line.password.pop_back();
  if (ended && whole_input && in.peek() != std::istream::traits_type::eof()) {
    line.outcome = PasswordLine::Outcome::kMoreThanOneLine;
  }
  return line;
}

PasswordLine read_password_from_stdin(std::size_t max_bytes, const std::string& prompt) {
  if (!isatty(STDIN_FILENO)) return read_password_line(std::cin, max_bytes, true);
  // Echo off before the prompt: what is typed once it shows is not echoed,
  // nor thrown away (turning the echo off discards what was typed before).
  const EchoOff quiet(STDIN_FILENO);
  std::cerr << prompt << std::flush;
  return read_password_line(std::cin, max_bytes, false);
}

}  // namespace genaudit::cli
