// What the reports' numbers rest on, for people, in Vietnamese and English:
// an indicator's numerator and denominator ("20/42 cơ quan, đơn vị") and a
// finding rule's coverage (cases checked, breached, without data). The
// numbers are the evaluator's (engine/eval/results.h: IndicatorRatio,
// RuleCoverage), never computed again here. A catalogue keyed by
// CoverageText, its rows data only in reports/texts/coverage.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/text_catalogue.h"
#include "engine/eval/results.h"

namespace genaudit {

enum class CoverageText {
  // Indicators.
  kColumnParts,
  kColumnNumerator,
  kColumnDenominator,
  kColumnUnit,
  kReportedFigure,
  // Coverage of finding rules.
  kCoverageHeading,
  kCoverageIntro,
  kNoCoverage,
  kColumnRuleTitle,
  kColumnSubjectsChecked,
  kColumnCasesChecked,
  kColumnBreached,
  kColumnWithoutData,
  kCoverageSheetName,  // the workbook sheet (at most 31 characters)
  kCoverageSentence,  // {0} what was checked, {1} breached, {2} without data
  kCasesChecked,      // {0} cases, {1} subjects with their unit; keep last
};

// The catalogue of every CoverageText, kColumnParts to kCasesChecked.
const TextCatalogue<CoverageText>& coverage_texts();

std::string coverage_text(CoverageText id, Language lang);

// What an indicator's value was computed from: "20/42 cơ quan, đơn vị"
// (the unit when the rule states one); "số liệu báo cáo" / "reported
// figure" for a value read as reported; a part without a value as "—".
std::string indicator_parts_text(const IndicatorResult& indicator, Language lang);

// How many subjects or cases a finding rule checked, with its unit: "44 cơ
// quan, đơn vị" for a rule without windows, "108 lượt (9 đài)" /
// "108 cases (9 broadcasters)" for one read per month, quarter or year.
std::string checked_text(const RuleCoverage& coverage, Language lang);

// One sentence: "Đã kiểm tra 44 cơ quan, đơn vị: 10 vi phạm, 1 không đủ dữ
// liệu để kết luận." / "Checked 44 agencies: 10 breached, 1 without data to
// decide."
std::string coverage_sentence(const RuleCoverage& coverage, Language lang);

// The headers of a coverage table: Rule | Title | Unit | Subjects checked |
// Cases checked | Breached | Without data (Rule and Title from the report's
// catalogue are the caller's: `rule_header`, `title_header`).
std::vector<std::string> coverage_headers(const std::string& rule_header, Language lang);

// The cells of one coverage row under coverage_headers().
std::vector<std::string> coverage_cells(const RuleCoverage& coverage, Language lang);

}  // namespace genaudit
