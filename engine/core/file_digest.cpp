// A file's digest beside its reading; see file_digest.h.
#include "engine/core/file_digest.h"

#include "engine/core/idle_priority.h"

namespace genaudit {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

}  // namespace

FileDigest::FileDigest(std::filesystem::path path, Priority priority)
    : path_(std::move(path)), thread_([this, priority] {
        if (priority == Priority::kWhenIdle) run_this_thread_when_idle();
        hash_the_rest();
      }) {}

FileDigest::~FileDigest() {
  if (!thread_.joinable()) return;  // get() waited for it
  abandoned_.store(true, std::memory_order_relaxed);
  thread_.join();
}

bool FileDigest::hash_a_chunk() {
  if (done_) return false;
  if (abandoned_.load(std::memory_order_relaxed)) {
    done_ = true;
    return false;
  }
  if (!opened_) {
    opened_ = true;
    file_.open(path_, std::ios::binary);
    chunk_.resize(kChunkBytes);
  }
  if (file_.is_open()) {
    file_.read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
    const auto read = static_cast<std::size_t>(file_.gcount());
    if (read > 0) hash_.update(std::string_view(chunk_.data(), read));
    if (file_) return true;
    // The end, or a read error: as sha256_file, the digest of what was read.
    digest_ = hash_.hex_digest();
  }
  done_ = true;
  return false;
}

void FileDigest::hash_the_rest() {
  for (;;) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (!hash_a_chunk()) return;
  }
}

std::optional<std::string> FileDigest::get() {
  hash_the_rest();
  thread_.join();
  return std::move(digest_);
}

}  // namespace genaudit
