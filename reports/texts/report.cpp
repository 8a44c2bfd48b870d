// The report's texts, data only: one row per MessageId but those of the
// intake section (intake.cpp); see reports/messages.h.
#include "reports/messages.h"

namespace genaudit {
namespace {

constexpr TextRow<MessageId> kRows[] = {
    // Heading of the text report.
    {MessageId::kReportTitle,
     {"Báo cáo rà soát thực hiện bình đẳng giới", "Gender-equality audit report"}},
    {MessageId::kPlanName,
     {"Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh Khánh Hòa "
      "thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2025",
      "Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa People's "
      "Committee, implementing the National Strategy on Gender Equality 2021–2025"}},
    {MessageId::kPeriodLine, {"Kỳ rà soát: {0} ({1} – {2})", "Period: {0} ({1} – {2})"}},
    {MessageId::kAsOfLine, {"Ngày đối chiếu: {0}", "As of: {0}"}},
    {MessageId::kPackVersionLine, {"Phiên bản bộ quy tắc: {0}", "Rule pack version: {0}"}},
    {MessageId::kRegistersRead, {"Sổ đã đọc ({0}):", "Registers read ({0}):"}},
    {MessageId::kRegistersNone, {"Sổ đã đọc: không có", "Registers read: none"}},
    {MessageId::kColumnRegister, {"Sổ", "Register"}},
    {MessageId::kColumnFile, {"Tệp", "File"}},
    {MessageId::kColumnRows, {"Số dòng", "Rows"}},

    // Sections.
    {MessageId::kFindings, {"Phát hiện", "Findings"}},
    {MessageId::kIndicators, {"Chỉ tiêu", "Indicators"}},
    {MessageId::kSkipped, {"Bỏ qua", "Skipped"}},
    {MessageId::kNoFindings, {"Không có phát hiện nào.", "No findings."}},
    {MessageId::kNoIndicators, {"Không có chỉ tiêu nào.", "No indicators."}},

    // Rule details.
    {MessageId::kCitation, {"Căn cứ", "Citation"}},
    {MessageId::kLead, {"Chủ trì", "Lead"}},
    {MessageId::kSeverity, {"Mức độ", "Severity"}},
    {MessageId::kRemedy, {"Khắc phục", "Remedy"}},
    {MessageId::kMissingRegisters, {"Thiếu sổ: {0}", "Missing register(s): {0}"}},

    // Table headers.
    {MessageId::kColumnCode, {"Mã", "Code"}},
    {MessageId::kColumnName, {"Tên", "Name"}},
    {MessageId::kColumnPeriod, {"Kỳ", "Period"}},
    {MessageId::kColumnRule, {"Mã", "Id"}},
    {MessageId::kColumnTitle, {"Chỉ tiêu", "Indicator"}},
    {MessageId::kColumnValue, {"Giá trị", "Value"}},
    {MessageId::kColumnTarget, {"Mức cần đạt", "Target"}},
    {MessageId::kColumnStatus, {"Kết quả", "Status"}},

    // Indicator statuses.
    {MessageId::kStatusMet, {"Đạt", "met"}},
    {MessageId::kStatusNotMet, {"Chưa đạt", "not met"}},
    {MessageId::kStatusNoData, {"Không có dữ liệu", "no data"}},

    // Severities.
    {MessageId::kSeverityLow, {"thấp", "low"}},
    {MessageId::kSeverityMedium, {"trung bình", "medium"}},
    {MessageId::kSeverityHigh, {"cao", "high"}},
    {MessageId::kSeverityCritical, {"nghiêm trọng", "critical"}},

    // Evidence values.
    {MessageId::kYes, {"có", "yes"}},
    {MessageId::kNo, {"không", "no"}},

    // The closing summary, joined in this order.
    {MessageId::kSummaryFindingOne, {"Tổng kết: {0} phát hiện", "Summary: {0} finding"}},
    {MessageId::kSummaryFindingMany, {"Tổng kết: {0} phát hiện", "Summary: {0} findings"}},
    {MessageId::kSummaryIndicators,
     {"; chỉ tiêu: {0} đạt, {1} chưa đạt, {2} không có dữ liệu",
      "; indicators: {0} met, {1} not met, {2} no data"}},
    {MessageId::kSummarySkippedOne, {"; {0} quy tắc bị bỏ qua", "; {0} rule skipped"}},
    {MessageId::kSummarySkippedMany, {"; {0} quy tắc bị bỏ qua", "; {0} rules skipped"}},
    {MessageId::kSummaryEnd, {".", "."}},

    // Parts of an input error's location.
    {MessageId::kErrorRow, {"dòng {0}", "row {0}"}},
    {MessageId::kErrorSheet, {"trang \"{0}\"", "sheet \"{0}\""}},
    {MessageId::kErrorColumn, {"cột \"{0}\"", "column \"{0}\""}},

    // Parts of an input error's sentence.
    {MessageId::kErrorRowOfFile, {"dòng {0} của tệp {1}", "row {0} of {1}"}},
    {MessageId::kAlternativesOr, {" hoặc ", " or "}},

    // Periods of findings, for people.
    {MessageId::kPeriodMonth, {"{1}/{0}", "{0}-{1}"}},
    {MessageId::kPeriodQuarter, {"Quý {1}/{0}", "{0}-Q{1}"}},
};

}  // namespace

const TextCatalogue<MessageId>& report_texts() {
  static const TextCatalogue<MessageId> catalogue({kRows, intake_text_rows()},
                                                  MessageId::kPeriodQuarter);
  return catalogue;
}

}  // namespace genaudit
