// The catalogue of report texts and the sentences for input errors. Every
// switch covers its whole enum, so -Wswitch flags a text left unwritten.
#include "reports/messages.h"

#include <cstddef>
#include <optional>

namespace genaudit {
namespace {


struct Texts {
  std::string_view vi;
  std::string_view en;
  std::string_view in(Language lang) const { return lang == Language::kEnglish ? en : vi; }
};

Texts texts(MessageId id) {
  switch (id) {
    case MessageId::kReportTitle:
      return {"Báo cáo rà soát thực hiện bình đẳng giới", "Gender-equality audit report"};
    case MessageId::kPlanName:
      return {
          "Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh Khánh Hòa "
          "thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2025",
          "Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa People's "
          "Committee, implementing the National Strategy on Gender Equality 2021–2025"};
    case MessageId::kPeriodLine:
      return {"Kỳ rà soát: {0} ({1} – {2})", "Period: {0} ({1} – {2})"};
    case MessageId::kAsOfLine:
      return {"Ngày đối chiếu: {0}", "As of: {0}"};
    case MessageId::kPackVersionLine:
      return {"Phiên bản bộ quy tắc: {0}", "Rule pack version: {0}"};
    case MessageId::kRegistersRead:
      return {"Sổ đã đọc ({0}):", "Registers read ({0}):"};
    case MessageId::kRegistersNone:
      return {"Sổ đã đọc: không có", "Registers read: none"};
    case MessageId::kColumnRegister:
      return {"Sổ", "Register"};
    case MessageId::kColumnFile:
      return {"Tệp", "File"};
    case MessageId::kColumnRows:
      return {"Số dòng", "Rows"};
    case MessageId::kFindings:
      return {"Phát hiện", "Findings"};
    case MessageId::kIndicators:
      return {"Chỉ tiêu", "Indicators"};
    case MessageId::kSkipped:
      return {"Bỏ qua", "Skipped"};
    case MessageId::kNoFindings:
      return {"Không có phát hiện nào.", "No findings."};
    case MessageId::kNoIndicators:
      return {"Không có chỉ tiêu nào.", "No indicators."};
    case MessageId::kCitation:
      return {"Căn cứ", "Citation"};
    case MessageId::kLead:
      return {"Chủ trì", "Lead"};
    case MessageId::kSeverity:
      return {"Mức độ", "Severity"};
    case MessageId::kRemedy:
      return {"Khắc phục", "Remedy"};
    case MessageId::kMissingRegisters:
      return {"Thiếu sổ: {0}", "Missing register(s): {0}"};
    case MessageId::kColumnCode:
      return {"Mã", "Code"};
    case MessageId::kColumnName:
      return {"Tên", "Name"};
    case MessageId::kColumnPeriod:
      return {"Kỳ", "Period"};
    case MessageId::kColumnRule:
      return {"Mã", "Id"};
    case MessageId::kColumnTitle:
      return {"Chỉ tiêu", "Indicator"};
    case MessageId::kColumnValue:
      return {"Giá trị", "Value"};
    case MessageId::kColumnTarget:
      return {"Mục tiêu", "Target"};
    case MessageId::kColumnStatus:
      return {"Kết quả", "Status"};
    case MessageId::kStatusMet:
      return {"Đạt", "met"};
    case MessageId::kStatusNotMet:
      return {"Chưa đạt", "not met"};
    case MessageId::kStatusNoData:
      return {"Không có dữ liệu", "no data"};
    case MessageId::kSeverityLow:
      return {"thấp", "low"};
    case MessageId::kSeverityMedium:
      return {"trung bình", "medium"};
    case MessageId::kSeverityHigh:
      return {"cao", "high"};
    case MessageId::kSeverityCritical:
      return {"nghiêm trọng", "critical"};
    case MessageId::kYes:
      return {"có", "yes"};
    case MessageId::kNo:
      return {"không", "no"};
    case MessageId::kSummaryFindingOne:
      return {"Tổng kết: {0} phát hiện", "Summary: {0} finding"};
    case MessageId::kSummaryFindingMany:
      return {"Tổng kết: {0} phát hiện", "Summary: {0} findings"};
    case MessageId::kSummaryIndicators:
      return {"; chỉ tiêu: {0} đạt, {1} chưa đạt, {2} không có dữ liệu",
              "; indicators: {0} met, {1} not met, {2} no data"};
    case MessageId::kSummarySkippedOne:
      return {"; {0} quy tắc bị bỏ qua", "; {0} rule skipped"};
    case MessageId::kSummarySkippedMany:
      return {"; {0} quy tắc bị bỏ qua", "; {0} rules skipped"};
    case MessageId::kSummaryEnd:
      return {".", "."};
    case MessageId::kErrorRow:
      return {"dòng {0}", "row {0}"};
    case MessageId::kErrorSheet:
      return {"trang \"{0}\"", "sheet \"{0}\""};
    case MessageId::kErrorColumn:
      return {"cột \"{0}\"", "column \"{0}\""};
    case MessageId::kIntakeHeading:
      return {"Tiếp nhận dữ liệu", "Data intake"};
    case MessageId::kIntakeSheetName:
      return {"Tiếp nhận", "Intake"};
    case MessageId::kIntakeSummary:
      return {"Đã đọc {0} tệp của {1} sổ; {2} dòng dữ liệu được đưa vào rà soát.",
              "{0} file(s) of {1} register(s) read; {2} data row(s) taken into the audit."};
    case MessageId::kIntakeNoFiles:
      return {"Không có tệp sổ nào được đọc.", "No register file was read."};
    case MessageId::kIntakeNoFileFacts:
      return {"Lần rà soát này không ghi nhận việc đọc tệp nào (các sổ có thể đã được nhập "
              "trước vào cơ sở dữ liệu); các sổ đã dùng được liệt kê ở phần thông tin chung.",
              "This audit records no file read (the registers may have been imported into a "
              "database earlier); the registers used are listed with the audit's facts."};
    case MessageId::kIntakeLenientWarning:
      return {"CẢNH BÁO: {0} dòng có lỗi trong {1} tệp đã bị loại và không được xét (đọc ở "
              "chế độ bỏ qua dòng lỗi, --lenient). Kết quả rà soát chưa phản ánh đầy đủ dữ "
              "liệu các sổ; xem mục “Tiếp nhận dữ liệu”.",
              "WARNING: {0} row(s) with errors in {1} file(s) were left out and not audited "
              "(lenient read, --lenient). The results do not cover the registers in full; see "
              "“Data intake”."};
    case MessageId::kIntakeLenientNothingLeftOut:
      return {"Đọc ở chế độ bỏ qua dòng lỗi (--lenient): không có dòng nào bị loại.",
              "Lenient read (--lenient): no row was left out."};
    case MessageId::kPeriodOutsidePlanWarning:
      return {"CẢNH BÁO: kỳ rà soát {0} nằm ngoài giai đoạn 2021–2025 của Kế hoạch; các chỉ "
              "tiêu, mục tiêu của Kế hoạch có thể không áp dụng cho kỳ này.",
              "WARNING: the period {0} lies outside the plan's years 2021–2025; the plan's "
              "targets may not apply to it."};
    case MessageId::kIntakeColumnHow:
      return {"Cách đọc", "How it was read"};
    case MessageId::kIntakeColumnLeftOut:
      return {"Dòng bị loại", "Rows left out"};
    case MessageId::kIntakeColumnKind:
      return {"Nội dung", "Kind"};
    case MessageId::kIntakeColumnDetail:
      return {"Chi tiết", "Detail"};
    case MessageId::kIntakeColumnCount:
      return {"Số lượng", "Count"};
    case MessageId::kIntakeSheet:
      return {"trang tính “{0}”", "sheet “{0}”"};
    case MessageId::kIntakeHeaderRow:
      return {"dòng tiêu đề ở dòng {0}", "header on row {0}"};
    case MessageId::kIntakeRecognisedByName:
      return {"nhận biết theo tên tệp", "recognised by its name"};
    case MessageId::kIntakeRecognisedByMapping:
      return {"nhận biết theo tệp ánh xạ cột (mapping)", "named by a mapping file"};
    case MessageId::kIntakeRecognisedByHeader:
      return {"nhận biết theo dòng tiêu đề", "recognised by its header row"};
    case MessageId::kIntakeRejectedTo:
      return {"dòng bị loại được ghi vào {0}", "rows left out written to {0}"};
    case MessageId::kIntakeRejectedNowhere:
      return {"dòng bị loại không được ghi ra tệp nào", "rows left out were not written anywhere"};
    case MessageId::kIntakeFilesHeading:
      return {"Tệp đã đọc", "Files read"};
    case MessageId::kIntakeAgencyRowsHeading:
      return {"Dòng bị loại theo cơ quan", "Rows left out, by agency"};
    case MessageId::kIntakeColumnsByNoteHeading:
      return {"Cột được nhận sau khi bỏ phần ghi chú trong ngoặc",
              "Columns matched once a bracketed note was removed"};
    case MessageId::kIntakeColumnsIgnoredHeading:
      return {"Cột không được sử dụng", "Columns ignored"};
    case MessageId::kIntakeColumnsAbsentHeading:
      return {"Cột không bắt buộc không có trong tệp và hệ quả",
              "Optional columns absent, and what follows"};
    case MessageId::kIntakeRegistersMissingHeading:
      return {"Sổ không được cung cấp", "Registers missing"};
    case MessageId::kIntakeFilesNotReadHeading:
      return {"Tệp không được đọc", "Files not read"};
    case MessageId::kIntakeAgenciesWithoutStaffHeading:
      return {"Cơ quan không có dòng nào trong sổ staff",
              "Agencies with no row in the staff register"};
    case MessageId::kIntakeKindWarning:
      return {"Cảnh báo", "Warning"};
    case MessageId::kIntakeKindFile:
      return {"Tệp đã đọc", "File read"};
    case MessageId::kIntakeKindRowsLeftOut:
      return {"Dòng bị loại", "Rows left out"};
    case MessageId::kIntakeKindAgencyRowsLeftOut:
      return {"Dòng bị loại của cơ quan", "Rows left out, of an agency"};
    case MessageId::kIntakeKindColumnByNote:
      return {"Cột nhận sau khi bỏ ghi chú", "Column matched without its note"};
    case MessageId::kIntakeKindColumnIgnored:
      return {"Cột không sử dụng", "Column ignored"};
    case MessageId::kIntakeKindColumnAbsent:
      return {"Cột không bắt buộc bị thiếu", "Optional column absent"};
    case MessageId::kIntakeKindRegisterMissing:
      return {"Sổ không được cung cấp", "Register missing"};
    case MessageId::kIntakeKindFileNotRead:
      return {"Tệp không được đọc", "File not read"};
    case MessageId::kIntakeKindAgencyWithoutStaff:
      return {"Cơ quan không có cán bộ trong sổ", "Agency with no staff row"};
    case MessageId::kIntakeAgencyRowsItem:
      return {"Sổ {0}, cơ quan {1}: {2} dòng bị loại", "{0}, agency {1}: {2} row(s) left out"};
    case MessageId::kIntakeNoAgencyCode:
      return {"(không ghi mã đơn vị)", "(no agency code)"};
    case MessageId::kIntakeColumnByNoteItem:
      return {"cột “{0}” được đọc là cột “{1}” ({2})", "column “{0}” read as “{1}” ({2})"};
    case MessageId::kIntakeColumnIgnoredItem:
      return {"cột “{0}” không thuộc trường nào, không được đọc",
              "column “{0}” is no field of the register and was not read"};
    case MessageId::kIntakeRegisterMissingSkips:
      return {"không có tệp nào; các quy tắc cần sổ này bị bỏ qua ({0}) — xem mục “Bỏ qua”",
              "no file; the rules that need it are skipped ({0}) — see “Skipped”"};
    case MessageId::kIntakeRegisterMissingNoRule:
      return {"không có tệp nào; không quy tắc nào đã chạy cần đến sổ này",
              "no file; none of the rules run needs it"};
    case MessageId::kAbsentKeyLeader:
      return {"lãnh đạo chủ chốt được xác định theo chức vụ (cột “Chức vụ”)",
              "key leaders are taken from the positions (column “Chức vụ”, position)"};
    case MessageId::kAbsentKeyLeaderNorPosition:
      return {"cũng không có cột “Chức vụ”: không xác định được lãnh đạo chủ chốt nào, mọi "
              "cơ quan đều được coi là không có lãnh đạo chủ chốt là nữ",
              "the position column is absent too: no key leader can be found, and every "
              "agency counts as having no female key leader"};
    case MessageId::kAbsentPosition:
      return {"không xác định được lãnh đạo chủ chốt theo chức vụ; chỉ cột “Lãnh đạo chủ "
              "chốt” cho biết ai là lãnh đạo chủ chốt",
              "no key leader can be found by position; only the key_leader column says who "
              "is one"};
    case MessageId::kAbsentStartDate:
      return {"mọi phân công được coi là đã bắt đầu trước ngày đối chiếu",
              "every assignment counts as begun by the as-of date"};
    case MessageId::kAbsentEndDate:
      return {"mọi phân công được coi là vẫn đang giữ (chưa kết thúc) vào ngày đối chiếu",
              "every assignment counts as still held on the as-of date"};
    case MessageId::kAbsentDegree:
      return {"không ai được tính là có trình độ thạc sĩ hoặc tiến sĩ",
              "no one counts as holding a master's degree or a doctorate"};
    case MessageId::kAbsentBirthDate:
      return {"không biết tuổi của cán bộ; các quy tắc của Kế hoạch không dùng trường này",
              "ages are unknown; the plan's rules do not use this field"};
    case MessageId::kAbsentStaffGender:
      return {"không biết giới tính của cán bộ: không ai được tính vào các tỷ lệ nữ, và không "
              "ai được coi là lãnh đạo chủ chốt là nữ",
              "genders are unknown: no one is counted in the shares of women, and no one "
              "counts as a female key leader"};
    case MessageId::kAbsentDirectorGender:
      return {"không biết giới tính người đứng đầu: không doanh nghiệp nào được tính vào tỷ "
              "lệ doanh nghiệp do nữ làm chủ",
              "the heads' genders are unknown: no enterprise is counted in the share headed "
              "by women"};
    case MessageId::kAbsentEnterpriseStatus:
      return {"mọi doanh nghiệp được coi là đang hoạt động",
              "every enterprise counts as active"};
    case MessageId::kAbsentReportedOn:
      return {"một số liệu được báo cáo hai lần trong cùng năm thì lấy dòng đứng sau trong sổ",
              "a figure reported twice for a year: the later row of the register wins"};
    case MessageId::kAbsentDuration:
      return {"không biết thời lượng các chuyên mục; các quy tắc của Kế hoạch không dùng "
              "trường này",
              "durations are unknown; the plan's rules do not use this field"};
    case MessageId::kAbsentNotUsed:
      return {"các quy tắc của Kế hoạch không dùng trường này",
              "not used by the plan's rules"};
    case MessageId::kAbsentOther:
      return {"trường này được coi là để trống ở mọi dòng",
              "the field counts as empty on every row"};
    case MessageId::kUnreadNotARegisterFormat:
      return {"không phải tệp sổ (chỉ đọc tệp .csv, .xlsx, .xls và .ods)",
              "not a register file (only .csv, .xlsx, .xls and .ods files are read)"};
    case MessageId::kUnreadNoRegisterHeader:
      return {"bảng tính có các dòng đầu không khớp dòng tiêu đề của sổ nào",
              "a spreadsheet whose first rows match no register's header"};
    case MessageId::kUnreadMappingFile:
      return {"tệp ánh xạ cột (mapping): được đọc để biết cách đọc các tệp khác, không phải "
              "dữ liệu",
              "a mapping file: read as a mapping, not as data"};
    case MessageId::kUnreadRejectedRowsFile:
      return {"tệp ghi các dòng bị loại của một lần đọc trước (--lenient)",
              "the rows left out by an earlier lenient read (--lenient)"};
    case MessageId::kUnreadHidden:
      return {"tệp ẩn hoặc tệp tạm", "a hidden or temporary file"};
    case MessageId::kRecordNote:
      return {"Lưu ý", "Note"};
    case MessageId::kRecordRowsLeftOut:
      return {"{0} dòng của cơ quan này trong sổ {1} có lỗi nên đã bị loại, không được xét "
              "khi rà soát; các kết luận dưới đây chưa tính đến các dòng đó.",
              "{0} row(s) of this agency in the {1} register had errors and were left out: "
              "they were not audited, and the findings below do not take them into account."};
    case MessageId::kPeriodMonth:
      return {"{1}/{0}", "{0}-{1}"};
    case MessageId::kPeriodQuarter:
      return {"Quý {1}/{0}", "{0}-Q{1}"};
  }
  return {"", ""};
}

// The sentence of one kind of input error. {0} is the value, {1} what was
// expected, {2} the column. `with_expected` is used when the error says what
// was expected, `without` otherwise.
struct ErrorSentence {
  Texts with_expected;
  Texts without;
  bool expected_is_list = false;  // "a, b, c": written as "a, b or c"
  bool names_column = false;      // the sentence names the column itself
  // Used instead of `with_expected` when the error has no value, for kinds
  // whose value (the part of a workbook) is optional.
  Texts with_expected_no_value = {};
  // Used instead of `with_expected` when the error names no subject (an
  // error across rows built without its person and other row).
  Texts with_expected_no_subject = {};
};

ErrorSentence sentence(InputErrorKind kind) {
  switch (kind) {
    case InputErrorKind::kCannotOpen:
      return {{"không mở được tệp để đọc ({1})", "the file cannot be opened for reading ({1})"},
              {"không mở được tệp để đọc", "the file cannot be opened for reading"}};
    case InputErrorKind::kEmptyFile:
      return {{"tệp rỗng hoặc không có dòng tiêu đề — cần {1}",
               "the file is empty or has no header row — expected {1}"},
              {"tệp rỗng hoặc không có dòng tiêu đề", "the file is empty or has no header row"}};
    case InputErrorKind::kBadEncoding:
      return {{"tệp không ở bảng mã được hỗ trợ — cần {1}; hãy mở tệp bằng Excel "
               "và lưu lại dạng “CSV UTF-8”",
               "the file is not in a supported encoding — expected {1}; open it in "
               "Excel and save it again as “CSV UTF-8”"},
              {"tệp không ở bảng mã UTF-8 hoặc UTF-16 có BOM — hãy mở tệp bằng Excel "
               "và lưu lại dạng “CSV UTF-8”",
               "the file is neither UTF-8 nor UTF-16 with a BOM — open it in Excel "
               "and save it again as “CSV UTF-8”"}};
    case InputErrorKind::kMalformedCsv:
      return {{"tệp CSV sai cấu trúc — cần {1}", "the CSV is malformed — expected {1}"},
              {"tệp CSV sai cấu trúc", "the CSV is malformed"}};
    case InputErrorKind::kMissingColumn:
      return {{"thiếu cột bắt buộc \"{2}\" — cần một cột có tiêu đề {1}",
               "the required column \"{2}\" is missing — expected a column headed {1}"},
              {"thiếu cột bắt buộc \"{2}\"", "the required column \"{2}\" is missing"},
              false,
              true};
    case InputErrorKind::kDuplicateColumn:
      return {{"cột này trùng với cột \"{0}\" — cả hai đều là trường {1}; hãy giữ lại "
               "một cột",
               "this column repeats column \"{0}\" — both are the field {1}; keep only "
               "one"},
              {"cột này trùng với cột \"{0}\"", "this column repeats column \"{0}\""}};
    case InputErrorKind::kMissingValue:
      return {{"ô bỏ trống — cần một giá trị cho trường {1}",
               "the cell is empty — expected a value for the field {1}"},
              {"ô bỏ trống — cần một giá trị", "the cell is empty — a value is required"}};
    case InputErrorKind::kBadDate:
      return {{"giá trị \"{0}\" không hợp lệ — cần một ngày dạng {1}",
               "\"{0}\" is not a valid date — expected {1}"},
              {"giá trị \"{0}\" không phải là một ngày hợp lệ", "\"{0}\" is not a valid date"},
              true};
    case InputErrorKind::kBadNumber:
      return {{"giá trị \"{0}\" không phải là số — cần một số, ví dụ {1}",
               "\"{0}\" is not a number — expected a number such as {1}"},
              {"giá trị \"{0}\" không phải là số", "\"{0}\" is not a number"}};
    case InputErrorKind::kBadInteger:
      return {{"giá trị \"{0}\" không phải là số nguyên — cần một số nguyên, ví dụ {1}",
               "\"{0}\" is not a whole number — expected a whole number such as {1}"},
              {"giá trị \"{0}\" không phải là số nguyên", "\"{0}\" is not a whole number"}};
    case InputErrorKind::kBadCode:
      return {{"giá trị \"{0}\" không thuộc danh mục — cần một trong các giá trị {1}",
               "\"{0}\" is not one of the allowed values — expected {1}"},
              {"giá trị \"{0}\" không thuộc danh mục", "\"{0}\" is not one of the allowed values"},
              true};
    case InputErrorKind::kDuplicateKey:
      return {{"mã \"{0}\" trùng với một dòng trước ({1}) — mỗi mã chỉ được dùng một lần",
               "the code \"{0}\" repeats an earlier row ({1}) — each code may appear "
               "only once"},
              {"mã \"{0}\" trùng với một dòng trước — mỗi mã chỉ được dùng một lần",
               "the code \"{0}\" repeats an earlier row — each code may appear only "
               "once"}};
    case InputErrorKind::kUnknownReference:
      return {{"mã \"{0}\" không có trong sổ được tham chiếu — cần một mã có trong {1}",
               "the code \"{0}\" is not in the register it refers to — expected a code "
               "listed in {1}"},
              {"mã \"{0}\" không có trong sổ được tham chiếu",
               "the code \"{0}\" is not in the register it refers to"}};
    case InputErrorKind::kConflictingGender:
      // {3} the person's code, {4} the row that gave the other gender.
      return {{"giới tính \"{0}\" của cán bộ mã \"{3}\" mâu thuẫn với giới tính {1} ghi ở {4} — "
               "mỗi người chỉ có một giới tính; hãy sửa một trong hai dòng",
               "the gender \"{0}\" of staff_id \"{3}\" contradicts the gender {1} recorded on "
               "{4} — a person has one gender; correct one of the two rows"},
              {"giới tính \"{0}\" mâu thuẫn với giới tính đã ghi cho cùng mã cán bộ ở "
               "dòng khác",
               "the gender \"{0}\" contradicts the gender recorded for the same staff_id "
               "on another row"},
              false,
              false,
              {},
              {"giới tính \"{0}\" mâu thuẫn với giới tính đã ghi cho cùng mã cán bộ ở "
               "dòng khác — cần {1}",
               "the gender \"{0}\" contradicts the gender recorded for the same staff_id "
               "on another row — expected {1}"}};
    case InputErrorKind::kRepeatedLater:
      return {{"mã \"{0}\" được dùng lại ở một dòng sau ({1}) — mỗi mã chỉ được dùng một "
               "lần; cả hai dòng đều bị loại để sửa cùng lúc",
               "the code \"{0}\" is used again on a later row ({1}) — each code may appear "
               "only once; both rows are set aside, to be fixed together"},
              {"mã \"{0}\" được dùng lại ở một dòng sau — mỗi mã chỉ được dùng một lần",
               "the code \"{0}\" is used again on a later row — each code may appear only "
               "once"}};
    case InputErrorKind::kConflictingPerson:
      return {{"cùng mã cán bộ này được ghi hai giới tính khác nhau ở các dòng (\"{0}\" và "
               "{1}) — mọi dòng của cán bộ này đều bị loại để sửa cùng lúc",
               "this staff_id is given two different genders on its rows (\"{0}\" and {1}) "
               "— every row of this person is set aside, to be fixed together"},
              {"cùng mã cán bộ này được ghi hai giới tính khác nhau ở các dòng — mọi dòng "
               "của cán bộ này đều bị loại",
               "this staff_id is given two different genders on its rows — every row of "
               "this person is set aside"}};
    case InputErrorKind::kCorruptWorkbook:
      return {{"tệp Excel bị hỏng, không đọc được phần \"{0}\" — cần {1}; hãy mở tệp bằng "
               "Excel và lưu lại dạng .xlsx",
               "the Excel workbook is damaged: its part \"{0}\" cannot be read — expected "
               "{1}; open the file in Excel and save it again as .xlsx"},
              {"tệp Excel bị hỏng hoặc không đọc được — hãy mở tệp bằng Excel và lưu lại "
               "dạng .xlsx",
               "the Excel workbook is damaged or unreadable — open the file in Excel and "
               "save it again as .xlsx"},
              false,
              false,
              {"tệp không phải là tệp Excel đọc được — cần {1}; tệp có thể bị cắt cụt hoặc "
               "không phải .xlsx; hãy mở tệp bằng Excel và lưu lại dạng .xlsx",
               "the file is not a readable Excel workbook — expected {1}; it may be cut "
               "short or not an .xlsx file; open it in Excel and save it again as .xlsx"}};
    case InputErrorKind::kLimitExceeded:
      return {{"phần \"{0}\" của tệp Excel vượt giới hạn an toàn {1} — tệp có thể bị hỏng "
               "hoặc được tạo để gây hại; nếu tệp đúng là của đơn vị gửi, hãy tách nhỏ tệp",
               "the part \"{0}\" of the Excel workbook exceeds the safety limit {1} — the "
               "file may be damaged or crafted to do harm; if it is genuine, split it into "
               "smaller files"},
              {"tệp Excel vượt một giới hạn an toàn — tệp có thể bị hỏng hoặc được tạo để "
               "gây hại",
               "the Excel workbook exceeds a safety limit — the file may be damaged or "
               "crafted to do harm"},
              false,
              false,
              {"tệp Excel vượt giới hạn an toàn {1} — tệp có thể bị hỏng hoặc được tạo để "
               "gây hại; nếu tệp đúng là của đơn vị gửi, hãy tách nhỏ tệp",
               "the Excel workbook exceeds the safety limit {1} — the file may be damaged or "
               "crafted to do harm; if it is genuine, split it into smaller files"}};
    case InputErrorKind::kPasswordProtected: {
      // The file is named before the sentence; nothing else to fill in.
      const Texts protected_workbook = {
          "tệp Excel được đặt mật khẩu nên không đọc được — hãy mở tệp bằng Excel, bỏ mật "
          "khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu) "
          "rồi lưu lại",
          "the workbook is protected by a password and cannot be read — open it in Excel, "
          "remove the password (File › Info › Protect Workbook › Encrypt with Password, "
          "clear it) and save it again"};
      return {protected_workbook, protected_workbook};
    }
    case InputErrorKind::kOutOfRange:
      return {{"giá trị \"{0}\" nằm ngoài khoảng cho phép — cần {1}",
               "\"{0}\" is out of range — expected {1}"},
              {"giá trị \"{0}\" nằm ngoài khoảng cho phép", "\"{0}\" is out of range"}};
    case InputErrorKind::kCsvLimitExceeded:
      return {{"dòng vượt giới hạn an toàn {1} — có thể một dấu ngoặc kép (\") chưa được "
               "đóng, hoặc tệp bị hỏng hay được tạo để gây hại",
               "the row exceeds the safety limit {1} — a double quote (\") may be left "
               "open, or the file is damaged or crafted to do harm"},
              {"dòng vượt một giới hạn an toàn của tệp CSV",
               "the row exceeds a safety limit of CSV files"}};
    case InputErrorKind::kInvisibleInCode:
      return {{"mã \"{0}\" có ký tự vô hình ({1}): hai mã trông giống hệt nhau sẽ bị coi là hai "
               "mã khác nhau — hãy xoá ký tự đó (thường do sao chép từ Word hay trang web) rồi "
               "chạy lại",
               "the code \"{0}\" holds an invisible character ({1}): two codes that look the same "
               "would count as different — delete it (it usually comes from copying out of Word "
               "or a web page) and run again"},
              {"mã \"{0}\" có ký tự vô hình: hai mã trông giống hệt nhau sẽ bị coi là hai mã "
               "khác nhau — hãy xoá ký tự đó rồi chạy lại",
               "the code \"{0}\" holds an invisible character: two codes that look the same would "
               "count as different — delete it and run again"}};
    case InputErrorKind::kUnknownSheet:
      return {{"tệp không có trang tính \"{0}\" — cần một trong các trang {1}",
               "the workbook has no sheet \"{0}\" — expected one of the sheets {1}"},
              {"tệp không có trang tính \"{0}\"", "the workbook has no sheet \"{0}\""},
              true};
    case InputErrorKind::kFolderLimitExceeded:
      return {{"thư mục vượt giới hạn an toàn {1} — hãy chọn đúng thư mục chứa các sổ, hoặc "
               "chia thành nhiều thư mục nhỏ hơn",
               "the folder exceeds the safety limit {1} — choose the folder that holds the "
               "registers, or split it into smaller folders"},
              {"thư mục có quá nhiều tệp hoặc quá nhiều cấp thư mục con",
               "the folder has too many files or levels of subfolders"}};
    case InputErrorKind::kNearMissHeader:
      return {{"tiêu đề cột \"{0}\" gần giống cột {1} của mẫu nhưng không trùng — nếu đúng là "
               "cột đó, hãy sửa tiêu đề cho đúng mẫu (hoặc khai báo trong tệp ánh xạ "
               ".mapping.toml); nếu là cột khác, hãy đổi tên cho khác hẳn",
               "the column header \"{0}\" is close to the template's column {1} without "
               "being it — if it is that column, correct the header (or declare it in a "
               ".mapping.toml mapping); if it is another column, give it a clearly "
               "different name"},
              {"tiêu đề cột \"{0}\" gần giống một cột của mẫu nhưng không trùng",
               "the column header \"{0}\" is close to a template column without being it"}};
    case InputErrorKind::kHeaderNotFound:
      return {{"không tìm thấy dòng tiêu đề của sổ \"{2}\" trong 30 dòng đầu của các trang tính; "
               "dòng gần nhất có các cột {0} nhưng thiếu {1} — hãy sửa tiêu đề theo mẫu, hoặc "
               "khai báo trong tệp ánh xạ .mapping.toml",
               "the header of the register \"{2}\" was expected on one of the first 30 rows of "
               "a sheet; the closest row has the columns {0} but lacks {1} — correct the "
               "header to the template's, or declare it in a .mapping.toml mapping"},
              {"không tìm thấy dòng tiêu đề của sổ \"{2}\" trong 30 dòng đầu của các trang tính",
               "the header of the register \"{2}\" was not found on the first 30 rows of any "
               "sheet"},
              false,
              true};
    case InputErrorKind::kAmbiguousRegister:
      return {{"dòng tiêu đề của tệp khớp với nhiều sổ ({0}) — hãy bỏ các cột thừa, hoặc "
               "khai báo sổ của tệp trong tệp ánh xạ .mapping.toml",
               "the file's header matches several registers ({0}) — remove the extra "
               "columns, or name the file's register in a .mapping.toml mapping"},
              {"dòng tiêu đề của tệp khớp với nhiều sổ ({0})",
               "the file's header matches several registers ({0})"}};
    case InputErrorKind::kAmbiguousHeader:
      return {{"có nhiều nơi chứa dòng tiêu đề của sổ \"{2}\" ({0}) — hãy để dữ liệu ở một trang "
               "tính, hoặc chỉ rõ trang tính (sheet) trong tệp ánh xạ .mapping.toml",
               "the header of the register \"{2}\" is in several places ({0}) — keep the data "
               "on one sheet, or name the sheet in a .mapping.toml mapping"},
              {"có nhiều nơi chứa dòng tiêu đề của sổ \"{2}\" ({0})",
               "the header of the register \"{2}\" is in several places ({0})"},
              false,
              true};
    case InputErrorKind::kAlreadyImported:
      return {{"tệp có nội dung giống hệt (cùng mã SHA-256 {0}) một tệp đã được nhập vào sổ {1} "
               "— các dòng của tệp đã có trong sổ, nhập thêm lần nữa sẽ nhân đôi chúng nên tệp "
               "không được nhập lại; nếu đây là tệp đã sửa, hãy kiểm tra rằng các chỗ sửa đã "
               "được lưu vào tệp",
               "the file has exactly the content (SHA-256 {0}) of a file already imported into "
               "the {1} register — its rows are there already, and adding them again would "
               "duplicate them, so it is not imported again; if this is a corrected file, "
               "check that the corrections were saved in it"},
              {"tệp có nội dung giống hệt một tệp đã được nhập — không nhập lại",
               "the file has exactly the content of a file already imported — not imported "
               "again"}};
  }
  return {};
}

// Expectations the importer writes in English words, and how to say them.
// Any other expectation (forms, formats, field names) is written as is.
struct KnownExpectation {
  std::string_view written;
  Texts said;
};

constexpr KnownExpectation kKnownExpectations[] = {
    {"closing \"", {"dấu ngoặc kép (\") đóng ô", "a closing double quote (\")"}},
    {"UTF-8 (CSV UTF-8) or UTF-16 with BOM",
     {"UTF-8 (CSV UTF-8) hoặc UTF-16 có BOM", "UTF-8 (CSV UTF-8) or UTF-16 with a BOM"}},
    {"0 or more", {"một số từ 0 trở lên", "a number of 0 or more"}},
    // kCorruptWorkbook (adapters/xlsx/workbook_error.h).
    {"a ZIP archive (.xlsx)", {"một tệp nén ZIP (.xlsx)", "a ZIP archive (.xlsx)"}},
    // kCorruptWorkbook of the ODS and XLS readers (adapters/ods, adapters/xls).
    {"a ZIP archive (.ods)", {"một tệp nén ZIP (.ods)", "a ZIP archive (.ods)"}},
    {"an Excel 97-2003 workbook (.xls)",
     {"một tệp Excel 97-2003 (.xls)", "an Excel 97-2003 workbook (.xls)"}},
    {"an intact compressed part",
     {"dữ liệu nén còn nguyên vẹn", "intact compressed data"}},
    {"a part present in the archive",
     {"phần này phải có trong tệp", "the part to be present in the file"}},
    {"well-formed XML", {"XML đúng cú pháp", "well-formed XML"}},
    {"XML without a DOCTYPE",
     {"XML không có khai báo DOCTYPE (tệp Excel không bao giờ có)",
      "XML without a DOCTYPE (Excel never writes one)"}},
    {"a worksheet", {"ít nhất một trang tính", "at least one worksheet"}},
    {"cell references such as C7",
     {"địa chỉ ô dạng C7", "cell references such as C7"}},
    {"an index into the shared strings",
     {"số thứ tự của một chuỗi dùng chung có trong tệp",
      "the index of a shared string present in the file"}},
};

// "row 12" or "row 12 in staff.csv" (another row the error is about, in
// this file or another file of the register), in the user's language.
std::optional<std::string> say_row(const std::string& expected, Language lang) {
  if (!expected.starts_with("row ")) return std::nullopt;
  std::size_t end = 4;
  while (end < expected.size() && expected[end] >= '0' && expected[end] <= '9') ++end;
  if (end == 4) return std::nullopt;
  const std::string number = expected.substr(4, end - 4);
  const std::string rest = expected.substr(end);
  const bool en = lang == Language::kEnglish;
  if (rest.empty()) return (en ? "row " : "dòng ") + number;
  if (!rest.starts_with(" in ")) return std::nullopt;
  return (en ? "row " : "dòng ") + number + (en ? " of " : " của tệp ") + rest.substr(4);
}

// A gender code ("female", "male") in the user's words; anything else as is.
std::string say_gender(const std::string& code, Language lang) {
  if (lang == Language::kEnglish) return code;
  if (code == "female") return "Nữ";
  if (code == "male") return "Nam";
  return code;
}

std::string say_expected(const std::string& expected, bool is_list, Language lang) {
  for (const KnownExpectation& known : kKnownExpectations) {
    if (expected == known.written) return std::string(known.said.in(lang));
  }
  if (std::optional<std::string> row = say_row(expected, lang)) return *row;
  return is_list ? join_alternatives(expected, lang) : expected;
}

}  // namespace

std::string_view message(MessageId id, Language lang) { return texts(id).in(lang); }

std::string fill_placeholders(std::string_view tmpl, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(tmpl.size());
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9' &&
        tmpl[i + 2] == '}') {
      const auto index = static_cast<std::size_t>(tmpl[i + 1] - '0');
      if (index < args.size()) {
        out += args[index];
        i += 2;
        continue;
      }
    }
    out += tmpl[i];
  }
  return out;
}

std::string format_message(MessageId id, Language lang, const std::vector<std::string>& args) {
  return fill_placeholders(message(id, lang), args);
}

std::string_view status_name(IndicatorStatus status, Language lang) {
  switch (status) {
    case IndicatorStatus::kMet:
      return message(MessageId::kStatusMet, lang);
    case IndicatorStatus::kNotMet:
      return message(MessageId::kStatusNotMet, lang);
    case IndicatorStatus::kNoData:
      return message(MessageId::kStatusNoData, lang);
  }
  return "";
}

std::string severity_name(std::string_view severity, Language lang) {
  if (severity == "low") return std::string(message(MessageId::kSeverityLow, lang));
  if (severity == "medium") return std::string(message(MessageId::kSeverityMedium, lang));
  if (severity == "high") return std::string(message(MessageId::kSeverityHigh, lang));
  if (severity == "critical") return std::string(message(MessageId::kSeverityCritical, lang));
  return std::string(severity);
}

std::string skipped_reason(const SkippedRule& skipped, Language lang) {
  std::string registers;
  for (const std::string& name : skipped.missing_registers) {
    if (!registers.empty()) registers += ", ";
    registers += name;
  }
  return format_message(MessageId::kMissingRegisters, lang, {registers});
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string join_alternatives(std::string_view list, Language lang) {
  const std::string_view separator = ", ";
  const std::size_t last = list.rfind(separator);
  if (last == std::string_view::npos) return std::string(list);
  std::string out(list.substr(0, last));
  out += lang == Language::kEnglish ? " or " : " hoặc ";
  out += list.substr(last + separator.size());
  return out;
}

std::string render_input_error(const InputError& error, Language lang) {
  const ErrorSentence s = sentence(error.kind);
  std::vector<std::string> where;
  if (!error.file.empty()) where.push_back(error.file);
  if (!error.sheet.empty()) {
    where.push_back(format_message(MessageId::kErrorSheet, lang, {error.sheet}));
  }
  if (error.row != 0) {
    where.push_back(format_message(MessageId::kErrorRow, lang, {std::to_string(error.row)}));
  }
  if (!error.column.empty() && !s.names_column) {
    where.push_back(format_message(MessageId::kErrorColumn, lang, {error.column}));
  }
  std::string out;
  for (const std::string& part : where) {
    if (!out.empty()) out += ", ";
    out += part;
  }
  if (!out.empty()) out += ": ";
  const bool has_expected = !error.expected.empty();
  std::string_view tmpl = has_expected ? s.with_expected.in(lang) : s.without.in(lang);
  if (has_expected && error.value.empty() && !s.with_expected_no_value.vi.empty()) {
    tmpl = s.with_expected_no_value.in(lang);
  }
  if (has_expected && error.subject.empty() && !s.with_expected_no_subject.vi.empty()) {
    tmpl = s.with_expected_no_subject.in(lang);
  }
  const std::string expected =
      has_expected ? say_expected(error.expected, s.expected_is_list, lang) : "";
  const std::string other_row =
      error.other_row.empty() ? "" : say_row(error.other_row, lang).value_or(error.other_row);
  // A person's genders are the register's codes: said in the user's words.
  const bool genders = error.kind == InputErrorKind::kConflictingGender ||
                       error.kind == InputErrorKind::kConflictingPerson;
  const std::string value = genders ? say_gender(error.value, lang) : error.value;
  out += fill_placeholders(tmpl, {value, genders ? say_gender(expected, lang) : expected,
                                  error.column, error.subject, other_row});
  return out;
}

}  // namespace genaudit
