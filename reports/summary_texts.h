// The words of the province summary report (reports/summary_content.h), in
// Vietnamese and English. A catalogue keyed by SummaryText, its rows data
// only in reports/texts/summary.cpp. Texts may hold placeholders {0}..{9}.
#pragma once

#include <string>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit {

enum class SummaryText {
  kTitle,
  kIntro,
  // Indicators.
  kIndicatorsHeading,
  kBreakdownHeading,       // {0} rule id, {1} title, {2} by district / by level
  kByDistrict,
  kByLevel,
  kColumnDistrict,
  kColumnLevel,
  kColumnAgencies,
  kNotRecorded,            // a group whose field is blank
  kBreakdownNotSplittable,  // {0} by district / by level, {1} the registers
  kBreakdownNotRecorded,    // {0} by district / by level, {1} the field
  kBreakdownNotComputed,
  kReportedFiguresNote,    // {0} the rule ids
  kBreakdownOverlapNote,
  // Findings.
  kFindingsHeading,
  kFindingCounts,          // {0} findings, {1} subjects
  kByObjectiveHeading,
  kByLeadHeading,
  kByDistrictHeading,
  kColumnObjective,
  kColumnLead,
  kColumnFindings,
  kDistrictUnknown,         // subjects of a register without a district field
  // Changes since the previous run.
  kChangesHeading,
  kChangesLine,             // {0} run, {1} previous run, {2} new, {3} regressed, {4} persisting, {5} resolved
  kChangesFirstRun,         // {0} run
  kChangesNotRecorded,
  kColumnNew,
  kColumnRegressed,
  kColumnPersisting,
  kColumnResolved,
  // Intake.
  kIntakeHeading,
  kIntakeListCount,         // {0} heading, {1} count
  // Recommendations.
  kRecommendationsHeading,
  kRecommendationsNone,
  kRecommendFinding,        // {0} title, {1} count of findings, {2} remedy
  kRecommendIndicator,      // {0} title, {1} value, {2} target, {3} remedy
  kLevelProvince,
  kLevelDistrict,
  kLevelCommune,
  // The summary as a Word document (reports/summary_docx.h): the frame
  // around the sections, in the layout of Decree 30's reports.
  kDocTitle,
  kDocSubtitle,             // {0} period as given, {1} first day, {2} last day
  kAddressee,               // {0} the addressees, or a blank
  kDocClosing,              // {0} the addressees, or a blank
  kStatusColumnAgainst,     // keep last: header of a group's status against the province target
};

const TextCatalogue<SummaryText>& summary_texts();

std::string summary_text(SummaryText id, Language lang, const std::vector<std::string>& args = {});

}  // namespace genaudit
