// The inspection record's texts, data only: one row per RecordText; see
// reports/record_texts.h.
#include "reports/record_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<RecordText> kRows[] = {
    // Blanks to fill by hand.
    {RecordText::kBlank, {"..................", ".................."}},
    {RecordText::kBlankLine,
     {"...........................................................................................",
      "..........................................................................................."}},
    {RecordText::kBlankDate,
     {"ngày ..... tháng ..... năm .......", "on ..... / ..... / ......."}},
    {RecordText::kBlankTime, {"..... giờ ..... phút", "..... : ....."}},
    {RecordText::kTime, {"{0} giờ {1} phút", "{0}:{1}"}},
    {RecordText::kDate, {"ngày {0} tháng {1} năm {2}", "on {0}/{1}/{2}"}},

    // The heading.
    {RecordText::kCountry, {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"}},
    {RecordText::kMotto, {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"}},
    {RecordText::kNumber, {"Số: {0}/{1}", "No.: {0}/{1}"}},
    {RecordText::kPlaceDate, {"{0}, {1}", "{0}, {1}"}},
    {RecordText::kTitle, {"BIÊN BẢN KIỂM TRA", "INSPECTION RECORD"}},
    {RecordText::kSubtitle,
     {"Việc thực hiện Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh Khánh Hòa "
      "thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2025",
      "On the implementation of Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa "
      "People's Committee on the National Strategy on Gender Equality 2021–2025"}},

    // The legal basis and the opening.
    {RecordText::kBasisPlan,
     {"Căn cứ Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh Khánh Hòa thực hiện "
      "Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2021–2025;",
      "Under Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa People's Committee "
      "implementing the National Strategy on Gender Equality in the province, 2021–2025;"}},
    {RecordText::kBasisDecision,
     {"Căn cứ Quyết định số {0} ngày {1} của {2} về việc thành lập Đoàn kiểm tra,",
      "Under Decision No. {0} of {1} of {2} setting up the inspection team,"}},
    {RecordText::kOpening,
     {"Hôm nay, vào lúc {0} {1}, tại {2}, Đoàn kiểm tra tiến hành kiểm tra việc thực hiện Kế "
      "hoạch tại {3}, gồm:",
      "Today, at {0} {1}, at {2}, the inspection team inspected how {3} carries out the "
      "plan, with:"}},
    {RecordText::kAttendanceHeading, {"I. THÀNH PHẦN THAM DỰ", "I. PRESENT"}},
    {RecordText::kTeamHeading, {"1. Đoàn kiểm tra:", "1. The inspection team:"}},
    {RecordText::kAgencyHeading, {"2. Đại diện {0}:", "2. For {0}:"}},
    {RecordText::kPerson, {"- Ông/Bà {0}, {1};", "- {0}, {1};"}},

    // The body inspected.
    {RecordText::kSubjectHeading, {"II. ĐƠN VỊ ĐƯỢC KIỂM TRA", "II. BODY INSPECTED"}},
    {RecordText::kSubjectName, {"Tên đơn vị: {0}", "Name: {0}"}},
    {RecordText::kSubjectCode, {"Mã đơn vị trong sổ theo dõi: {0}", "Code in the registers: {0}"}},
    {RecordText::kPeriod,
     {"Kỳ kiểm tra: {0} (từ ngày {1} đến ngày {2})", "Period inspected: {0} ({1} to {2})"}},
    {RecordText::kAsOf, {"Số liệu đối chiếu đến ngày: {0}", "Data as of: {0}"}},

    // Findings.
    {RecordText::kFindingsHeading, {"III. KẾT QUẢ KIỂM TRA", "III. FINDINGS"}},
    {RecordText::kFindingsIntro,
     {"Qua đối chiếu dữ liệu các sổ theo dõi, Đoàn kiểm tra ghi nhận {0} nội dung đơn vị chưa "
      "thực hiện đúng Kế hoạch:",
      "Checking the registers, the inspection team found {0} matter(s) in which the plan was "
      "not followed:"}},
    {RecordText::kColumnFigure, {"Số liệu", "Figure"}},
    {RecordText::kColumnValue, {"Giá trị", "Value"}},
    {RecordText::kColumnRows, {"Dòng dữ liệu gốc trong sổ theo dõi", "Register rows"}},
    {RecordText::kNoValue, {"không có trong sổ", "not in the registers"}},

    // The agency's comments.
    {RecordText::kCommentsHeading,
     {"IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA", "IV. COMMENTS OF THE BODY INSPECTED"}},
    {RecordText::kCommentsIntro,
     {"(Đơn vị ghi ý kiến giải trình, bổ sung, nếu có)",
      "(The body writes its explanations or additions, if any)"}},

    // Requests.
    {RecordText::kRequestsHeading, {"V. YÊU CẦU KHẮC PHỤC", "V. REMEDIAL ACTION REQUESTED"}},
    {RecordText::kRequestsIntro,
     {"Đề nghị {0} thực hiện các nội dung sau:", "{0} is asked to:"}},
    {RecordText::kDeadline, {"Thời hạn thực hiện: trước {0}.", "Deadline: by {0}."}},
    {RecordText::kReportBack,
     {"Kết quả khắc phục gửi về Đoàn kiểm tra để tổng hợp, báo cáo cơ quan có thẩm quyền.",
      "The action taken is to be reported to the inspection team, which reports it to the "
      "competent authority."}},

    // Closing and signatures.
    {RecordText::kClosing,
     {"Biên bản kết thúc vào lúc {0} cùng ngày, được lập thành {1} bản có giá trị như nhau; "
      "đã được đọc lại cho các thành phần tham dự cùng nghe, thống nhất và ký tên dưới đây.",
      "The record was closed at {0} the same day and made in {1} copies of equal value; it "
      "was read aloud to those present, who agreed with it and signed below."}},
    {RecordText::kSignAgency, {"ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "FOR THE BODY INSPECTED"}},
    {RecordText::kSignTeam, {"TRƯỞNG ĐOÀN KIỂM TRA", "HEAD OF THE INSPECTION TEAM"}},
    {RecordText::kSignHint, {"(Ký, ghi rõ họ tên)", "(Signature and full name)"}},
    {RecordText::kRecipients, {"Nơi nhận:", "Recipients:"}},

    // The appendix.
    {RecordText::kAppendixHeading,
     {"PHỤ LỤC: NGUỒN DỮ LIỆU VÀ QUY TẮC ĐỐI CHIẾU", "APPENDIX: SOURCES AND RULES"}},
    {RecordText::kAppendixIntro,
     {"(Kèm theo biên bản kiểm tra; lập bằng genaudit từ các sổ theo dõi)",
      "(Attached to the inspection record; produced by genaudit from the registers)"}},
    {RecordText::kAppendixRules, {"1. Quy tắc đối chiếu", "1. Rules applied"}},
    {RecordText::kAppendixSources, {"2. Tệp dữ liệu đã đọc", "2. Files read"}},
    {RecordText::kColumnFindingNo, {"Nội dung", "Matter"}},
    {RecordText::kColumnRule, {"Mã quy tắc", "Rule"}},
    {RecordText::kColumnCitation, {"Căn cứ", "Basis"}},
    {RecordText::kColumnFile, {"Tệp", "File"}},
    {RecordText::kColumnDigest, {"Mã băm SHA-256", "SHA-256"}},

    // The folder's index and its print file.
    {RecordText::kIndexTitle, {"Danh mục biên bản kiểm tra", "Inspection records"}},
    {RecordText::kIndexIntro,
     {"{0} biên bản, kỳ {1}, số liệu đến ngày {2}.", "{0} record(s), period {1}, data as of {2}."}},
    {RecordText::kIndexPrintFile,
     {"Tất cả biên bản trong một tệp để in: {0}", "Every record in one file, for printing: {0}"}},
    {RecordText::kIndexUnknownDistrict, {"Không rõ huyện", "District unknown"}},
    {RecordText::kIndexNoDistrictField,
     {"Đơn vị nằm ở mục \"Không rõ huyện\" khi sổ Đơn vị không ghi cột \"Huyện, thị xã, thành "
      "phố\" của đơn vị (hoặc đơn vị không thuộc sổ Đơn vị).",
      "An agency is under \"District unknown\" when the agencies register gives no \"Huyện, "
      "thị xã, thành phố\" for it (or it is not in the agencies register)."}},
    {RecordText::kIndexColumnAgency, {"Đơn vị", "Agency"}},
    {RecordText::kIndexColumnCode, {"Mã", "Code"}},
    {RecordText::kIndexColumnFindings, {"Số phát hiện", "Findings"}},
    {RecordText::kIndexColumnFiles, {"Biên bản", "Record"}},
    {RecordText::kFolderNotEmpty,
     {"thư mục \"{0}\" đã có tệp: biên bản chỉ được ghi vào một thư mục mới hoặc trống, để "
      "không lẫn với biên bản của lần chạy trước. Hãy chọn một thư mục mới cho --per-agency, "
      "hoặc xóa hết tệp trong thư mục đó; chưa ghi gì",
      "the folder \"{0}\" is not empty: records are written only into a new or empty folder, "
      "so that they never mix with an earlier run's. Choose a new folder for --per-agency, or "
      "empty that one; nothing was written"}},
    {RecordText::kAppendixBodies,
     {"{0}. Cơ quan chịu trách nhiệm tại ngày {1}", "{0}. Responsible bodies as of {1}"}},
    {RecordText::kSuccession,
     {"{0}: nay là {1}, từ ngày {2} (theo {3})", "{0}: now {1}, from {2} (under {3})"}},
    {RecordText::kUnconfirmed,
     {"chưa xác minh văn bản; hãy kiểm tra trước khi ký",
      "the decision is not confirmed; check it before signing"}},
};

}  // namespace

const TextCatalogue<RecordText>& record_texts() {
  static const TextCatalogue<RecordText> catalogue({kRows}, RecordText::kUnconfirmed);
  return catalogue;
}

std::string record_text(RecordText id, Language lang, const std::vector<std::string>& args) {
  return record_texts().format(id, lang, args);
}

}  // namespace genaudit
