// A file's SHA-256 computed on another thread while the file is read, for
// the import log, and abandoned with the reading: a register refused on its
// first rows costs no more than the refusal, however large the file (a
// 64 GiB sparse file once took minutes to hash before its refusal showed).
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "engine/core/sha256.h"

namespace genaudit {

class FileDigest {
 public:
  enum class Priority {
    kNormal,
    // The hashing thread runs only on a core nothing else wants (Linux's
    // SCHED_IDLE): for a digest needed well after the file's reading, made
    // while the other threads leave a core idle rather than taking a share
    // of a busy one. What is left when get() is called the caller hashes
    // itself (a thread cannot be given its priority back without
    // privileges), so that wait never depends on an idle core.
    kWhenIdle,
  };

  // Starts hashing `path` on a thread of its own. Start it once the file
  // has passed what its reader checks on opening (its size limit among
  // them): a file refused then is never hashed at all.
  explicit FileDigest(const std::filesystem::path& path, Priority priority = Priority::kNormal);
  // Without get(): abandons the hashing, waiting at most for the chunk in
  // hand.
  ~FileDigest();
  FileDigest(const FileDigest&) = delete;
  FileDigest& operator=(const FileDigest&) = delete;

  // The digest as 64 lowercase hex digits, hashing what is left beside the
  // thread; nullopt when the file cannot be read. Call once.
  std::optional<std::string> get();

 private:
  // Chunks, one at a time, until none is left or the hashing is abandoned.
  void hash_the_rest();

  std::atomic<bool> abandoned_{false};
  // Held for each chunk: `file_` is the hashing thread's, and then get()'s
  // caller's for what is left.
  std::mutex mutex_;
  Sha256File file_;
  std::thread thread_;  // last: started when everything else exists
};

}  // namespace genaudit
