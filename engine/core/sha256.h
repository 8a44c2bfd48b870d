// SHA-256 of a file's bytes, for the import log: it says which exact file
// an audit read.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genaudit {

class Sha256 {
 public:
  // kFastest uses the CPU's SHA extensions when it has them (most x86-64
  // processors since 2017), the portable code otherwise; both give the
  // same digest, which the tests check for each.
  enum class Implementation { kFastest, kPortable };

  explicit Sha256(Implementation implementation = Implementation::kFastest);
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits. Call once.
  std::string hex_digest();

  // Whether kFastest uses the CPU's SHA extensions on this machine.
  static bool cpu_extensions_available();

 private:
  void blocks(const unsigned char* p, std::size_t count);
  bool use_cpu_;
  std::uint32_t state_[8];
  unsigned char buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view bytes);

// A file hashed a chunk of 64 KiB at a time, by whoever hashes it in steps:
// sha256_file all at once, FileDigest on a thread of its own and then by
// the caller waiting for it.
class Sha256File {
 public:
  // Opens `path`; one that cannot be opened has no chunk and no digest.
  explicit Sha256File(const std::filesystem::path& path);

  // Hashes the next chunk; false once there is none left: the file's end,
  // a read error, or a file that could not be opened (and from then on).
  bool hash_next_chunk();
  // Once hash_next_chunk() said false: the digest as 64 lowercase hex
  // digits; nullopt when the file could not be opened; after a read error,
  // the digest of what was read. Call once.
  std::optional<std::string> digest();

 private:
  std::ifstream file_;
  bool ended_ = false;
  Sha256 hash_;
  std::vector<char> chunk_;
};

// nullopt when the file cannot be read, or when `abandon` is set before the
// end (checked before each chunk of 64 KiB). See file_digest.h for a digest
// computed beside the reading of a file.
std::optional<std::string> sha256_file(const std::filesystem::path& path,
                                       const std::atomic<bool>* abandon = nullptr);

}  // namespace genaudit
