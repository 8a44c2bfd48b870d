// The intake section of every report, as plain text in one language: what
// genaudit read of the registers (files, rows kept and left out, columns
// read under another name or left aside, optional columns absent and what
// follows from each) and what it did not (registers missing, files not
// read), plus the warnings a report shows at its top. Every format lays out
// this one content, so that none says something the others do not:
//
//   text, HTML, Markdown   intake_warnings(), intake_summary(),
//                          intake_file_table(), intake_lists()
//   workbook, CSV          intake_facts(): one flat row per fact
//   JSON                   the codes recognised_by_code(), unread_reason_code()
//   inspection records     agency_rows_left_out_notes()
//
// Everything returned is plain, unescaped text: file names, sheets, headers,
// codes and names come from the registers as written, and each format makes
// them safe for its destination (reports/escaping.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// The warnings a report shows before anything else, each one sentence:
// rows left out by a lenient read (when there are any), then a period
// outside the plan's years. Empty when there is none.
std::vector<std::string> intake_warnings(const AuditReport& report, Language lang);

// What was read, in a sentence or two: files, registers and rows kept, and
// for a lenient read that left nothing out, that it was lenient. Always
// something to say, even when nothing was read.
std::vector<std::string> intake_summary(const AuditReport& report, Language lang);

// The files read, one row each: Register | File | How it was read (sheet,
// header row when not 1, how recognised, where rejected rows went) | Rows |
// and, when the read was lenient or any row was left out, Rows left out.
// `right[i]` says which columns hold numbers. No row when no file was read.
struct IntakeTable {
  std::vector<std::string> headers;
  std::vector<bool> right;
  std::vector<std::vector<std::string>> rows;
};
IntakeTable intake_file_table(const AuditReport& report, Language lang);

// The other facts, as headed lists of sentences, in this order and only
// those with an item: rows left out by agency, columns matched by their
// note, columns ignored, optional columns absent (each with what follows),
// registers missing (with the rules skipped for want of them), files not
// read (with why), agencies with no staff row.
struct IntakeList {
  std::string heading;
  std::vector<std::string> items;
};
std::vector<IntakeList> intake_lists(const AuditReport& report, Language lang);

enum class IntakeFactKind {
  kWarning,
  kFile,
  kRowsLeftOut,        // of one file
  kAgencyRowsLeftOut,  // of one agency in one register
  kColumnByNote,
  kColumnIgnored,
  kColumnAbsent,
  kRegisterMissing,
  kFileNotRead,
  kAgencyWithoutStaff,
};

// One row of the intake table of the workbook and of the CSV.
struct IntakeFact {
  IntakeFactKind kind = IntakeFactKind::kFile;
  std::string kind_name;  // in the language
  std::string register_name;
  std::string file;
  std::string detail;
  std::optional<long> count;  // rows, rules skipped...; none when it says nothing
};

// Every fact of the section, flat: the warnings first, then each file read
// (count: rows kept) followed by its rows left out (count: rows), then the
// facts of intake_lists() in its order.
std::vector<IntakeFact> intake_facts(const AuditReport& report, Language lang);

// The headers of the flat table: Kind | Register | File | Detail | Count.
std::vector<std::string> intake_fact_headers(Language lang);

// The JSON codes: "name", "mapping", "header"; "not_a_register_format",
// "no_register_header", "mapping_file", "rejected_rows_file", "hidden".
const char* recognised_by_code(RecognisedBy by);
const char* unread_reason_code(UnreadReason reason);

// What follows from the optional column `absent` missing from every file,
// in plain words, knowing which other columns are absent too.
std::string absent_column_consequence(const IntakeReport& intake, const AbsentColumn& absent,
                                      Language lang);

// The sentences an inspection record of the agency `agency_code` adds when
// a lenient read left out rows of it: one per register. Empty otherwise.
std::vector<std::string> agency_rows_left_out_notes(const IntakeReport& intake,
                                                    const std::string& agency_code,
                                                    Language lang);

}  // namespace genaudit
