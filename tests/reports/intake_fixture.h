// The small audit of report_fixture.h with an intake that has one of every
// kind of fact: a lenient read that left rows out (of an agency, and of no
// agency), files read by name, mapping and header (a sheet, a title block),
// a column matched by its note, a column ignored, optional columns absent,
// registers missing, a file not read for each reason, and an agency with no
// staff row; and a period outside the plan's years. `expected_intake_texts`
// are what every format must show of it.
//
// hostile_intake() puts register text that tries to break each format in
// file names, a sheet and headers: markup, a formula, terminal escapes.
#pragma once

#include <string>
#include <vector>

#include "rules/language/rule_pack.h"
#include "tests/reports/report_fixture.h"

namespace genaudit::testing {

inline IntakeReport full_intake() {
  IntakeReport intake;
  intake.lenient = true;
  IntakeFile agencies;
  agencies.register_name = "agencies";
  agencies.file = "agencies.csv";
  agencies.sha256 = std::string(64, 'a');
  agencies.rows = 3;
  IntakeFile staff;
  staff.register_name = "staff";
  staff.file = "nhan-su/can-bo.xlsx";
  staff.sheet = "Cán bộ";
  staff.header_row = 3;
  staff.recognised_by = RecognisedBy::kMapping;
  staff.sha256 = std::string(64, 'b');
  staff.rows = 16;
  staff.rows_left_out = 4;
  staff.rejected_to = "rejected/staff.rejected.csv";
  IntakeFile statistics;
  statistics.register_name = "statistics";
  statistics.file = "bieu-so-lieu.xlsx";
  statistics.sheet = "Biểu 1";
  statistics.recognised_by = RecognisedBy::kHeader;
  statistics.sha256 = std::string(64, 'c');
  statistics.rows = 5;
  intake.files = {agencies, staff, statistics};
  intake.columns_by_note = {{"staff", "nhan-su/can-bo.xlsx", "Giới tính (Nam/Nữ)", "gender"}};
  intake.columns_ignored = {{"staff", "nhan-su/can-bo.xlsx", "STT", ""}};
  intake.columns_absent = {{"staff", "key_leader"},
                           {"staff", "end_date"},
                           {"statistics", "reported_on"}};
  intake.registers_missing = {"outlets", "segments"};
  intake.files_not_read = {
      {"ghi-chu.docx", UnreadReason::kNotARegisterFormat, ""},
      {"bang-phu.xlsx", UnreadReason::kNoRegisterHeader, "gần nhất: staff, thiếu cột Mã đơn vị"},
      {"staff.mapping.toml", UnreadReason::kMappingFile, ""},
      {"staff.rejected.csv", UnreadReason::kRejectedRowsFile, ""},
      {"~$can-bo.xlsx", UnreadReason::kHidden, ""}};
  intake.rows_left_out_by_agency = {{"staff", "SNV", 3}, {"staff", "", 1}};
  intake.agencies_without_staff = {{"SYT", "Sở Y tế"}};
  return intake;
}

struct IntakeFixture : ReportFixture {
  IntakeFixture() {
    report.period = "2026";
    report.period_outside_plan = true;
    report.intake = full_intake();
  }
};

// One text per kind of fact, as every format shows it (Markdown and HTML
// once their escapes are undone). `where` is what the lists of text, HTML
// and Markdown put before it (the file or register), which the workbook and
// the CSV have in columns of their own; `listed_only` texts are the lists'
// sentences, which those two say in columns instead.
struct ExpectedText {
  std::string where;
  std::string what;
  bool listed_only = false;
};

inline std::vector<ExpectedText> expected_intake_texts(Language lang) {
  if (lang == Language::kEnglish) {
    return {{"", "Data intake", true},
            {"", "WARNING: 4 row(s) with errors in 1 file(s) were left out and not audited"},
            {"", "WARNING: the period 2026 lies outside the plan's years 2021–2025"},
            {"", "sheet “Cán bộ”"},
            {"", "header on row 3"},
            {"", "named by a mapping file"},
            {"", "recognised by its header row"},
            {"", "rows left out written to rejected/staff.rejected.csv"},
            {"", "staff, agency SNV: 3 row(s) left out", true},
            {"", "staff, agency (no agency code): 1 row(s) left out", true},
            {"nhan-su/can-bo.xlsx: ", "column “Giới tính (Nam/Nữ)” read as “Giới tính” (gender)"},
            {"nhan-su/can-bo.xlsx: ", "column “STT” is no field of the register and was not read"},
            {"staff.key_leader (“Lãnh đạo chủ chốt”): ", "key leaders are taken from the positions"},
            {"staff.end_date (“Ngày kết thúc”): ", "every assignment counts as still held"},
            {"statistics.reported_on (“Ngày báo cáo”): ", "a figure reported twice for a year: the later row of the register wins"},
            {"outlets: ", "no file; the rules that need it are skipped (O6.T4)"},
            {"ghi-chu.docx: ", "not a register file"},
            {"bang-phu.xlsx: ",
             "a spreadsheet whose first rows match no register's header — gần nhất: staff, "
             "thiếu cột Mã đơn vị"},
            {"staff.mapping.toml: ", "a mapping file"},
            {"staff.rejected.csv: ", "the rows left out by an earlier lenient read"},
            {"~$can-bo.xlsx: ", "a hidden or temporary file"},
            {"", "SYT — Sở Y tế"}};
  }
  return {{"", "Tiếp nhận dữ liệu", true},
          {"", "CẢNH BÁO: 4 dòng có lỗi trong 1 tệp đã bị loại và không được xét"},
          {"", "CẢNH BÁO: kỳ rà soát 2026 nằm ngoài giai đoạn 2021–2025 của Kế hoạch"},
          {"", "trang tính “Cán bộ”"},
          {"", "dòng tiêu đề ở dòng 3"},
          {"", "nhận biết theo tệp ánh xạ cột (mapping)"},
          {"", "nhận biết theo dòng tiêu đề"},
          {"", "dòng bị loại được ghi vào rejected/staff.rejected.csv"},
          {"", "Sổ staff, cơ quan SNV: 3 dòng bị loại", true},
          {"", "Sổ staff, cơ quan (không ghi mã đơn vị): 1 dòng bị loại", true},
          {"nhan-su/can-bo.xlsx: ", "cột “Giới tính (Nam/Nữ)” được đọc là cột “Giới tính” (gender)"},
          {"nhan-su/can-bo.xlsx: ", "cột “STT” không thuộc trường nào, không được đọc"},
          {"staff.key_leader (“Lãnh đạo chủ chốt”): ", "lãnh đạo chủ chốt được xác định theo chức vụ"},
          {"staff.end_date (“Ngày kết thúc”): ", "mọi phân công được coi là vẫn đang giữ"},
          {"statistics.reported_on (“Ngày báo cáo”): ", "một số liệu được báo cáo hai lần trong cùng năm thì lấy dòng đứng sau trong sổ"},
          {"outlets: ", "không có tệp nào; các quy tắc cần sổ này bị bỏ qua (O6.T4)"},
          {"ghi-chu.docx: ", "không phải tệp sổ"},
          {"bang-phu.xlsx: ",
           "bảng tính có các dòng đầu không khớp dòng tiêu đề của sổ nào — gần nhất: staff, "
           "thiếu cột Mã đơn vị"},
          {"staff.mapping.toml: ", "tệp ánh xạ cột (mapping)"},
          {"staff.rejected.csv: ", "tệp ghi các dòng bị loại"},
          {"~$can-bo.xlsx: ", "tệp ẩn hoặc tệp tạm"},
          {"", "SYT — Sở Y tế"}};
}

// Register text that tries to break out of each format.
inline const std::string kHostileFile = "<script>alert(1)</script>.csv";
inline const std::string kFormulaFile = "=cmd|' /C calc'!A0";
inline const std::string kEscapeSheet = "\x1b[31mĐỏ\x1b[0m\x1b]8;;http://x.invalid\x07link";
inline const std::string kEscapeHeader = "Ghi chú\x1b[2J\r\nxoá màn hình";

inline IntakeReport hostile_intake() {
  IntakeReport intake;
  IntakeFile f;
  f.register_name = "staff";
  f.file = kHostileFile;
  f.sheet = kEscapeSheet;
  f.sha256 = std::string(64, 'd');
  f.rows = 2;
  intake.files = {f};
  intake.columns_ignored = {{"staff", kHostileFile, kEscapeHeader, ""}};
  intake.columns_by_note = {{"staff", kHostileFile, "<b>Giới tính</b> (=1+1)", "gender"}};
  intake.files_not_read = {{kFormulaFile, UnreadReason::kNotARegisterFormat, "<img src=x>"}};
  intake.agencies_without_staff = {{"=HYPERLINK(\"http://x\")", "<i>Sở</i>"}};
  return intake;
}

}  // namespace genaudit::testing
