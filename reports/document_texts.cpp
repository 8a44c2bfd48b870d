// The catalogue of document texts; see document_texts.h. The switch covers
// the whole enum, so -Wswitch flags a text left unwritten.
#include "reports/document_texts.h"

#include "reports/messages.h"

namespace genaudit {
namespace {


struct Texts {
  std::string_view vi;
  std::string_view en;
};

Texts texts(DocText id) {
  switch (id) {
    case DocText::kRunFacts:
      return {"Thông tin lần rà soát", "About this audit"};
    case DocText::kFactPeriod:
      return {"Kỳ rà soát", "Period"};
    case DocText::kFactPeriodValue:
      return {"{0} (từ {1} đến {2})", "{0} ({1} to {2})"};
    case DocText::kFactAsOf:
      return {"Ngày đối chiếu", "As of"};
    case DocText::kFactPackVersion:
      return {"Phiên bản bộ quy tắc", "Rule pack version"};
    case DocText::kFactRegisters:
      return {"Sổ đã đọc", "Registers read"};
    case DocText::kColumnSha256:
      return {"Mã băm SHA-256", "SHA-256"};
    case DocText::kSummary:
      return {"Tóm tắt", "Summary"};
    case DocText::kCountFindings:
      return {"Phát hiện", "Findings"};
    case DocText::kCountMet:
      return {"Chỉ tiêu đạt", "Indicators met"};
    case DocText::kCountNotMet:
      return {"Chỉ tiêu chưa đạt", "Indicators not met"};
    case DocText::kCountNoData:
      return {"Chỉ tiêu không có dữ liệu", "Indicators without data"};
    case DocText::kCountSkipped:
      return {"Quy tắc bị bỏ qua", "Rules skipped"};
    case DocText::kContents:
      return {"Mục lục", "Contents"};
    case DocText::kProducedBy:
      return {
          "Lập bằng genaudit từ dữ liệu các sổ theo dõi; mọi phát hiện đều dẫn về dòng "
          "dữ liệu gốc.",
          "Produced by genaudit from the registers; every finding points back to the rows "
          "it rests on."};
    case DocText::kByObjective:
      return {"Phát hiện theo mục tiêu", "Findings by objective"};
    case DocText::kByLead:
      return {"Phát hiện theo cơ quan chủ trì", "Findings by lead agency"};
    case DocText::kBySubject:
      return {"Phát hiện theo đơn vị", "Findings by audited body"};
    case DocText::kObjective1:
      return {"Mục tiêu 1: Trong lĩnh vực chính trị", "Objective 1: Politics"};
    case DocText::kObjective2:
      return {"Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", "Objective 2: Economy and labour"};
    case DocText::kObjective3:
      return {
          "Mục tiêu 3: Đảm bảo bình đẳng giới trong đời sống gia đình và phòng ngừa, ứng "
          "phó với bạo lực trên cơ sở giới",
          "Objective 3: Gender equality in family life; preventing and responding to "
          "gender-based violence"};
    case DocText::kObjective4:
      return {"Mục tiêu 4: Trong lĩnh vực y tế", "Objective 4: Health"};
    case DocText::kObjective5:
      return {"Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
              "Objective 5: Education and training"};
    case DocText::kObjective6:
      return {"Mục tiêu 6: Trong lĩnh vực thông tin truyền thông",
              "Objective 6: Information and communication"};
    case DocText::kObjectiveV:
      return {"Phần V: Tổ chức thực hiện", "Part V: Implementation and reporting"};
    case DocText::kObjectiveOther:
      return {"Khác", "Other"};
    case DocText::kFindingOne:
      return {"{0} phát hiện", "{0} finding"};
    case DocText::kFindingMany:
      return {"{0} phát hiện", "{0} findings"};
    case DocText::kSeeEvidence:
      return {"xem chứng cứ", "see evidence"};
    case DocText::kFilterLabel:
      return {"Lọc phát hiện", "Filter findings"};
    case DocText::kSearchPlaceholder:
      return {"Tìm theo mã, tên đơn vị, quy tắc, tệp…", "Search codes, names, rules, files…"};
    case DocText::kAllObjectives:
      return {"Mọi mục tiêu", "All objectives"};
    case DocText::kAllLeads:
      return {"Mọi cơ quan chủ trì", "All lead agencies"};
    case DocText::kAllSeverities:
      return {"Mọi mức độ", "All severities"};
    case DocText::kShownCount:
      return {"Đang hiển thị {0}/{1} phát hiện", "Showing {0} of {1} findings"};
    case DocText::kClearFilters:
      return {"Bỏ lọc", "Clear"};
    case DocText::kNothingMatches:
      return {"Không có phát hiện nào khớp bộ lọc.", "No finding matches the filter."};
    case DocText::kChartLabel:
      return {"Giá trị {0}, mục tiêu {1}: {2}", "Value {0}, target {1}: {2}"};
    case DocText::kChartNoData:
      return {"không có dữ liệu", "no data"};
    case DocText::kColumnNumber:
      return {"STT", "No."};
    case DocText::kColumnFindingNumber:
      return {"STT phát hiện", "Finding No."};
    case DocText::kColumnRuleId:
      return {"Mã quy tắc", "Rule"};
    case DocText::kColumnFindingTitle:
      return {"Nội dung", "Finding"};
    case DocText::kColumnSubjectCode:
      return {"Mã đơn vị", "Code"};
    case DocText::kColumnSubjectName:
      return {"Tên đơn vị", "Name"};
    case DocText::kColumnObjective:
      return {"Mục tiêu", "Objective"};
    case DocText::kColumnSubject:
      return {"Đơn vị", "Audited body"};
    case DocText::kColumnEvidence:
      return {"Số liệu", "Figures"};
    case DocText::kColumnEvidenceRows:
      return {"Dòng dữ liệu gốc", "Evidence rows"};
    case DocText::kColumnEvidenceName:
      return {"Số liệu", "Figure"};
    case DocText::kColumnSheet:
      return {"Trang tính", "Sheet"};
    case DocText::kColumnRow:
      return {"Dòng", "Row"};
    case DocText::kColumnFrom:
      return {"Từ ngày", "From"};
    case DocText::kColumnTo:
      return {"Đến ngày", "To"};
    case DocText::kColumnComparison:
      return {"So sánh", "Comparison"};
    case DocText::kColumnReason:
      return {"Lý do", "Reason"};
    case DocText::kColumnChart:
      return {"Biểu đồ", "Chart"};
    case DocText::kRowOne:
      return {"dòng {0}", "row {0}"};
    case DocText::kRowMany:
      return {"dòng {0}", "rows {0}"};
    case DocText::kSheetFindings:
      return {"Phát hiện", "Findings"};
    case DocText::kSheetIndicators:
      return {"Chỉ tiêu", "Indicators"};
    case DocText::kSheetEvidenceRows:
      return {"Dòng dữ liệu gốc", "Evidence rows"};
    case DocText::kSheetEvidenceValues:
      return {"Số liệu", "Figures"};
    case DocText::kSheetAbout:
      return {"Thông tin", "About"};
    case DocText::kRecordCountry:
      return {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"};
    case DocText::kRecordMotto:
      return {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"};
    case DocText::kRecordAuthority:
      return {"SỞ NỘI VỤ TỈNH KHÁNH HÒA", "KHÁNH HÒA DEPARTMENT OF HOME AFFAIRS"};
    case DocText::kRecordTeam:
      return {"ĐOÀN KIỂM TRA LIÊN NGÀNH", "INTER-AGENCY INSPECTION TEAM"};
    case DocText::kRecordNumber:
      return {"Số: ......./BB-ĐKT", "No.: ......./BB-ĐKT"};
    case DocText::kRecordPlaceDate:
      return {"Khánh Hòa, ngày ..... tháng ..... năm .......",
              "Khánh Hòa, date: ......................"};
    case DocText::kRecordTitle:
      return {"BIÊN BẢN KIỂM TRA", "INSPECTION RECORD"};
    case DocText::kRecordSubtitle:
      return {
          "Việc thực hiện Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh "
          "Khánh Hòa thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2025",
          "On the implementation of Plan No. 11983/UBND-KGVX of 25 November 2021 of the "
          "Khánh Hòa People's Committee on the National Strategy on Gender Equality "
          "2021–2025"};
    case DocText::kRecordBasis:
      return {
          "Căn cứ Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh Khánh Hòa và "
          "kết quả đối chiếu dữ liệu các sổ theo dõi đến ngày {0}, Đoàn kiểm tra lập biên "
          "bản kiểm tra đối với đơn vị dưới đây.",
          "Under Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa People's "
          "Committee, and having checked the registers as of {0}, the inspection team "
          "records the following for the body below."};
    case DocText::kRecordSubjectHeading:
      return {"I. ĐƠN VỊ ĐƯỢC KIỂM TRA", "I. BODY INSPECTED"};
    case DocText::kRecordSubjectName:
      return {"Tên đơn vị: {0}", "Name: {0}"};
    case DocText::kRecordSubjectCode:
      return {"Mã đơn vị: {0}", "Code: {0}"};
    case DocText::kRecordPeriod:
      return {"Kỳ kiểm tra: {0} (từ ngày {1} đến ngày {2})", "Period inspected: {0} ({1} to {2})"};
    case DocText::kRecordAsOf:
      return {"Số liệu đối chiếu đến ngày: {0}", "Data as of: {0}"};
    case DocText::kRecordSources:
      return {"Nguồn dữ liệu", "Sources"};
    case DocText::kRecordFindingsHeading:
      return {"II. KẾT QUẢ KIỂM TRA", "II. FINDINGS"};
    case DocText::kRecordFindingsIntro:
      return {
          "Qua đối chiếu dữ liệu, Đoàn kiểm tra ghi nhận {0} nội dung đơn vị chưa thực "
          "hiện đúng Kế hoạch:",
          "Checking the registers, the inspection team found {0} matter(s) in which the "
          "plan was not followed:"};
    case DocText::kRecordFigures:
      return {"Số liệu", "Figures"};
    case DocText::kRecordRequestsHeading:
      return {"III. YÊU CẦU KHẮC PHỤC", "III. REMEDIAL ACTION REQUESTED"};
    case DocText::kRecordRequestsIntro:
      return {"Đề nghị {0} thực hiện các nội dung sau:", "{0} is asked to:"};
    case DocText::kRecordDeadline:
      return {"Thời hạn thực hiện: ....................................................",
              "Deadline: ...................................................."};
    case DocText::kRecordReportBack:
      return {
          "Kết quả khắc phục gửi về Sở Nội vụ (cơ quan thường trực) để tổng hợp, báo cáo "
          "UBND tỉnh.",
          "The action taken is to be reported to the Department of Home Affairs (the "
          "standing agency), which reports to the Provincial People's Committee."};
    case DocText::kRecordSignSubject:
      return {"ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "FOR THE BODY INSPECTED"};
    case DocText::kRecordSignTeam:
      return {"TRƯỞNG ĐOÀN KIỂM TRA", "HEAD OF THE INSPECTION TEAM"};
    case DocText::kRecordSignHint:
      return {"(Ký, ghi rõ họ tên)", "(Signature and full name)"};
    case DocText::kRecordRecipients:
      return {"Nơi nhận:", "Recipients:"};
    case DocText::kRecordRecipientSubject:
      return {"Như trên;", "The body above;"};
    case DocText::kRecordRecipientHomeAffairs:
      return {"Sở Nội vụ (để tổng hợp);", "Department of Home Affairs (to compile);"};
    case DocText::kRecordRecipientFile:
      return {"Lưu: VT, ĐKT.", "File copy."};
  }
  return {"", ""};
}

}  // namespace

std::string_view doc_text(DocText id, Language lang) {
  const Texts t = texts(id);
  return lang == Language::kEnglish ? t.en : t.vi;
}

std::string format_doc_text(DocText id, Language lang, const std::vector<std::string>& args) {
  return fill_placeholders(doc_text(id, lang), args);
}

std::string findings_count_text(std::size_t count, Language lang) {
  return format_doc_text(count == 1 ? DocText::kFindingOne : DocText::kFindingMany, lang,
                         {std::to_string(count)});
}

std::string objective_of(std::string_view rule_id) {
  const std::size_t dot = rule_id.find('.');
  if (dot == std::string_view::npos) return "";
  const std::string_view prefix = rule_id.substr(0, dot);
  if (prefix == "V") return "V";
  if (prefix.size() == 2 && prefix[0] == 'O' && prefix[1] >= '1' && prefix[1] <= '6') {
    return std::string(prefix);
  }
  return "";
}

std::string objective_name(std::string_view objective, Language lang) {
  static constexpr DocText kNames[] = {DocText::kObjective1, DocText::kObjective2,
                                       DocText::kObjective3, DocText::kObjective4,
                                       DocText::kObjective5, DocText::kObjective6};
  if (objective == "V") return std::string(doc_text(DocText::kObjectiveV, lang));
  if (objective.size() == 2 && objective[0] == 'O' && objective[1] >= '1' && objective[1] <= '6') {
    return std::string(doc_text(kNames[objective[1] - '1'], lang));
  }
  return std::string(doc_text(DocText::kObjectiveOther, lang));
}

}  // namespace genaudit
