// Formatting the rule files of a path (engine/output/rule_files_format.h,
// `genaudit rules fmt`): changed files are replaced atomically and only
// they; checking changes nothing; a file that does not parse is reported
// and left alone while the others are still formatted.
#include "engine/output/rule_files_format.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/golden.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using Kind = RuleFileOutcome::Kind;

class RuleFilesFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("genaudit_fmt_" + std::to_string(::getpid()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_ / "sub");
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(folder_ / "sub", fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(folder_);
  }

  fs::path write(const std::string& name, const std::string& text) {
    const fs::path path = folder_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  // The files of `format`, each as "kind name".
  static std::vector<std::string> outcomes(const RuleFilesFormat& format) {
    std::vector<std::string> out;
    for (const RuleFileOutcome& file : format.files) {
      const char* kind = file.kind == Kind::kChanged        ? "changed "
                         : file.kind == Kind::kDoesNotParse ? "does not parse "
                                                            : "not replaced ";
      out.push_back(kind + file.name);
    }
    return out;
  }

  static ino_t inode_of(const fs::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_ino;
  }

  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(folder_)) {
      names.push_back(fs::relative(e.path(), folder_).string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path folder_;
};

const char kMessy[] = "param  a=1 # one\r\nparam b=[ 1,2 ]\r\n";
const char kCanonical[] = "param a = 1 # one\nparam b = [1, 2]\n";

TEST_F(RuleFilesFormatTest, CheckListsFilesThatWouldChangeAndChangesNothing) {
  const fs::path messy = write("sub/messy.rules", kMessy);
  const fs::path canonical = write("canonical.rules", kCanonical);
  const RuleFilesFormat check = format_rule_files(folder_.string(), RuleFilesAction::kCheckOnly);
  EXPECT_EQ(outcomes(check), std::vector<std::string>{"changed " + messy.string()});
  EXPECT_TRUE(check.changed());
  EXPECT_FALSE(check.failed());
  EXPECT_EQ(testing::read_file(messy), kMessy);
  EXPECT_EQ(testing::read_file(canonical), kCanonical);

  const RuleFilesFormat clean = format_rule_files(canonical.string(), RuleFilesAction::kCheckOnly);
  EXPECT_TRUE(clean.files.empty());
  EXPECT_FALSE(clean.changed());
  EXPECT_FALSE(clean.failed());
}

TEST_F(RuleFilesFormatTest, RewritesChangedFilesAtomicallyAndOnlyThose) {
  const fs::path messy = write("sub/messy.rules", kMessy);
  const fs::path canonical = write("canonical.rules", kCanonical);
  fs::permissions(messy, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  const ino_t messy_inode = inode_of(messy);
  const ino_t canonical_inode = inode_of(canonical);
  const auto canonical_time = fs::last_write_time(canonical);

  const RuleFilesFormat first = format_rule_files(folder_.string(), RuleFilesAction::kReplace);
  EXPECT_FALSE(first.failed());
  EXPECT_EQ(outcomes(first), std::vector<std::string>{"changed " + messy.string()});
  EXPECT_EQ(testing::read_file(messy), kCanonical);
  // Replaced by a rename: a new file, with the old one's permissions, and
  // no temporary file left beside it.
  EXPECT_NE(inode_of(messy), messy_inode);
  EXPECT_EQ(fs::status(messy).permissions() & fs::perms::mask,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(entries(), (std::vector<std::string>{"canonical.rules", "sub", "sub/messy.rules"}));
  // An unchanged file is not touched.
  EXPECT_EQ(inode_of(canonical), canonical_inode);
  EXPECT_EQ(fs::last_write_time(canonical), canonical_time);

  const RuleFilesFormat second = format_rule_files(folder_.string(), RuleFilesAction::kReplace);
  EXPECT_FALSE(second.failed());
  EXPECT_TRUE(second.files.empty());
  EXPECT_FALSE(format_rule_files(folder_.string(), RuleFilesAction::kCheckOnly).changed());
}

TEST_F(RuleFilesFormatTest, FileThatDoesNotParseIsReportedAndLeftAlone) {
  const char broken_text[] = "param a = (1\n";
  const fs::path broken = write("broken.rules", broken_text);
  const fs::path messy = write("messy.rules", kMessy);
  const RuleFilesFormat fmt = format_rule_files(folder_.string(), RuleFilesAction::kReplace);
  EXPECT_TRUE(fmt.failed());
  ASSERT_EQ(outcomes(fmt), (std::vector<std::string>{"does not parse " + broken.string(),
                                                     "changed " + messy.string()}));
  const std::string diagnostics = rules::format_diagnostics(fmt.files[0].diagnostics);
  EXPECT_NE(diagnostics.find("broken.rules:2:1: error: expected `)`"), std::string::npos)
      << diagnostics;
  EXPECT_EQ(testing::read_file(broken), broken_text);
  // The other files are still formatted.
  EXPECT_EQ(testing::read_file(messy), kCanonical);
  EXPECT_TRUE(format_rule_files(folder_.string(), RuleFilesAction::kCheckOnly).failed());
}

// A file whose folder may not be written is said to be not replaced, and
// the others are still formatted.
TEST_F(RuleFilesFormatTest, FileThatCannotBeReplacedIsReportedAndLeftAlone) {
  const fs::path locked = write("sub/locked.rules", kMessy);
  const fs::path messy = write("messy.rules", kMessy);
  fs::permissions(folder_ / "sub", fs::perms::owner_read | fs::perms::owner_exec);
  if (::access((folder_ / "sub").c_str(), W_OK) == 0) {
    GTEST_SKIP() << "this user writes into a read-only folder (root)";
  }
  const RuleFilesFormat fmt = format_rule_files(folder_.string(), RuleFilesAction::kReplace);
  EXPECT_TRUE(fmt.failed());
  ASSERT_EQ(outcomes(fmt), (std::vector<std::string>{"changed " + messy.string(),
                                                     "not replaced " + locked.string()}));
  EXPECT_NE(fmt.files[1].error.find(locked.parent_path().string()), std::string::npos)
      << fmt.files[1].error;
  EXPECT_EQ(testing::read_file(locked), kMessy);
  EXPECT_EQ(testing::read_file(messy), kCanonical);
}

TEST_F(RuleFilesFormatTest, MissingPathIsAnError) {
  const RuleFilesFormat missing =
      format_rule_files((folder_ / "nothing.rules").string(), RuleFilesAction::kCheckOnly);
  EXPECT_TRUE(missing.failed());
  EXPECT_TRUE(missing.files.empty());
  EXPECT_NE(missing.read_error.find("nothing.rules"), std::string::npos) << missing.read_error;
}

}  // namespace
}  // namespace genaudit
