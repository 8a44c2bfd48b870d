// Terminal detection for coloured reports; see terminal.h.
#include "reports/terminal.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace genaudit {

bool should_use_color(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return isatty(fd) == 1;
}

}  // namespace genaudit
