// The register templates' texts, data only: one row per TemplateText and
// one per field of each register; see reports/template_texts.h.
#include "reports/template_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<TemplateText> kRows[] = {
    // Sheets.
    {TemplateText::kSheetInstructions, {"Hướng dẫn", "Instructions"}},
    {TemplateText::kSheetCodes, {"Danh sách mã", "Codes"}},

    // The instructions sheet.
    {TemplateText::kInstructionsTitle, {"Hướng dẫn điền biểu mẫu: {0} ({1})",
                                        "How to fill in the form: {0} ({1})"}},
    {TemplateText::kInstructionsFileName,
     {"Giữ tên tệp {0} (hoặc tên bắt đầu bằng tên sổ) để genaudit nhận ra sổ.",
      "Keep the file name {0} (or a name starting with the register's) so that genaudit "
      "recognises the register."}},
    {TemplateText::kInstructionsOneRow,
     {"Điền dữ liệu vào trang tính đầu tiên, mỗi dòng một bản ghi, bắt đầu từ dòng 2.",
      "Fill in the first worksheet, one record a row, from row 2."}},
    {TemplateText::kInstructionsHeader,
     {"Không sửa, xoá hay chèn dòng phía trên dòng tiêu đề (dòng 1).",
      "Do not change, delete or insert rows above the header (row 1)."}},
    {TemplateText::kInstructionsRequired,
     {"Cột \"Bắt buộc\" cho biết ô nào phải có giá trị; ô tiêu đề của cột bắt buộc được "
      "tô đậm màu.",
      "The \"Required\" column says which cells must hold a value; the headers of "
      "required columns are shaded darker."}},
    {TemplateText::kInstructionsDates,
     {"Ngày ghi theo dạng dd/mm/yyyy (ví dụ 05/03/2025), không ghi tháng trước ngày.",
      "Dates are written dd/mm/yyyy (e.g. 05/03/2025), never the month first."}},
    {TemplateText::kInstructionsCodes,
     {"Cột có danh sách thả xuống chỉ nhận các giá trị trong danh sách. Cột \"Giá trị "
      "được chấp nhận\" liệt kê cả các cách viết khác mà genaudit nhận ở tệp không theo "
      "mẫu này.",
      "Columns with a drop-down list take the values listed. The \"Allowed values\" "
      "column also lists the other spellings genaudit reads in files not made from this "
      "form."}},
    {TemplateText::kInstructionsExtraColumns,
     {"Có thể thêm cột ghi chú ở bên phải; genaudit bỏ qua cột không thuộc biểu mẫu "
      "và ghi lại điều đó.",
      "Note columns may be added on the right; genaudit leaves out columns of no field "
      "of the form, and says so."}},
    {TemplateText::kInstructionsImport,
     {"Nhập vào genaudit: genaudit import --db TỆP {0}",
      "Import into genaudit: genaudit import --db FILE {0}"}},
    {TemplateText::kColumnHeader, {"Tiêu đề cột", "Column header"}},
    {TemplateText::kColumnMeaning, {"Ý nghĩa", "Meaning"}},
    {TemplateText::kColumnType, {"Kiểu dữ liệu", "Type"}},
    {TemplateText::kColumnRequired, {"Bắt buộc", "Required"}},
    {TemplateText::kColumnAllowed, {"Giá trị được chấp nhận", "Allowed values"}},

    // Types.
    {TemplateText::kTypeText, {"văn bản", "text"}},
    {TemplateText::kTypeIdentifier, {"mã (văn bản)", "code (text)"}},
    {TemplateText::kTypeUniqueIdentifier,
     {"mã (văn bản), không trùng nhau", "code (text), unique"}},
    {TemplateText::kTypeCode, {"chọn trong danh sách", "one of a list"}},
    {TemplateText::kTypeBool, {"có/không", "yes/no"}},
    {TemplateText::kTypeDate, {"ngày (dd/mm/yyyy)", "date (dd/mm/yyyy)"}},
    {TemplateText::kTypeNumber, {"số", "number"}},
    {TemplateText::kTypeNonNegativeNumber, {"số, không âm", "number, not negative"}},
    {TemplateText::kTypeInteger, {"số nguyên", "whole number"}},

    // Required or not.
    {TemplateText::kRequiredValue, {"bắt buộc", "required"}},
    {TemplateText::kRequiredColumn,
     {"phải có cột; ô được để trống", "the column is required; a cell may be empty"}},
    {TemplateText::kOptional, {"không bắt buộc", "optional"}},

    // What a cell may hold.
    {TemplateText::kAllowedForms, {"{0} (hoặc: {1})", "{0} (or: {1})"}},
    {TemplateText::kAllowedOtherwise,
     {"giá trị khác được hiểu là: {0}", "any other value means: {0}"}},
    {TemplateText::kAllowedWhenEmpty, {"để trống được hiểu là: {0}", "empty means: {0}"}},
    {TemplateText::kAllowedReference,
     {"mã có trong sổ \"{0}\"", "a code of the register \"{0}\""}},
    {TemplateText::kAllowedReferenceList,
     {"mã có trong sổ \"{0}\" (danh sách ở trang tính \"{1}\")",
      "a code of the register \"{0}\" (listed on the sheet \"{1}\")"}},
    {TemplateText::kAllowedDate,
     {"ngày từ 01/01/1900 đến 31/12/2100, dạng dd/mm/yyyy",
      "a date from 01/01/1900 to 31/12/2100, as dd/mm/yyyy"}},
    {TemplateText::kAllowedNumber,
     {"số; dấu thập phân là dấu phẩy hoặc dấu chấm",
      "a number; the decimal mark is a comma or a point"}},
    {TemplateText::kAllowedNonNegative,
     {"số từ 0 trở lên; dấu thập phân là dấu phẩy hoặc dấu chấm",
      "a number, 0 or more; the decimal mark is a comma or a point"}},
    {TemplateText::kAllowedInteger, {"số nguyên, ví dụ 2025", "a whole number, e.g. 2025"}},

    // Validation prompts and errors.
    {TemplateText::kPromptList, {"Chọn một giá trị: {0}.", "Choose one of: {0}."}},
    {TemplateText::kPromptListOpen,
     {"Chọn một giá trị: {0}; giá trị khác cũng được nhận (xem trang Hướng dẫn).",
      "Choose one of: {0}; other values are accepted too (see the Instructions sheet)."}},
    {TemplateText::kPromptDate, {"Ngày, dạng dd/mm/yyyy.", "A date, dd/mm/yyyy."}},
    {TemplateText::kPromptNumber, {"Một số.", "A number."}},
    {TemplateText::kPromptNonNegative, {"Một số từ 0 trở lên.", "A number, 0 or more."}},
    {TemplateText::kPromptInteger, {"Một số nguyên.", "A whole number."}},
    {TemplateText::kPromptCodesFromList,
     {"Chọn mã trong danh sách (trang tính \"{0}\").",
      "Choose a code from the list (sheet \"{0}\")."}},
    {TemplateText::kPromptNoCodeList,
     {"Nhập mã như trong sổ \"{0}\"; biểu mẫu này không kèm danh sách mã để chọn.",
      "Type the code as in the register \"{0}\"; this form has no list of codes to "
      "choose from."}},
    {TemplateText::kPromptNoAgenciesStored,
     {"Nhập mã như trong sổ \"{0}\"; danh sách mã để trống vì biểu mẫu được tạo không có "
      "cơ sở dữ liệu (--db).",
      "Type the code as in the register \"{0}\"; the list of codes is empty because the "
      "form was made without a database (--db)."}},
    {TemplateText::kErrorTitle, {"Giá trị không hợp lệ", "Value not valid"}},
    {TemplateText::kErrorList,
     {"Giá trị không có trong danh sách. Chọn một giá trị trong danh sách thả xuống.",
      "The value is not in the list. Choose a value from the drop-down list."}},
    {TemplateText::kErrorDate,
     {"Không phải ngày hợp lệ. Ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/03/2025.",
      "Not a valid date. Write the date as dd/mm/yyyy, e.g. 05/03/2025."}},
    {TemplateText::kErrorNumber,
     {"Không phải số hợp lệ (hoặc nhỏ hơn giá trị cho phép). Ghi một số, ví dụ 12,5.",
      "Not a valid number (or below what is allowed). Write a number, e.g. 12.5."}},
    {TemplateText::kErrorInteger,
     {"Không phải số nguyên. Ghi một số nguyên, ví dụ 2025.",
      "Not a whole number. Write a whole number, e.g. 2025."}},
    {TemplateText::kErrorCode,
     {"Mã không có trong danh sách (trang tính \"{0}\"). Chọn mã trong danh sách.",
      "The code is not in the list (sheet \"{0}\"). Choose a code from the list."}},

    // The sheet of codes.
    {TemplateText::kCodesTitle,
     {"Mã trong sổ \"{0}\", để chọn ở trang tính đầu", "Codes of the register \"{0}\", "
                                                       "to choose from on the first sheet"}},
    {TemplateText::kCodesFromDatabase,
     {"Lấy từ cơ sở dữ liệu {0}: {1} mã.", "Taken from the database {0}: {1} codes."}},
    {TemplateText::kCodesNoDatabase,
     {"Danh sách để trống: biểu mẫu được tạo không có cơ sở dữ liệu (--db). Các ô mã "
      "đơn vị không có danh sách thả xuống.",
      "The list is empty: the form was made without a database (--db). The agency code "
      "cells have no drop-down list."}},
    {TemplateText::kCodesNoneStored,
     {"Danh sách để trống: cơ sở dữ liệu {0} chưa có sổ danh mục cơ quan, đơn vị. Các ô "
      "mã đơn vị không có danh sách thả xuống.",
      "The list is empty: the database {0} holds no agencies register yet. The agency "
      "code cells have no drop-down list."}},
    {TemplateText::kCodesColumnCode, {"Mã để chọn", "Code to choose"}},
    {TemplateText::kCodesColumnName, {"Tên tương ứng (để tham khảo)", "Its name (for reference)"}},

    // The workbook could not be written.
    {TemplateText::kTemplateCannotCreate,
     {"không tạo được biểu mẫu {0}", "cannot create the form {0}"}},
    {TemplateText::kTemplateCannotWrite,
     {"không ghi được biểu mẫu {0}: ", "cannot write the form {0}: "}},
};

constexpr FieldMeaning kMeanings[] = {
    {"agencies", "agency_code",
     {"Mã của cơ quan, đơn vị; không hai dòng trùng mã", "The agency's code; no two rows share it"}},
    {"agencies", "agency_name", {"Tên đầy đủ của cơ quan, đơn vị", "The agency's full name"}},
    {"agencies", "level",
     {"Cấp của cơ quan, đơn vị (xã: xã, phường, thị trấn)",
      "The agency's level (commune: communes, wards and townships)"}},
    {"agencies", "parent_code",
     {"Mã của cơ quan cấp trên trực tiếp, nếu có", "The code of the agency directly above, if any"}},
    {"agencies", "district",
     {"Huyện, thị xã, thành phố nơi đơn vị đóng trụ sở", "The district, town or city it is in"}},

    {"staff", "staff_id",
     {"Mã của người; người kiêm nhiệm ở hai đơn vị có hai dòng cùng mã",
      "The person's id; a person holding posts in two agencies has two rows with one id"}},
    {"staff", "full_name", {"Họ và tên", "Full name"}},
    {"staff", "gender", {"Giới tính; để trống khi chưa rõ", "Gender; empty when unknown"}},
    {"staff", "birth_date", {"Ngày sinh", "Date of birth"}},
    {"staff", "agency_code",
     {"Mã của đơn vị nơi người đó giữ chức vụ", "The code of the agency of the post"}},
    {"staff", "position", {"Chức vụ", "Position held"}},
    {"staff", "key_leader",
     {"Đánh dấu chức vụ lãnh đạo chủ chốt; để trống là không",
      "Marks a key leadership post; empty means no"}},
    {"staff", "start_date",
     {"Ngày bắt đầu giữ chức vụ; để trống nếu không rõ", "First day in the post; empty if unknown"}},
    {"staff", "end_date",
     {"Ngày cuối cùng giữ chức vụ; để trống nếu đang giữ",
      "Last day in the post; empty while still in it"}},
    {"staff", "degree", {"Trình độ chuyên môn cao nhất", "Highest academic degree"}},

    {"outlets", "outlet_code",
     {"Mã của cơ quan báo chí, đài; không hai dòng trùng mã",
      "The outlet's code; no two rows share it"}},
    {"outlets", "outlet_name", {"Tên cơ quan báo chí, đài", "The outlet's name"}},
    {"outlets", "kind", {"Loại hình cơ quan", "Kind of outlet"}},
    {"outlets", "district",
     {"Huyện, thị xã, thành phố của đài cấp huyện", "The district of a district broadcaster"}},

    {"segments", "outlet_code",
     {"Mã của cơ quan đã phát sóng", "The code of the outlet that broadcast it"}},
    {"segments", "air_date", {"Ngày phát sóng", "Broadcast date"}},
    {"segments", "title", {"Tên chuyên mục, chuyên đề", "Title of the programme"}},
    {"segments", "topic",
     {"Chủ đề; chuyên mục về bình đẳng giới ghi có cụm \"bình đẳng giới\"",
      "Topic; a programme on gender equality has \"gender equality\" (or \"bình đẳng "
      "giới\") in it"}},
    {"segments", "duration_min", {"Thời lượng, tính bằng phút", "Duration in minutes"}},

    {"news", "agency_code",
     {"Mã của xã, phường, thị trấn đã đăng tin", "The code of the commune that published it"}},
    {"news", "published_on", {"Ngày đăng", "Publication date"}},
    {"news", "title", {"Tiêu đề tin, bài", "Title"}},
    {"news", "topic",
     {"Chủ đề; tin, bài về bình đẳng giới ghi có cụm \"bình đẳng giới\"",
      "Topic; an item on gender equality has \"gender equality\" (or \"bình đẳng giới\") "
      "in it"}},

    {"reports", "agency_code",
     {"Mã của đơn vị gửi báo cáo", "The code of the agency reporting"}},
    {"reports", "year", {"Năm của kỳ báo cáo", "The year reported on"}},
    {"reports", "submitted_on", {"Ngày đơn vị gửi báo cáo", "The date the report was sent"}},

    {"enterprises", "enterprise_code",
     {"Mã số doanh nghiệp, hợp tác xã; không hai dòng trùng mã",
      "The enterprise's registration number; no two rows share it"}},
    {"enterprises", "enterprise_name",
     {"Tên doanh nghiệp, hợp tác xã", "The enterprise's or cooperative's name"}},
    {"enterprises", "type", {"Loại hình", "Enterprise or cooperative"}},
    {"enterprises", "director_gender",
     {"Giới tính của người đứng đầu; để trống khi chưa rõ",
      "Gender of its head; empty when unknown"}},
    {"enterprises", "status", {"Tình trạng hoạt động", "Whether it is active"}},

    {"statistics", "indicator",
     {"Mã chỉ tiêu của Kế hoạch, ví dụ O4.T1", "The plan's target id, e.g. O4.T1"}},
    {"statistics", "year", {"Năm của số liệu", "The year of the figure"}},
    {"statistics", "value", {"Giá trị số liệu", "The figure"}},
    {"statistics", "reported_by",
     {"Mã của đơn vị báo cáo số liệu", "The code of the agency reporting it"}},
    {"statistics", "reported_on",
     {"Ngày báo cáo; với cùng chỉ tiêu và năm, dòng có ngày muộn nhất được dùng",
      "Date reported; of one indicator and year, the latest-dated row counts"}},
};

}  // namespace

const TextCatalogue<TemplateText>& template_texts() {
  static const TextCatalogue<TemplateText> catalogue({kRows}, TemplateText::kTemplateCannotWrite);
  return catalogue;
}

std::string_view template_text(TemplateText id, Language lang) {
  return template_texts().text(id, lang);
}

std::string format_template_text(TemplateText id, Language lang,
                                 const std::vector<std::string>& args) {
  return template_texts().format(id, lang, args);
}

std::span<const FieldMeaning> field_meanings() { return kMeanings; }

std::string_view field_meaning(std::string_view register_name, std::string_view field,
                               Language lang) {
  for (const FieldMeaning& m : kMeanings) {
    if (m.register_name == register_name && m.field == field) return m.meaning.in(lang);
  }
  return {};
}

}  // namespace genaudit
