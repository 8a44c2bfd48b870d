// `genaudit explain`'s words, data only: one row per ExplanationText; see
// reports/explanation_texts.h.
#include "reports/explanation_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<ExplanationText> kRows[] = {
    // A step's value.
    {ExplanationText::kNoData, {"không có dữ liệu", "no data"}},
    {ExplanationText::kTrue, {"đúng", "true"}},
    {ExplanationText::kFalse, {"sai", "false"}},

    // The register rows behind a subject or a step.
    {ExplanationText::kRows, {"{0}: dòng {1} ({2})", "{0}: rows {1} ({2})"}},

    // The subject of a finding.
    {ExplanationText::kSubject, {"Đối tượng: {0}", "Subject: {0}"}},
    {ExplanationText::kPeriod, {", kỳ {0}", ", period {0}"}},
    {ExplanationText::kOutOfScope,
     {"Không thuộc phạm vi của quy tắc (điều kiện sau `for ... where` không thỏa).",
      "Outside the rule's scope (its `for ... where` condition does not hold)."}},

    // The outcome.
    {ExplanationText::kConclusionFinding, {"Kết luận: CÓ PHÁT HIỆN", "Conclusion: FINDING"}},
    {ExplanationText::kConclusionNoFinding,
     {"Kết luận: không có phát hiện", "Conclusion: no finding"}},
    {ExplanationText::kResult, {"Kết quả: {0}", "Result: {0}"}},

    // The parts of a `when`.
    {ExplanationText::kWhenParts,
     {"Từng phần của điều kiện (đúng, sai hoặc không có dữ liệu; giá trị hai vế sau dấu :):",
      "Each part of the condition (true, false or no data; the values compared after the :):"}},
    {ExplanationText::kNotNeeded,
     {"(không cần xét: các phần trước đã quyết định)",
      "(not needed: the parts before it decided)"}},

    // `explain --timings`.
    {ExplanationText::kTimingsTitle,
     {"Thời gian của {0} quy tắc, chậm nhất trước (mỗi quy tắc chạy riêng, trên một luồng):",
      "Time of {0} rules, slowest first (each rule run alone, on one thread):"}},
    {ExplanationText::kTimingsRule, {"Quy tắc", "Rule"}},
    {ExplanationText::kTimingsTime, {"Thời gian", "Time"}},
    {ExplanationText::kTimingsRows, {"Số dòng đã đọc", "Rows touched"}},
    {ExplanationText::kTimingsResult, {"Kết quả", "Result"}},
    {ExplanationText::kTimingsFindings, {"{0} phát hiện", "{0} finding(s)"}},
    {ExplanationText::kTimingsTotal, {"Tổng thời gian: {0}", "Total time: {0}"}},
    {ExplanationText::kTimingsRowsMeaning,
     {"Số dòng đã đọc: mỗi đối tượng một lần, mỗi dòng được gán cho biến của một phép lọc "
      "hoặc phép đếm (count, exists, sum, ...) mỗi lần gán, và mỗi dòng đọc để dựng một chỉ "
      "mục hoặc tập dòng đã lọc. Một phép nối phải duyệt hết sổ cho từng dòng thì đọc bằng "
      "tích kích thước hai sổ; dùng chỉ mục thì chỉ khoảng tổng của chúng "
      "(rules/WRITING_RULES.md).",
      "Rows touched: each subject once, each row bound to the variable of a filter or an "
      "aggregate (count, exists, sum, ...) once per binding, and each row read to build an "
      "index or a filtered row set. A join that scans a register for every row reads the "
      "product of the two sizes; one answered by an index, about their sum "
      "(rules/WRITING_RULES.md)."}},
    {ExplanationText::kTimingsNotRun,
     {"{0}: không chạy, thiếu sổ {1}", "{0}: not run, missing the register(s) {1}"}},
};

}  // namespace

const TextCatalogue<ExplanationText>& explanation_texts() {
  static const TextCatalogue<ExplanationText> catalogue({kRows}, ExplanationText::kTimingsNotRun);
  return catalogue;
}

}  // namespace genaudit
