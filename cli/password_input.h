// The password `genaudit users add` reads: one line of standard input, so
// that it never stands on the command line (where `ps` and the shell's
// history would show it). From a terminal it is asked for and not echoed.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace genaudit::cli {

struct PasswordLine {
  enum class Outcome {
    kRead,
    kEmpty,            // the input ended before its first byte
    kMoreThanOneLine,  // a second line follows (only looked for when not a terminal)
  };
  Outcome outcome = Outcome::kEmpty;
  // The line without its line end ("\n", "\r\n" or a final "\r"). A line
  // longer than `max_bytes` is cut at max_bytes + 1: too long still, and
  // no more of it is read.
  std::string password;
};

// Reads one line from `in`. With `whole_input`, also reads on to the end
// of the input, which must hold nothing more: the input of a pipe or a
// file (a terminal's has no end until the user types one).
PasswordLine read_password_line(std::istream& in, std::size_t max_bytes, bool whole_input);

// The password from standard input: from a terminal after `prompt` on
// standard error, with the terminal's echo off while it is typed; from a
// pipe or a file, the one line it holds.
PasswordLine read_password_from_stdin(std::size_t max_bytes, const std::string& prompt);

}  // namespace genaudit::cli
