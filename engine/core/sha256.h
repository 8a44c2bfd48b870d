// SHA-256 of a file's bytes, for the import log: it says which exact file
// an audit read.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

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
// nullopt when the file cannot be read, or when `abandon` is set before the
// end (checked between chunks of 64 KiB). See file_digest.h for a digest
// computed beside the reading of a file.
std::optional<std::string> sha256_file(const std::filesystem::path& path,
                                       const std::atomic<bool>* abandon = nullptr);

}  // namespace genaudit
