// Which register `audit --data` reads beside the others (plan_side_lane):
// by the files' sizes, never one another refers to, started once those it
// refers to are read. What it reads is checked in in_memory_folder_test
// (the same tables and intake as reading in turn and as the database).
#include "engine/audit/side_lane.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;

// A register file of `bytes`: its header, then blank space (the plan reads
// only the first rows; nothing here reads further).
void write_register(const TempDir& dir, const std::string& name, const std::string& header,
                    std::uint64_t bytes) {
  const std::filesystem::path file = dir.write(name, header + "\n");
  std::filesystem::resize_file(file, std::max<std::uint64_t>(bytes, header.size() + 1));
}

const std::string kAgencies = "Mã đơn vị,Tên đơn vị,Cấp";
const std::string kStaff = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị";
const std::string kOutlets = "Mã cơ quan,Tên cơ quan,Loại,Mã đơn vị";
const std::string kSegments = "Mã cơ quan,Ngày phát sóng,Tên chuyên mục,Chủ đề";
const std::string kNews = "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề";

std::string lane_of(const IntakePlan& plan, const SideLanePlan& lane) {
  if (lane.lane == nullptr) return "none";
  return lane.lane->schema->name + " after " +
         (lane.start == 0 ? std::string("nothing") : plan.registers[lane.start - 1].schema->name);
}

TEST(SideLane, TheLargestRegisterNoneRefersToStartsOnceItsReferencesAreRead) {
  TempDir dir;
  write_register(dir, "agencies.csv", kAgencies, 1 * kMiB);
  write_register(dir, "staff.csv", kStaff, 180 * kMiB);
  write_register(dir, "outlets.csv", kOutlets, kMiB / 16);
  write_register(dir, "segments.csv", kSegments, 210 * kMiB);
  write_register(dir, "news.csv", kNews, 75 * kMiB);
  const IntakePlan plan = plan_intake({dir.path()}, {});
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan.registers.size(), 5u);
  // Segments are larger, but only news is left to read beside them once
  // outlets are read; staff start after agencies, beside all the rest.
  EXPECT_EQ(lane_of(plan, plan_side_lane(plan, 32 * kMiB)), "staff after agencies");
}

TEST(SideLane, NoneWhenTooSmallOrWhenTheOthersAreTooFewToReadMeanwhile) {
  TempDir dir;
  write_register(dir, "agencies.csv", kAgencies, 1 * kMiB);
  write_register(dir, "staff.csv", kStaff, 20 * kMiB);
  write_register(dir, "news.csv", kNews, 10 * kMiB);
  const IntakePlan small = plan_intake({dir.path()}, {});
  EXPECT_EQ(lane_of(small, plan_side_lane(small, 32 * kMiB)), "none");
  // Forced (tests): the best there is, whatever the sizes.
  EXPECT_EQ(lane_of(small, plan_side_lane(small, 0)), "staff after agencies");
  write_register(dir, "staff.csv", kStaff, 200 * kMiB);  // news < a quarter of it
  const IntakePlan lopsided = plan_intake({dir.path()}, {});
  EXPECT_EQ(lane_of(lopsided, plan_side_lane(lopsided, 32 * kMiB)), "none");
}

TEST(SideLane, NeverARegisterOthersReferToNorOneWithNothingBeside) {
  TempDir dir;
  write_register(dir, "agencies.csv", kAgencies, 500 * kMiB);  // news refer to it
  write_register(dir, "news.csv", kNews, 100 * kMiB);  // read after agencies: nothing beside
  const IntakePlan plan = plan_intake({dir.path()}, {});
  EXPECT_EQ(lane_of(plan, plan_side_lane(plan, 0)), "none");
  EXPECT_TRUE(is_referenced(*plan.registers[0].schema));
  EXPECT_FALSE(is_referenced(*plan.registers[1].schema));
}

}  // namespace
}  // namespace genaudit
