// The intake section's texts, data only: its rows of the report's
// catalogue (reports/messages.h), which reports/intake_texts.cpp puts
// together.
#include "reports/messages.h"

namespace genaudit {
namespace {

constexpr TextRow<MessageId> kRows[] = {
    // The intake section: what was read of the registers, and what was not
    // (reports/intake_texts.h puts these together).
    {MessageId::kIntakeHeading, {"Tiếp nhận dữ liệu", "Data intake"}},
    {MessageId::kIntakeSheetName, {"Tiếp nhận", "Intake"}},
    {MessageId::kIntakeSummary,
     {"Đã đọc {0} tệp của {1} sổ; {2} dòng dữ liệu được đưa vào rà soát.",
      "{0} file(s) of {1} register(s) read; {2} data row(s) taken into the audit."}},
    {MessageId::kIntakeNoFiles, {"Không có tệp sổ nào được đọc.", "No register file was read."}},
    {MessageId::kIntakeNoFileFacts,
     {"Lần rà soát này không ghi nhận việc đọc tệp nào (các sổ có thể đã được nhập "
      "trước vào cơ sở dữ liệu); các sổ đã dùng được liệt kê ở phần thông tin chung.",
      "This audit records no file read (the registers may have been imported into a "
      "database earlier); the registers used are listed with the audit's facts."}},
    {MessageId::kIntakeLenientWarning,
     {"CẢNH BÁO: {0} dòng có lỗi trong {1} tệp đã bị loại và không được xét (đọc ở "
      "chế độ bỏ qua dòng lỗi, --lenient). Kết quả rà soát chưa phản ánh đầy đủ dữ "
      "liệu các sổ; xem mục “Tiếp nhận dữ liệu”.",
      "WARNING: {0} row(s) with errors in {1} file(s) were left out and not audited "
      "(lenient read, --lenient). The results do not cover the registers in full; see "
      "“Data intake”."}},
    {MessageId::kIntakeLenientNothingLeftOut,
     {"Đọc ở chế độ bỏ qua dòng lỗi (--lenient): không có dòng nào bị loại.",
      "Lenient read (--lenient): no row was left out."}},
    {MessageId::kPeriodOutsidePlanWarning,
     {"CẢNH BÁO: kỳ rà soát {0} nằm ngoài giai đoạn 2021–2025 của Kế hoạch; các chỉ "
      "tiêu, mục tiêu của Kế hoạch có thể không áp dụng cho kỳ này.",
      "WARNING: the period {0} lies outside the plan's years 2021–2025; the plan's "
      "targets may not apply to it."}},
    {MessageId::kIntakeColumnHow, {"Cách đọc", "How it was read"}},
    {MessageId::kIntakeColumnLeftOut, {"Dòng bị loại", "Rows left out"}},
    {MessageId::kIntakeColumnKind, {"Nội dung", "Kind"}},
    {MessageId::kIntakeColumnDetail, {"Chi tiết", "Detail"}},
    {MessageId::kIntakeColumnCount, {"Số lượng", "Count"}},
    {MessageId::kIntakeSheet, {"trang tính “{0}”", "sheet “{0}”"}},
    {MessageId::kIntakeHeaderRow, {"dòng tiêu đề ở dòng {0}", "header on row {0}"}},
    {MessageId::kIntakeRecognisedByName, {"nhận biết theo tên tệp", "recognised by its name"}},
    {MessageId::kIntakeRecognisedByMapping,
     {"nhận biết theo tệp ánh xạ cột (mapping)", "named by a mapping file"}},
    {MessageId::kIntakeRecognisedByHeader,
     {"nhận biết theo dòng tiêu đề", "recognised by its header row"}},
    {MessageId::kIntakeRejectedTo,
     {"dòng bị loại được ghi vào {0}", "rows left out written to {0}"}},
    {MessageId::kIntakeRejectedNowhere,
     {"dòng bị loại không được ghi ra tệp nào", "rows left out were not written anywhere"}},

    // Headings of the lists of the intake section.
    {MessageId::kIntakeFilesHeading, {"Tệp đã đọc", "Files read"}},
    {MessageId::kIntakeAgencyRowsHeading,
     {"Dòng bị loại theo cơ quan", "Rows left out, by agency"}},
    {MessageId::kIntakeColumnsByNoteHeading,
     {"Cột được nhận sau khi bỏ phần ghi chú trong ngoặc",
      "Columns matched once a bracketed note was removed"}},
    {MessageId::kIntakeColumnsIgnoredHeading, {"Cột không được sử dụng", "Columns ignored"}},
    {MessageId::kIntakeColumnsAbsentHeading,
     {"Cột không bắt buộc không có trong tệp và hệ quả",
      "Optional columns absent, and what follows"}},
    {MessageId::kIntakeRegistersMissingHeading, {"Sổ không được cung cấp", "Registers missing"}},
    {MessageId::kIntakeFilesNotReadHeading, {"Tệp không được đọc", "Files not read"}},
    {MessageId::kIntakeAgenciesWithoutStaffHeading,
     {"Cơ quan không có dòng nào trong sổ staff", "Agencies with no row in the staff register"}},

    // Kinds of intake facts, one per row of the workbook sheet and the CSV.
    {MessageId::kIntakeKindWarning, {"Cảnh báo", "Warning"}},
    {MessageId::kIntakeKindFile, {"Tệp đã đọc", "File read"}},
    {MessageId::kIntakeKindRowsLeftOut, {"Dòng bị loại", "Rows left out"}},
    {MessageId::kIntakeKindAgencyRowsLeftOut,
     {"Dòng bị loại của cơ quan", "Rows left out, of an agency"}},
    {MessageId::kIntakeKindColumnByNote,
     {"Cột nhận sau khi bỏ ghi chú", "Column matched without its note"}},
    {MessageId::kIntakeKindColumnIgnored, {"Cột không sử dụng", "Column ignored"}},
    {MessageId::kIntakeKindColumnAbsent, {"Cột không bắt buộc bị thiếu", "Optional column absent"}},
    {MessageId::kIntakeKindRegisterMissing, {"Sổ không được cung cấp", "Register missing"}},
    {MessageId::kIntakeKindFileNotRead, {"Tệp không được đọc", "File not read"}},
    {MessageId::kIntakeKindAgencyWithoutStaff,
     {"Cơ quan không có cán bộ trong sổ", "Agency with no staff row"}},

    // Items of the lists.
    {MessageId::kIntakeAgencyRowsItem,
     {"Sổ {0}, cơ quan {1}: {2} dòng bị loại", "{0}, agency {1}: {2} row(s) left out"}},
    {MessageId::kIntakeNoAgencyCode, {"(không ghi mã đơn vị)", "(no agency code)"}},
    {MessageId::kIntakeColumnByNoteItem,
     {"cột “{0}” được đọc là cột “{1}” ({2})", "column “{0}” read as “{1}” ({2})"}},
    {MessageId::kIntakeColumnIgnoredItem,
     {"cột “{0}” không thuộc trường nào, không được đọc",
      "column “{0}” is no field of the register and was not read"}},
    {MessageId::kIntakeRegisterMissingSkips,
     {"không có tệp nào; các quy tắc cần sổ này bị bỏ qua ({0}) — xem mục “Bỏ qua”",
      "no file; the rules that need it are skipped ({0}) — see “Skipped”"}},
    {MessageId::kIntakeRegisterMissingNoRule,
     {"không có tệp nào; không quy tắc nào đã chạy cần đến sổ này",
      "no file; none of the rules run needs it"}},

    // What follows from an optional column that no file has.
    {MessageId::kAbsentKeyLeader,
     {"lãnh đạo chủ chốt được xác định theo chức vụ (cột “Chức vụ”)",
      "key leaders are taken from the positions (column “Chức vụ”, position)"}},
    {MessageId::kAbsentKeyLeaderNorPosition,
     {"cũng không có cột “Chức vụ”: không xác định được lãnh đạo chủ chốt nào, mọi "
      "cơ quan đều được coi là không có lãnh đạo chủ chốt là nữ",
      "the position column is absent too: no key leader can be found, and every "
      "agency counts as having no female key leader"}},
    {MessageId::kAbsentPosition,
     {"không xác định được lãnh đạo chủ chốt theo chức vụ; chỉ cột “Lãnh đạo chủ "
      "chốt” cho biết ai là lãnh đạo chủ chốt",
      "no key leader can be found by position; only the key_leader column says who "
      "is one"}},
    {MessageId::kAbsentStartDate,
     {"mọi phân công được coi là đã bắt đầu trước ngày đối chiếu",
      "every assignment counts as begun by the as-of date"}},
    {MessageId::kAbsentEndDate,
     {"mọi phân công được coi là vẫn đang giữ (chưa kết thúc) vào ngày đối chiếu",
      "every assignment counts as still held on the as-of date"}},
    {MessageId::kAbsentDegree,
     {"không ai được tính là có trình độ thạc sĩ hoặc tiến sĩ",
      "no one counts as holding a master's degree or a doctorate"}},
    {MessageId::kAbsentBirthDate,
     {"không biết tuổi của cán bộ; các quy tắc của Kế hoạch không dùng trường này",
      "ages are unknown; the plan's rules do not use this field"}},
    {MessageId::kAbsentStaffGender,
     {"không biết giới tính của cán bộ: không ai được tính vào các tỷ lệ nữ, và không "
      "ai được coi là lãnh đạo chủ chốt là nữ",
      "genders are unknown: no one is counted in the shares of women, and no one "
      "counts as a female key leader"}},
    {MessageId::kAbsentDirectorGender,
     {"không biết giới tính người đứng đầu: không doanh nghiệp nào được tính vào tỷ "
      "lệ doanh nghiệp do nữ làm chủ",
      "the heads' genders are unknown: no enterprise is counted in the share headed "
      "by women"}},
    {MessageId::kAbsentEnterpriseStatus,
     {"mọi doanh nghiệp được coi là đang hoạt động", "every enterprise counts as active"}},
    {MessageId::kAbsentReportedOn,
     {"một số liệu được báo cáo hai lần trong cùng năm thì lấy dòng đứng sau trong sổ",
      "a figure reported twice for a year: the later row of the register wins"}},
    {MessageId::kAbsentDuration,
     {"không biết thời lượng các chuyên mục; các quy tắc của Kế hoạch không dùng "
      "trường này",
      "durations are unknown; the plan's rules do not use this field"}},
    {MessageId::kAbsentNotUsed,
     {"các quy tắc của Kế hoạch không dùng trường này", "not used by the plan's rules"}},
    {MessageId::kAbsentOther,
     {"trường này được coi là để trống ở mọi dòng", "the field counts as empty on every row"}},

    // Why a file was not read.
    {MessageId::kUnreadNotARegisterFormat,
     {"không phải tệp sổ (chỉ đọc tệp .csv, .xlsx, .xls và .ods)",
      "not a register file (only .csv, .xlsx, .xls and .ods files are read)"}},
    {MessageId::kUnreadNoRegisterHeader,
     {"bảng tính có các dòng đầu không khớp dòng tiêu đề của sổ nào",
      "a spreadsheet whose first rows match no register's header"}},
    {MessageId::kUnreadMappingFile,
     {"tệp ánh xạ cột (mapping): được đọc để biết cách đọc các tệp khác, không phải "
      "dữ liệu",
      "a mapping file: read as a mapping, not as data"}},
    {MessageId::kUnreadRejectedRowsFile,
     {"tệp ghi các dòng bị loại của một lần đọc trước (--lenient)",
      "the rows left out by an earlier lenient read (--lenient)"}},
    {MessageId::kUnreadHidden, {"tệp ẩn hoặc tệp tạm", "a hidden or temporary file"}},

    // The inspection record of an agency some of whose rows were left out.
    {MessageId::kRecordNote, {"Lưu ý", "Note"}},
    {MessageId::kRecordRowsLeftOut,
     {"{0} dòng của cơ quan này trong sổ {1} có lỗi nên đã bị loại, không được xét "
      "khi rà soát; các kết luận dưới đây chưa tính đến các dòng đó.",
      "{0} row(s) of this agency in the {1} register had errors and were left out: "
      "they were not audited, and the findings below do not take them into account."}},
};

}  // namespace

std::span<const TextRow<MessageId>> intake_text_rows() { return kRows; }

}  // namespace genaudit
