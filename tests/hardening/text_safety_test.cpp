// Register text as the terminal shows it, and codes as they are compared:
//  - control characters of a value (terminal escape sequences, a bell) are
//    shown visibly, as \x1b, by the text report, `explain` and the import's
//    error messages, never sent to the terminal raw;
//  - a code holding an invisible character (a zero-width space, a BOM, a
//    word joiner: Unicode's format characters) is refused at its row, since
//    `A1` and `A1` + U+200B would otherwise be two different agencies.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::run_genaudit;
using testing::sample_folder;
using testing::TempDir;

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void replace_in(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = read(path);
  const std::size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << text;
}

// A screen clear and a window title ended by a bell.
const std::string kEscapes = "\x1b[2J\x1b]0;pwned\x07";
const std::string kEscapesShown = "\\x1b[2J\\x1b]0;pwned\\x07";

void expect_no_raw_control(const std::string& text, const std::string& what) {
  EXPECT_FALSE(has(text, "\x1b")) << what << ":\n" << text;
  EXPECT_FALSE(has(text, "\x07")) << what;
}

// The sample with SKHDT's name (an agency O1.S4 finds) carrying kEscapes.
struct EscapedSample {
  TempDir dir;
  fs::path data = dir.path() / "data";
  EscapedSample() {
    fs::copy(sample_folder(), data, fs::copy_options::recursive);
    replace_in(data / "agencies.csv", "Sở Kế hoạch và Đầu tư",
               "\"Sở Kế hoạch" + kEscapes + " và Đầu tư\"");
  }
};

TEST(TerminalEscapes, TheTextReportShowsThemVisibly) {
  EscapedSample s;
  const auto run = run_genaudit("audit --period 2024 --data " + s.data.string(), s.dir.path());
  EXPECT_EQ(run.status, 1) << run.err;
  expect_no_raw_control(run.out, "the report");
  expect_no_raw_control(run.err, "the messages");
  EXPECT_TRUE(has(run.out, "Sở Kế hoạch" + kEscapesShown + " và Đầu tư")) << run.out;
}

TEST(TerminalEscapes, ExplainShowsThemVisibly) {
  EscapedSample s;
  const auto run =
      run_genaudit("explain O1.S4 SKHDT --period 2024 --data " + s.data.string(), s.dir.path());
  EXPECT_EQ(run.status, 0) << run.err;
  expect_no_raw_control(run.out, "explain");
  EXPECT_TRUE(has(run.out, "Sở Kế hoạch" + kEscapesShown + " và Đầu tư")) << run.out;
}

TEST(TerminalEscapes, ImportErrorsShowThemVisibly) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  std::ofstream(data / "agencies.csv", std::ios::binary)
      << "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,\"tỉnh" << kEscapes << "\"\n";
  for (const std::string lang : {"vi", "en"}) {
    const auto run = run_genaudit("import --lang " + lang + " --db " +
                                      (dir.path() / "audit.db").string() + " " + data.string(),
                                  dir.path());
    EXPECT_EQ(run.status, 2);
    expect_no_raw_control(run.err, "the import's errors");
    EXPECT_TRUE(has(run.err, "\"tỉnh" + kEscapesShown + "\"")) << run.err;
  }
  // A file name is register text too.
  fs::rename(data / "agencies.csv", data / ("agencies" + kEscapes + ".csv"));
  const auto run = run_genaudit("audit --period 2024 --data " + data.string(), dir.path());
  EXPECT_EQ(run.status, 2);
  expect_no_raw_control(run.err, "the audit's errors");
  EXPECT_TRUE(has(run.err, "agencies" + kEscapesShown + ".csv")) << run.err;
}

// ---- Invisible characters in codes ------------------------------------------

struct Invisible {
  std::string utf8;
  std::string shown;
  std::string code_point;
};
const Invisible kInvisibles[] = {
    {"\xE2\x80\x8B", "\\u200b", "U+200B"},  // ZERO WIDTH SPACE
    {"\xEF\xBB\xBF", "\\ufeff", "U+FEFF"},  // ZERO WIDTH NO-BREAK SPACE (a BOM)
    {"\xE2\x81\xA0", "\\u2060", "U+2060"},  // WORD JOINER
};

TEST(InvisibleCodes, TwoAgenciesThatLookAlikeAreRefusedAtTheRow) {
  for (const Invisible& c : kInvisibles) {
    TempDir dir;
    const fs::path data = dir.path() / "data";
    fs::create_directories(data);
    std::ofstream(data / "agencies.csv", std::ios::binary)
        << "Mã đơn vị,Tên đơn vị,Cấp\nA1,Sở Nội vụ,tỉnh\nA1" << c.utf8 << ",Sở Tư pháp,tỉnh\n";
    const std::string db = (dir.path() / "audit.db").string();
    const auto vi = run_genaudit("import --db " + db + " " + data.string(), dir.path());
    EXPECT_EQ(vi.status, 2) << c.code_point;
    EXPECT_TRUE(has(vi.err, "agencies.csv, dòng 3, cột \"Mã đơn vị\": mã \"A1" + c.shown +
                                "\" có ký tự vô hình (" + c.code_point + ")"))
        << vi.err;
    EXPECT_TRUE(has(vi.err, "hãy xoá ký tự đó")) << vi.err;
    const auto en = run_genaudit("import --lang en --db " + db + " " + data.string(), dir.path());
    EXPECT_TRUE(has(en.err, "agencies.csv, row 3, column \"Mã đơn vị\": the code \"A1" + c.shown +
                                "\" holds an invisible character (" + c.code_point + ")"))
        << en.err;
  }
}

// Every column of codes: a key, a reference, a person's id; at the start
// of a value too (a BOM left by joining two files).
TEST(InvisibleCodes, EveryCodeColumnRefusesThem) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  std::ofstream(data / "agencies.csv", std::ios::binary)
      << "\xEF\xBB\xBF" "Mã đơn vị,Tên đơn vị,Cấp\nA1,Sở Nội vụ,tỉnh\n";
  std::ofstream(data / "staff.csv", std::ios::binary)
      << "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n"
      << "CB1,Lê Thị Hoa,Nữ,A1\n"
      << "CB2,Trần Văn An,Nam,A1\xE2\x81\xA0\n"
      << "\xEF\xBB\xBF" "CB3,Ngô Thị Lan,Nữ,A1\n";
  const auto run = run_genaudit("import --lang en --db " + (dir.path() / "audit.db").string() +
                                    " " + data.string(),
                                dir.path());
  EXPECT_EQ(run.status, 2);
  EXPECT_TRUE(has(run.err, "staff.csv, row 3, column \"Mã đơn vị\": the code \"A1\\u2060\""))
      << run.err;
  EXPECT_TRUE(has(run.err, "staff.csv, row 4, column \"Mã cán bộ\": the code \"\\ufeffCB3\""))
      << run.err;
  EXPECT_FALSE(has(run.err, "agencies.csv")) << "the file's own BOM is no part of its text";
}

// Lenient: the row is set aside like any row with an error, the others kept.
TEST(InvisibleCodes, ALenientImportSetsTheRowAside) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  std::ofstream(data / "agencies.csv", std::ios::binary)
      << "Mã đơn vị,Tên đơn vị,Cấp\nA1,Sở Nội vụ,tỉnh\nA1\xE2\x80\x8B,Sở Tư pháp,tỉnh\n";
  const auto run = run_genaudit("import --lenient --lang en --db " +
                                    (dir.path() / "audit.db").string() + " " + data.string(),
                                dir.path());
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(has(run.err, "agencies: 1 rows imported, 1 rows rejected")) << run.err;
  // The row as it was, for the user to fix, with the reason shown visibly.
  const std::string rejected = read(dir.path() / "rejected" / "agencies.csv");
  EXPECT_TRUE(has(rejected, "A1\xE2\x80\x8B,")) << rejected;
  EXPECT_TRUE(has(rejected, "A1\\u200b")) << rejected;
}

}  // namespace
}  // namespace genaudit
