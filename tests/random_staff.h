// Random staff registers with every person-level case, for the tests that
// compare two implementations of the importer's checks across a person's
// rows: a person's gender given on one row of several, degrees to rank
// (listed, unlisted, blank), ids written with other case and spaces, and —
// when asked — a person given two genders.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace genaudit::testing {

inline const char* const kRandomStaffAgencies =
    "Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên\n"
    "A,Sở A,tỉnh,\nb,Huyện B,huyện,a\nC,Xã C,xã, B \n";

inline std::string random_staff_csv(std::mt19937& random, bool conflicting_genders) {
  const char* genders[] = {"nữ", "Nam", ""};
  const char* degrees[] = {"Tiến sĩ", "ThS", "cử nhân", "", "trung cấp"};
  const char* codes[] = {"A", "b", " C", "a"};
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  std::string staff =
      "Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Lãnh đạo chủ chốt,"
      "Ngày bắt đầu,Ngày kết thúc,Trình độ\n";
  const int persons = 5 + pick(30);
  std::vector<int> gender_of(static_cast<std::size_t>(persons));
  for (int& g : gender_of) g = pick(2);
  const int rows = 10 + pick(80);
  for (int i = 0; i < rows; ++i) {
    const int person = pick(persons);
    std::string id = "cb" + std::to_string(person);
    if (pick(4) == 0) id = " CB" + std::to_string(person) + " ";
    // A person's gender is theirs or blank; another only when asked.
    int gender = pick(3) == 0 ? 2 : gender_of[static_cast<std::size_t>(person)];
    if (conflicting_genders && gender != 2 && pick(8) == 0) gender = 1 - gender;
    staff += id + ",Người " + std::to_string(person) + "," + genders[gender] + ",1980-01-0" +
             std::to_string(1 + pick(9)) + "," + codes[pick(4)] + ",Chuyên viên," +
             (pick(2) ? "x" : "") + ",2020-01-01,," + degrees[pick(5)] + "\n";
  }
  return staff;
}

}  // namespace genaudit::testing
