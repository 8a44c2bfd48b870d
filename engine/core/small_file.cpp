#include "engine/core/small_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace genaudit {

SmallFile read_small_file(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  const auto failed = [](SmallFileProblem problem) { return SmallFile{problem, {}}; };
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return failed(SmallFileProblem::kCannotOpen);
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return failed(SmallFileProblem::kCannotOpen);
  if (!S_ISREG(st.st_mode)) return failed(SmallFileProblem::kNotRegular);
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) return failed(SmallFileProblem::kTooLarge);
  SmallFile file;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return failed(SmallFileProblem::kCannotOpen);
    if (n == 0) break;
    file.text.append(buffer, static_cast<std::size_t>(n));
    if (file.text.size() > max_bytes) return failed(SmallFileProblem::kTooLarge);  // it grew
  }
  return file;
}

}  // namespace genaudit
