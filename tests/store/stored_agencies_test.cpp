// The agencies as stored (stored_agencies.h): code and name of every row of
// the agencies register in the file's order, none before it is imported,
// and a damaged table a StoreError, never SQLite's own exception.
#include "engine/store/stored_agencies.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "engine/ingest/data_folder.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

TEST(StoredAgencies, NoneBeforeTheRegisterIsImported) {
  TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  EXPECT_TRUE(stored_agencies(store).empty());
}

TEST(StoredAgencies, CodeAndNameOfEveryRowInTheFilesOrder) {
  TempDir dir;
  dir.write("agencies.csv",
            "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\nA&B,<b>Sở \"A\"</b>,tỉnh\n"
            "STC,Sở Tài chính,tỉnh\n");
  AuditStore store((dir.path() / "audit.db").string());
  ASSERT_TRUE(import_data_folder(store, dir.path()).ok());
  const std::vector<StoredAgency> agencies = stored_agencies(store);
  ASSERT_EQ(agencies.size(), 3u);
  EXPECT_EQ(agencies[0].code, "SNV");
  EXPECT_EQ(agencies[0].name, "Sở Nội vụ");
  EXPECT_EQ(agencies[1].code, "A&B");
  EXPECT_EQ(agencies[1].name, "<b>Sở \"A\"</b>");  // as written: the pages escape it
  EXPECT_EQ(agencies[2].code, "STC");
}

TEST(StoredAgencies, TheSampleProvincesAgencies) {
  AuditStore store(AuditStore::kScratch);
  const std::filesystem::path province =
      std::filesystem::path(GENAUDIT_SOURCE_DIR) / "examples" / "khanh-hoa";
  ASSERT_TRUE(import_data_folder(store, province).ok());
  const std::vector<StoredAgency> agencies = stored_agencies(store);
  ASSERT_FALSE(agencies.empty());
  EXPECT_EQ(agencies.front().code, "UBND-KH");
  EXPECT_EQ(agencies.front().name, "Ủy ban nhân dân tỉnh Khánh Hòa");
}

TEST(StoredAgencies, ADamagedTableIsAStoreError) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\n");
  AuditStore store((dir.path() / "audit.db").string());
  ASSERT_TRUE(import_data_folder(store, dir.path()).ok());
  // Made again by another program, without the rowid the rows are read in.
  store.database().exec(
      "DROP TABLE agencies; CREATE TABLE agencies (agency_code TEXT PRIMARY KEY, agency_name "
      "TEXT) WITHOUT ROWID");
  EXPECT_THROW(stored_agencies(store), StoreError);
}

}  // namespace
}  // namespace genaudit
