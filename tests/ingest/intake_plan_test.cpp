// Which register each file is, and which files are not read, with why.
#include "engine/ingest/intake_plan.h"

#include "engine/ingest/data_folder.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/fixture.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

constexpr const char* kAgencies = "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\n";
constexpr const char* kStaff = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nK1,An,Nữ,SNV\n";

void write(const TempDir& dir, const std::string& name, const std::string& content) {
  fs::create_directories((dir.path() / name).parent_path());
  dir.write(name, content);
}

std::vector<std::string> files_of(const IntakePlan& plan, const std::string& register_name) {
  std::vector<std::string> out;
  if (const IntakeRegister* r = plan.find(register_name)) {
    for (const IntakeSource& s : r->files) out.push_back(s.display_name);
  }
  return out;
}

UnreadReason reason_of(const IntakePlan& plan, const std::string& file) {
  for (const UnreadFile& f : plan.not_read) {
    if (f.file == file) return f.reason;
  }
  ADD_FAILURE() << file << " is not listed as not read";
  return UnreadReason::kHidden;
}

TEST(IntakePlanTest, EveryFileIsARegisterOrNotReadWithTheReason) {
  TempDir dir;
  write(dir, "AGENCIES.csv", kAgencies);
  write(dir, "SYT/staff.csv", kStaff);
  write(dir, "STP/Danh sách cán bộ - Sở Tư pháp.csv", "DANH SÁCH\n\n" + std::string(kStaff));
  write(dir, "Báo cáo.docx", "not a spreadsheet");
  write(dir, "notes.txt", "a note\n");
  write(dir, "~$staff.xlsx", "an office lock file");
  write(dir, "rejected/staff.csv", kStaff);
  write(dir, "agencies.mapping.toml", "[[register]]\nname = \"agencies\"\nfile = \"AGENCIES.csv\"\n");
  const IntakePlan plan = plan_intake({dir.path()});
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(files_of(plan, "agencies"), std::vector<std::string>{"AGENCIES.csv"});
  EXPECT_EQ(plan.find("agencies")->files[0].recognised_by, RecognisedBy::kMapping);
  ASSERT_EQ(files_of(plan, "staff"),
            (std::vector<std::string>{"STP/Danh sách cán bộ - Sở Tư pháp.csv", "SYT/staff.csv"}));
  const IntakeRegister& staff = *plan.find("staff");
  EXPECT_EQ(staff.files[0].recognised_by, RecognisedBy::kHeader);
  EXPECT_EQ(staff.files[0].header_row, 3);
  EXPECT_EQ(staff.files[1].recognised_by, RecognisedBy::kName);
  EXPECT_EQ(reason_of(plan, "Báo cáo.docx"), UnreadReason::kNotARegisterFormat);
  EXPECT_EQ(reason_of(plan, "notes.txt"), UnreadReason::kNoRegisterHeader);
  EXPECT_EQ(reason_of(plan, "~$staff.xlsx"), UnreadReason::kHidden);
  EXPECT_EQ(reason_of(plan, "rejected/staff.csv"), UnreadReason::kRejectedRowsFile);
  EXPECT_EQ(reason_of(plan, "agencies.mapping.toml"), UnreadReason::kMappingFile);
  EXPECT_EQ(plan.not_read.size(), 5u);
}

TEST(IntakePlanTest, AMissingPathIsAnError) {
  const IntakePlan plan = plan_intake({"/no/such/folder"});
  ASSERT_EQ(plan.errors.size(), 1u);
  EXPECT_EQ(plan.errors[0].kind, InputErrorKind::kCannotOpen);
}

TEST(IntakePlanTest, TooManyLevelsOfFoldersStopsInsteadOfSkippingThem) {
  TempDir dir;
  fs::path deep = dir.path();
  for (int i = 0; i < kMaxIntakeDepth; ++i) deep /= "d" + std::to_string(i);
  fs::create_directories(deep);
  std::ofstream(deep / "staff.csv") << kStaff;
  const IntakePlan plan = plan_intake({dir.path()});
  ASSERT_EQ(plan.errors.size(), 1u);
  EXPECT_EQ(plan.errors[0].kind, InputErrorKind::kFolderLimitExceeded);
  EXPECT_EQ(plan.errors[0].expected, "max_folder_depth = " + std::to_string(kMaxIntakeDepth));
}

TEST(IntakePlanTest, TooManyFilesStops) {
  TempDir dir;
  for (std::size_t i = 0; i <= kMaxIntakeFiles; ++i) {
    std::ofstream(dir.path() / ("f" + std::to_string(i) + ".docx"));
  }
  const IntakePlan plan = plan_intake({dir.path()});
  ASSERT_EQ(plan.errors.size(), 1u);
  EXPECT_EQ(plan.errors[0].kind, InputErrorKind::kFolderLimitExceeded);
  EXPECT_EQ(plan.errors[0].expected, "max_folder_files = " + std::to_string(kMaxIntakeFiles));
}

TEST(IntakePlanTest, AMacroEnabledWorkbookIsAWorkbookByItsName) {
  TempDir dir;
  const fs::path xlsx = fs::path(GENAUDIT_SOURCE_DIR) / "tests/data/xlsx/registers-xlsx";
  fs::copy_file(xlsx / "agencies.xlsx", dir.path() / "agencies.xlsx");
  fs::copy_file(xlsx / "staff.xlsx", dir.path() / "STAFF.XLSM");
  const IntakePlan plan = plan_intake({dir.path()});
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(files_of(plan, "staff"), std::vector<std::string>{"STAFF.XLSM"});
  EXPECT_EQ(plan.find("staff")->files[0].recognised_by, RecognisedBy::kName);
  EXPECT_TRUE(plan.not_read.empty());
  EXPECT_TRUE(is_register_format("a.xlsm"));
}

}  // namespace
}  // namespace genaudit

namespace genaudit {
namespace {

// Across the files of one register: a person with two genders names the
// person and the row, in the other file, that gave the first gender.
TEST(IntakeImportTest, APersonWithTwoGendersAcrossFilesNamesThePersonAndTheOtherFile) {
  TempDir dir;
  write(dir, "agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\nSYT,Sở Y tế,tỉnh\n");
  write(dir, "SNV/staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nK0,Bình,Nam,SNV\nK1,An,Nữ,SNV\n");
  write(dir, "SYT/staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nK1,An,Nam,SYT\n");
  AuditStore store(":memory:");
  const FolderImport imported = import_data_folder(store, dir.path());
  ASSERT_EQ(imported.errors.size(), 1u);
  const InputError& e = imported.errors[0];
  EXPECT_EQ(e.kind, InputErrorKind::kConflictingGender);
  EXPECT_EQ(e.file, "SYT/staff.csv");
  EXPECT_EQ(e.row, 2);
  EXPECT_EQ(e.subject, "K1");
  EXPECT_EQ(e.other_row, "row 3 in SNV/staff.csv");
}

}  // namespace
}  // namespace genaudit
