// A user's mistake in a register file: where it is and what was expected.
// Errors are values collected during import so the user sees all of them at
// once; they are rendered in the user's language by render_input_error().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace genaudit {

enum class InputErrorKind {
  kCannotOpen,         // the file cannot be read
  kEmptyFile,          // 0 bytes, or no header row
  kBadEncoding,        // neither UTF-8 nor UTF-16 with a BOM
  kMalformedCsv,       // e.g. a quote never closed
  kMissingColumn,      // a required column is absent from the header
  kDuplicateColumn,    // two headers name the same field
  kMissingValue,       // a required cell is empty
  kBadDate,            // not one of the accepted date forms, or no such day
  kBadNumber,          // not a number
  kBadInteger,         // not a whole number
  kOutOfRange,         // a number outside what its field allows (a negative
                       // duration); `expected` says what is allowed
  kBadCode,            // a coded value outside its list
  kDuplicateKey,       // a unique code seen again (reported at the later row)
  kUnknownReference,   // a code that is not in the register it refers to
  kConflictingGender,  // one staff_id with two different known genders
  kRepeatedLater,      // lenient import: a unique code used again on a later row
                       // (`expected` is "row N"); both rows are set aside
  kConflictingPerson,  // lenient import: a row of a staff_id whose rows give two
                       // genders (`value` one, `expected` the other); every row
                       // of that person is set aside
  kCorruptWorkbook,    // XLSX: not a ZIP archive, truncated, a part missing or
                       // damaged, bad XML; `value` names the part
  kLimitExceeded,      // XLSX: over a safety limit; `expected` is "name = value"
  kPasswordProtected,  // a workbook saved with a password to open it (its content
                       // is encrypted): to be saved again without one
  kUnknownSheet,       // XLSX: no sheet `value`; `expected` lists the sheets
  kNearMissHeader,     // a header close to a template column without being it
                       // (a typo, a word missing): `value` the header, `expected`
                       // the column it probably means
  kHeaderNotFound,     // no row among the first ones of any sheet holds the
                       // register's header: `column` the register, `value` the
                       // columns found on the closest row (its row and sheet are
                       // the error's), `expected` the columns it lacks
  kAmbiguousRegister,  // the header matches two registers: `value` lists them
  kAmbiguousHeader,    // two sheets (or rows) hold the register's header:
                       // `column` the register, `value` lists them
  kFolderLimitExceeded,  // a data folder with too many files or levels of
                         // subfolders; `expected` is "name = value"
  kCsvLimitExceeded,   // CSV: a field or a row over a safety limit (a quote left
                       // open, a damaged file); `expected` is "name = value"
  kAlreadyImported,    // a file adding rows to a register that already holds a
                       // file of the same content: `value` its SHA-256,
                       // `expected` the register
  kInvisibleInCode,    // a code (FieldSchema::identifier) holding an invisible
                       // character; `value` shows it (A1\u200b), `expected`
                       // lists its code points ("U+200B")
  // Keep kInvisibleInCode last, or name the new last kind in
  // reports/texts/input_errors.cpp: the sentences' catalogue ends there.
};

struct InputError {
  InputErrorKind kind;
  std::string file;    // file name as given by the user
  std::string sheet;   // XLSX sheet; empty for CSV
  long row = 0;        // spreadsheet row: header = 1, first data row = 2; 0 = whole file
  std::string column;  // the header as written in the file (or the field name)
  std::string value;   // the offending cell, as written
  std::string expected;  // what was expected, language-neutral (forms, formats)
  // An error across rows (kConflictingGender): whom it is about (the
  // person's code) and the other row, "row 5" or "row 5 in staff.csv".
  std::string subject = {};
  std::string other_row = {};
};

using InputErrors = std::vector<InputError>;

// A cell's value as an error shows it: at most kMaxShownValueBytes of it,
// cut at a character boundary and marked "…" when cut, so that a huge cell
// cannot flood the messages; then its invisible and control characters
// written visibly (text::with_invisible_shown: "A1\u200b"), so that the
// user sees what differs from what the cell seems to hold.
inline constexpr std::size_t kMaxShownValueBytes = 200;
std::string shown_value(std::string_view value);

}  // namespace genaudit
