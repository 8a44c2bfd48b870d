// A reader of just enough of the compound file format (MS-CFB) to list the
// names in its directory: the header, the sector allocation table (FAT)
// through the header's first 109 entries of the DIFAT and its chain, and
// the directory's chain of sectors. Every read is bounded and checked, so a
// damaged or hostile file only gives "not encrypted".
#include "adapters/sheets/encrypted_workbook.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>

#include "adapters/sheets/workbook_file.h"

namespace genaudit::sheets {
namespace {

// Reads `size` bytes at `offset` into `out`; false when the file has fewer.
using ReadAt = std::function<bool(std::uint64_t offset, char* out, std::size_t size)>;

constexpr char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::uint32_t kLastRegularSector = 0xFFFFFFFA;  // above: end of chain, free, ...
constexpr std::size_t kHeaderDifatEntries = 109;
constexpr std::size_t kDirectoryEntryBytes = 128;
constexpr int kStreamObject = 2;
// Directory sectors followed at most: real workbooks have one to a few; a
// chain longer (or looping) is given up on.
constexpr std::size_t kMaxDirectorySectors = 64;
// DIFAT sectors followed at most: 1024 of them address a FAT for files of
// gigabytes, far larger than any workbook.
constexpr std::size_t kMaxDifatSectors = 1024;

std::uint32_t u32(const char* p) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[3])) << 24;
}
std::uint16_t u16(const char* p) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) |
                                    static_cast<unsigned char>(p[1]) << 8);
}

class CompoundFile {
 public:
  explicit CompoundFile(ReadAt read_at) : read_at_(std::move(read_at)) {}

  // Reads the header; false when this is no compound file.
  bool open() {
    if (!read_at_(0, header_, sizeof header_)) return false;
    if (std::memcmp(header_, kSignature, 8) != 0) return false;
    const std::uint16_t shift = u16(header_ + 30);
    if (shift != 9 && shift != 12) return false;
    sector_bytes_ = std::size_t{1} << shift;
    return true;
  }

  // Calls `visit` with each directory entry until it returns true; returns
  // whether it did.
  bool any_directory_entry(const std::function<bool(const char* entry)>& visit) {
    std::string sector(sector_bytes_, '\0');
    std::uint32_t at = u32(header_ + 48);
    for (std::size_t n = 0; n < kMaxDirectorySectors && at <= kLastRegularSector; ++n) {
      if (!read_sector(at, sector.data())) return false;
      for (std::size_t e = 0; e + kDirectoryEntryBytes <= sector_bytes_; e += kDirectoryEntryBytes) {
        if (visit(sector.data() + e)) return true;
      }
      if (!next_sector(at, &at)) return false;
    }
    return false;
  }

 private:
  bool read_sector(std::uint32_t sector, char* out) {
    const std::uint64_t offset = (std::uint64_t{sector} + 1) * sector_bytes_;
    return read_at_(offset, out, sector_bytes_);
  }

  // The sector that holds the `index`-th sector of the FAT.
  bool fat_sector(std::uint64_t index, std::uint32_t* sector) {
    if (index < kHeaderDifatEntries) {
      *sector = u32(header_ + 76 + 4 * index);
      return *sector <= kLastRegularSector;
    }
    // Each DIFAT sector lists (sector_bytes / 4 - 1) FAT sectors, then the
    // next DIFAT sector.
    const std::uint64_t per_sector = sector_bytes_ / 4 - 1;
    std::uint64_t skip = (index - kHeaderDifatEntries) / per_sector;
    if (skip >= kMaxDifatSectors) return false;
    std::string difat(sector_bytes_, '\0');
    std::uint32_t at = u32(header_ + 68);
    for (;;) {
      if (at > kLastRegularSector || !read_sector(at, difat.data())) return false;
      if (skip == 0) break;
      at = u32(difat.data() + 4 * per_sector);
      --skip;
    }
    *sector = u32(difat.data() + 4 * ((index - kHeaderDifatEntries) % per_sector));
    return *sector <= kLastRegularSector;
  }

  // The sector after `sector` in its chain, from the FAT.
  bool next_sector(std::uint32_t sector, std::uint32_t* next) {
    const std::uint64_t per_sector = sector_bytes_ / 4;
    std::uint32_t fat = 0;
    if (!fat_sector(sector / per_sector, &fat)) return false;
    char entry[4];
    const std::uint64_t offset =
        (std::uint64_t{fat} + 1) * sector_bytes_ + 4 * (sector % per_sector);
    if (!read_at_(offset, entry, sizeof entry)) return false;
    *next = u32(entry);
    return true;
  }

  ReadAt read_at_;
  char header_[512] = {};
  std::size_t sector_bytes_ = 512;
};

// True when `entry` is a stream named "EncryptionInfo" (names compare
// ignoring case, as in the format).
bool is_encryption_info(const char* entry) {
  static constexpr std::string_view kName = "encryptioninfo";
  if (entry[66] != kStreamObject) return false;
  if (u16(entry + 64) != 2 * (kName.size() + 1)) return false;
  for (std::size_t i = 0; i < kName.size(); ++i) {
    const std::uint16_t unit = u16(entry + 2 * i);
    const std::uint16_t lower = unit >= 'A' && unit <= 'Z' ? unit - 'A' + 'a' : unit;
    if (lower != static_cast<unsigned char>(kName[i])) return false;
  }
  return true;
}

bool is_encrypted(ReadAt read_at) {
  CompoundFile file(std::move(read_at));
  return file.open() && file.any_directory_entry(is_encryption_info);
}

}  // namespace

bool is_encrypted_workbook(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  return is_encrypted([&in](std::uint64_t offset, char* out, std::size_t size) {
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(out, static_cast<std::streamsize>(size));
    return in.gcount() == static_cast<std::streamsize>(size);
  });
}

bool is_encrypted_workbook_bytes(std::string_view bytes) {
  return is_encrypted([bytes](std::uint64_t offset, char* out, std::size_t size) {
    if (offset > bytes.size() || bytes.size() - offset < size) return false;
    std::memcpy(out, bytes.data() + offset, size);
    return true;
  });
}

InputError password_protected(const std::string& file) {
  return file_error(InputErrorKind::kPasswordProtected, file);
}

}  // namespace genaudit::sheets
