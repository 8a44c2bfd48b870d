// The documents' texts, data only: one row per DocText; see
// reports/document_texts.h.
#include "reports/document_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<DocText> kRows[] = {
    // Run facts and summary.
    {DocText::kRunFacts, {"Thông tin lần rà soát", "About this audit"}},
    {DocText::kFactPeriod, {"Kỳ rà soát", "Period"}},
    {DocText::kFactPeriodValue, {"{0} (từ {1} đến {2})", "{0} ({1} to {2})"}},
    {DocText::kFactAsOf, {"Ngày đối chiếu", "As of"}},
    {DocText::kFactPackVersion, {"Phiên bản bộ quy tắc", "Rule pack version"}},
    {DocText::kFactRuleFiles, {"Tệp quy tắc", "Rule files"}},
    {DocText::kFactRuleFilesAdded,
     {"bộ quy tắc của Kế hoạch, thêm các tệp: {0}", "the plan's pack, with these files added: {0}"}},
    {DocText::kFactRuleFilesOnly,
     {"chỉ các tệp: {0} (không dùng bộ quy tắc của Kế hoạch)",
      "only these files: {0} (not the plan's pack)"}},
    {DocText::kFactRegisters, {"Sổ đã đọc", "Registers read"}},
    {DocText::kColumnSha256, {"Mã băm SHA-256", "SHA-256"}},
    {DocText::kSummary, {"Tóm tắt", "Summary"}},
    {DocText::kCountFindings, {"Phát hiện", "Findings"}},
    {DocText::kCountMet, {"Chỉ tiêu đạt", "Indicators met"}},
    {DocText::kCountNotMet, {"Chỉ tiêu chưa đạt", "Indicators not met"}},
    {DocText::kCountNoData, {"Chỉ tiêu không có dữ liệu", "Indicators without data"}},
    {DocText::kCountSkipped, {"Quy tắc bị bỏ qua", "Rules skipped"}},
    {DocText::kContents, {"Mục lục", "Contents"}},
    {DocText::kProducedBy,
     {"Lập bằng genaudit từ dữ liệu các sổ theo dõi; mọi phát hiện đều dẫn về dòng "
      "dữ liệu gốc.",
      "Produced by genaudit from the registers; every finding points back to the rows "
      "it rests on."}},

    // Groupings of findings.
    {DocText::kByObjective, {"Phát hiện theo mục tiêu", "Findings by objective"}},
    {DocText::kByLead, {"Phát hiện theo cơ quan chủ trì", "Findings by lead agency"}},
    {DocText::kBySubject, {"Phát hiện theo đơn vị", "Findings by audited body"}},
    {DocText::kBodiesWithFinding, {"Các đơn vị có phát hiện", "The bodies with a finding"}},
    {DocText::kBySubjectOpen,
     {"Mở để xem phát hiện của từng đơn vị", "Open to see each audited body's findings"}},
    {DocText::kBySubjectNotPrinted,
     {"Bản in không nhắc lại phát hiện theo từng đơn vị: mỗi phát hiện đã in một lần ở "
      "phần theo mục tiêu; biên bản kiểm tra của từng đơn vị (genaudit audit --per-agency) "
      "liệt kê các phát hiện của đơn vị đó.",
      "The printed report does not repeat the findings by audited body: each finding is "
      "printed once, under its objective; each body's inspection record (genaudit audit "
      "--per-agency) lists its findings."}},
    {DocText::kObjective1, {"Mục tiêu 1: Trong lĩnh vực chính trị", "Objective 1: Politics"}},
    {DocText::kObjective2,
     {"Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", "Objective 2: Economy and labour"}},
    {DocText::kObjective3,
     {"Mục tiêu 3: Đảm bảo bình đẳng giới trong đời sống gia đình và phòng ngừa, ứng "
      "phó với bạo lực trên cơ sở giới",
      "Objective 3: Gender equality in family life; preventing and responding to "
      "gender-based violence"}},
    {DocText::kObjective4, {"Mục tiêu 4: Trong lĩnh vực y tế", "Objective 4: Health"}},
    {DocText::kObjective5,
     {"Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo", "Objective 5: Education and training"}},
    {DocText::kObjective6,
     {"Mục tiêu 6: Trong lĩnh vực thông tin truyền thông",
      "Objective 6: Information and communication"}},
    {DocText::kObjectiveV, {"Phần V: Tổ chức thực hiện", "Part V: Implementation and reporting"}},
    {DocText::kObjectiveOther, {"Khác", "Other"}},
    {DocText::kFindingOne, {"{0} phát hiện", "{0} finding"}},
    {DocText::kFindingMany, {"{0} phát hiện", "{0} findings"}},
    {DocText::kSeeEvidence, {"xem chứng cứ", "see evidence"}},

    // Filter and search.
    {DocText::kFilterLabel, {"Lọc phát hiện", "Filter findings"}},
    {DocText::kSearchPlaceholder,
     {"Tìm theo mã, tên đơn vị, quy tắc, tệp…", "Search codes, names, rules, files…"}},
    {DocText::kAllObjectives, {"Mọi mục tiêu", "All objectives"}},
    {DocText::kAllLeads, {"Mọi cơ quan chủ trì", "All lead agencies"}},
    {DocText::kAllSeverities, {"Mọi mức độ", "All severities"}},
    {DocText::kShownCount, {"Đang hiển thị {0}/{1} phát hiện", "Showing {0} of {1} findings"}},
    {DocText::kClearFilters, {"Bỏ lọc", "Clear"}},
    {DocText::kNothingMatches,
     {"Không có phát hiện nào khớp bộ lọc.", "No finding matches the filter."}},

    // Charts.
    {DocText::kChartLabel, {"Giá trị {0}, mục tiêu {1}: {2}", "Value {0}, target {1}: {2}"}},
    {DocText::kChartNoData, {"không có dữ liệu", "no data"}},

    // Columns and labels.
    {DocText::kColumnNumber, {"STT", "No."}},
    {DocText::kColumnFindingNumber, {"STT phát hiện", "Finding No."}},
    {DocText::kColumnRuleId, {"Mã quy tắc", "Rule"}},
    {DocText::kColumnFindingTitle, {"Nội dung", "Finding"}},
    {DocText::kColumnSubjectCode, {"Mã đơn vị", "Code"}},
    {DocText::kColumnSubjectName, {"Tên đơn vị", "Name"}},
    {DocText::kColumnObjective, {"Mục tiêu", "Objective"}},
    {DocText::kColumnSubject, {"Đơn vị", "Audited body"}},
    {DocText::kColumnEvidence, {"Số liệu", "Figures"}},
    {DocText::kColumnEvidenceRows, {"Dòng dữ liệu gốc", "Evidence rows"}},
    {DocText::kColumnEvidenceName, {"Số liệu", "Figure"}},
    {DocText::kColumnSheet, {"Trang tính", "Sheet"}},
    {DocText::kColumnRow, {"Dòng", "Row"}},
    {DocText::kColumnFrom, {"Từ ngày", "From"}},
    {DocText::kColumnTo, {"Đến ngày", "To"}},
    {DocText::kColumnComparison, {"So sánh", "Comparison"}},
    {DocText::kColumnReason, {"Lý do", "Reason"}},
    {DocText::kColumnChart, {"Biểu đồ", "Chart"}},
    {DocText::kRowOne, {"dòng {0}", "row {0}"}},
    {DocText::kRowMany, {"dòng {0}", "rows {0}"}},

    // Workbook sheets (at most 31 characters, none of []:*?/\).
    {DocText::kSheetFindings, {"Phát hiện", "Findings"}},
    {DocText::kSheetIndicators, {"Chỉ tiêu", "Indicators"}},
    {DocText::kSheetEvidenceRows, {"Dòng dữ liệu gốc", "Evidence rows"}},
    {DocText::kSheetEvidenceValues, {"Số liệu", "Figures"}},
    {DocText::kSheetAbout, {"Thông tin", "About"}},

    // The workbook's file.
    {DocText::kWorkbookCannotCreate,
     {"không tạo được tệp Excel \"{0}\"", "cannot create the workbook \"{0}\""}},
    {DocText::kWorkbookCannotWrite,
     {"không ghi được tệp Excel \"{0}\": ", "cannot write the workbook \"{0}\": "}},
};

}  // namespace

const TextCatalogue<DocText>& document_texts() {
  static const TextCatalogue<DocText> catalogue({kRows}, DocText::kWorkbookCannotWrite);
  return catalogue;
}

}  // namespace genaudit
