// What an intake opens, and how much of it it reads before refusing it: a
// register over a size limit is refused before its SHA-256 is computed (or
// with the digest abandoned), so a huge sparse file costs no more than the
// refusal itself; a mapping's `file` names a regular file inside the
// mapping's own folder, nothing else.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/audit/data_folder.h"
#include "engine/audit/in_memory_folder.h"
#include "engine/store/audit_store.h"
#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::run_genaudit;
using testing::TempDir;

constexpr std::uintmax_t kSparseBytes = std::uintmax_t{64} << 30;  // 64 GiB, no disk used

// The bytes this process has read so far through read(2) and its kin, all
// threads counted (rchar of /proc/self/io); nullopt where there is no such
// file. Whether a file was hashed in full is seen here: hashing 64 GiB reads
// 64 GiB, refusing the file reads a few megabytes.
std::optional<std::uint64_t> bytes_read_by_process() {
  std::ifstream io("/proc/self/io");
  std::string key;
  std::uint64_t value = 0;
  while (io >> key >> value) {
    if (key == "rchar:") return value;
  }
  return std::nullopt;
}

// `folder` with a small agencies.csv, ready for a staff register.
void write_agencies(const fs::path& folder) {
  fs::create_directories(folder);
  std::ofstream(folder / "agencies.csv", std::ios::binary)
      << "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\n";
}

// Makes `path` (its content so far kept) a sparse file of kSparseBytes;
// false when the file system cannot.
bool make_sparse(const fs::path& path) {
  std::error_code ec;
  fs::resize_file(path, kSparseBytes, ec);
  return !ec;
}

// A staff.xls of 64 GiB, over XlsxLimits::max_sheet_bytes (1 GiB).
fs::path sparse_workbook_folder(const TempDir& dir) {
  const fs::path data = dir.path() / "data";
  write_agencies(data);
  std::ofstream(data / "staff.xls", std::ios::binary) << "";
  return make_sparse(data / "staff.xls") ? data : fs::path();
}

// A staff.csv whose header and first row are sound, then 64 GiB of zero
// bytes: a field over CsvLimits::max_field_bytes (1 MiB) on row 3.
fs::path sparse_csv_folder(const TempDir& dir) {
  const fs::path data = dir.path() / "data";
  write_agencies(data);
  std::ofstream(data / "staff.csv", std::ios::binary)
      << "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nCB1,Lê Thị Hoa,Nữ,SNV\n";
  return make_sparse(data / "staff.csv") ? data : fs::path();
}

bool refused_by_limit(const InputErrors& errors, const std::string& limit) {
  for (const InputError& e : errors) {
    if ((e.kind == InputErrorKind::kLimitExceeded || e.kind == InputErrorKind::kCsvLimitExceeded) &&
        e.expected.starts_with(limit + " = ")) {
      return true;
    }
  }
  return false;
}

TEST(HugeRegister, ImportRefusesA64GibWorkbookByItsSizeLimitWithoutHashingIt) {
  TempDir dir;
  const fs::path data = sparse_workbook_folder(dir);
  if (data.empty()) GTEST_SKIP() << "no sparse files here";
  const auto before = bytes_read_by_process();
  if (!before) GTEST_SKIP() << "no /proc/self/io";
  AuditStore store(":memory:");
  const FolderImport imported = import_data_folder(store, data);
  const std::uint64_t read = *bytes_read_by_process() - *before;
  EXPECT_FALSE(imported.ok());
  EXPECT_TRUE(refused_by_limit(imported.errors, "max_sheet_bytes"));
  EXPECT_LT(read, std::uint64_t{64} << 20) << "the refused file was read (hashed)";
}

TEST(HugeRegister, ImportRefusesA64GibCsvByItsFieldLimitAndStopsHashingIt) {
  TempDir dir;
  const fs::path data = sparse_csv_folder(dir);
  if (data.empty()) GTEST_SKIP() << "no sparse files here";
  const auto before = bytes_read_by_process();
  if (!before) GTEST_SKIP() << "no /proc/self/io";
  AuditStore store(":memory:");
  const FolderImport imported = import_data_folder(store, data);
  const std::uint64_t read = *bytes_read_by_process() - *before;
  EXPECT_FALSE(imported.ok());
  EXPECT_TRUE(refused_by_limit(imported.errors, "max_field_bytes"));
  // The digest runs beside the reading and is abandoned with it: a few
  // chunks past the refusal, not the whole file.
  EXPECT_LT(read, std::uint64_t{1} << 30) << "the refused file was read (hashed) in full";
}

// `audit --data` reads a clean folder straight into memory: the same holds.
TEST(HugeRegister, ReadingStraightIntoMemoryGivesUpOnA64GibRegisterWithoutHashingIt) {
  for (const bool csv : {false, true}) {
    TempDir dir;
    const fs::path data = csv ? sparse_csv_folder(dir) : sparse_workbook_folder(dir);
    if (data.empty()) GTEST_SKIP() << "no sparse files here";
    const auto before = bytes_read_by_process();
    if (!before) GTEST_SKIP() << "no /proc/self/io";
    const std::optional<InMemoryFolder> clean = read_clean_folder(data, {});
    const std::uint64_t read = *bytes_read_by_process() - *before;
    EXPECT_FALSE(clean.has_value());
    EXPECT_LT(read, std::uint64_t{1} << 30) << (csv ? "staff.csv" : "staff.xls");
  }
}

// As the user sees it: the limit's message, exit 2.
TEST(HugeRegister, TheAuditSaysWhichLimitA64GibRegisterExceeds) {
  TempDir dir;
  const fs::path data = sparse_workbook_folder(dir);
  if (data.empty()) GTEST_SKIP() << "no sparse files here";
  const auto run = run_genaudit("audit --lang en --period 2024 --data " + data.string(), dir.path());
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("staff.xls"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("max_sheet_bytes = 1073741824"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace genaudit
