// What genaudit read of the registers it was given, and what it did not:
// the facts behind every report's intake section. An inspector must be able
// to see, in the report itself, every file that was not read, every column
// read under another name or left aside, every row left out — a report
// built on half-read registers must say so.
//
// Language-neutral: reasons are codes and values as written; the reports
// render them in Vietnamese or English.
#pragma once

#include <string>
#include <vector>

namespace genaudit {

// How a file came to be read as a register. Stored by number in the audit
// database (intake_log.h): add new values at the end only.
enum class RecognisedBy {
  kName,     // its name is the register's (staff.csv)
  kMapping,  // a mapping file names it
  kHeader,   // its header row matches the register's template
};

// One file read as (part of) a register.
struct IntakeFile {
  std::string register_name;
  std::string file;    // as the user named it: relative to the data folder
  std::string sheet;   // the worksheet read; empty for CSV
  long header_row = 1;  // the spreadsheet row of its header (above it: a title block)
  RecognisedBy recognised_by = RecognisedBy::kName;
  std::string sha256;
  long rows = 0;            // data rows kept
  long rows_left_out = 0;   // lenient: rows with a problem, not kept
  std::string rejected_to;  // where those rows were written, if anywhere
};

// A column of a file that was read, or not read, under a name other than
// the template's.
struct IntakeColumn {
  std::string register_name;
  std::string file;
  std::string header;  // as the file writes it
  std::string field;   // the template field it fills; empty when ignored
};

// An optional column of the template that no file of a register has. What
// follows from it is the reports' to say (key leaders from positions, ...).
struct AbsentColumn {
  std::string register_name;
  std::string field;
};

// Why a file given (or found in a data folder) was not read. Stored by
// number in the audit database (intake_log.h): add new values at the end only.
enum class UnreadReason {
  kNotARegisterFormat,  // not .csv, .xlsx, .xls or .ods (a .docx, a .pdf, ...)
  kNoRegisterHeader,    // a spreadsheet whose first rows match no register's header
  kMappingFile,         // a *.mapping.toml: read as a mapping, not as data
  kRejectedRowsFile,    // a file of rejected rows left by an earlier lenient run
  kHidden,              // a hidden or temporary file (.~lock, ~$x.xlsx, .DS_Store)
};

struct UnreadFile {
  std::string file;
  UnreadReason reason = UnreadReason::kNotARegisterFormat;
  std::string detail;  // e.g. the closest register and the columns it lacks
};

// Rows of one agency that a lenient read left out of a register.
struct AgencyRowsLeftOut {
  std::string register_name;
  std::string agency_code;  // as written; empty when the row had none
  long rows = 0;
};

// An agency of the agencies register with no row in the staff register.
struct AgencyWithoutStaff {
  std::string code;
  std::string name;
};

struct IntakeReport {
  std::vector<IntakeFile> files;                 // in register order, then file
  std::vector<IntakeColumn> columns_by_note;     // matched once a note was removed
  std::vector<IntakeColumn> columns_ignored;     // of no field (STT, Ghi chú, ...)
  std::vector<AbsentColumn> columns_absent;      // optional, absent from every file
  std::vector<std::string> registers_missing;    // no file at all (rules skipped: see `skipped`)
  std::vector<UnreadFile> files_not_read;
  std::vector<AgencyRowsLeftOut> rows_left_out_by_agency;
  std::vector<AgencyWithoutStaff> agencies_without_staff;
  bool lenient = false;  // rows with a problem were left out instead of stopping

  long rows_left_out() const {
    long n = 0;
    for (const IntakeFile& f : files) n += f.rows_left_out;
    return n;
  }
};

}  // namespace genaudit
