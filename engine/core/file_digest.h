// A file's SHA-256 computed on another thread while the file is read, for
// the import log, and abandoned with the reading: a register refused on its
// first rows costs no more than the refusal, however large the file (a
// 64 GiB sparse file once took minutes to hash before its refusal showed).
#pragma once

#include <atomic>
#include <filesystem>
#include <future>
#include <optional>
#include <string>

namespace genaudit {

class FileDigest {
 public:
  // Starts hashing `path` on a thread of its own. Start it once the file
  // has passed what its reader checks on opening (its size limit among
  // them): a file refused then is never hashed at all.
  explicit FileDigest(std::filesystem::path path);
  // Without get(): abandons the hashing, waiting at most for the chunk in
  // hand.
  ~FileDigest();
  FileDigest(const FileDigest&) = delete;
  FileDigest& operator=(const FileDigest&) = delete;

  // The digest as 64 lowercase hex digits, waiting for it; nullopt when the
  // file cannot be read. Call once.
  std::optional<std::string> get();

 private:
  std::atomic<bool> abandoned_{false};  // outlives the thread: declared first
  std::future<std::optional<std::string>> digest_;
};

}  // namespace genaudit
