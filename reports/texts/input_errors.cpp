// An input error's sentences and words, data only; see
// reports/input_error_sentences.h.
#include "reports/input_error_sentences.h"

namespace genaudit {
namespace {

constexpr Wording kProtectedWorkbook = {
    "tệp Excel được đặt mật khẩu nên không đọc được — hãy mở tệp bằng Excel, bỏ mật "
    "khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu) "
    "rồi lưu lại",
    "the workbook is protected by a password and cannot be read — open it in Excel, "
    "remove the password (File › Info › Protect Workbook › Encrypt with Password, "
    "clear it) and save it again"};

constexpr CatalogueRow<InputErrorKind, ErrorSentence> kSentences[] = {
    {InputErrorKind::kCannotOpen,
     {{"không mở được tệp để đọc ({1})", "the file cannot be opened for reading ({1})"},
      {"không mở được tệp để đọc", "the file cannot be opened for reading"}}},
    {InputErrorKind::kEmptyFile,
     {{"tệp rỗng hoặc không có dòng tiêu đề — cần {1}",
       "the file is empty or has no header row — expected {1}"},
      {"tệp rỗng hoặc không có dòng tiêu đề", "the file is empty or has no header row"}}},
    {InputErrorKind::kBadEncoding,
     {{"tệp không ở bảng mã được hỗ trợ — cần {1}; hãy mở tệp bằng Excel "
       "và lưu lại dạng “CSV UTF-8”",
       "the file is not in a supported encoding — expected {1}; open it in "
       "Excel and save it again as “CSV UTF-8”"},
      {"tệp không ở bảng mã UTF-8 hoặc UTF-16 có BOM — hãy mở tệp bằng Excel "
       "và lưu lại dạng “CSV UTF-8”",
       "the file is neither UTF-8 nor UTF-16 with a BOM — open it in Excel "
       "and save it again as “CSV UTF-8”"}}},
    {InputErrorKind::kMalformedCsv,
     {{"tệp CSV sai cấu trúc — cần {1}", "the CSV is malformed — expected {1}"},
      {"tệp CSV sai cấu trúc", "the CSV is malformed"}}},
    {InputErrorKind::kMissingColumn,
     {{"thiếu cột bắt buộc \"{2}\" — cần một cột có tiêu đề {1}",
       "the required column \"{2}\" is missing — expected a column headed {1}"},
      {"thiếu cột bắt buộc \"{2}\"", "the required column \"{2}\" is missing"},
      false,
      true}},
    {InputErrorKind::kDuplicateColumn,
     {{"cột này trùng với cột \"{0}\" — cả hai đều là trường {1}; hãy giữ lại "
       "một cột",
       "this column repeats column \"{0}\" — both are the field {1}; keep only "
       "one"},
      {"cột này trùng với cột \"{0}\"", "this column repeats column \"{0}\""}}},
    {InputErrorKind::kMissingValue,
     {{"ô bỏ trống — cần một giá trị cho trường {1}",
       "the cell is empty — expected a value for the field {1}"},
      {"ô bỏ trống — cần một giá trị", "the cell is empty — a value is required"}}},
    {InputErrorKind::kBadDate,
     {{"giá trị \"{0}\" không hợp lệ — cần một ngày dạng {1}",
       "\"{0}\" is not a valid date — expected {1}"},
      {"giá trị \"{0}\" không phải là một ngày hợp lệ", "\"{0}\" is not a valid date"},
      true}},
    {InputErrorKind::kBadNumber,
     {{"giá trị \"{0}\" không phải là số — cần một số, ví dụ {1}",
       "\"{0}\" is not a number — expected a number such as {1}"},
      {"giá trị \"{0}\" không phải là số", "\"{0}\" is not a number"}}},
    {InputErrorKind::kBadInteger,
     {{"giá trị \"{0}\" không phải là số nguyên — cần một số nguyên, ví dụ {1}",
       "\"{0}\" is not a whole number — expected a whole number such as {1}"},
      {"giá trị \"{0}\" không phải là số nguyên", "\"{0}\" is not a whole number"}}},
    {InputErrorKind::kBadCode,
     {{"giá trị \"{0}\" không thuộc danh mục — cần một trong các giá trị {1}",
       "\"{0}\" is not one of the allowed values — expected {1}"},
      {"giá trị \"{0}\" không thuộc danh mục", "\"{0}\" is not one of the allowed values"},
      true}},
    {InputErrorKind::kDuplicateKey,
     {{"mã \"{0}\" trùng với một dòng trước ({1}) — mỗi mã chỉ được dùng một lần",
       "the code \"{0}\" repeats an earlier row ({1}) — each code may appear "
       "only once"},
      {"mã \"{0}\" trùng với một dòng trước — mỗi mã chỉ được dùng một lần",
       "the code \"{0}\" repeats an earlier row — each code may appear only "
       "once"}}},
    {InputErrorKind::kUnknownReference,
     {{"mã \"{0}\" không có trong sổ được tham chiếu — cần một mã có trong {1}",
       "the code \"{0}\" is not in the register it refers to — expected a code "
       "listed in {1}"},
      {"mã \"{0}\" không có trong sổ được tham chiếu",
       "the code \"{0}\" is not in the register it refers to"}}},
    // {3} the person's code, {4} the row that gave the other gender.
    {InputErrorKind::kConflictingGender,
     {{"giới tính \"{0}\" của cán bộ mã \"{3}\" mâu thuẫn với giới tính {1} ghi ở {4} — "
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
       "on another row — expected {1}"}}},
    {InputErrorKind::kRepeatedLater,
     {{"mã \"{0}\" được dùng lại ở một dòng sau ({1}) — mỗi mã chỉ được dùng một "
       "lần; cả hai dòng đều bị loại để sửa cùng lúc",
       "the code \"{0}\" is used again on a later row ({1}) — each code may appear "
       "only once; both rows are set aside, to be fixed together"},
      {"mã \"{0}\" được dùng lại ở một dòng sau — mỗi mã chỉ được dùng một lần",
       "the code \"{0}\" is used again on a later row — each code may appear only "
       "once"}}},
    {InputErrorKind::kConflictingPerson,
     {{"cùng mã cán bộ này được ghi hai giới tính khác nhau ở các dòng (\"{0}\" và "
       "{1}) — mọi dòng của cán bộ này đều bị loại để sửa cùng lúc",
       "this staff_id is given two different genders on its rows (\"{0}\" and {1}) "
       "— every row of this person is set aside, to be fixed together"},
      {"cùng mã cán bộ này được ghi hai giới tính khác nhau ở các dòng — mọi dòng "
       "của cán bộ này đều bị loại",
       "this staff_id is given two different genders on its rows — every row of "
       "this person is set aside"}}},
    {InputErrorKind::kCorruptWorkbook,
     {{"tệp Excel bị hỏng, không đọc được phần \"{0}\" — cần {1}; hãy mở tệp bằng "
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
       "short or not an .xlsx file; open it in Excel and save it again as .xlsx"}}},
    {InputErrorKind::kLimitExceeded,
     {{"phần \"{0}\" của tệp Excel vượt giới hạn an toàn {1} — tệp có thể bị hỏng "
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
       "crafted to do harm; if it is genuine, split it into smaller files"}}},
    // The file is named before the sentence; nothing else to fill in.
    {InputErrorKind::kPasswordProtected, {kProtectedWorkbook, kProtectedWorkbook}},
    {InputErrorKind::kOutOfRange,
     {{"giá trị \"{0}\" nằm ngoài khoảng cho phép — cần {1}",
       "\"{0}\" is out of range — expected {1}"},
      {"giá trị \"{0}\" nằm ngoài khoảng cho phép", "\"{0}\" is out of range"}}},
    {InputErrorKind::kCsvLimitExceeded,
     {{"dòng vượt giới hạn an toàn {1} — có thể một dấu ngoặc kép (\") chưa được "
       "đóng, hoặc tệp bị hỏng hay được tạo để gây hại",
       "the row exceeds the safety limit {1} — a double quote (\") may be left "
       "open, or the file is damaged or crafted to do harm"},
      {"dòng vượt một giới hạn an toàn của tệp CSV",
       "the row exceeds a safety limit of CSV files"}}},
    {InputErrorKind::kInvisibleInCode,
     {{"mã \"{0}\" có ký tự vô hình ({1}): hai mã trông giống hệt nhau sẽ bị coi là hai "
       "mã khác nhau — hãy xoá ký tự đó (thường do sao chép từ Word hay trang web) rồi "
       "chạy lại",
       "the code \"{0}\" holds an invisible character ({1}): two codes that look the same "
       "would count as different — delete it (it usually comes from copying out of Word "
       "or a web page) and run again"},
      {"mã \"{0}\" có ký tự vô hình: hai mã trông giống hệt nhau sẽ bị coi là hai mã "
       "khác nhau — hãy xoá ký tự đó rồi chạy lại",
       "the code \"{0}\" holds an invisible character: two codes that look the same would "
       "count as different — delete it and run again"}}},
    {InputErrorKind::kUnknownSheet,
     {{"tệp không có trang tính \"{0}\" — cần một trong các trang {1}",
       "the workbook has no sheet \"{0}\" — expected one of the sheets {1}"},
      {"tệp không có trang tính \"{0}\"", "the workbook has no sheet \"{0}\""},
      true}},
    {InputErrorKind::kFolderLimitExceeded,
     {{"thư mục vượt giới hạn an toàn {1} — hãy chọn đúng thư mục chứa các sổ, hoặc "
       "chia thành nhiều thư mục nhỏ hơn",
       "the folder exceeds the safety limit {1} — choose the folder that holds the "
       "registers, or split it into smaller folders"},
      {"thư mục có quá nhiều tệp hoặc quá nhiều cấp thư mục con",
       "the folder has too many files or levels of subfolders"}}},
    {InputErrorKind::kNearMissHeader,
     {{"tiêu đề cột \"{0}\" gần giống cột {1} của mẫu nhưng không trùng — nếu đúng là "
       "cột đó, hãy sửa tiêu đề cho đúng mẫu (hoặc khai báo trong tệp ánh xạ "
       ".mapping.toml); nếu là cột khác, hãy đổi tên cho khác hẳn",
       "the column header \"{0}\" is close to the template's column {1} without "
       "being it — if it is that column, correct the header (or declare it in a "
       ".mapping.toml mapping); if it is another column, give it a clearly "
       "different name"},
      {"tiêu đề cột \"{0}\" gần giống một cột của mẫu nhưng không trùng",
       "the column header \"{0}\" is close to a template column without being it"}}},
    {InputErrorKind::kHeaderNotFound,
     {{"không tìm thấy dòng tiêu đề của sổ \"{2}\" trong 30 dòng đầu của các trang tính; "
       "dòng gần nhất có các cột {0} nhưng thiếu {1} — hãy sửa tiêu đề theo mẫu, hoặc "
       "khai báo trong tệp ánh xạ .mapping.toml",
       "the header of the register \"{2}\" was expected on one of the first 30 rows of "
       "a sheet; the closest row has the columns {0} but lacks {1} — correct the "
       "header to the template's, or declare it in a .mapping.toml mapping"},
      {"không tìm thấy dòng tiêu đề của sổ \"{2}\" trong 30 dòng đầu của các trang tính",
       "the header of the register \"{2}\" was not found on the first 30 rows of any "
       "sheet"},
      false,
      true}},
    {InputErrorKind::kAmbiguousRegister,
     {{"dòng tiêu đề của tệp khớp với nhiều sổ ({0}) — hãy bỏ các cột thừa, hoặc "
       "khai báo sổ của tệp trong tệp ánh xạ .mapping.toml",
       "the file's header matches several registers ({0}) — remove the extra "
       "columns, or name the file's register in a .mapping.toml mapping"},
      {"dòng tiêu đề của tệp khớp với nhiều sổ ({0})",
       "the file's header matches several registers ({0})"}}},
    {InputErrorKind::kAmbiguousHeader,
     {{"có nhiều nơi chứa dòng tiêu đề của sổ \"{2}\" ({0}) — hãy để dữ liệu ở một trang "
       "tính, hoặc chỉ rõ trang tính (sheet) trong tệp ánh xạ .mapping.toml",
       "the header of the register \"{2}\" is in several places ({0}) — keep the data "
       "on one sheet, or name the sheet in a .mapping.toml mapping"},
      {"có nhiều nơi chứa dòng tiêu đề của sổ \"{2}\" ({0})",
       "the header of the register \"{2}\" is in several places ({0})"},
      false,
      true}},
    {InputErrorKind::kAlreadyImported,
     {{"tệp có nội dung giống hệt (cùng mã SHA-256 {0}) một tệp đã được nhập vào sổ {1} "
       "— các dòng của tệp đã có trong sổ, nhập thêm lần nữa sẽ nhân đôi chúng nên tệp "
       "không được nhập lại; nếu đây là tệp đã sửa, hãy kiểm tra rằng các chỗ sửa đã "
       "được lưu vào tệp",
       "the file has exactly the content (SHA-256 {0}) of a file already imported into "
       "the {1} register — its rows are there already, and adding them again would "
       "duplicate them, so it is not imported again; if this is a corrected file, "
       "check that the corrections were saved in it"},
      {"tệp có nội dung giống hệt một tệp đã được nhập — không nhập lại",
       "the file has exactly the content of a file already imported — not imported "
       "again"}}},
};

constexpr WrittenWord kKnownExpectations[] = {
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
    {"an intact compressed part", {"dữ liệu nén còn nguyên vẹn", "intact compressed data"}},
    {"a part present in the archive",
     {"phần này phải có trong tệp", "the part to be present in the file"}},
    {"well-formed XML", {"XML đúng cú pháp", "well-formed XML"}},
    {"XML without a DOCTYPE",
     {"XML không có khai báo DOCTYPE (tệp Excel không bao giờ có)",
      "XML without a DOCTYPE (Excel never writes one)"}},
    {"a worksheet", {"ít nhất một trang tính", "at least one worksheet"}},
    {"cell references such as C7", {"địa chỉ ô dạng C7", "cell references such as C7"}},
    {"an index into the shared strings",
     {"số thứ tự của một chuỗi dùng chung có trong tệp",
      "the index of a shared string present in the file"}},
};

constexpr WrittenWord kGenderWords[] = {
    {"female", {"Nữ", "female"}},
    {"male", {"Nam", "male"}},
};

}  // namespace

const Catalogue<InputErrorKind, ErrorSentence>& input_error_sentences() {
  static const Catalogue<InputErrorKind, ErrorSentence> catalogue({kSentences},
                                                                  InputErrorKind::kInvisibleInCode);
  return catalogue;
}

std::span<const WrittenWord> known_expectations() { return kKnownExpectations; }

std::span<const WrittenWord> gender_words() { return kGenderWords; }

}  // namespace genaudit
