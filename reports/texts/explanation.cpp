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
};

}  // namespace

const TextCatalogue<ExplanationText>& explanation_texts() {
  static const TextCatalogue<ExplanationText> catalogue({kRows}, ExplanationText::kResult);
  return catalogue;
}

}  // namespace genaudit
