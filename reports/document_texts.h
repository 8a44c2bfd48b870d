// The human texts of the documents (HTML, Markdown, CSV and workbook), in
// Vietnamese and English: a catalogue keyed by DocText, its rows data only in reports/texts/documents.cpp.
// The terminal report's texts, shared ones such as "Căn cứ" included, stay
// in messages.h; this catalogue holds only what the documents add.
//
// Texts may hold placeholders {0}..{9}, filled by format_doc_text(). All
// text is UTF-8 in NFC.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/text_catalogue.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

enum class DocText {
  // Run facts and summary.
  kRunFacts,
  kFactPeriod,
  kFactPeriodValue,  // {0} as given, {1} first day, {2} last day
  kFactAsOf,
  kFactPackVersion,
  kFactRuleFiles,
  kFactRuleFilesAdded,  // {0} the rule files added to the plan's pack
  kFactRuleFilesOnly,   // {0} the rule files that replace it
  kFactRegisters,
  kColumnSha256,
  kSummary,
  kCountFindings,
  kCountMet,
  kCountNotMet,
  kCountNoData,
  kCountSkipped,
  kContents,
  kProducedBy,
  // Groupings of findings.
  kByObjective,
  kByLead,
  kBySubject,
  kBodiesWithFinding,   // on screen: the bodies of a lead agency's rule
  kBySubjectOpen,       // on screen: opens the findings by audited body
  kBySubjectNotPrinted, // on paper, in their place
  kObjective1,
  kObjective2,
  kObjective3,
  kObjective4,
  kObjective5,
  kObjective6,
  kObjectiveV,
  kObjectiveOther,
  kFindingOne,   // {0} count
  kFindingMany,  // {0} count
  kSeeEvidence,
  // Filter and search.
  kFilterLabel,
  kSearchPlaceholder,
  kAllObjectives,
  kAllLeads,
  kAllSeverities,
  kShownCount,  // {0} shown, {1} total
  kClearFilters,
  kNothingMatches,
  // Charts.
  kChartLabel,  // {0} value, {1} target, {2} status
  kChartNoData,
  // Columns and labels.
  kColumnNumber,
  kColumnFindingNumber,
  kColumnRuleId,
  kColumnFindingTitle,
  kColumnSubjectCode,
  kColumnSubjectName,
  kColumnObjective,
  kColumnSubject,
  kColumnEvidence,
  kColumnEvidenceRows,
  kColumnEvidenceName,
  kColumnSheet,
  kColumnRow,
  kColumnFrom,
  kColumnTo,
  kColumnComparison,
  kColumnReason,
  kColumnChart,
  kRowOne,   // {0} the row
  kRowMany,  // {0} the rows
  // Workbook sheets (at most 31 characters, none of []:*?/\).
  kSheetFindings,
  kSheetIndicators,
  kSheetEvidenceRows,
  kSheetEvidenceValues,
  kSheetAbout,
  // The workbook's file.
  kWorkbookCannotCreate,  // {0} the path
  kWorkbookCannotWrite,   // {0} the path; libxlsxwriter's reason follows; keep last
};

// The catalogue of every DocText, kRunFacts to kWorkbookCannotWrite. (The
// inspection record's words are in reports/record_texts.h.)
const TextCatalogue<DocText>& document_texts();

// Returns the text of `id` in `lang`, placeholders unfilled.
std::string_view doc_text(DocText id, Language lang);

// Returns the text of `id` in `lang` with {i} replaced by args[i].
std::string format_doc_text(DocText id, Language lang,
                            const std::vector<std::string>& args = {});

// "3 phát hiện" / "1 finding", "3 findings".
std::string findings_count_text(std::size_t count, Language lang);

// The objective a rule belongs to, from its id: "O1".."O6" for "O1.S4",
// "O6.T4b"..., "V" for "V.19"; "" for any other id.
std::string objective_of(std::string_view rule_id);

// The objective's name in the plan: "Mục tiêu 1: Trong lĩnh vực chính trị"
// / "Objective 1: Politics"; "Khác" / "Other" for "".
std::string objective_name(std::string_view objective, Language lang);

}  // namespace genaudit
