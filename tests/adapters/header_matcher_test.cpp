// Headers as agencies write them: notes removed, near misses refused, the
// header found under a title block, the numbering row skipped.
#include "adapters/registers/header_matcher.h"

#include <gtest/gtest.h>

#include "adapters/registers/register_reader.h"

namespace genaudit {
namespace {

const RegisterSchema& staff() { return *find_register("staff"); }

std::vector<std::string> staff_header(std::vector<std::string> extra) {
  std::vector<std::string> h = {"Mã cán bộ", "Họ và tên", "Giới tính", "Mã đơn vị"};
  h.insert(h.end(), extra.begin(), extra.end());
  return h;
}

int field_of(const HeaderMatch& m, const std::string& name) {
  const FieldSchema* f = staff().find_field(name);
  return m.column_of_field[static_cast<std::size_t>(f - staff().fields.data())];
}

TEST(HeaderCoreTest, NotesLineBreaksUnitsAndStarsAreRemoved) {
  EXPECT_EQ(header_core("Lãnh đạo chủ chốt (đánh dấu x)"), "lanh dao chu chot");
  EXPECT_EQ(header_core("Ngày kết thúc\n(nếu đã nghỉ)"), "ngay ket thuc");
  EXPECT_EQ(header_core("Chủ đề\r\n(chọn từ danh mục)"), "chu de");
  EXPECT_EQ(header_core("Thời lượng, phút"), "thoi luong");
  EXPECT_EQ(header_core("Thời lượng (phút)"), "thoi luong");
  EXPECT_EQ(header_core("Mã cán bộ (*)"), "ma can bo");
  EXPECT_EQ(header_core("  Họ và   tên: "), "ho va ten");
  EXPECT_EQ(header_core("Ngày sinh [dd/mm/yyyy]"), "ngay sinh");
}

TEST(HeaderMatcherTest, AHeaderWithANoteIsItsFieldAndSaysSo) {
  InputErrors errors;
  const HeaderMatch m = match_headers(
      staff(), staff_header({"Lãnh đạo chủ chốt (đánh dấu x)", "Ngày kết thúc\n(nếu đã nghỉ)", "STT"}),
      {}, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(field_of(m, "key_leader"), 4);
  EXPECT_EQ(field_of(m, "end_date"), 5);
  ASSERT_EQ(m.by_note.size(), 2u);
  EXPECT_EQ(m.by_note[0].field, "key_leader");
  EXPECT_EQ(m.by_note[1].header, "Ngày kết thúc\n(nếu đã nghỉ)");
  EXPECT_EQ(m.ignored_columns, (std::vector<std::string>{"STT"}));
}

TEST(HeaderMatcherTest, ATypoOrAMissingWordIsAnErrorNamingTheField) {
  for (const std::string header : {"Ngày kế thúc", "Ngày kết", "Ngày thúc"}) {
    InputErrors errors;
    InputError where{};
    where.file = "staff.csv";
    const HeaderMatch m = match_headers(staff(), staff_header({header}), where, &errors, {}, 4);
    ASSERT_EQ(errors.size(), 1u) << header;
    EXPECT_EQ(errors[0].kind, InputErrorKind::kNearMissHeader);
    EXPECT_EQ(errors[0].file, "staff.csv");
    EXPECT_EQ(errors[0].row, 4);
    EXPECT_EQ(errors[0].column, header);
    EXPECT_EQ(errors[0].expected, "Ngày kết thúc (end_date)");
    EXPECT_EQ(field_of(m, "end_date"), -1);
  }
}

TEST(HeaderMatcherTest, ANearMissOfAFieldAlreadyThereIsJustAnotherColumn) {
  InputErrors errors;
  // "Đơn vị" (the agency's name) beside "Mã đơn vị": not a misspelt code.
  const HeaderMatch m = match_headers(staff(), staff_header({"Đơn vị", "Ghi chú"}), {}, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(m.ignored_columns, (std::vector<std::string>{"Đơn vị", "Ghi chú"}));
}

TEST(HeaderMatcherTest, AMappingMayDeclareANearMissUnrelated) {
  InputErrors errors;
  const HeaderMatch m =
      match_headers(staff(), staff_header({"Ngày kết"}), {}, &errors, {{"Ngày kết", ""}});
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(m.ignored_columns, (std::vector<std::string>{"Ngày kết"}));
}

TEST(HeaderMatcherTest, TheNumberingRowUnderAHeader) {
  EXPECT_TRUE(is_column_numbering_row({"1", "2", "3", "", "4"}));
  EXPECT_TRUE(is_column_numbering_row({"(1)", "(2)", " (3) "}));
  EXPECT_FALSE(is_column_numbering_row({"1"}));
  EXPECT_FALSE(is_column_numbering_row({"1", "3"}));
  EXPECT_FALSE(is_column_numbering_row({"KH001", "2"}));
  EXPECT_FALSE(is_column_numbering_row({"2", "3", "4"}));
}

TEST(HeaderSearchTest, TheHeaderIsFoundUnderATitleBlock) {
  InputErrors errors;
  auto reader = RegisterReader::from_string(
      staff(),
      "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\n\nDANH SÁCH CÁN BỘ, CÔNG CHỨC\n"
      "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n(1),(2),(3),(4)\nK1,An,Nữ,SYT\n",
      "staff.csv", &errors);
  ASSERT_TRUE(reader) << (errors.empty() ? "" : errors[0].expected);
  EXPECT_EQ(reader->header_row(), 4);
  RegisterRow row;
  ASSERT_TRUE(reader->next(&row, &errors));
  EXPECT_EQ(row.row, 6);
  EXPECT_FALSE(reader->next(&row, &errors));
  EXPECT_TRUE(errors.empty());
}

TEST(HeaderSearchTest, NoHeaderSaysWhereItLookedAndWhatTheClosestRowHas) {
  InputErrors errors;
  auto reader = RegisterReader::from_string(
      staff(), "DANH SÁCH\nMã cán bộ,Tên,Ghi chú\nK1,An,x\n", "staff.csv", &errors);
  EXPECT_FALSE(reader);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, InputErrorKind::kHeaderNotFound);
  EXPECT_EQ(errors[0].row, 2);
  EXPECT_EQ(errors[0].column, "staff");
  EXPECT_EQ(errors[0].value, "Mã cán bộ");
  EXPECT_EQ(errors[0].expected, "Họ và tên, Giới tính, Mã đơn vị");
}

}  // namespace
}  // namespace genaudit
