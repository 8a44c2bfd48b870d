// The human texts of the reports, in Vietnamese and English: the report's
// catalogue keyed by MessageId, the sentences that explain a skipped rule
// and an input error, and the names of indicator statuses and severities.
// The catalogue's rows are data only: the report's own texts in
// reports/texts/report.cpp, the intake section's in reports/texts/intake.cpp
// (reports/intake_texts.h puts those together); an input error's sentences
// are in reports/texts/input_errors.cpp.
//
// Texts may hold placeholders {0}..{9}, filled by format_message() (one
// formatter for every catalogue: fill_placeholders() of
// engine/core/text_catalogue.h). All text is UTF-8 in NFC.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/input_error.h"
#include "engine/core/text_catalogue.h"
#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

enum class MessageId {
  // Heading of the text report.
  kReportTitle,
  kPlanName,
  kPeriodLine,       // {0} as given, {1} first day, {2} last day
  kAsOfLine,         // {0} date
  kPackVersionLine,  // {0} version
  kRegistersRead,    // {0} count
  kRegistersNone,
  kColumnRegister,
  kColumnFile,
  kColumnRows,
  // Sections.
  kFindings,
  kIndicators,
  kSkipped,
  kNoFindings,
  kNoIndicators,
  // Rule details.
  kCitation,
  kLead,
  kSeverity,
  kRemedy,
  kMissingRegisters,  // {0} the registers, comma-separated
  // Table headers.
  kColumnCode,
  kColumnName,
  kColumnPeriod,
  kColumnRule,
  kColumnTitle,
  kColumnValue,
  kColumnTarget,
  kColumnStatus,
  // Indicator statuses.
  kStatusMet,
  kStatusNotMet,
  kStatusNoData,
  // Severities.
  kSeverityLow,
  kSeverityMedium,
  kSeverityHigh,
  kSeverityCritical,
  // Evidence values.
  kYes,
  kNo,
  // The closing summary, joined in this order.
  kSummaryFindingOne,   // {0} count
  kSummaryFindingMany,  // {0} count
  kSummaryIndicators,   // {0} met, {1} not met, {2} no data
  kSummarySkippedOne,   // {0} count
  kSummarySkippedMany,  // {0} count
  kSummaryEnd,
  // Parts of an input error's location.
  kErrorRow,     // {0} row number
  kErrorSheet,   // {0} sheet name
  kErrorColumn,  // {0} column header
  // Parts of an input error's sentence.
  kErrorRowOfFile,  // {0} row number, {1} the file: another row an error is about
  kAlternativesOr,  // before the last of alternatives: "a, b or c"
  // The intake section: what was read of the registers, and what was not
  // (reports/intake_texts.h puts these together).
  kIntakeHeading,
  kIntakeSheetName,            // the workbook sheet (at most 31 characters)
  kIntakeSummary,              // {0} files, {1} registers, {2} rows kept
  kIntakeNoFiles,              // nothing read, no register either
  kIntakeNoFileFacts,          // registers used, but no file read in this run
  kIntakeLenientWarning,       // {0} rows left out, {1} files
  kIntakeLenientNothingLeftOut,
  kPeriodOutsidePlanWarning,   // {0} the period as given
  kIntakeColumnHow,
  kIntakeColumnLeftOut,
  kIntakeColumnKind,
  kIntakeColumnDetail,
  kIntakeColumnCount,
  kIntakeSheet,                // {0} the worksheet
  kIntakeHeaderRow,            // {0} the row
  kIntakeRecognisedByName,
  kIntakeRecognisedByMapping,
  kIntakeRecognisedByHeader,
  kIntakeRejectedTo,           // {0} where the rows were written
  kIntakeRejectedNowhere,
  // Headings of the lists of the intake section.
  kIntakeFilesHeading,
  kIntakeAgencyRowsHeading,
  kIntakeColumnsByNoteHeading,
  kIntakeColumnsIgnoredHeading,
  kIntakeColumnsAbsentHeading,
  kIntakeRegistersMissingHeading,
  kIntakeFilesNotReadHeading,
  kIntakeAgenciesWithoutStaffHeading,
  // Kinds of intake facts, one per row of the workbook sheet and the CSV.
  kIntakeKindWarning,
  kIntakeKindFile,
  kIntakeKindRowsLeftOut,
  kIntakeKindAgencyRowsLeftOut,
  kIntakeKindColumnByNote,
  kIntakeKindColumnIgnored,
  kIntakeKindColumnAbsent,
  kIntakeKindRegisterMissing,
  kIntakeKindFileNotRead,
  kIntakeKindAgencyWithoutStaff,
  // Items of the lists.
  kIntakeAgencyRowsItem,       // {0} register, {1} agency code, {2} rows
  kIntakeNoAgencyCode,
  kIntakeColumnByNoteItem,     // {0} header as written, {1} template header, {2} field
  kIntakeColumnIgnoredItem,    // {0} header as written
  kIntakeRegisterMissingSkips,  // {0} the rules skipped for want of it
  kIntakeRegisterMissingNoRule,
  // What follows from an optional column that no file has.
  kAbsentKeyLeader,
  kAbsentKeyLeaderNorPosition,
  kAbsentPosition,
  kAbsentStartDate,
  kAbsentEndDate,
  kAbsentDegree,
  kAbsentBirthDate,
  kAbsentStaffGender,
  kAbsentDirectorGender,
  kAbsentEnterpriseStatus,
  kAbsentReportedOn,
  kAbsentDuration,
  kAbsentNotUsed,
  kAbsentOther,
  // Why a file was not read.
  kUnreadNotARegisterFormat,
  kUnreadNoRegisterHeader,
  kUnreadMappingFile,
  kUnreadRejectedRowsFile,
  kUnreadHidden,
  // The inspection record of an agency some of whose rows were left out.
  kRecordNote,
  kRecordRowsLeftOut,          // {0} rows, {1} register
  // Periods of findings, for people.
  kPeriodMonth,    // {0} year, {1} month (two digits)
  kPeriodQuarter,  // {0} year, {1} quarter (1..4); keep last (the catalogue's last id)
};

// The catalogue of every MessageId, kReportTitle to kPeriodQuarter.
const TextCatalogue<MessageId>& report_texts();

// The intake section's rows of that catalogue (reports/texts/intake.cpp).
std::span<const TextRow<MessageId>> intake_text_rows();

// Returns the text of `id` in `lang`, placeholders unfilled.
std::string_view message(MessageId id, Language lang);

// Returns the text of `id` in `lang` with {i} replaced by args[i]. A
// placeholder without an argument is left as written.
std::string format_message(MessageId id, Language lang,
                           const std::vector<std::string>& args = {});

// The name of an indicator status for people: "Đạt" / "met".
std::string_view status_name(IndicatorStatus status, Language lang);

// The name of a severity (low, medium, high, critical) for people; an unknown
// severity is returned as written.
std::string severity_name(std::string_view severity, Language lang);

// Why a rule was skipped: "Thiếu sổ: outlets, segments" /
// "Missing register(s): outlets, segments".
std::string skipped_reason(const SkippedRule& skipped, Language lang);

// `parts` with `separator` between them.
std::string joined(const std::vector<std::string>& parts, std::string_view separator);

// Joins alternatives written "a, b, c" as "a, b hoặc c" / "a, b or c".
std::string join_alternatives(std::string_view list, Language lang);

// One sentence saying where the error is and what is wrong, e.g.
//   staff.csv, dòng 7, cột "Ngày sinh": giá trị "31/02/2025" không hợp lệ —
//   cần một ngày dạng dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy hoặc yyyy-mm-dd
// The sheet is named when not empty, the row when not 0, the column when
// not empty; `expected` is written into the sentence when not empty. No
// trailing newline.
std::string render_input_error(const InputError& error, Language lang);

}  // namespace genaudit
