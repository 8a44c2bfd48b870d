// `audit --data` read straight into memory must give the very tables the
// database path gives (import into a scratch store, then load), and must
// give up — leaving the problem to the database path to report — on every
// kind of problem the importer finds.
#include "engine/audit/in_memory_folder.h"

#include <gtest/gtest.h>

#include <random>

#include "engine/core/sha256.h"
#include "engine/ingest/register_importer.h"
#include "tests/dataset_compare.h"
#include "tests/random_staff.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

FieldSelection every_field() {
  FieldSelection all;
  for (const RegisterSchema& r : all_registers()) {
    for (const FieldSchema& f : r.fields) all[r.name].insert(f.name);
  }
  return all;
}

struct ThroughDatabase {
  Dataset dataset;
  std::vector<RegisterFileInfo> registers;
};

ThroughDatabase through_database(const std::filesystem::path& folder, const FieldSelection& fields,
                                 const std::vector<std::filesystem::path>& mappings = {}) {
  AuditStore store(":memory:");
  const FolderImport imported = import_data_folder(store, folder, {}, mappings);
  EXPECT_TRUE(imported.ok());
  return {store.load(&fields), store.imports()};
}

// The import log and every register, field, cell and row source of the
// two are the same.
void expect_same(const InMemoryFolder& direct, const ThroughDatabase& stored) {
  ASSERT_EQ(direct.registers.size(), stored.registers.size());
  for (std::size_t i = 0; i < stored.registers.size(); ++i) {
    const RegisterFileInfo& a = direct.registers[i];
    const RegisterFileInfo& b = stored.registers[i];
    EXPECT_EQ(a.register_name, b.register_name);
    EXPECT_EQ(a.file, b.file);
    EXPECT_EQ(a.sha256, b.sha256);
    EXPECT_EQ(a.rows, b.rows);
  }
  testing::expect_same_datasets(direct.dataset, stored.dataset);
}

// A register read beside the others (a side lane, forced on however small
// the files) changes nothing: every entry of the intake in the same place.
InMemoryReadOptions with_side_lane() {
  InMemoryReadOptions options;
  options.side_lane_min_bytes = 0;
  return options;
}

void expect_same_intake(const InMemoryFolder& a, const InMemoryFolder& b) {
  const auto files = [](const InMemoryFolder& f) {
    std::vector<std::string> out;
    for (const IntakeFile& i : f.intake.files) {
      out.push_back(i.register_name + "|" + i.file + "|" + i.sheet + "|" +
                    std::to_string(i.header_row) + "|" + i.sha256 + "|" + std::to_string(i.rows));
    }
    return out;
  };
  const auto columns = [](const std::vector<IntakeColumn>& list) {
    std::vector<std::string> out;
    for (const IntakeColumn& c : list) {
      out.push_back(c.register_name + "|" + c.file + "|" + c.header + "|" + c.field);
    }
    return out;
  };
  const auto absent = [](const InMemoryFolder& f) {
    std::vector<std::string> out;
    for (const AbsentColumn& c : f.intake.columns_absent) out.push_back(c.register_name + "|" + c.field);
    return out;
  };
  const auto ignored = [](const InMemoryFolder& f) {
    std::vector<std::string> out;
    for (const IgnoredColumns& i : f.ignored) {
      out.push_back(i.file);
      out.insert(out.end(), i.columns.begin(), i.columns.end());
    }
    return out;
  };
  EXPECT_EQ(files(a), files(b));
  EXPECT_EQ(columns(a.intake.columns_by_note), columns(b.intake.columns_by_note));
  EXPECT_EQ(columns(a.intake.columns_ignored), columns(b.intake.columns_ignored));
  EXPECT_EQ(absent(a), absent(b));
  EXPECT_EQ(ignored(a), ignored(b));
}

void expect_same_both_ways(const std::filesystem::path& folder,
                           const std::vector<std::filesystem::path>& mappings = {}) {
  for (const FieldSelection& fields : {every_field(), testing::builtin_pack().fields_read}) {
    const IntakePlan plan = plan_intake({folder}, mappings);
    const std::optional<InMemoryFolder> direct = read_clean_folder(plan, fields);
    ASSERT_TRUE(direct) << folder;
    const ThroughDatabase stored = through_database(folder, fields, mappings);
    expect_same(*direct, stored);
    const std::optional<InMemoryFolder> beside =
        read_clean_folder(plan, fields, nullptr, with_side_lane());
    ASSERT_TRUE(beside) << folder;
    expect_same(*beside, stored);
    expect_same_intake(*beside, *direct);
  }
}

const std::filesystem::path kExamples = std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples";

TEST(InMemoryFolder, TheSampleProvinceReadsAsTheDatabaseLoadsIt) {
  expect_same_both_ways(kExamples / "khanh-hoa");
}

TEST(InMemoryFolder, MappedFoldersReadAsTheDatabaseLoadsThem) {
  expect_same_both_ways(kExamples / "mapped" / "hr");
  expect_same_both_ways(kExamples / "mapped" / "media");
}

TEST(InMemoryFolder, AbsentColumnWithAMeaningAndIgnoredColumns) {
  TempDir dir;
  // No status column: every enterprise is active, as the importer says.
  dir.write("enterprises.csv",
            "Mã số doanh nghiệp,Tên doanh nghiệp,Loại hình,Giới tính người đứng đầu,Ghi chú\n"
            "E1,Công ty 1,doanh nghiệp,nữ,x\nE2,HTX 2,hợp tác xã,,y\n");
  expect_same_both_ways(dir.path());
  const auto direct = read_clean_folder(dir.path(), every_field());
  ASSERT_TRUE(direct);
  ASSERT_EQ(direct->ignored.size(), 1u);
  EXPECT_EQ(direct->ignored[0].file, "enterprises.csv");
  EXPECT_EQ(direct->ignored[0].columns, std::vector<std::string>{"Ghi chú"});
}

const char* const kAgencies = testing::kRandomStaffAgencies;
const char* kStaffHeader =
    "Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Lãnh đạo chủ chốt,"
    "Ngày bắt đầu,Ngày kết thúc,Trình độ\n";

// Staff with every person-level case (random_staff.h), drawn at random,
// checked against the database.
TEST(InMemoryFolder, RandomStaffRegistersFillPersonsAsTheDatabaseDoes) {
  for (unsigned seed = 1; seed <= 25; ++seed) {
    std::mt19937 random(seed);
    TempDir dir;
    dir.write("agencies.csv", testing::kRandomStaffAgencies);
    dir.write("staff.csv", testing::random_staff_csv(random, false));
    SCOPED_TRACE("seed " + std::to_string(seed));
    expect_same_both_ways(dir.path());
  }
}

// The folder `dir` is not clean: the database path has something to say.
void expect_not_clean(const TempDir& dir) {
  EXPECT_FALSE(read_clean_folder(dir.path(), every_field()));
  EXPECT_FALSE(read_clean_folder(plan_intake({dir.path()}, {}), every_field(), nullptr,
                                 with_side_lane()));
  AuditStore store(":memory:");
  EXPECT_FALSE(import_data_folder(store, dir.path()).ok());
}

TEST(InMemoryFolder, GivesUpOnACellProblem) {
  TempDir dir;
  dir.write("agencies.csv", kAgencies);
  dir.write("staff.csv", std::string(kStaffHeader) + "1,An,nữ,31/02/1980,A,,,,,\n");
  expect_not_clean(dir);
}

TEST(InMemoryFolder, GivesUpOnARepeatedCodeWrittenDifferently) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA1,Sở A,tỉnh\n a1 ,Sở A lần hai,tỉnh\n");
  expect_not_clean(dir);
}

TEST(InMemoryFolder, GivesUpOnAnUnknownAgency) {
  TempDir dir;
  dir.write("agencies.csv", kAgencies);
  dir.write("news.csv", "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\nZ,2025-01-02,Tin,bình đẳng giới\n");
  expect_not_clean(dir);
}

// A code is looked up once per run of rows that write it alike: the row
// after a run is looked up again.
TEST(InMemoryFolder, GivesUpOnAnUnknownAgencyAfterARunOfAKnownOne) {
  TempDir dir;
  dir.write("agencies.csv", kAgencies);
  dir.write("news.csv",
            "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\nA,2025-01-02,Tin,bình đẳng giới\n"
            "A,2025-01-03,Tin,bình đẳng giới\n a ,2025-01-04,Tin,bình đẳng giới\n"
            "Z,2025-01-05,Tin,bình đẳng giới\nA,2025-01-06,Tin,bình đẳng giới\n");
  expect_not_clean(dir);
  // Without the unknown row the file is clean: it is that row that counts.
  dir.write("news.csv",
            "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\nA,2025-01-02,Tin,bình đẳng giới\n"
            "A,2025-01-03,Tin,bình đẳng giới\n a ,2025-01-04,Tin,bình đẳng giới\n"
            "A,2025-01-06,Tin,bình đẳng giới\n");
  EXPECT_TRUE(read_clean_folder(dir.path(), every_field()));
}

TEST(InMemoryFolder, GivesUpOnAnUnknownParentAgency) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên\nA,Sở A,tỉnh,Q\n");
  expect_not_clean(dir);
}

TEST(InMemoryFolder, GivesUpOnAPersonWithTwoGenders) {
  TempDir dir;
  dir.write("agencies.csv", kAgencies);
  dir.write("staff.csv", std::string(kStaffHeader) + "1,An,nữ,,A,,,,,\n 1 ,An,nam,,b,,,,,\n");
  expect_not_clean(dir);
}

TEST(InMemoryFolder, GivesUpOnAMissingRequiredColumn) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Cấp\nA,tỉnh\n");
  expect_not_clean(dir);
}

TEST(InMemoryFolder, GivesUpOnTwoFilesForOneRegister) {
  TempDir dir;
  dir.write("agencies.csv", kAgencies);
  dir.write("Agencies.CSV", kAgencies);
  expect_not_clean(dir);
}

// A register in two files (one per subfolder): the import log's line
// names both with their digests, as the importer writes it.
TEST(InMemoryFolder, ARegisterInTwoFilesIsLoggedAsTheImporterLogsIt) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "a");
  std::filesystem::create_directories(dir.path() / "b");
  dir.write("a/agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  dir.write("b/agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nB,Sở B,tỉnh\n");
  const IntakePlan plan = plan_intake({dir.path()}, {});
  const std::optional<InMemoryFolder> direct = read_clean_folder(plan, every_field());
  ASSERT_TRUE(direct);
  AuditStore store(":memory:");
  ASSERT_TRUE(import_intake(store, plan).ok());
  ASSERT_EQ(store.imports().size(), 1u);
  EXPECT_NE(store.imports()[0].file.find(added_file_log_entry(
                "b/agencies.csv", *sha256_file(dir.path() / "b" / "agencies.csv"))),
            std::string::npos)
      << store.imports()[0].file;
  expect_same(*direct, {store.load(), store.imports()});
  ASSERT_EQ(direct->intake.files.size(), 2u);
  EXPECT_EQ(direct->intake.files[0].sha256, sha256_file(dir.path() / "a" / "agencies.csv"));
  EXPECT_EQ(direct->intake.files[1].sha256, sha256_file(dir.path() / "b" / "agencies.csv"));
}

// The same file in both, of a register without codes (nothing else tells
// the rows apart): the same rows twice, which the importer refuses.
TEST(InMemoryFolder, GivesUpOnTheSameFileTwiceForOneRegister) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "a");
  std::filesystem::create_directories(dir.path() / "b");
  const std::string news = "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\nZ,2025-01-02,Tin,bình đẳng giới\n";
  dir.write("a/news.csv", news);
  dir.write("b/news.csv", news);
  const IntakePlan plan = plan_intake({dir.path()}, {});
  ASSERT_EQ(plan.find("news")->files.size(), 2u);
  EXPECT_FALSE(read_clean_folder(plan, every_field()));
  AuditStore store(":memory:");
  EXPECT_FALSE(import_intake(store, plan).ok());
  // One byte apart, both are read.
  dir.write("b/news.csv", news + "Z,2025-01-02,Tin,bình đẳng giới\n");
  EXPECT_TRUE(read_clean_folder(plan, every_field()));
}

// Staff (in two files) read beside news, agencies first: the tables, the
// log lines, the digests and the intake as the database and as reading in
// turn give them.
const char* const kNews = "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\n";

TEST(InMemoryFolder, ARegisterReadBesideTheOthersReadsAsInTurn) {
  std::mt19937 random(7);
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "SNV");
  std::filesystem::create_directories(dir.path() / "SYT");
  dir.write("agencies.csv", kAgencies);
  dir.write("SNV/staff.csv", testing::random_staff_csv(random, false));
  dir.write("SYT/staff.csv", std::string(kStaffHeader) + "ZZ-SYT-1,Lan,Nữ,01/01/1990,A,,,,,\n");
  dir.write("news.csv", std::string(kNews) + "A,2025-01-02,Tin,bình đẳng giới\nB,2025-02-03,Tin,khác\n");
  expect_same_both_ways(dir.path());
}

// A problem in either register read at the same time, the one beside or
// the one in turn (whichever the lane takes), gives up the same way.
TEST(InMemoryFolder, GivesUpOnAProblemInARegisterReadBesideTheOthers) {
  for (const bool in_staff : {true, false}) {
    SCOPED_TRACE(in_staff ? "staff" : "news");
    TempDir dir;
    dir.write("agencies.csv", kAgencies);
    dir.write("staff.csv", std::string(kStaffHeader) + "1,An,nữ,01/02/1980,A,,,,,\n" +
                               (in_staff ? "2,Bình,nam,31/02/1980,A,,,,,\n" : ""));
    dir.write("news.csv", std::string(kNews) + "A,2025-01-02,Tin,bình đẳng giới\n" +
                              (in_staff ? "" : "A,2025-02-30,Tin,bình đẳng giới\n"));
    expect_not_clean(dir);
  }
}

TEST(InMemoryFolder, LeavesAFileOfRejectedRowsToTheImport) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp,Lý do bị loại\nA,Sở A,tỉnh,sửa rồi\n");
  EXPECT_FALSE(read_clean_folder(dir.path(), every_field()));
}

TEST(InMemoryFolder, ReferencesToAnAbsentRegisterAreNotChecked) {
  // As the importer: news of agencies nobody listed is read as it is.
  TempDir dir;
  dir.write("news.csv", "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\nZ,2025-01-02,Tin,bình đẳng giới\n");
  expect_same_both_ways(dir.path());
}

}  // namespace
}  // namespace genaudit
