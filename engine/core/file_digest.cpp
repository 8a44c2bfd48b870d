// A file's digest beside its reading; see file_digest.h.
#include "engine/core/file_digest.h"

#include "engine/core/sha256.h"

namespace genaudit {

FileDigest::FileDigest(std::filesystem::path path)
    : digest_(std::async(std::launch::async, [this, path = std::move(path)] {
        return sha256_file(path, &abandoned_);
      })) {}

FileDigest::~FileDigest() {
  if (!digest_.valid()) return;
  abandoned_.store(true, std::memory_order_relaxed);
  digest_.wait();
}

std::optional<std::string> FileDigest::get() { return digest_.get(); }

}  // namespace genaudit
