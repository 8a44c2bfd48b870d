// The history's and waivers' texts, data only: one row per HistoryText;
// see reports/history_texts.h.
#include "reports/history_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<HistoryText> kRows[] = {
    // A finding against the previous run.
    {HistoryText::kStatusNew, {"mới", "new"}},
    {HistoryText::kStatusPersisting, {"còn tồn tại", "persisting"}},
    {HistoryText::kStatusRegressed, {"tái diễn", "regressed"}},
    {HistoryText::kColumnSinceLastRun, {"So với lần trước", "Since last run"}},

    // The report's heading.
    {HistoryText::kRunLine,
     {"Lần rà soát số {0}; tình trạng phát hiện so với lần số {1}",
      "Run {0}; findings compared with run {1}"}},
    {HistoryText::kRunLineFirst,
     {"Lần rà soát số {0}, lần đầu tiên được ghi trong cơ sở dữ liệu này",
      "Run {0}, the first recorded in this database"}},
    {HistoryText::kBaselineLine,
     {"Chỉ liệt kê phát hiện mới so với lần rà soát số {0}; {1} phát hiện đã có ở lần "
      "đó không được liệt kê",
      "Only findings new since run {0} are listed; {1} finding(s) already present then "
      "are left out"}},

    // Waivers.
    {HistoryText::kWaiverExpired, {"miễn trừ đã hết hạn ngày {0}", "waiver expired on {0}"}},
    {HistoryText::kColumnNote, {"Ghi chú", "Note"}},
    {HistoryText::kWaived, {"Được miễn trừ", "Waived"}},
    {HistoryText::kNoWaived, {"Không có phát hiện nào được miễn trừ.", "No finding is waived."}},
    {HistoryText::kColumnJustification, {"Lý do", "Justification"}},
    {HistoryText::kColumnApprovedBy, {"Người phê duyệt", "Approved by"}},
    {HistoryText::kColumnExpires, {"Hết hạn", "Expires"}},
    {HistoryText::kColumnSource, {"Nguồn", "Source"}},
    {HistoryText::kUnusedWaiver,
     {"Cảnh báo: miễn trừ {0} / {1}{2} ({3}) không khớp phát hiện nào",
      "Warning: the waiver {0} / {1}{2} ({3}) matches no finding"}},
    {HistoryText::kSummaryWaived, {"; {0} phát hiện được miễn trừ", "; {0} waived"}},

    // `genaudit runs`.
    {HistoryText::kRunsTitle, {"Các lần rà soát đã ghi ({0})", "Recorded audit runs ({0})"}},
    {HistoryText::kNoRuns,
     {"Chưa có lần rà soát nào được ghi trong cơ sở dữ liệu này.",
      "No audit run is recorded in this database yet."}},
    {HistoryText::kColumnRun, {"Lần", "Run"}},
    {HistoryText::kColumnRecordedAt, {"Thời điểm (UTC)", "Recorded (UTC)"}},
    {HistoryText::kColumnAsOf, {"Ngày đối chiếu", "As of"}},
    {HistoryText::kColumnPack, {"Bộ quy tắc", "Rule pack"}},
    {HistoryText::kColumnProfile, {"Hồ sơ", "Profile"}},
    {HistoryText::kColumnRegisters, {"Sổ", "Registers"}},
    {HistoryText::kColumnFindings, {"Phát hiện", "Findings"}},
    {HistoryText::kColumnWaived, {"Miễn trừ", "Waived"}},
    {HistoryText::kColumnNotMet, {"Chỉ tiêu chưa đạt", "Not met"}},

    // `genaudit diff`.
    {HistoryText::kDiffTitle,
     {"So sánh lần rà soát số {0} với lần số {1}", "Run {0} compared with run {1}"}},
    {HistoryText::kDiffRunLine,
     {"Lần {0}: ghi lúc {1}, kỳ {2}, đối chiếu {3}, {4} phát hiện",
      "Run {0}: recorded {1}, period {2}, as of {3}, {4} finding(s)"}},
    {HistoryText::kDiffNew, {"Phát hiện mới", "New findings"}},
    {HistoryText::kDiffRegressed, {"Tái diễn", "Regressed"}},
    {HistoryText::kDiffResolved, {"Đã khắc phục", "Resolved"}},
    {HistoryText::kDiffPersisting, {"Còn tồn tại", "Persisting"}},
    {HistoryText::kDiffIndicators, {"Chỉ tiêu", "Indicators"}},
    {HistoryText::kDiffNone, {"Không có.", "None."}},
    {HistoryText::kColumnInRun, {"Lần {0}", "Run {0}"}},
    {HistoryText::kDiffSummary,
     {"Tổng kết: {0} mới, {1} tái diễn, {2} đã khắc phục, {3} còn tồn tại; {4} chỉ "
      "tiêu thay đổi.",
      "Summary: {0} new, {1} regressed, {2} resolved, {3} persisting; {4} indicator(s) "
      "changed."}},

    // Waivers in tables (CSV, workbook, Markdown) and inspection records.
    {HistoryText::kWaiverMatchesNothing, {"không khớp phát hiện nào", "matches no finding"}},
    {HistoryText::kWaiverStateInForce, {"còn hiệu lực", "in force"}},
    {HistoryText::kWaiverStateExpired, {"đã hết hạn", "expired"}},
    {HistoryText::kRecordWaivedHeading, {"Các nội dung được miễn trừ", "Matters waived"}},
    {HistoryText::kRecordWaivedIntro,
     {"{0} nội dung dưới đây đã được miễn trừ theo quyết định được phê duyệt; đơn vị "
      "chưa phải khắc phục các nội dung này cho đến khi miễn trừ hết hạn:",
      "{0} matter(s) below are waived by an approved decision; the body need not "
      "remedy them until the waiver expires:"}},

    // `genaudit waivers list`.
    {HistoryText::kWaiversListTitle,
     {"Miễn trừ lưu trong cơ sở dữ liệu: {0}; tính đến ngày {1}: {2} còn hiệu lực, {3} "
      "đã hết hạn",
      "Waivers stored in the database: {0}; as of {1}: {2} in force, {3} expired"}},
    {HistoryText::kNoWaiversStored,
     {"Chưa có miễn trừ nào được lưu trong cơ sở dữ liệu này (xem `genaudit waivers "
      "import`).",
      "No waiver is stored in this database (see `genaudit waivers import`)."}},
    {HistoryText::kWaiversOnlyInForce,
     {"Chỉ liệt kê các miễn trừ còn hiệu lực.", "Only the waivers in force are listed."}},
    {HistoryText::kWaiversOnlyExpired,
     {"Chỉ liệt kê các miễn trừ đã hết hạn.", "Only the expired waivers are listed."}},
    {HistoryText::kColumnState, {"Hiệu lực", "State"}},
};

}  // namespace

const TextCatalogue<HistoryText>& history_texts() {
  static const TextCatalogue<HistoryText> catalogue({kRows}, HistoryText::kColumnState);
  return catalogue;
}

}  // namespace genaudit
