// SHA-256 of a file's bytes, for the import log: it says which exact file
// an audit read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace genaudit {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits. Call once.
  std::string hex_digest();

 private:
  void block(const unsigned char* p);
  std::uint32_t state_[8];
  unsigned char buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view bytes);
// nullopt when the file cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& path);

}  // namespace genaudit
