#include "adapters/registers/province_registers.h"

#include <algorithm>

namespace genaudit {
namespace {

FieldSchema text(std::string name, std::string vi, bool required) {
  FieldSchema f;
  f.name = std::move(name);
  f.vi_header = std::move(vi);
  f.type = FieldType::kText;
  f.required_column = required;
  f.required_value = required;
  return f;
}

FieldSchema typed(std::string name, std::string vi, FieldType type, bool required) {
  FieldSchema f = text(std::move(name), std::move(vi), required);
  f.type = type;
  return f;
}

FieldSchema non_negative(FieldSchema f) {
  f.non_negative = true;
  return f;
}

// A code naming a subject or a person (FieldSchema::identifier).
FieldSchema identifier(std::string name, std::string vi, bool required) {
  FieldSchema f = text(std::move(name), std::move(vi), required);
  f.identifier = true;
  return f;
}

FieldSchema unique_code(std::string name, std::string vi) {
  FieldSchema f = identifier(std::move(name), std::move(vi), true);
  f.unique = true;
  return f;
}

FieldSchema reference(std::string name, std::string vi, std::string target, bool required) {
  FieldSchema f = identifier(std::move(name), std::move(vi), required);
  f.references = std::move(target);
  return f;
}

FieldSchema coded(std::string name, std::string vi, bool required,
                  std::vector<CodeForms> codes) {
  FieldSchema f = text(std::move(name), std::move(vi), required);
  f.type = FieldType::kCode;
  f.codes = std::move(codes);
  return f;
}

// Gender of a person or of an enterprise's head: the column must be there,
// but an empty cell means the gender is unknown.
FieldSchema gender(std::string name, std::string vi) {
  FieldSchema f = coded(std::move(name), std::move(vi), false,
                        {{"female", {"nữ", "nu", "f", "female", "woman"}},
                         {"male", {"nam", "m", "male", "man"}}});
  f.required_column = true;
  return f;
}

std::vector<RegisterSchema> build() {
  std::vector<RegisterSchema> registers;

  registers.push_back(
      {"agencies", "Danh mục cơ quan, đơn vị", "agency_code", "agency_name",
       {unique_code("agency_code", "Mã đơn vị"), text("agency_name", "Tên đơn vị", true),
        coded("level", "Cấp", true,
              {{"province", {"tỉnh", "province"}},
               {"district", {"huyện", "district"}},
               {"commune", {"xã", "commune"}}}),
        reference("parent_code", "Mã đơn vị cấp trên", "agencies", false),
        text("district", "Huyện, thị xã, thành phố", false)},
       ""});

  FieldSchema key_leader = typed("key_leader", "Lãnh đạo chủ chốt", FieldType::kBool, false);
  key_leader.codes = {{"true", {"x", "có", "yes", "1", "true"}},
                      {"false", {"không", "no", "0", "false"}}};
  FieldSchema degree = coded("degree", "Trình độ", false,
                             {{"doctor", {"tiến sĩ", "tiến sỹ", "ts", "phd", "doctor"}},
                              {"master", {"thạc sĩ", "thạc sỹ", "ths", "master"}}});
  degree.code_otherwise = "other";
  degree.person_level = PersonLevel::kHighest;
  FieldSchema staff_gender = gender("gender", "Giới tính");
  staff_gender.person_level = PersonLevel::kAgree;
  registers.push_back(
      {"staff", "Danh sách cán bộ, công chức, viên chức", "staff_id", "full_name",
       {identifier("staff_id", "Mã cán bộ", true), text("full_name", "Họ và tên", true),
        staff_gender,
        typed("birth_date", "Ngày sinh", FieldType::kDate, false),
        reference("agency_code", "Mã đơn vị", "agencies", true),
        text("position", "Chức vụ", false), key_leader,
        typed("start_date", "Ngày bắt đầu", FieldType::kDate, false),
        typed("end_date", "Ngày kết thúc", FieldType::kDate, false), degree},
       "staff_id"});

  registers.push_back(
      {"outlets", "Danh sách cơ quan báo chí, đài", "outlet_code", "outlet_name",
       {unique_code("outlet_code", "Mã cơ quan"), text("outlet_name", "Tên cơ quan", true),
        coded("kind", "Loại hình", true,
              {{"provincial_broadcaster", {"đài tỉnh", "provincial broadcaster"}},
               {"district_broadcaster", {"đài huyện", "district broadcaster"}},
               {"newspaper", {"báo", "newspaper"}},
               {"portal", {"cổng thông tin", "portal"}}}),
        text("district", "Huyện, thị xã, thành phố", false)},
       ""});

  registers.push_back(
      {"segments", "Nhật ký chuyên mục, chuyên đề đã phát sóng", "", "",
       {reference("outlet_code", "Mã cơ quan", "outlets", true),
        typed("air_date", "Ngày phát sóng", FieldType::kDate, true),
        text("title", "Tên chuyên mục", true), text("topic", "Chủ đề", true),
        non_negative(typed("duration_min", "Thời lượng (phút)", FieldType::kNumber, false))},
       ""});

  registers.push_back(
      {"news", "Tin, bài trên hệ thống thông tin cơ sở", "", "",
       {reference("agency_code", "Mã đơn vị", "agencies", true),
        typed("published_on", "Ngày đăng", FieldType::kDate, true),
        text("title", "Tiêu đề", true), text("topic", "Chủ đề", true)},
       ""});

  registers.push_back(
      {"reports", "Báo cáo kết quả thực hiện Kế hoạch", "", "",
       {reference("agency_code", "Mã đơn vị", "agencies", true),
        typed("year", "Năm báo cáo", FieldType::kInteger, true),
        typed("submitted_on", "Ngày gửi", FieldType::kDate, true)},
       ""});

  FieldSchema status = coded("status", "Tình trạng", false,
                             {{"active", {"hoạt động", "active"}}});
  status.code_otherwise = "inactive";
  status.code_when_empty = "active";
  registers.push_back(
      {"enterprises", "Doanh nghiệp, hợp tác xã", "enterprise_code", "enterprise_name",
       {unique_code("enterprise_code", "Mã số doanh nghiệp"),
        text("enterprise_name", "Tên doanh nghiệp", true),
        coded("type", "Loại hình", true,
              {{"enterprise", {"doanh nghiệp", "enterprise"}},
               {"cooperative", {"hợp tác xã", "cooperative"}}}),
        gender("director_gender", "Giới tính người đứng đầu"), status},
       ""});

  registers.push_back(
      {"statistics", "Biểu số liệu chỉ tiêu", "indicator", "",
       {identifier("indicator", "Mã chỉ tiêu", true),
        typed("year", "Năm", FieldType::kInteger, true),
        typed("value", "Giá trị", FieldType::kNumber, true),
        reference("reported_by", "Đơn vị báo cáo", "agencies", false),
        typed("reported_on", "Ngày báo cáo", FieldType::kDate, false)},
       ""});
  return registers;
}

}  // namespace

const RegisterCatalogue& province_registers() {
  static const RegisterCatalogue catalogue(build());
  return catalogue;
}

const std::vector<RegisterSchema>& all_registers() { return province_registers().registers(); }

const RegisterSchema* find_register(std::string_view name) {
  return province_registers().find(name);
}

}  // namespace genaudit
