// The inspection file reader's texts, data only; see inspection_texts.h.
#include "engine/audit/inspection_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<InspectionText> kRows[] = {
    {InspectionText::kNotToml,
     {"tệp không đúng cú pháp TOML ({0}); sửa dòng này rồi chạy lại",
      "the file is not valid TOML ({0}); fix this line and run again"}},
    {InspectionText::kUnknownKey,
     {"không có khóa `{0}` trong {1}; các khóa dùng được ở đây: {2}",
      "there is no key `{0}` in {1}; the keys allowed here: {2}"}},
    {InspectionText::kWrongKind,
     {"`{0}` phải là {1}", "`{0}` takes {1}"}},
    {InspectionText::kNotADate,
     {"\"{0}\" không phải là một ngày có thật: `{1}` nhận ngày dạng YYYY-MM-DD, ví dụ 2025-11-12",
      "\"{0}\" is not a real day: `{1}` takes a date YYYY-MM-DD, e.g. 2025-11-12"}},
    {InspectionText::kNotATime,
     {"\"{0}\" không phải là giờ: `{1}` nhận giờ dạng HH:MM, ví dụ \"08:30\"",
      "\"{0}\" is not a time: `{1}` takes a time HH:MM, e.g. \"08:30\""}},
    {InspectionText::kNoAgencyCode,
     {"bảng [[agency]] này thiếu `code`: ghi mã đơn vị như trong sổ theo dõi, ví dụ "
      "code = \"SNV\"",
      "this [[agency]] has no `code`: give the agency's code as in the registers, e.g. "
      "code = \"SNV\""}},
    {InspectionText::kAgencyTwice,
     {"đơn vị `{0}` đã có ở dòng {1}: mỗi đơn vị chỉ ghi một bảng [[agency]]",
      "the agency `{0}` is already given on line {1}: one [[agency]] per agency"}},
    {InspectionText::kKindText,
     {"một chuỗi văn bản trong dấu ngoặc kép", "a text in double quotes"}},
    {InspectionText::kKindDate,
     {"một ngày dạng YYYY-MM-DD, ví dụ 2025-11-12", "a date YYYY-MM-DD, e.g. 2025-11-12"}},
    {InspectionText::kKindTime,
     {"giờ dạng HH:MM, ví dụ \"08:30\"", "a time HH:MM, e.g. \"08:30\""}},
    {InspectionText::kKindCount,
     {"một số nguyên dương, ví dụ 2", "a whole number above zero, e.g. 2"}},
    {InspectionText::kKindBool, {"true hoặc false", "true or false"}},
    {InspectionText::kKindTable, {"một bảng, viết [{0}]", "a table: write [{0}]"}},
    {InspectionText::kKindTableList,
     {"danh sách bảng, viết [[{0}]]", "a list of tables: write [[{0}]]"}},
    {InspectionText::kKindTextList,
     {"danh sách chuỗi, ví dụ [\"Như trên;\", \"Lưu: VT.\"]",
      "a list of texts, e.g. [\"As above;\", \"File copy.\"]"}},
    {InspectionText::kTopLevel, {"phần đầu của tệp", "the top level of the file"}},
};

}  // namespace

const TextCatalogue<InspectionText>& inspection_texts() {
  static const TextCatalogue<InspectionText> catalogue({kRows}, InspectionText::kTopLevel);
  return catalogue;
}

std::string inspection_text(InspectionText id, Language lang, const std::vector<std::string>& args) {
  return inspection_texts().format(id, lang, args);
}

}  // namespace genaudit
