// Reading a register: header matching, typed cells, blank rows, and the
// location of every cell error.
#include "adapters/registers/register_reader.h"

#include <gtest/gtest.h>

#include "tests/adapters/register_reads.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

std::vector<RegisterRow> read_all(const std::string& name, const std::string& data,
                                  InputErrors* errors) {
  auto reader = RegisterReader::from_string(*find_register(name), data, name + ".csv", errors);
  std::vector<RegisterRow> rows;
  if (!reader) return rows;
  RegisterRow row;
  while (reader->next(&row, errors)) rows.push_back(row);
  return rows;
}

TEST(RegisterReader, ConvertsEveryFieldType) {
  InputErrors errors;
  const auto rows = read_all("statistics",
                             "Mã chỉ tiêu;Năm;Giá trị;Ngày báo cáo\nO4.T1;2025;110,5;5/1/2026\n",
                             &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(rows[0].cells[0]), "O4.T1");
  EXPECT_EQ(std::get<long long>(rows[0].cells[1]), 2025);
  EXPECT_DOUBLE_EQ(std::get<double>(rows[0].cells[2]), 110.5);
  EXPECT_TRUE(std::holds_alternative<NoValue>(rows[0].cells[3]));  // reported_by absent
  EXPECT_EQ(std::get<Date>(rows[0].cells[4]).iso(), "2026-01-05");
}

TEST(RegisterReader, CodedValuesMatchTheirForms) {
  InputErrors errors;
  const auto rows = read_all("staff",
                             "staff_id,full_name,gender,agency_code,key_leader,degree\n"
                             "1,A,Nữ,X,có,Thạc sỹ\n2,B,NU,X,yes,TS\n3,C,female,X,true,PhD\n"
                             "4,D,Nam,X,không,cử nhân\n5,E,m,X,0,\n6,F,MALE,X,False,master\n",
                             &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(rows.size(), 6u);
  const std::vector<std::string> genders = {"female", "female", "female", "male", "male", "male"};
  const std::vector<bool> leaders = {true, true, true, false, false, false};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(std::get<std::string>(rows[i].cells[2]), genders[i]) << i;
    EXPECT_EQ(std::get<bool>(rows[i].cells[6]), leaders[i]) << i;
  }
  EXPECT_EQ(std::get<std::string>(rows[0].cells[9]), "master");
  EXPECT_EQ(std::get<std::string>(rows[2].cells[9]), "doctor");
  EXPECT_EQ(std::get<std::string>(rows[3].cells[9]), "other");  // anything else
  EXPECT_TRUE(std::holds_alternative<NoValue>(rows[4].cells[9]));
}

TEST(RegisterReader, EnterpriseStatusEmptyIsActiveAnythingElseInactive) {
  InputErrors errors;
  const auto rows = read_all("enterprises",
                             "Mã số doanh nghiệp,Tên doanh nghiệp,Loại hình,Giới tính người đứng đầu,Tình trạng\n"
                             "1,A,Doanh nghiệp,Nữ,\n2,B,HỢP TÁC XÃ,,Hoạt động\n3,C,enterprise,Nam,giải thể\n",
                             &errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(std::get<std::string>(rows[0].cells[4]), "active");
  EXPECT_EQ(std::get<std::string>(rows[1].cells[4]), "active");
  EXPECT_EQ(std::get<std::string>(rows[2].cells[4]), "inactive");
  EXPECT_EQ(std::get<std::string>(rows[1].cells[2]), "cooperative");
}

TEST(RegisterReader, BlankRowsAreSkippedAndShortRowsAreMissingValues) {
  InputErrors errors;
  const auto rows = read_all("agencies", "agency_code,agency_name,level\n\n,,\nA,Sở A\n", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, InputErrorKind::kMissingValue);
  EXPECT_EQ(errors[0].row, 4);
  EXPECT_EQ(errors[0].column, "level");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_FALSE(rows[0].valid);
}

TEST(RegisterReader, NumberErrorsNameTheCell) {
  InputErrors errors;
  read_all("segments",
           "outlet_code,air_date,title,topic,duration_min\nD1,01/02/2025,T,bình đẳng giới,1.234,5\n",
           &errors);
  // Six fields in a five-column file: the extra one is ignored, 1.234 is a number.
  EXPECT_TRUE(errors.empty());
  read_all("segments", "outlet_code,air_date,title,topic,duration_min\nD1,01/02/2025,T,x,mười\n",
           &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, InputErrorKind::kBadNumber);
  EXPECT_EQ(errors[0].value, "mười");
  EXPECT_EQ(errors[0].column, "duration_min");
}

// The same file read with every value wanted, and with `unused` fields'
// values discarded: the same rows and errors, those fields' text NoValue.
TEST(RegisterReader, UnusedValuesAreCheckedButNotMade) {
  const RegisterSchema& staff = *find_register("staff");
  const std::string zero_width_space = "\xE2\x80\x8B";
  const std::string decomposed_name = "Nguye\xCC\x82\xCC\x83n Va\xCC\x86n A";  // not NFC
  const std::string data =
      "Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị\n"
      "CB1,Nguyễn Thị Thanh Hương Giang,Nữ,01/02/1990,X1\n"
      "CB2,B,Nam,,X1\n"
      "CB" + zero_width_space + "3,C,Nam,01/02/1990,X1\n"
      "CB4,,Nữ,31/02/1990,X1\n"
      "CB5," + decomposed_name + ",Nữ,01/02/1990,X1\n"
      "CB6,Một tên dài hơn mười lăm byte,Nam,03/04/1985,X1\n";
  std::vector<bool> unused(staff.fields.size(), false);
  unused[0] = true;  // staff_id: an identifier, still checked for invisible characters
  unused[1] = true;  // full_name: text
  unused[3] = true;  // birth_date: not text, still converted
  const auto read = [&](bool discard, InputErrors* errors) {
    auto reader = RegisterReader::from_string(staff, data, "staff.csv", errors);
    std::vector<RegisterRow> rows;
    if (!reader) return rows;
    if (discard) reader->set_values_unused(unused);
    RegisterRow row;  // one row reused, as readers do
    while (reader->next(&row, errors)) rows.push_back(row);
    return rows;
  };
  InputErrors all_errors, some_errors;
  const std::vector<RegisterRow> all = read(false, &all_errors);
  const std::vector<RegisterRow> some = read(true, &some_errors);
  ASSERT_EQ(all.size(), 6u);
  ASSERT_EQ(some.size(), all.size());
  ASSERT_EQ(some_errors.size(), all_errors.size());
  ASSERT_EQ(all_errors.size(), 3u);  // the invisible character, the empty name, 31/02
  for (std::size_t i = 0; i < all_errors.size(); ++i) {
    EXPECT_EQ(some_errors[i].kind, all_errors[i].kind) << i;
    EXPECT_EQ(some_errors[i].row, all_errors[i].row) << i;
    EXPECT_EQ(some_errors[i].column, all_errors[i].column) << i;
    EXPECT_EQ(some_errors[i].value, all_errors[i].value) << i;
  }
  EXPECT_EQ(all_errors[0].kind, InputErrorKind::kInvisibleInCode);
  for (std::size_t r = 0; r < all.size(); ++r) {
    EXPECT_EQ(some[r].valid, all[r].valid) << r;
    EXPECT_EQ(some[r].row, all[r].row) << r;
    for (std::size_t f = 0; f < staff.fields.size(); ++f) {
      if (unused[f] && staff.fields[f].type == FieldType::kText) {
        EXPECT_TRUE(std::holds_alternative<NoValue>(some[r].cells[f])) << r << " " << f;
      } else {
        EXPECT_TRUE(testing::same_cells({some[r].cells[f]}, {all[r].cells[f]})) << r << " " << f;
      }
    }
  }
  // The values made, each row's own though the row was reused.
  EXPECT_EQ(std::get<std::string>(all[0].cells[1]), "Nguyễn Thị Thanh Hương Giang");
  EXPECT_EQ(std::get<std::string>(all[1].cells[1]), "B");
  EXPECT_EQ(std::get<std::string>(all[4].cells[1]), "Nguyễn Văn A");  // in NFC
  EXPECT_EQ(std::get<std::string>(all[5].cells[1]), "Một tên dài hơn mười lăm byte");
  EXPECT_TRUE(std::holds_alternative<NoValue>(all[1].cells[3]));
  EXPECT_EQ(std::get<Date>(some[5].cells[3]).iso(), "1985-04-03");
}

// Coded cells are remembered per thread by reader (CodedCellMemo): two
// readers of one file read side by side, one with a mapping that adds a
// form, convert each cell by their own forms, and the same reader's row
// after row gets the same codes as converting each cell afresh.
TEST(RegisterReader, EachReaderConvertsCodesByItsOwnForms) {
  testing::TempDir dir;
  std::string data = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Trình độ\n";
  const char* genders[] = {"Nữ", "X", "nam", " NU ", "female", "X", "m"};
  const char* degrees[] = {"Thạc sỹ", "TS", "", "PhD", "cử nhân", "master"};
  for (int i = 0; i < 40; ++i) {
    data += "CB" + std::to_string(i) + ",A," + genders[i % 7] + ",X1," + degrees[i % 6] + "\n";
  }
  dir.write("staff.csv", data);
  const RegisterSchema& staff = *find_register("staff");
  RecordSourceOptions mapped;
  mapped.layout.values["gender"] = {{"X", "female"}};
  InputErrors plain_errors, mapped_errors;
  auto plain = RegisterReader::open(staff, dir.path() / "staff.csv", "staff.csv", &plain_errors);
  auto with_mapping =
      RegisterReader::open(staff, dir.path() / "staff.csv", "staff.csv", &mapped_errors, mapped);
  ASSERT_NE(plain, nullptr);
  ASSERT_NE(with_mapping, nullptr);
  RegisterRow a, b;
  for (int i = 0; i < 40; ++i) {
    plain_errors.clear();
    mapped_errors.clear();
    ASSERT_TRUE(with_mapping->next(&b, &mapped_errors));
    ASSERT_TRUE(plain->next(&a, &plain_errors));
    const bool x = std::string(genders[i % 7]) == "X";
    ASSERT_EQ(a.valid, !x) << i;  // X is no gender without the mapping
    ASSERT_TRUE(b.valid) << i;
    if (x) {
      ASSERT_EQ(plain_errors.size(), 1u);
      EXPECT_EQ(plain_errors[0].kind, InputErrorKind::kBadCode);
      EXPECT_EQ(std::get<std::string>(b.cells[2]), "female");
    }
    // Each cell as converting it alone gives.
    for (std::size_t f : {std::size_t{2}, std::size_t{9}}) {
      std::optional<CellProblem> problem;
      const CellOverrides none;
      const std::string raw = f == 2 ? genders[i % 7] : degrees[i % 6];
      const Cell alone = convert_cell(staff.fields[f], raw, &problem, &none);
      if (!problem) {
        EXPECT_TRUE(testing::same_cells({a.cells[f]}, {alone})) << i << " " << f;
      }
    }
  }
}

}  // namespace
}  // namespace genaudit
