// The bad-input corpus (tests/badinput/cases, written by make_corpus.py): for
// every case, `genaudit audit` exits 2, names the file and row in its error
// and writes no report; `genaudit import` exits 2 and leaves the database
// byte for byte as it was. Each case's expected.txt lists lines the English
// error output must contain; a generate.txt names an input too big to
// commit, made here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/fixture.h"
#include "tests/golden.h"
#include "tests/hardening/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_genaudit;
using testing::TempDir;

const fs::path kCases = fs::path(GENAUDIT_SOURCE_DIR) / "tests/badinput/cases";

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> lines_of(const fs::path& file) {
  std::vector<std::string> lines;
  std::istringstream in(read_file(file));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

void append(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::app) << text;
}

// Makes the input `what` names in `folder` (which holds the case's files).
void generate(const std::string& what, const fs::path& folder) {
  const fs::path agencies = folder / "agencies.csv";
  if (what == "huge-cell") {
    append(agencies, "SKH," + std::string(5 << 20, 'x') + ",tỉnh\n");  // a 5 MiB cell
  } else if (what == "million-empty-columns") {
    append(agencies, "SKH" + std::string(1'000'000, ',') + "\n");
  } else if (what == "unclosed-quote-in-big-file") {
    // The quote opened on row 4 is never closed: the rest of a 24 MiB file
    // would be one field.
    std::string rows = "SKH,\"Sở Kế hoạch,tỉnh\n";
    const std::string row = "SXX,Sở Xây dựng và Phát triển đô thị,tỉnh\n";
    while (rows.size() < (std::size_t{24} << 20)) rows += row;
    append(agencies, rows);
  } else {
    FAIL() << "unknown generator " << what;
  }
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A database holding the sample registers: the state every case must leave
// untouched.
const std::string& imported_sample() {
  static const std::string bytes = [] {
    TempDir dir;
    const fs::path db = dir.path() / "before.db";
    const auto r = run_genaudit("import --db " + db.string() + " " + testing::sample_folder(),
                                dir.path());
    EXPECT_EQ(r.status, 0) << r.err;
    return read_file(db);
  }();
  return bytes;
}

class BadInputCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(BadInputCorpus, AuditExitsTwoNamesTheFileAndRowAndImportChangesNothing) {
  const fs::path source = kCases / GetParam();
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  for (const auto& entry : fs::directory_iterator(source)) {
    const std::string name = entry.path().filename().string();
    if (name != "expected.txt" && name != "generate.txt") fs::copy_file(entry.path(), data / name);
  }
  if (fs::exists(source / "generate.txt")) {
    generate(lines_of(source / "generate.txt").at(0), data);
  }
  const std::vector<std::string> expected = lines_of(source / "expected.txt");
  ASSERT_FALSE(expected.empty());

  // audit: exit 2, every expected line, no report.
  const fs::path report = dir.path() / "out.json";
  const auto audit = run_genaudit("audit --data " + data.string() +
                                      " --period 2025 --format json --lang en --output " +
                                      report.string(),
                                  dir.path());
  EXPECT_EQ(audit.status, 2) << audit.err;
  for (const std::string& line : expected) {
    EXPECT_TRUE(contains(audit.err, line)) << "expected: " << line << "\ngot:\n" << audit.err;
  }
  EXPECT_LT(audit.err.size(), 64u * 1024) << "error output is not bounded";
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename().string().rfind("out.json", 0), std::string::npos)
        << "wrote " << entry.path();
  }

  // import: exit 2, the same errors, the database byte for byte as before.
  const fs::path db = dir.path() / "audit.db";
  std::ofstream(db, std::ios::binary) << imported_sample();
  const auto import = run_genaudit("import --lang en --db " + db.string() + " " + data.string(),
                                   dir.path());
  EXPECT_EQ(import.status, 2) << import.err;
  for (const std::string& line : expected) {
    EXPECT_TRUE(contains(import.err, line)) << "expected: " << line << "\ngot:\n" << import.err;
  }
  EXPECT_TRUE(read_file(db) == imported_sample()) << "the database changed";
  EXPECT_FALSE(fs::exists(db.string() + "-journal"));
}

INSTANTIATE_TEST_SUITE_P(Cases, BadInputCorpus, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(BadInputCorpusSize, HasAtLeastThirtyCases) { EXPECT_GE(case_names().size(), 30u); }

// Not bad input: a register with its header and no row imports, as zero
// rows (an agency with nothing to report is a fact, not an error).
TEST(BadInputBoundary, AHeaderOnlyRegisterImportsAsNoRows) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  std::ofstream(data / "agencies.csv", std::ios::binary) << "Mã đơn vị,Tên đơn vị,Cấp\n";
  const auto r = run_genaudit("import --lang en --db " + (dir.path() / "a.db").string() + " " +
                                  data.string(),
                              dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
}

// One good register and one bad: the import takes all the files or none.
TEST(BadInputBoundary, AnImportWithOneBadRegisterImportsNoneOfThem) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  std::ofstream(data / "agencies.csv", std::ios::binary)
      << "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\n";
  std::ofstream(data / "staff.csv", std::ios::binary)
      << "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n1,An,Nữ?,SNV\n";
  const fs::path db = dir.path() / "a.db";
  const auto r = run_genaudit("import --lang en --db " + db.string() + " " + data.string(),
                              dir.path());
  EXPECT_EQ(r.status, 2);
  AuditStore store(db.string());
  EXPECT_TRUE(store.imports().empty());
}

}  // namespace
}  // namespace genaudit
