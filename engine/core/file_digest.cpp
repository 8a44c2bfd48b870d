// A file's digest beside its reading; see file_digest.h.
#include "engine/core/file_digest.h"

#include "engine/core/idle_priority.h"

namespace genaudit {

FileDigest::FileDigest(const std::filesystem::path& path, Priority priority)
    : file_(path), thread_([this, priority] {
        if (priority == Priority::kWhenIdle) run_this_thread_when_idle();
        hash_the_rest();
      }) {}

FileDigest::~FileDigest() {
  if (!thread_.joinable()) return;  // get() waited for it
  abandoned_.store(true, std::memory_order_relaxed);
  thread_.join();
}

void FileDigest::hash_the_rest() {
  for (;;) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (abandoned_.load(std::memory_order_relaxed) || !file_.hash_next_chunk()) return;
  }
}

std::optional<std::string> FileDigest::get() {
  hash_the_rest();
  thread_.join();
  return file_.digest();
}

}  // namespace genaudit
