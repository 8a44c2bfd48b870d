// The catalogue of history and waiver texts. The switch covers the whole
// enum, so -Wswitch flags a text left unwritten.
#include "reports/history_texts.h"

#include "reports/human_values.h"
#include "reports/messages.h"

namespace genaudit {
namespace {


struct Texts {
  std::string_view vi;
  std::string_view en;
};

Texts texts(HistoryText id) {
  switch (id) {
    case HistoryText::kStatusNew:
      return {"mới", "new"};
    case HistoryText::kStatusPersisting:
      return {"còn tồn tại", "persisting"};
    case HistoryText::kStatusRegressed:
      return {"tái diễn", "regressed"};
    case HistoryText::kColumnSinceLastRun:
      return {"So với lần trước", "Since last run"};
    case HistoryText::kRunLine:
      return {"Lần rà soát số {0}; tình trạng phát hiện so với lần số {1}",
              "Run {0}; findings compared with run {1}"};
    case HistoryText::kRunLineFirst:
      return {"Lần rà soát số {0}, lần đầu tiên được ghi trong cơ sở dữ liệu này",
              "Run {0}, the first recorded in this database"};
    case HistoryText::kBaselineLine:
      return {"Chỉ liệt kê phát hiện mới so với lần rà soát số {0}; {1} phát hiện đã có ở lần "
              "đó không được liệt kê",
              "Only findings new since run {0} are listed; {1} finding(s) already present then "
              "are left out"};
    case HistoryText::kWaiverExpired:
      return {"miễn trừ đã hết hạn ngày {0}", "waiver expired on {0}"};
    case HistoryText::kColumnNote:
      return {"Ghi chú", "Note"};
    case HistoryText::kWaived:
      return {"Được miễn trừ", "Waived"};
    case HistoryText::kNoWaived:
      return {"Không có phát hiện nào được miễn trừ.", "No finding is waived."};
    case HistoryText::kColumnJustification:
      return {"Lý do", "Justification"};
    case HistoryText::kColumnApprovedBy:
      return {"Người phê duyệt", "Approved by"};
    case HistoryText::kColumnExpires:
      return {"Hết hạn", "Expires"};
    case HistoryText::kColumnSource:
      return {"Nguồn", "Source"};
    case HistoryText::kUnusedWaiver:
      return {"Cảnh báo: miễn trừ {0} / {1}{2} ({3}) không khớp phát hiện nào",
              "Warning: the waiver {0} / {1}{2} ({3}) matches no finding"};
    case HistoryText::kSummaryWaived:
      return {"; {0} phát hiện được miễn trừ", "; {0} waived"};
    case HistoryText::kRunsTitle:
      return {"Các lần rà soát đã ghi ({0})", "Recorded audit runs ({0})"};
    case HistoryText::kNoRuns:
      return {"Chưa có lần rà soát nào được ghi trong cơ sở dữ liệu này.",
              "No audit run is recorded in this database yet."};
    case HistoryText::kColumnRun:
      return {"Lần", "Run"};
    case HistoryText::kColumnRecordedAt:
      return {"Thời điểm (UTC)", "Recorded (UTC)"};
    case HistoryText::kColumnAsOf:
      return {"Ngày đối chiếu", "As of"};
    case HistoryText::kColumnPack:
      return {"Bộ quy tắc", "Rule pack"};
    case HistoryText::kColumnProfile:
      return {"Hồ sơ", "Profile"};
    case HistoryText::kColumnRegisters:
      return {"Sổ", "Registers"};
    case HistoryText::kColumnFindings:
      return {"Phát hiện", "Findings"};
    case HistoryText::kColumnWaived:
      return {"Miễn trừ", "Waived"};
    case HistoryText::kColumnNotMet:
      return {"Chỉ tiêu chưa đạt", "Not met"};
    case HistoryText::kDiffTitle:
      return {"So sánh lần rà soát số {0} với lần số {1}", "Run {0} compared with run {1}"};
    case HistoryText::kDiffRunLine:
      return {"Lần {0}: ghi lúc {1}, kỳ {2}, đối chiếu {3}, {4} phát hiện",
              "Run {0}: recorded {1}, period {2}, as of {3}, {4} finding(s)"};
    case HistoryText::kDiffNew:
      return {"Phát hiện mới", "New findings"};
    case HistoryText::kDiffRegressed:
      return {"Tái diễn", "Regressed"};
    case HistoryText::kDiffResolved:
      return {"Đã khắc phục", "Resolved"};
    case HistoryText::kDiffPersisting:
      return {"Còn tồn tại", "Persisting"};
    case HistoryText::kDiffIndicators:
      return {"Chỉ tiêu", "Indicators"};
    case HistoryText::kDiffNone:
      return {"Không có.", "None."};
    case HistoryText::kColumnInRun:
      return {"Lần {0}", "Run {0}"};
    case HistoryText::kDiffSummary:
      return {"Tổng kết: {0} mới, {1} tái diễn, {2} đã khắc phục, {3} còn tồn tại; {4} chỉ "
              "tiêu thay đổi.",
              "Summary: {0} new, {1} regressed, {2} resolved, {3} persisting; {4} indicator(s) "
              "changed."};
    case HistoryText::kWaiverMatchesNothing:
      return {"không khớp phát hiện nào", "matches no finding"};
    case HistoryText::kWaiverStateInForce:
      return {"còn hiệu lực", "in force"};
    case HistoryText::kWaiverStateExpired:
      return {"đã hết hạn", "expired"};
    case HistoryText::kRecordWaivedHeading:
      return {"Các nội dung được miễn trừ", "Matters waived"};
    case HistoryText::kRecordWaivedIntro:
      return {"{0} nội dung dưới đây đã được miễn trừ theo quyết định được phê duyệt; đơn vị "
              "chưa phải khắc phục các nội dung này cho đến khi miễn trừ hết hạn:",
              "{0} matter(s) below are waived by an approved decision; the body need not "
              "remedy them until the waiver expires:"};
    case HistoryText::kWaiversListTitle:
      return {"Miễn trừ lưu trong cơ sở dữ liệu: {0}; tính đến ngày {1}: {2} còn hiệu lực, {3} "
              "đã hết hạn",
              "Waivers stored in the database: {0}; as of {1}: {2} in force, {3} expired"};
    case HistoryText::kNoWaiversStored:
      return {"Chưa có miễn trừ nào được lưu trong cơ sở dữ liệu này (xem `genaudit waivers "
              "import`).",
              "No waiver is stored in this database (see `genaudit waivers import`)."};
    case HistoryText::kWaiversOnlyInForce:
      return {"Chỉ liệt kê các miễn trừ còn hiệu lực.", "Only the waivers in force are listed."};
    case HistoryText::kWaiversOnlyExpired:
      return {"Chỉ liệt kê các miễn trừ đã hết hạn.", "Only the expired waivers are listed."};
    case HistoryText::kColumnState:
      return {"Hiệu lực", "State"};
  }
  return {"", ""};
}

}  // namespace

std::string_view history_text(HistoryText id, Language lang) {
  const Texts t = texts(id);
  return lang == Language::kEnglish ? t.en : t.vi;
}

std::string format_history_text(HistoryText id, Language lang,
                                const std::vector<std::string>& args) {
  return fill_placeholders(history_text(id, lang), args);
}

std::vector<std::string> run_history_lines(const RunHistoryFacts& h, Language lang) {
  std::vector<std::string> lines = {
      h.previous_run ? format_history_text(HistoryText::kRunLine, lang,
                                           {std::to_string(h.run_id), std::to_string(*h.previous_run)})
                     : format_history_text(HistoryText::kRunLineFirst, lang, {std::to_string(h.run_id)})};
  if (h.baseline_run) {
    lines.push_back(format_history_text(
        HistoryText::kBaselineLine, lang,
        {std::to_string(*h.baseline_run), std::to_string(h.baseline_hidden)}));
  }
  return lines;
}

std::string waiver_expired_note(const Finding& finding, Language lang) {
  if (!finding.waiver_expired) return "";
  return format_history_text(HistoryText::kWaiverExpired, lang,
                             {date_text(*finding.waiver_expired, lang)});
}

std::string finding_status_name(FindingStatus status, Language lang) {
  switch (status) {
    case FindingStatus::kNew: return std::string(history_text(HistoryText::kStatusNew, lang));
    case FindingStatus::kPersisting:
      return std::string(history_text(HistoryText::kStatusPersisting, lang));
    case FindingStatus::kRegressed:
      return std::string(history_text(HistoryText::kStatusRegressed, lang));
    case FindingStatus::kUnknown: break;
  }
  return "";
}

}  // namespace genaudit
