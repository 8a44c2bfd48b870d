// Whether a report written to a file descriptor should be coloured.
#pragma once

namespace genaudit {

// Returns true when `fd` is a terminal, the NO_COLOR environment variable is
// unset or empty (https://no-color.org), and TERM is not "dumb".
bool should_use_color(int fd);

}  // namespace genaudit
