// The texts of what the numbers rest on, data only: one row per
// CoverageText; see reports/coverage_texts.h.
#include "reports/coverage_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<CoverageText> kRows[] = {
    // Indicators.
    {CoverageText::kColumnParts, {"Tử số/mẫu số", "Part/whole"}},
    {CoverageText::kColumnNumerator, {"Tử số", "Numerator"}},
    {CoverageText::kColumnDenominator, {"Mẫu số", "Denominator"}},
    {CoverageText::kColumnUnit, {"Đơn vị tính", "Counted in"}},
    {CoverageText::kReportedFigure, {"số liệu báo cáo", "reported figure"}},

    // Coverage of finding rules.
    {CoverageText::kCoverageHeading, {"Phạm vi kiểm tra", "Coverage"}},
    {CoverageText::kCoverageIntro,
     {"Mỗi quy tắc phát hiện đã kiểm tra bao nhiêu đối tượng. Quy tắc xét theo tháng, quý "
      "hoặc năm kiểm tra mỗi đối tượng một lượt cho từng kỳ. Lượt không đủ dữ liệu để kết "
      "luận (thiếu giá trị cần thiết trong sổ) không thành phát hiện.",
      "How many subjects each finding rule checked. A rule read per month, quarter or year "
      "checks each subject once for each period (a case). A case without the data to decide "
      "it (a value the rule needs is missing from the register) is not a finding."}},
    {CoverageText::kNoCoverage,
     {"Không có quy tắc phát hiện nào được chạy.", "No finding rule ran."}},
    {CoverageText::kColumnRuleTitle, {"Tên quy tắc", "Rule title"}},
    {CoverageText::kColumnSubjectsChecked, {"Số đối tượng kiểm tra", "Subjects checked"}},
    {CoverageText::kColumnCasesChecked, {"Số lượt kiểm tra", "Cases checked"}},
    {CoverageText::kColumnBreached, {"Số lượt vi phạm", "Cases breached"}},
    {CoverageText::kColumnWithoutData, {"Số lượt không đủ dữ liệu", "Cases without data"}},
    {CoverageText::kCoverageSheetName, {"Phạm vi kiểm tra", "Coverage"}},
    {CoverageText::kCoverageSentence,
     {"Đã kiểm tra {0}: {1} vi phạm, {2} không đủ dữ liệu để kết luận.",
      "Checked {0}: {1} breached, {2} without the data to decide."}},
    {CoverageText::kCasesChecked, {"{0} lượt ({1})", "{0} cases ({1})"}},
};

}  // namespace

const TextCatalogue<CoverageText>& coverage_texts() {
  static const TextCatalogue<CoverageText> catalogue({kRows}, CoverageText::kCasesChecked);
  return catalogue;
}

}  // namespace genaudit
