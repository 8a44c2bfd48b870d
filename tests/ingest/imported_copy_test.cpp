// The evaluator's copies written by the importer (imported_copy.h): after a
// strict import every register has one, and it holds exactly what loading
// the table through SQL gives, cell for cell — persons' filled values,
// whole numbers, -0, dates, blanks and codes included; an import that adds
// rows or leaves rows out writes none (the first audit does, as before).
#include "engine/ingest/imported_copy.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <random>
#include <string>

#include "engine/store/register_cache.h"
#include "tests/dataset_compare.h"
#include "tests/fixture.h"
#include "tests/random_staff.h"

namespace genaudit {
namespace {

using testing::TempDir;

const std::filesystem::path kProvince =
    std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";

bool has_copy(AuditStore& store, const std::string& name) {
  return RegisterCache::has_copy(store.database().getHandle(), name);
}

// The registers as SQL reads them: every copy forgotten first.
Dataset through_sql(AuditStore& store) {
  {
    SQLite::Transaction transaction(store.database());
    for (const RegisterSchema& r : all_registers()) RegisterCache::forget(store.database(), r.name);
    transaction.commit();
  }
  return store.load();
}

// The registers as the first audit after the import reads them.
Dataset from_copies(AuditStore& store) {
  for (const RegisterFileInfo& info : store.imports()) {
    EXPECT_TRUE(has_copy(store, info.register_name)) << info.register_name;
  }
  return store.load();
}

TEST(ImportedCopy, EveryRegisterOfTheSampleIsCopiedAsSqlReadsIt) {
  AuditStore store(AuditStore::kScratch);
  ASSERT_TRUE(import_data_folder(store, kProvince).ok());
  const Dataset copied = from_copies(store);
  testing::expect_same_datasets(through_sql(store), copied);
}

TEST(ImportedCopy, PersonsFilledValuesAreInTheCopy) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    TempDir dir;
    dir.write("agencies.csv", testing::kRandomStaffAgencies);
    dir.write("staff.csv", testing::random_staff_csv(random, false));
    AuditStore store(AuditStore::kScratch);
    ASSERT_TRUE(import_data_folder(store, dir.path()).ok());
    const Dataset copied = from_copies(store);
    testing::expect_same_datasets(through_sql(store), copied);
  }
}

TEST(ImportedCopy, NumbersDatesBlanksAndCodesAreReadBackAlike) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  dir.write("outlets.csv", "Mã cơ quan,Tên cơ quan,Loại hình\nD,Đài D,đài huyện\n");
  // -0, whole numbers, decimals, a blank; a date in each form.
  dir.write("segments.csv",
            "Mã cơ quan,Ngày phát sóng,Tên chuyên mục,Chủ đề,Thời lượng (phút)\n"
            "D,01/02/2025,a,b,-0\n"
            "D,2025-02-03,a,b,15\n"
            "D,3/2/2025,a,b,12.5\n"
            "D,04/02/2025,a,b,\n");
  dir.write("statistics.csv",
            "Mã chỉ tiêu,Năm,Giá trị,Đơn vị báo cáo\nO5.T3,2025,-0,A\nO5.T3,2024,31.25,\n");
  dir.write("enterprises.csv",
            "Mã số doanh nghiệp,Tên doanh nghiệp,Loại hình,Giới tính người đứng đầu,Tình trạng\n"
            "E1,DN 1,doanh nghiệp,Nữ,\nE2,DN 2,hợp tác xã,,ngừng\n");
  AuditStore store(AuditStore::kScratch);
  ASSERT_TRUE(import_data_folder(store, dir.path()).ok());
  const Dataset copied = from_copies(store);
  testing::expect_same_datasets(through_sql(store), copied);
  EXPECT_EQ(testing::shown(copied.find("segments")->cell(0, 4)), "0");
}

TEST(ImportedCopy, AnImportThatAddsOrLeavesRowsOutWritesNone) {
  TempDir dir;
  dir.write("agencies.csv", testing::kRandomStaffAgencies);
  std::mt19937 random(7);
  dir.write("staff.csv", testing::random_staff_csv(random, true));  // conflicting genders
  AuditStore store(AuditStore::kScratch);
  ImportOptions lenient;
  lenient.lenient = true;
  ASSERT_TRUE(import_register_file(store, *find_register("agencies"), dir.path() / "agencies.csv",
                                   "agencies.csv")
                  .imported);
  const ImportOutcome staff = import_register_file(store, *find_register("staff"),
                                                   dir.path() / "staff.csv", "staff.csv", lenient);
  ASSERT_TRUE(staff.imported);
  EXPECT_TRUE(has_copy(store, "agencies"));
  EXPECT_FALSE(has_copy(store, "staff"));
  // Rows added to the agencies: the copy made by the first file is gone.
  dir.write("more.csv", "Mã đơn vị,Tên đơn vị,Cấp\nD,Sở D,tỉnh\n");
  ImportOptions adds;
  adds.add_to_register = true;
  ASSERT_TRUE(
      import_register_file(store, *find_register("agencies"), dir.path() / "more.csv", "more.csv",
                           adds)
          .imported);
  EXPECT_FALSE(has_copy(store, "agencies"));
  // Either way the audit reads what SQL reads.
  const Dataset loaded = store.load();
  testing::expect_same_datasets(through_sql(store), loaded);
}

TEST(ImportedCopy, TheCopyHoldsTheFieldsAskedForAndALoadOfMoreReadsSql) {
  const FieldSelection wanted = {{"agencies", {"agency_code", "level"}}, {"staff", {"gender"}}};
  ImportOptions options;
  options.copy_fields = &wanted;
  AuditStore store(AuditStore::kScratch);
  ASSERT_TRUE(import_data_folder(store, kProvince, options).ok());
  EXPECT_TRUE(has_copy(store, "agencies"));
  EXPECT_TRUE(has_copy(store, "staff"));
  EXPECT_FALSE(has_copy(store, "news"));  // none of its fields asked for
  // What was asked for is read from the copies, as SQL reads it.
  const Dataset some = store.load(&wanted);
  EXPECT_EQ(some.find("staff")->loaded(static_cast<std::size_t>(
                some.find("staff")->field_index("agency_code"))),
            false);
  // A field the copy lacks: read through SQL, the same as without copies.
  const FieldSelection more = {{"agencies", {"agency_code", "agency_name"}}};
  const Dataset through_copy_or_sql = store.load(&more);
  {
    SQLite::Transaction transaction(store.database());
    for (const RegisterSchema& r : all_registers()) RegisterCache::forget(store.database(), r.name);
    transaction.commit();
  }
  testing::expect_same_datasets(store.load(&wanted), some);
  testing::expect_same_datasets(store.load(&more), through_copy_or_sql);
}

TEST(ImportedCopy, AFailedImportLeavesThePreviousStateWhole) {
  AuditStore store(AuditStore::kScratch);
  ASSERT_TRUE(import_data_folder(store, kProvince).ok());
  const Dataset before = through_sql(store);
  ASSERT_TRUE(import_data_folder(store, kProvince).ok());  // copies again
  TempDir dir;
  dir.write("staff.csv",
            "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n1,An,Nữ,KHÔNG-CÓ\n");  // unknown agency
  EXPECT_FALSE(import_register_file(store, *find_register("staff"), dir.path() / "staff.csv",
                                    "staff.csv")
                   .imported);
  EXPECT_TRUE(has_copy(store, "staff"));
  const Dataset after = store.load();
  testing::expect_same_datasets(before, after);
}

}  // namespace
}  // namespace genaudit
