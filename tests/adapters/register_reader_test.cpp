// Reading a register: header matching, typed cells, blank rows, and the
// location of every cell error.
#include "adapters/registers/register_reader.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace genaudit
