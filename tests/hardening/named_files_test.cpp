// A profile or a waiver file the user names is read only if it is a
// regular file of bounded size: a device (/dev/zero) or a FIFO named there
// would otherwise be read forever or wait forever for a writer. Each run
// here is bounded by timeout(1), so a regression fails (status 124) instead
// of hanging the suite.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::sample_folder;
using testing::TempDir;

CliRun run_bounded(const std::string& args, const fs::path& scratch) {
  return testing::run_genaudit_under("timeout 60", args + " </dev/null", scratch);
}

std::string audit_with(const std::string& option, const std::string& file,
                       const std::string& lang = "vi") {
  return "audit --data " + sample_folder() + " --period 2025 --lang " + lang + " " + option +
         " " + file;
}

TEST(NamedFiles, ADeviceAsProfileOrWaiversIsRefusedUnread) {
  TempDir dir;
  for (const std::string option : {"--profile", "--waivers"}) {
    const CliRun r = run_bounded(audit_with(option, "/dev/zero"), dir.path());
    EXPECT_EQ(r.status, 2) << option << "\n" << r.err;
    EXPECT_NE(r.err.find("/dev/zero"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("không phải một tệp thường"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << "no report is written";
  }
}

TEST(NamedFiles, AFifoAsProfileOrWaiversIsRefusedWithoutWaitingForAWriter) {
  TempDir dir;
  const fs::path fifo = dir.path() / "profile.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string option : {"--profile", "--waivers"}) {
    const CliRun r = run_bounded(audit_with(option, fifo.string(), "en"), dir.path());
    EXPECT_EQ(r.status, 2) << option << "\n" << r.err;
    EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
  }
}

TEST(NamedFiles, AHugeProfileOrWaiverFileIsRefusedBeforeItIsRead) {
  TempDir dir;
  const fs::path huge = dir.write("huge.toml", "");
  fs::resize_file(huge, std::uintmax_t{64} << 30);  // sparse: no disk used
  for (const std::string option : {"--profile", "--waivers"}) {
    const CliRun r = run_bounded(audit_with(option, huge.string()), dir.path());
    EXPECT_EQ(r.status, 2) << option << "\n" << r.err;
    EXPECT_NE(r.err.find("dài quá"), std::string::npos) << r.err;
  }
}

TEST(NamedFiles, AMissingProfileStillSaysItCannotBeRead) {
  TempDir dir;
  const CliRun r = run_bounded(audit_with("--profile", "nowhere.toml"), dir.path());
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_NE(r.err.find("không đọc được tệp cấu hình \"nowhere.toml\""), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace genaudit
