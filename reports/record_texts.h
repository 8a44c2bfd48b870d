// The words of the inspection record (biên bản kiểm tra) and of the folder
// of records (its index), in Vietnamese and English: a catalogue keyed by
// RecordText, its rows data only in reports/texts/records.cpp.
//
// Facts only the inspection file knows (engine/audit/inspection.h) are
// placeholders here; left out, they are filled with the dotted blanks
// kBlank..., which a person fills by hand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit {

enum class RecordText {
  // Blanks to fill by hand.
  kBlank,       // a word or a name
  kBlankLine,   // a whole line
  kBlankDate,   // "ngày ..... tháng ..... năm ......."
  kBlankTime,   // "..... giờ ..... phút"
  kTime,        // {0} hours, {1} minutes
  kDate,        // {0} day, {1} month, {2} year (in a sentence)
  // The heading.
  kCountry,
  kMotto,
  kNumber,      // {0} number, {1} symbol
  kPlaceDate,   // {0} place name, {1} the date (kDate or kBlankDate)
  kTitle,
  kSubtitle,
  // The legal basis and the opening.
  kBasisPlan,
  kBasisDecision,  // {0} number, {1} date, {2} signer
  kOpening,        // {0} time, {1} date, {2} place, {3} the agency
  kAttendanceHeading,
  kTeamHeading,
  kAgencyHeading,   // {0} the agency
  kPerson,          // {0} name, {1} role
  // The body inspected.
  kSubjectHeading,
  kSubjectName,  // {0}
  kSubjectCode,  // {0}
  kPeriod,       // {0} as given, {1} first day, {2} last day
  kAsOf,         // {0}
  // Findings.
  kFindingsHeading,
  kFindingsIntro,  // {0} count
  kColumnFigure,
  kColumnValue,
  kColumnRows,
  kNoValue,        // an evidence value the registers do not hold
  // The agency's comments.
  kCommentsHeading,
  kCommentsIntro,
  // Requests.
  kRequestsHeading,
  kRequestsIntro,  // {0} the agency
  kDeadline,       // {0} the date (or a blank)
  kReportBack,
  // Closing and signatures.
  kClosing,  // {0} end time, {1} copies
  kSignAgency,
  kSignTeam,
  kSignHint,
  kRecipients,
  // The appendix.
  kAppendixHeading,
  kAppendixIntro,
  kAppendixRules,
  kAppendixSources,
  kColumnFindingNo,
  kColumnRule,
  kColumnCitation,
  kColumnFile,
  kColumnDigest,
  // The folder's index and its print file.
  kIndexTitle,
  kIndexIntro,       // {0} records, {1} period, {2} as-of date
  kIndexPrintFile,   // {0} the merged file's name
  kIndexUnknownDistrict,
  kIndexNoDistrictField,
  kIndexColumnAgency,
  kIndexColumnCode,
  kIndexColumnFindings,
  kIndexColumnFiles,
  kFolderNotEmpty,   // {0} the folder
  kAppendixBodies,   // {0} the appendix section's number, {1} the as-of date
  kSuccession,       // {0} body, {1} successor, {2} from (date), {3} the decision
  kUnconfirmed,
};

const TextCatalogue<RecordText>& record_texts();

// The text `id` in `lang`, its placeholders filled with `args`.
std::string record_text(RecordText id, Language lang, const std::vector<std::string>& args = {});

}  // namespace genaudit
