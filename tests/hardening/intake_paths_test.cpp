// What an intake opens, and how much of it it reads before refusing it: a
// register over a size limit is refused before its SHA-256 is computed (or
// with the digest abandoned), so a huge sparse file costs no more than the
// refusal itself; a mapping's `file` names a regular file inside the
// mapping's own folder, nothing else.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/ingest/data_folder.h"
#include "engine/audit/in_memory_folder.h"
#include "engine/ingest/intake_plan.h"
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

// ---- Mappings name a regular file inside their own folder -------------------

// A data folder `data` whose mapping says `file = FILE` for the agencies
// register, and beside it a folder `other` holding a sound agencies file
// (named so that nothing but the mapping makes it a register).
struct MappedFolders {
  TempDir dir;
  fs::path data = dir.path() / "data";
  fs::path other = dir.path() / "other";

  explicit MappedFolders(const std::string& file) {
    fs::create_directories(data);
    fs::create_directories(other);
    std::ofstream(other / "dm.txt", std::ios::binary)
        << "Mã đơn vị,Tên đơn vị,Cấp\nBI-MAT,Cơ quan bí mật,tỉnh\n";
    map(file);
  }
  void map(const std::string& file) const {
    std::ofstream(data / "a.mapping.toml", std::ios::binary)
        << "[[register]]\nname = \"agencies\"\nfile = \"" << file << "\"\n";
  }
};

// The problems planning `paths` gives, run in a child process that
// SIGALRM ends after a minute: a plan that would wait forever (reading a
// device or a pipe) fails the test instead of hanging it.
struct PlanResult {
  bool finished = false;
  std::string problems;  // the mapping problems, formatted; "" when none
};
PlanResult plan_in_child(const std::vector<fs::path>& paths,
                         const std::vector<fs::path>& mapping_files = {}) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipe_fds[0]);
    alarm(60);
    const IntakePlan plan = plan_intake(paths, mapping_files);
    const std::string text = format_mapping_problems(plan.mapping_problems);
    const ssize_t written = write(pipe_fds[1], text.data(), text.size());
    _exit(written == static_cast<ssize_t>(text.size()) ? 0 : 1);
  }
  close(pipe_fds[1]);
  PlanResult result;
  char buffer[4096];
  for (ssize_t n; (n = read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
    result.problems.append(buffer, static_cast<std::size_t>(n));
  }
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return result;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(MappingPaths, AFileUpTheTreeIsRefused) {
  const MappedFolders f("../other/dm.txt");
  const PlanResult plan = plan_in_child({f.data, f.other});
  ASSERT_TRUE(plan.finished);
  EXPECT_TRUE(has(plan.problems, "a.mapping.toml:3:8: error: `../other/dm.txt` is outside "
                                 "the mapping's folder"))
      << plan.problems;
  // As the user sees it: nothing imported, the agencies of `other` absent.
  const fs::path db = f.dir.path() / "audit.db";
  const auto run = run_genaudit("import --lang en --db " + db.string() + " " + f.data.string() +
                                    " " + f.other.string(),
                                f.dir.path());
  EXPECT_EQ(run.status, 2) << run.err;
  EXPECT_TRUE(has(run.err, "`../other/dm.txt` is outside the mapping's folder")) << run.err;
}

TEST(MappingPaths, AnAbsolutePathIsRefused) {
  for (const std::string absolute : {"OTHER", "/dev/zero", "/etc/passwd"}) {
    MappedFolders f("");
    const std::string file = absolute == "OTHER" ? (f.other / "dm.txt").string() : absolute;
    f.map(file);
    const PlanResult plan = plan_in_child({f.data, f.other});
    ASSERT_TRUE(plan.finished) << file;
    EXPECT_TRUE(has(plan.problems, "`" + file + "` is outside the mapping's folder")) << plan.problems;
  }
}

TEST(MappingPaths, ALinkLeadingOutOfTheFolderIsRefused) {
  const MappedFolders f("dm.txt");
  std::error_code ec;
  fs::create_symlink(f.other / "dm.txt", f.data / "dm.txt", ec);
  if (ec) GTEST_SKIP() << "no symbolic links here";
  const PlanResult plan = plan_in_child({f.data});
  ASSERT_TRUE(plan.finished);
  EXPECT_TRUE(has(plan.problems, "`dm.txt` is outside the mapping's folder")) << plan.problems;
  // A link that stays inside the folder is fine.
  fs::create_directories(f.data / "sub");
  fs::rename(f.other / "dm.txt", f.data / "sub" / "dm.txt");
  fs::remove(f.data / "dm.txt");
  fs::create_symlink("sub/dm.txt", f.data / "dm.txt");
  EXPECT_EQ(plan_in_child({f.data}).problems, "");
}

TEST(MappingPaths, AFileInASubfolderIsFine) {
  const MappedFolders f("sub/dm.txt");
  fs::create_directories(f.data / "sub");
  fs::rename(f.other / "dm.txt", f.data / "sub" / "dm.txt");
  TempDir scratch;
  const fs::path db = scratch.path() / "audit.db";
  const auto run = run_genaudit("import --lang en --db " + db.string() + " " + f.data.string(),
                                scratch.path());
  EXPECT_EQ(run.status, 0) << run.err;
}

TEST(MappingPaths, APipeOrAFolderIsNotAFileToRead) {
  const MappedFolders f("pipe");
  if (mkfifo((f.data / "pipe").c_str(), 0600) != 0) GTEST_SKIP() << "no FIFOs here";
  const PlanResult pipe = plan_in_child({f.data});
  ASSERT_TRUE(pipe.finished);
  EXPECT_TRUE(has(pipe.problems, "`pipe` is not a regular file")) << pipe.problems;
  f.map("sub");
  fs::create_directories(f.data / "sub");
  const PlanResult folder = plan_in_child({f.data});
  ASSERT_TRUE(folder.finished);
  EXPECT_TRUE(has(folder.problems, "`sub` is not a regular file")) << folder.problems;
}

// --mapping names the mapping file itself: a device or a pipe would be read
// forever.
TEST(MappingPaths, AMappingFileMustBeARegularFile) {
  TempDir dir;
  write_agencies(dir.path() / "data");
  ASSERT_EQ(mkfifo((dir.path() / "fifo.toml").c_str(), 0600), 0);
  for (const fs::path& mapping : {fs::path("/dev/zero"), dir.path() / "fifo.toml"}) {
    const PlanResult plan = plan_in_child({dir.path() / "data"}, {mapping});
    ASSERT_TRUE(plan.finished) << mapping;
    EXPECT_TRUE(has(plan.problems, mapping.string() + ":0:0: error: the mapping file is not a regular file"))
        << plan.problems;
  }
  const auto run = run_genaudit("audit --lang en --period 2024 --data " +
                                    (dir.path() / "data").string() + " --mapping /dev/zero",
                                dir.path());
  EXPECT_EQ(run.status, 2);
  EXPECT_TRUE(has(run.err, "/dev/zero")) << run.err;
}

}  // namespace
}  // namespace genaudit
