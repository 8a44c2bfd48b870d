// The province summary's texts, data only: one row per SummaryText; see
// reports/summary_texts.h.
#include "reports/summary_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<SummaryText> kRows[] = {
    {SummaryText::kTitle, {"Báo cáo tổng hợp", "Summary report"}},
    {SummaryText::kIntro,
     {"Tổng hợp kết quả rà soát toàn tỉnh: chỉ tiêu (có tử số, mẫu số và phân theo huyện, "
      "theo cấp khi sổ cho phép), phát hiện theo mục tiêu, cơ quan chủ trì và huyện, thay đổi "
      "so với lần rà soát trước, dữ liệu đã tiếp nhận và kiến nghị theo cơ quan chủ trì.",
      "The province's results at a glance: the indicators (with their numerator and "
      "denominator, by district and by level where the registers allow), the findings by "
      "objective, lead agency and district, what changed since the previous run, the data "
      "read, and the recommendations per lead agency."}},
    // Indicators.
    {SummaryText::kIndicatorsHeading, {"Kết quả thực hiện chỉ tiêu", "Indicators"}},
    {SummaryText::kBreakdownHeading, {"{0} — {1}: {2}", "{0} — {1}: {2}"}},
    {SummaryText::kByDistrict, {"theo huyện", "by district"}},
    {SummaryText::kByLevel, {"theo cấp", "by level"}},
    {SummaryText::kColumnDistrict, {"Huyện, thị xã, thành phố", "District"}},
    {SummaryText::kColumnLevel, {"Cấp", "Level"}},
    {SummaryText::kColumnAgencies, {"Số cơ quan, đơn vị trong sổ", "Agencies in the register"}},
    {SummaryText::kNotRecorded, {"(sổ để trống)", "(left blank)"}},
    {SummaryText::kBreakdownNotSplittable,
     {"Không phân {0} được: sổ {1} không ghi cơ quan, đơn vị của từng dòng.",
      "No breakdown {0}: the {1} register does not give each row's agency."}},
    {SummaryText::kBreakdownNotRecorded,
     {"Không phân {0} được: không cơ quan, đơn vị nào có cột \"{1}\" trong sổ.",
      "No breakdown {0}: no agency has its \"{1}\" recorded in the register."}},
    {SummaryText::kBreakdownNotComputed,
     {"Báo cáo này không kèm số liệu phân theo huyện, theo cấp.",
      "This report carries no breakdown by district or level."}},
    {SummaryText::kReportedFiguresNote,
     {"Các chỉ tiêu {0} là số liệu do cơ quan báo cáo, không có tử số, mẫu số để phân theo "
      "huyện, theo cấp.",
      "Indicators {0} are figures as reported: they have no numerator and denominator to break "
      "down by district or level."}},
    {SummaryText::kBreakdownOverlapNote,
     {"Mỗi nhóm được tính lại trên chính các dòng sổ của nhóm đó; một người công tác ở cơ quan "
      "thuộc hai nhóm được tính ở cả hai, nên tổng các nhóm có thể khác toàn tỉnh.",
      "Each group is computed again on its own register rows; a person with posts in agencies "
      "of two groups counts in both, so the groups need not add up to the province."}},
    // Findings.
    {SummaryText::kFindingsHeading, {"Phát hiện", "Findings"}},
    {SummaryText::kFindingCounts,
     {"{0} phát hiện ở {1} đối tượng được rà soát.", "{0} findings at {1} audited subjects."}},
    {SummaryText::kByObjectiveHeading, {"Theo mục tiêu", "By objective"}},
    {SummaryText::kByLeadHeading, {"Theo cơ quan chủ trì", "By lead agency"}},
    {SummaryText::kByDistrictHeading, {"Theo huyện", "By district"}},
    {SummaryText::kColumnObjective, {"Mục tiêu", "Objective"}},
    {SummaryText::kColumnLead, {"Cơ quan chủ trì", "Lead agency"}},
    {SummaryText::kColumnFindings, {"Số phát hiện", "Findings"}},
    {SummaryText::kDistrictUnknown,
     {"(sổ {0} không có cột huyện)", "(the {0} register has no district column)"}},
    // Changes since the previous run.
    {SummaryText::kChangesHeading, {"Thay đổi so với lần rà soát trước", "Changes since the previous run"}},
    {SummaryText::kChangesLine,
     {"Lần rà soát số {0} so với lần số {1}: {2} phát hiện mới, {3} tái diễn, {4} còn tồn tại, "
      "{5} đã khắc phục.",
      "Run {0} against run {1}: {2} new findings, {3} regressed, {4} persisting, {5} "
      "resolved."}},
    {SummaryText::kChangesFirstRun,
     {"Lần rà soát số {0} là lần đầu tiên được ghi trong cơ sở dữ liệu này: chưa có gì để so "
      "sánh.",
      "Run {0} is the first recorded in this database: there is nothing to compare with."}},
    {SummaryText::kChangesNotRecorded,
     {"Lần rà soát này không được ghi vào cơ sở dữ liệu (chạy với --db để so sánh với lần "
      "trước).",
      "This audit is not recorded in a database (run it with --db to compare with the previous "
      "one)."}},
    {SummaryText::kColumnNew, {"Mới", "New"}},
    {SummaryText::kColumnRegressed, {"Tái diễn", "Regressed"}},
    {SummaryText::kColumnPersisting, {"Còn tồn tại", "Persisting"}},
    {SummaryText::kColumnResolved, {"Đã khắc phục", "Resolved"}},
    // Intake.
    {SummaryText::kIntakeHeading, {"Dữ liệu đã tiếp nhận", "Data read"}},
    {SummaryText::kIntakeListCount, {"{0}: {1}", "{0}: {1}"}},
    // Recommendations.
    {SummaryText::kRecommendationsHeading,
     {"Kiến nghị theo cơ quan chủ trì", "Recommendations per lead agency"}},
    {SummaryText::kRecommendationsNone,
     {"Không có phát hiện hay chỉ tiêu chưa đạt nào cần kiến nghị.",
      "No finding or unmet indicator calls for a recommendation."}},
    {SummaryText::kRecommendFinding,
     {"{0} ({1} phát hiện): {2}", "{0} ({1} findings): {2}"}},
    {SummaryText::kRecommendIndicator,
     {"{0} chưa đạt ({1}, mục tiêu {2}): {3}", "{0} not met ({1}, target {2}): {3}"}},
    {SummaryText::kLevelProvince, {"Cấp tỉnh", "Province"}},
    {SummaryText::kLevelDistrict, {"Cấp huyện", "District"}},
    {SummaryText::kLevelCommune, {"Cấp xã", "Commune"}},
    // The Word document's frame.
    {SummaryText::kDocTitle, {"BÁO CÁO", "REPORT"}},
    {SummaryText::kDocSubtitle,
     {"Tổng hợp kết quả rà soát việc thực hiện Kế hoạch số 11983/UBND-KGVX của UBND tỉnh "
      "Khánh Hòa về bình đẳng giới, kỳ {0} (từ {1} đến {2})",
      "The results of the review of how Khánh Hòa carries out Plan No. 11983/UBND-KGVX on "
      "gender equality, period {0} ({1} to {2})"}},
    {SummaryText::kAddressee, {"Kính gửi: {0}", "To: {0}"}},
    {SummaryText::kDocClosing,
     {"Trên đây là báo cáo tổng hợp kết quả rà soát việc thực hiện Kế hoạch; Đoàn kiểm tra "
      "kính báo cáo {0}./.",
      "This is the summary of the review of how the plan is carried out, respectfully "
      "submitted to {0}."}},
    {SummaryText::kStatusColumnAgainst,
     {"So với mục tiêu toàn tỉnh", "Against the province's target"}},
};

}  // namespace

const TextCatalogue<SummaryText>& summary_texts() {
  static const TextCatalogue<SummaryText> catalogue({kRows}, SummaryText::kStatusColumnAgainst);
  return catalogue;
}

std::string summary_text(SummaryText id, Language lang, const std::vector<std::string>& args) {
  return summary_texts().format(id, lang, args);
}

}  // namespace genaudit
