// Read-only access to the parts of a ZIP archive (an XLSX package) through
// libzip. Each part is read as a stream whose inflated size and compression
// ratio are bounded, so a zip bomb is refused after about the limit's worth
// of work, whatever its headers claim. Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "adapters/input_error.h"
#include "adapters/xlsx/part_stream.h"

typedef struct zip zip_t;
typedef struct zip_file zip_file_t;

namespace genaudit::xlsx {

// How far one part may inflate. `limit_name` names the size limit in errors.
struct PartLimits {
  std::uint64_t max_bytes = 0;
  const char* limit_name = "";
  std::uint64_t max_ratio = 0;
  std::uint64_t ratio_floor = 0;
};

class ZipPart;

class ZipArchive {
 public:
  // Opens `path`. Returns nullptr and sets *error when the file cannot be
  // read (kCannotOpen) or is not a ZIP archive, e.g. truncated
  // (kCorruptWorkbook). `display_name` names the file in errors.
  static std::unique_ptr<ZipArchive> open(const std::filesystem::path& path,
                                          const std::string& display_name, InputError* error);
  // The same for an archive held in memory (fuzzing, tests); the archive
  // keeps `bytes`.
  static std::unique_ptr<ZipArchive> from_bytes(std::string bytes, const std::string& display_name,
                                                InputError* error);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // True when the archive holds part `name` ("xl/workbook.xml"), compared
  // ignoring ASCII case as OPC part names are, and reading a '\' in an
  // entry's name as '/' (as Excel does: some tools write "xl\workbook.xml").
  bool contains(const std::string& name) const;

  // Opens part `name` (found as contains() finds it) for reading. Returns
  // nullptr and sets *error when it is
  // missing, encrypted or unreadable (kCorruptWorkbook), or declares a size
  // over `limits` (kLimitExceeded). The archive must outlive the part.
  std::unique_ptr<ZipPart> open_part(const std::string& name, const PartLimits& limits,
                                     InputError* error) const;

  // Part `name`'s inflated size as the archive declares it (it may lie); 0
  // when the archive does not say or has no such part.
  std::uint64_t declared_size(const std::string& name) const;

  const std::string& display_name() const { return display_name_; }

 private:
  ZipArchive(zip_t* zip, std::string display_name);
  // The index of part `name`, as contains() finds it.
  std::optional<std::uint64_t> locate(const std::string& name) const;

  zip_t* zip_;
  std::string display_name_;
  // Entries whose name has a '\': by that name with '/' instead, in ASCII
  // lower case.
  std::map<std::string, std::uint64_t> backslash_names_;
  std::unique_ptr<std::string> bytes_;  // from_bytes(): what zip_ reads
};

class ZipPart : public PartStream {
 public:
  ~ZipPart() override;
  ZipPart(const ZipPart&) = delete;
  ZipPart& operator=(const ZipPart&) = delete;

  // Reads up to `capacity` inflated bytes into `out`. Returns how many, 0 at
  // the end of the part, or -1 when the data is damaged or passes a limit;
  // error() then says which. Keeps returning -1 after an error.
  long read(char* out, std::size_t capacity) override;

  const InputError& error() const override { return error_; }
  const std::string& name() const override { return name_; }
  const std::string& file() const override { return file_; }

 private:
  friend class ZipArchive;
  ZipPart(zip_file_t* file, std::string name, std::string display_name, PartLimits limits,
          std::uint64_t compressed_size)
      : zip_file_(file),
        name_(std::move(name)),
        file_(std::move(display_name)),
        limits_(limits),
        compressed_size_(compressed_size) {}

  zip_file_t* zip_file_;
  std::string name_;
  std::string file_;
  PartLimits limits_;
  std::uint64_t compressed_size_;
  std::uint64_t inflated_ = 0;
  bool failed_ = false;
  InputError error_{};
};

}  // namespace genaudit::xlsx
