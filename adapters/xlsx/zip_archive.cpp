// The ZIP layer of the XLSX reader: libzip opens the archive and inflates
// parts; this file turns its failures into InputErrors and counts every
// inflated byte against the part's limits.
#include "adapters/xlsx/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "adapters/xlsx/workbook_error.h"

namespace genaudit::xlsx {
namespace {

// inflated > ratio * compressed, without overflow.
bool over_ratio(std::uint64_t inflated, std::uint64_t compressed, std::uint64_t ratio) {
  const std::uint64_t c = std::max<std::uint64_t>(compressed, 1);
  const std::uint64_t q = inflated / c;
  return q > ratio || (q == ratio && inflated % c != 0);
}

std::string ascii_lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

ZipArchive::ZipArchive(zip_t* zip, std::string display_name)
    : zip_(zip), display_name_(std::move(display_name)) {
  // Some tools write entry names with '\' between folders, which Excel
  // reads as '/'. Such names are indexed as their '/' spelling.
  const zip_int64_t count = zip_get_num_entries(zip_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), 0);
    if (name == nullptr || std::strchr(name, '\\') == nullptr) continue;
    std::string normalised = ascii_lower(name);
    std::replace(normalised.begin(), normalised.end(), '\\', '/');
    backslash_names_.emplace(std::move(normalised), static_cast<zip_uint64_t>(i));
  }
}

std::optional<zip_uint64_t> ZipArchive::locate(const std::string& name) const {
  const zip_int64_t index = zip_name_locate(zip_, name.c_str(), ZIP_FL_NOCASE);
  if (index >= 0) return static_cast<zip_uint64_t>(index);
  if (backslash_names_.empty()) return std::nullopt;
  const auto it = backslash_names_.find(ascii_lower(name));
  if (it == backslash_names_.end()) return std::nullopt;
  return it->second;
}

std::unique_ptr<ZipArchive> ZipArchive::open(const std::filesystem::path& path,
                                             const std::string& display_name,
                                             InputError* error) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (zip == nullptr) {
    if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_NOENT) {
      *error = InputError{};
      error->kind = InputErrorKind::kCannotOpen;
      error->file = display_name;
    } else {
      // ZIP_ER_NOZIP (no end of central directory: not a ZIP, or cut short),
      // ZIP_ER_INCONS, ZIP_ER_SEEK on a truncated file, ...
      *error = corrupt_workbook(display_name, "", kExpectZipArchive);
    }
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(new ZipArchive(zip, display_name));
}

std::unique_ptr<ZipArchive> ZipArchive::from_bytes(std::string bytes,
                                                   const std::string& display_name,
                                                   InputError* error) {
  auto owned = std::make_unique<std::string>(std::move(bytes));
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(owned->data(), owned->size(), 0, &zip_error);
  zip_t* zip = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &zip_error);
  zip_error_fini(&zip_error);
  if (zip == nullptr) {
    if (source != nullptr) zip_source_free(source);
    *error = corrupt_workbook(display_name, "", kExpectZipArchive);
    return nullptr;
  }
  std::unique_ptr<ZipArchive> archive(new ZipArchive(zip, display_name));
  archive->bytes_ = std::move(owned);
  return archive;
}

ZipArchive::~ZipArchive() { zip_discard(zip_); }

bool ZipArchive::contains(const std::string& name) const { return locate(name).has_value(); }

std::unique_ptr<ZipPart> ZipArchive::open_part(const std::string& name, const PartLimits& limits,
                                               InputError* error) const {
  const std::optional<zip_uint64_t> index = locate(name);
  if (!index) {
    *error = corrupt_workbook(display_name_, name, kExpectPresentPart);
    return nullptr;
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_, *index, 0, &stat) != 0) {
    *error = corrupt_workbook(display_name_, name, kExpectIntactPart);
    return nullptr;
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    *error = corrupt_workbook(display_name_, name, kExpectIntactPart);
    return nullptr;
  }
  // The declared size may lie; read() counts the real bytes. A declared size
  // over the limit is refused at once.
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limits.max_bytes) {
    *error = limit_exceeded(display_name_, name, limits.limit_name, limits.max_bytes);
    return nullptr;
  }
  const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  zip_file_t* file = zip_fopen_index(zip_, *index, 0);
  if (file == nullptr) {
    *error = corrupt_workbook(display_name_, name, kExpectIntactPart);
    return nullptr;
  }
  return std::unique_ptr<ZipPart>(new ZipPart(file, name, display_name_, limits, compressed));
}

std::uint64_t ZipArchive::declared_size(const std::string& name) const {
  const std::optional<zip_uint64_t> index = locate(name);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (!index || zip_stat_index(zip_, *index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    return 0;
  }
  return stat.size;
}

ZipPart::~ZipPart() { zip_fclose(zip_file_); }

long ZipPart::read(char* out, std::size_t capacity) {
  if (failed_) return -1;
  // Never inflate more than one byte past the size limit.
  std::uint64_t room = limits_.max_bytes - std::min(inflated_, limits_.max_bytes);
  if (room < UINT64_MAX) ++room;
  const auto want = static_cast<zip_uint64_t>(std::min<std::uint64_t>(capacity, room));
  const zip_int64_t n = zip_fread(zip_file_, out, want);
  if (n < 0) {
    // Inflate errors, CRC mismatch, data cut short.
    failed_ = true;
    error_ = corrupt_workbook(file_, name_, kExpectIntactPart);
    return -1;
  }
  inflated_ += static_cast<std::uint64_t>(n);
  if (inflated_ > limits_.max_bytes) {
    failed_ = true;
    error_ = limit_exceeded(file_, name_, limits_.limit_name, limits_.max_bytes);
    return -1;
  }
  if (inflated_ > limits_.ratio_floor && over_ratio(inflated_, compressed_size_, limits_.max_ratio)) {
    failed_ = true;
    error_ = limit_exceeded(file_, name_, "max_compression_ratio", limits_.max_ratio);
    return -1;
  }
  return static_cast<long>(n);
}

}  // namespace genaudit::xlsx
