// Writes a command's outputs safely and publishes them together; see
// staged_outputs.h.
#include "engine/output/staged_outputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <set>
#include <system_error>

#include "engine/output/output_texts.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;

std::string say(OutputText id, Language lang, const std::vector<std::string>& args = {}) {
  return output_texts().format(id, lang, args);
}

std::string quoted(const fs::path& path) { return "\"" + path.string() + "\""; }

std::string nothing_written(Language lang) { return say(OutputText::kNothingWritten, lang); }

// Why a file could not be made or written, from errno.
std::string reason(int error, Language lang) {
  switch (error) {
    case ENOENT:
    case ENOTDIR:
    case EACCES:
    case EPERM:
    case EROFS:
      return say(OutputText::kFolderMissingOrReadOnly, lang);
    case ENOSPC:
    case EDQUOT:
      return say(OutputText::kDiskFull, lang);
    default:
      return std::strerror(error);
  }
}

std::string cannot_write(const fs::path& path, int error, Language lang) {
  return say(OutputText::kCannotWrite, lang, {quoted(path)}) + reason(error, lang);
}

// "a folder", for a path that is not a file genaudit may write.
std::string what_it_is(const fs::path& path, OutputKind kind, Language lang) {
  switch (kind) {
    case OutputKind::kFolder:
      return say(OutputText::kIsFolder, lang);
    case OutputKind::kBlockDevice:
      return say(OutputText::kIsBlockDevice, lang);
    case OutputKind::kSocket:
      return say(OutputText::kIsSocket, lang);
    case OutputKind::kStream: {
      struct stat st {};
      if (::stat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode)) {
        return say(OutputText::kIsFifo, lang);
      }
      return say(OutputText::kIsDevice, lang);
    }
    case OutputKind::kStandardOutput:
      return say(OutputText::kIsStandardOutput, lang);
    default:
      return say(OutputText::kIsNotRegularFile, lang);
  }
}

std::string role_name(InputRole role, Language lang) {
  switch (role) {
    case InputRole::kDatabase:
      return say(OutputText::kRoleDatabase, lang);
    case InputRole::kRegister:
      return say(OutputText::kRoleRegister, lang);
    case InputRole::kRules:
      return say(OutputText::kRoleRules, lang);
    case InputRole::kProfile:
      return say(OutputText::kRoleProfile, lang);
    case InputRole::kMapping:
      return say(OutputText::kRoleMapping, lang);
    case InputRole::kWaivers:
      return say(OutputText::kRoleWaivers, lang);
    case InputRole::kInspection:
      return say(OutputText::kRoleInspection, lang);
  }
  return "";
}

bool is_streamed(OutputKind kind) {
  return kind == OutputKind::kStandardOutput || kind == OutputKind::kStream;
}

// Writes all of `size` bytes; false with errno set when it cannot.
bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Copies the file at `from` to `fd`; false with errno set when it cannot.
bool copy_to(const fs::path& from, int fd) {
  const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return false;
  char buffer[65536];
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(in, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    if (!write_all(fd, buffer, static_cast<std::size_t>(n))) {
      ok = false;
      break;
    }
  }
  const int saved = errno;
  ::close(in);
  errno = saved;
  return ok;
}

bool sync_file(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  errno = saved;
  return ok;
}

fs::path key_of(const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal();
}

fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

}  // namespace

OutputKind output_kind(const fs::path& path) {
  if (path.empty() || path == "-") return OutputKind::kStandardOutput;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return OutputKind::kFile;  // nothing there (yet)
  if (S_ISREG(st.st_mode)) return OutputKind::kFile;
  if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) return OutputKind::kStream;
  if (S_ISDIR(st.st_mode)) return OutputKind::kFolder;
  if (S_ISBLK(st.st_mode)) return OutputKind::kBlockDevice;
  if (S_ISSOCK(st.st_mode)) return OutputKind::kSocket;
  return OutputKind::kOther;
}

void StagedOutputs::protect(const fs::path& input, InputRole role) {
  struct stat st {};
  if (input.empty() || ::stat(input.c_str(), &st) != 0) return;
  protected_.push_back({st.st_dev, st.st_ino, role, input});
}

bool StagedOutputs::check(const fs::path& path, Streams streams, std::string* error) const {
  const OutputKind kind = output_kind(path);
  const bool allowed =
      kind == OutputKind::kFile || (is_streamed(kind) && streams == Streams::kAllowed);
  if (!allowed) {
    *error = quoted(path) + " " + what_it_is(path, kind, lang_) +
             say(OutputText::kNotAFile, lang_) + nothing_written(lang_);
    return false;
  }
  struct stat st {};
  if (kind == OutputKind::kStandardOutput || ::stat(path.c_str(), &st) != 0) return true;
  for (const Protected& p : protected_) {
    if (p.device == st.st_dev && p.inode == st.st_ino) {
      const std::string role = role_name(p.role, lang_);
      *error = say(OutputText::kWouldReplaceInput, lang_, {quoted(path), role, quoted(p.shown)}) +
               nothing_written(lang_);
      return false;
    }
  }
  return true;
}

bool StagedOutputs::create_folder(const fs::path& folder, std::string* error) {
  std::error_code ec;
  std::vector<fs::path> missing;  // deepest first
  for (fs::path p = key_of(folder); !p.empty() && !fs::exists(fs::symlink_status(p, ec));
       p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  fs::create_directories(folder, ec);
  if (!fs::is_directory(folder, ec)) {
    *error = say(OutputText::kCannotCreateFolder, lang_, {quoted(folder)}) + nothing_written(lang_);
    return false;
  }
  created_folders_.insert(created_folders_.end(), missing.rbegin(), missing.rend());
  return true;
}

std::optional<fs::path> StagedOutputs::staging_folder(const fs::path& folder,
                                                      const fs::path& target,
                                                      std::string* error) {
  const fs::path key = key_of(folder);
  if (const auto found = staging_.find(key); found != staging_.end()) return found->second;
  // Hidden, and named for what it is should a killed run leave it behind.
  std::string name = (folder / ".genaudit-staging-XXXXXX").string();
  if (::mkdtemp(name.data()) == nullptr) {
    *error = cannot_write(target, errno, lang_) + nothing_written(lang_);
    return std::nullopt;
  }
  staging_.emplace(key, name);
  return fs::path(name);
}

std::optional<fs::path> StagedOutputs::stage(const fs::path& path, Streams streams,
                                             const std::string_view* content,
                                             std::string* error) {
  if (!check(path, streams, error)) return std::nullopt;
  Output output;
  output.target = path;
  output.key = key_of(path);
  output.kind = output_kind(path);
  const auto earlier = std::find_if(outputs_.begin(), outputs_.end(),
                                    [&](const Output& o) { return o.key == output.key; });
  if (earlier != outputs_.end()) {
    std::error_code ignored;
    if (!earlier->staged.empty()) fs::remove(earlier->staged, ignored);
    outputs_.erase(earlier);
  }
  if (is_streamed(output.kind) && content != nullptr) {
    output.content = std::string(*content);
    outputs_.push_back(std::move(output));
    return fs::path();
  }
  // A stream's file is copied at publish(), not renamed: it may be staged
  // anywhere, and the stream's folder (/dev) is no place for it.
  std::error_code ec;
  const fs::path folder = is_streamed(output.kind) ? fs::temp_directory_path(ec) : folder_of(path);
  const std::optional<fs::path> staging = staging_folder(folder, path, error);
  if (!staging) return std::nullopt;
  const fs::path file = *staging / std::to_string(++staged_count_);
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) {
    *error = cannot_write(path, errno, lang_) + nothing_written(lang_);
    return std::nullopt;
  }
  bool written = content == nullptr || write_all(fd, content->data(), content->size());
  const int saved = errno;
  written = ::close(fd) == 0 && written;
  if (!written) {
    *error = cannot_write(path, saved, lang_) + nothing_written(lang_);
    std::error_code ignored;
    fs::remove(file, ignored);
    return std::nullopt;
  }
  output.staged = file;
  outputs_.push_back(std::move(output));
  return file;
}

bool StagedOutputs::add(const fs::path& path, std::string_view content, std::string* error,
                        Streams streams) {
  return stage(path, streams, &content, error).has_value();
}

std::optional<fs::path> StagedOutputs::add_file(const fs::path& path, std::string* error,
                                                Streams streams) {
  return stage(path, streams, nullptr, error);
}

bool StagedOutputs::publish_one(const Output& output, std::string* error) {
  switch (output.kind) {
    case OutputKind::kFile:
      // On disk before it takes the output's name: a crash then leaves
      // the old file or the whole new one.
      if (!sync_file(output.staged) || ::rename(output.staged.c_str(), output.target.c_str()) != 0) {
        *error = cannot_write(output.target, errno, lang_);
        return false;
      }
      return true;
    case OutputKind::kStandardOutput: {
      if (output.staged.empty()) {
        std::cout.write(output.content.data(), static_cast<std::streamsize>(output.content.size()));
        std::cout.flush();
        return static_cast<bool>(std::cout);
      }
      std::cout.flush();
      return copy_to(output.staged, STDOUT_FILENO);
    }
    default: {
      // Opened as it is (no O_CREAT, no O_TRUNC), and only if still a
      // FIFO or a device: a file put there meanwhile is not written into.
      const int fd = ::open(output.target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (fd < 0) {
        *error = cannot_write(output.target, errno, lang_);
        return false;
      }
      struct stat st {};
      bool ok = ::fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode));
      if (!ok) errno = EINVAL;
      ok = ok && (output.staged.empty()
                      ? write_all(fd, output.content.data(), output.content.size())
                      : copy_to(output.staged, fd));
      const int saved = errno;
      ::close(fd);
      if (!ok) *error = cannot_write(output.target, saved, lang_);
      return ok;
    }
  }
}

bool StagedOutputs::publish(std::string* error) {
  bool ok = true;
  std::set<fs::path> folders;
  for (const Output& output : outputs_) {
    if (!publish_one(output, error)) {
      ok = false;
      break;
    }
    if (output.kind == OutputKind::kFile) folders.insert(folder_of(output.target));
  }
  // The renames themselves on disk.
  for (const fs::path& folder : folders) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  if (ok) created_folders_.clear();  // they hold what was published
  discard();
  return ok;
}

void StagedOutputs::discard() {
  std::error_code ignored;
  for (const auto& [folder, staging] : staging_) fs::remove_all(staging, ignored);
  // Deepest first; a folder that holds anything else stays.
  for (auto it = created_folders_.rbegin(); it != created_folders_.rend(); ++it) {
    fs::remove(*it, ignored);
  }
  staging_.clear();
  created_folders_.clear();
  outputs_.clear();
}

}  // namespace genaudit
