// Reading a small text file a user names (a rule file, a profile, a waiver
// file, a mapping) without trusting the name: the file is opened without
// blocking (a FIFO with no writer would wait forever), judged by what was
// opened (a device such as /dev/zero would be read forever, a folder cannot
// be read), and read up to a bound (the file may grow while it is read).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace genaudit {

enum class SmallFileProblem {
  kNone,
  kCannotOpen,   // missing, no permission, or a read error
  kNotRegular,   // a folder, a device, a FIFO, a socket
  kTooLarge,     // over the caller's bound (before or while reading)
};

struct SmallFile {
  SmallFileProblem problem = SmallFileProblem::kNone;
  std::string text;  // the whole file when problem is kNone, else empty
};

// The content of the regular file at `path` (links followed), at most
// `max_bytes` long.
SmallFile read_small_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

}  // namespace genaudit
