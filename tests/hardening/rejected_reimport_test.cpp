// A file of rejected rows, fixed and imported back, adds its rows once:
// imported again (by mistake, or with the corrections not saved) it is
// refused, nothing changed, instead of adding its rows a second time (the
// same rejected/news.csv three times gave five rows instead of three, and
// changed O6.T3). The import log counts the rows that came from files of
// rejected rows.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "engine/core/sha256.h"
#include "tests/fixture.h"
#include "tests/golden.h"
#include "tests/hardening/cli_run.h"
#include "tests/hardening/db_dump.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::dump_database;
using testing::read_file;
using testing::run_genaudit;
using testing::TempDir;

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
}

class RejectedReimportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(data_);
    for (const auto& file : fs::directory_iterator(testing::sample_folder())) {
      if (file.path().extension() == ".csv") fs::copy_file(file.path(), data_ / file.path().filename());
    }
    // One news item with a date that does not exist: left out, to rejected/news.csv.
    std::string news = read_file(data_ / "news.csv");
    const std::size_t first = news.find("2024-12-20");
    ASSERT_NE(first, std::string::npos);
    news.replace(first, 10, "2024-13-45");
    std::ofstream(data_ / "news.csv", std::ios::binary) << news;
    const testing::CliRun lenient =
        run_genaudit("import --lenient --db " + db() + " " + data_.string(), dir_.path());
    ASSERT_EQ(lenient.status, 0) << lenient.err;
    ASSERT_TRUE(fs::exists(rejected_news_));
    std::string fixed = read_file(rejected_news_);
    replace_all(fixed, "2024-13-45", "2024-12-20");
    std::ofstream(rejected_news_, std::ios::binary) << fixed;
  }

  std::string db() const { return (dir_.path() / "audit.db").string(); }

  long long query(const std::string& sql) const {
    SQLite::Database db(this->db(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
  }

  long long news_rows() const { return query("SELECT count(*) FROM news"); }

  TempDir dir_;
  fs::path data_ = dir_.path() / "data";
  fs::path rejected_news_ = dir_.path() / "rejected" / "news.csv";
};

TEST_F(RejectedReimportTest, AFixedFileAddsItsRowsOnceAndIsRefusedAfter) {
  const long long kept = news_rows();
  const testing::CliRun added = run_genaudit("import --db " + db() + " " + rejected_news_.string(), dir_.path());
  ASSERT_EQ(added.status, 0) << added.err;
  EXPECT_EQ(news_rows(), kept + 1);
  EXPECT_EQ(query("SELECT rows_from_rejected FROM imports WHERE register = 'news'"), 1);

  const std::string before = dump_database(db());
  const std::string digest = sha256_file(rejected_news_).value_or("?");
  const std::string lenient = " --lenient --rejected " + (dir_.path() / "again").string();
  for (const std::string& add : {std::string(), std::string(" --add"), lenient}) {
    SCOPED_TRACE(add);
    const testing::CliRun again =
        run_genaudit("import --db " + db() + add + " " + rejected_news_.string(), dir_.path());
    EXPECT_EQ(again.status, 2);
    EXPECT_NE(again.err.find(digest), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("đã được nhập vào sổ news"), std::string::npos) << again.err;
    EXPECT_TRUE(dump_database(db()) == before) << "the database changed";
  }
  const testing::CliRun english = run_genaudit(
      "import --lang en --db " + db() + " " + rejected_news_.string(), dir_.path());
  EXPECT_NE(english.err.find("already imported into the news register"), std::string::npos)
      << english.err;
  EXPECT_EQ(news_rows(), kept + 1);
}

TEST_F(RejectedReimportTest, AfterTheRegisterIsReplacedTheFileAddsAgain) {
  ASSERT_EQ(run_genaudit("import --db " + db() + " " + rejected_news_.string(), dir_.path()).status, 0);
  const long long with_fixed = news_rows();
  // The register replaced (rows left out again, to another folder): the
  // fixed rows are no longer in it.
  const testing::CliRun replaced =
      run_genaudit("import --lenient --rejected " + (dir_.path() / "again").string() + " --db " +
                       db() + " " + (data_ / "news.csv").string(),
                   dir_.path());
  ASSERT_EQ(replaced.status, 0) << replaced.err;
  EXPECT_EQ(news_rows(), with_fixed - 1);
  EXPECT_EQ(query("SELECT rows_from_rejected FROM imports WHERE register = 'news'"), 0);
  const testing::CliRun added = run_genaudit("import --db " + db() + " " + rejected_news_.string(), dir_.path());
  EXPECT_EQ(added.status, 0) << added.err;
  EXPECT_EQ(news_rows(), with_fixed);
}

TEST_F(RejectedReimportTest, TheSameFileTwiceInOneImportAddsOnce) {
  const fs::path copy = dir_.path() / "copy" / "news.csv";
  fs::create_directories(copy.parent_path());
  fs::copy_file(rejected_news_, copy);
  const std::string before = dump_database(db());
  const testing::CliRun r = run_genaudit(
      "import --db " + db() + " " + rejected_news_.string() + " " + copy.string(), dir_.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(dump_database(db()) == before) << "the database changed";
}

// Two files of one register with the same content (an agency's list copied
// twice) are the same rows twice: `audit --data` refuses them as an import
// does, on the path that reads a clean folder straight into memory too.
TEST(SameContentTwice, InADataFolderIsRefused) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data / "A");
  fs::create_directories(data / "B");
  for (const auto& file : fs::directory_iterator(testing::sample_folder())) {
    if (file.path().extension() == ".csv") fs::copy_file(file.path(), data / "A" / file.path().filename());
  }
  fs::copy_file(data / "A" / "news.csv", data / "B" / "news.csv");
  const testing::CliRun r = run_genaudit("audit --data " + data.string() + " --period 2025 --output " +
                                             (dir.path() / "report.txt").string(),
                                         dir.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("đã được nhập vào sổ news"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir.path() / "report.txt"));
}

TEST(SameContentTwice, WithoutRowsAddsNothingAndIsRead) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data / "A");
  fs::create_directories(data / "B");
  for (const auto& file : fs::directory_iterator(testing::sample_folder())) {
    if (file.path().extension() == ".csv") fs::copy_file(file.path(), data / "A" / file.path().filename());
  }
  // The template's empty news file, sent by two agencies besides A's list.
  const std::string news = read_file(data / "A" / "news.csv");
  const std::string header = news.substr(0, news.find('\n') + 1);
  fs::create_directories(data / "C");
  std::ofstream(data / "B" / "news.csv", std::ios::binary) << header;
  std::ofstream(data / "C" / "news.csv", std::ios::binary) << header;
  const std::string db = (dir.path() / "audit.db").string();
  const testing::CliRun audit = run_genaudit(
      "audit --data " + data.string() + " --period 2025 --output " +
          (dir.path() / "report.txt").string(),
      dir.path());
  EXPECT_EQ(audit.status, 1) << audit.err;
  const testing::CliRun imported = run_genaudit("import --db " + db + " " + data.string(), dir.path());
  EXPECT_EQ(imported.status, 0) << imported.err;
}

}  // namespace
}  // namespace genaudit
