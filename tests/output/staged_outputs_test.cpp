// Specification of StagedOutputs (engine/output/staged_outputs.h): outputs
// written in full in a private folder and published together, never over a
// special file or an input, never through a planted link.
#include "engine/output/staged_outputs.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "tests/fixture.h"
#include "tests/golden.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::TempDir;

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::set<std::string> names_in(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

TEST(StagedOutputs, NothingAppearsBeforePublishAndEverythingThen) {
  TempDir dir;
  const fs::path old_report = dir.write("report.json", "old");
  StagedOutputs outputs(Language::kEnglish);
  std::string error;
  ASSERT_TRUE(outputs.add(old_report, "new", &error)) << error;
  ASSERT_TRUE(outputs.add(dir.path() / "records.md", "record", &error)) << error;
  // Only the private staging folder so far.
  const std::set<std::string> staged = names_in(dir.path());
  ASSERT_EQ(staged.size(), 2u);
  EXPECT_EQ(read_file(old_report), "old");
  EXPECT_FALSE(fs::exists(dir.path() / "records.md"));

  ASSERT_TRUE(outputs.publish(&error)) << error;
  EXPECT_EQ(read_file(old_report), "new");
  EXPECT_EQ(read_file(dir.path() / "records.md"), "record");
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"report.json", "records.md"}));
}

TEST(StagedOutputs, DiscardedOutputsLeaveNothingNotEvenTheFoldersMadeForThem) {
  TempDir dir;
  dir.write("kept.txt", "mine");
  {
    StagedOutputs outputs(Language::kEnglish);
    std::string error;
    ASSERT_TRUE(outputs.create_folder(dir.path() / "a" / "b", &error)) << error;
    ASSERT_TRUE(outputs.add(dir.path() / "a" / "b" / "r.md", "x", &error)) << error;
    ASSERT_TRUE(outputs.add(dir.path() / "kept.txt", "replaced?", &error)) << error;
  }  // destroyed unpublished
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"kept.txt"}));
  EXPECT_EQ(read_file(dir.path() / "kept.txt"), "mine");
}

TEST(StagedOutputs, TemporariesAreInAFreshPrivateFolderOfRandomName) {
  TempDir dir;
  StagedOutputs first(Language::kEnglish), second(Language::kEnglish);
  std::string error;
  const auto a = first.add_file(dir.path() / "r.xlsx", &error);
  ASSERT_TRUE(a) << error;
  const auto b = second.add_file(dir.path() / "r.xlsx", &error);
  ASSERT_TRUE(b) << error;
  // Beside the output (a rename then stays on its file system), each in
  // a folder of its own that no one else can write into.
  EXPECT_EQ(fs::canonical(a->parent_path().parent_path()), fs::canonical(dir.path()));
  EXPECT_NE(a->parent_path(), b->parent_path());
  EXPECT_NE(a->parent_path().filename().string().find(".genaudit-staging-"), std::string::npos);
  for (const fs::path& file : {*a, *b}) {
    struct stat st {};
    ASSERT_EQ(::lstat(file.parent_path().c_str(), &st), 0);
    EXPECT_TRUE(S_ISDIR(st.st_mode));
    EXPECT_EQ(st.st_mode & 07777, 0700u);
    EXPECT_EQ(st.st_uid, ::getuid());
    ASSERT_EQ(::lstat(file.c_str(), &st), 0);
    EXPECT_TRUE(S_ISREG(st.st_mode));  // made by us, not a link
    EXPECT_EQ(st.st_size, 0);
  }
}

TEST(StagedOutputs, ALinkAtTheOutputIsReplacedNeverWrittenThrough) {
  TempDir dir;
  const fs::path victim = dir.write("victim.txt", "precious");
  const fs::path link = dir.path() / "report.md";
  fs::create_symlink(victim, link);
  StagedOutputs outputs(Language::kEnglish);
  std::string error;
  ASSERT_TRUE(outputs.add(link, "report", &error)) << error;
  ASSERT_TRUE(outputs.publish(&error)) << error;
  EXPECT_FALSE(fs::is_symlink(link));
  EXPECT_EQ(read_file(link), "report");
  EXPECT_EQ(read_file(victim), "precious");
}

TEST(StagedOutputs, ADeviceIsWrittenToOnlyWhenStreamsAreAllowed) {
  TempDir dir;
  const fs::path link = dir.path() / "out.csv";
  fs::create_symlink("/dev/null", link);
  StagedOutputs outputs(Language::kEnglish);
  std::string error;
  EXPECT_FALSE(outputs.add(link, "x", &error));
  EXPECT_TRUE(has(error, "\"" + link.string() + "\" is a device, not a file")) << error;
  ASSERT_TRUE(outputs.add(link, "x", &error, Streams::kAllowed)) << error;
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"out.csv"}));  // nothing staged
  ASSERT_TRUE(outputs.publish(&error)) << error;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST(StagedOutputs, AFolderIsRefusedInTheUsersLanguage) {
  TempDir dir;
  StagedOutputs vi(Language::kVietnamese);
  std::string error;
  EXPECT_FALSE(vi.add(dir.path(), "x", &error, Streams::kAllowed));
  EXPECT_EQ(error, "\"" + dir.path().string() +
                       "\" là một thư mục, không phải tệp — hãy chọn tên tệp khác; chưa ghi gì");
  StagedOutputs en(Language::kEnglish);
  EXPECT_FALSE(en.check(dir.path(), Streams::kAllowed, &error));
  EXPECT_EQ(error, "\"" + dir.path().string() +
                       "\" is a folder, not a file — choose another file name; nothing was written");
}

TEST(StagedOutputs, AProtectedInputIsRefusedByItsDeviceAndInode) {
  TempDir dir;
  const fs::path input = dir.write("staff.csv", "rows");
  const fs::path hard_link = dir.path() / "other-name.csv";
  fs::create_hard_link(input, hard_link);
  const fs::path soft_link = dir.path() / "link.csv";
  fs::create_symlink(input, soft_link);
  StagedOutputs outputs(Language::kEnglish);
  outputs.protect(input, InputRole::kRegister);
  outputs.protect(dir.path() / "missing.toml", InputRole::kMapping);  // not there: nothing
  std::string error;
  for (const fs::path& path : {input, hard_link, soft_link}) {
    EXPECT_FALSE(outputs.add(path, "x", &error)) << path;
    EXPECT_TRUE(has(error, "it is the register file \"" + input.string() + "\"")) << error;
  }
  EXPECT_TRUE(outputs.add(dir.path() / "missing.toml", "x", &error)) << error;
  EXPECT_EQ(read_file(input), "rows");
}

TEST(StagedOutputs, AnOutputStagedTwiceKeepsTheLater) {
  TempDir dir;
  StagedOutputs outputs(Language::kEnglish);
  std::string error;
  ASSERT_TRUE(outputs.add(dir.path() / "r.csv", "first", &error)) << error;
  ASSERT_TRUE(outputs.add(dir.path() / "." / "r.csv", "second", &error)) << error;
  ASSERT_TRUE(outputs.publish(&error)) << error;
  EXPECT_EQ(read_file(dir.path() / "r.csv"), "second");
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"r.csv"}));
}

TEST(StagedOutputs, AnOutputThatCannotBePublishedStopsTheRest) {
  TempDir dir;
  StagedOutputs outputs(Language::kEnglish);
  std::string error;
  ASSERT_TRUE(outputs.add(dir.path() / "a.md", "a", &error)) << error;
  ASSERT_TRUE(outputs.add(dir.path() / "b.md", "b", &error)) << error;
  ASSERT_TRUE(outputs.add(dir.path() / "c.md", "c", &error)) << error;
  fs::create_directories(dir.path() / "b.md" / "inside");  // after staging
  EXPECT_FALSE(outputs.publish(&error));
  EXPECT_TRUE(has(error, "cannot write \"" + (dir.path() / "b.md").string() + "\"")) << error;
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"a.md", "b.md"}));
  EXPECT_TRUE(fs::is_directory(dir.path() / "b.md"));
}

TEST(StagedOutputs, AMissingFolderIsSaid) {
  TempDir dir;
  StagedOutputs outputs(Language::kVietnamese);
  std::string error;
  const fs::path path = dir.path() / "no-such-folder" / "r.json";
  EXPECT_FALSE(outputs.add(path, "x", &error));
  EXPECT_EQ(error, "không ghi được tệp \"" + path.string() +
                       "\": thư mục không tồn tại hoặc không ghi được; chưa ghi gì");
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(StagedOutputs, StandardOutputIsDashOrNothing) {
  EXPECT_EQ(output_kind(""), OutputKind::kStandardOutput);
  EXPECT_EQ(output_kind("-"), OutputKind::kStandardOutput);
  EXPECT_EQ(output_kind("./-"), OutputKind::kFile);
  EXPECT_EQ(output_kind("/dev/null"), OutputKind::kStream);
  EXPECT_EQ(output_kind("/"), OutputKind::kFolder);
}

}  // namespace
}  // namespace genaudit
