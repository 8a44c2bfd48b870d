// Matches a register file's header row to the template's fields: Vietnamese
// or English, ignoring case, diacritics, Unicode form, surrounding and
// repeated spaces, and `_` versus space.
//
// Agencies annotate the template's headers: "Lãnh đạo chủ chốt (đánh dấu x)",
// "Ngày kết thúc" + a line break + "(nếu đã nghỉ)", "Thời lượng, phút",
// "Mã cán bộ (*)". A header that is a field's once such a note is removed
// (bracketed text, line breaks, a trailing unit, a required-field star, a
// colon) and no other field's IS that field, and is said to be (`by_note`).
// A header that is close to a field's without being it — a typo, a word
// missing or added — while that field has no column is an error naming the
// field it probably means (kNearMissHeader): read as unrelated, it would
// drop the column silently and change the audit. Columns of no field at all
// are ignored and listed (but for the reason column of a rejected-rows file).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/province_registers.h"

namespace genaudit {

// The headers of the reason column genaudit adds to a file of rejected rows
// (`import --lenient`), Vietnamese and English. The matcher skips such a
// column without a word, so the file re-imports as it is.
inline constexpr const char* kRejectionReasonHeaderVi = "Lý do bị loại";
inline constexpr const char* kRejectionReasonHeaderEn = "Reason rejected";
bool is_rejection_reason_header(const std::string& header);

// A header as written and the field it was taken for.
struct HeaderField {
  std::string header;
  std::string field;
};

struct HeaderMatch {
  // For each column of the file: the schema field it fills, or -1.
  std::vector<int> field_of_column;
  // For each schema field: the column that fills it, or -1 when absent.
  std::vector<int> column_of_field;
  std::vector<std::string> ignored_columns;  // headers of no field, as written
  std::vector<HeaderField> by_note;      // read as a field once a note was removed
  std::vector<HeaderField> near_misses;  // close to a field without being it (errors)
  bool has_rejection_reason = false;  // a file of rejected rows: it has the reason column

  // Fields that have a column, or a near-missing header (the header is
  // there, misspelt), and the required fields that have neither.
  std::size_t fields_found() const;
  std::vector<std::size_t> required_missing(const RegisterSchema& schema) const;
};

// The loose key of `header` without an agency's notes: bracketed text, line
// breaks, a trailing unit (", phút"), a trailing star or colon removed, then
// folded as text::fold_loose. header_core("Ngày kết thúc\n(nếu đã nghỉ)") ==
// "ngay ket thuc".
std::string header_core(std::string_view header);

// Matches `headers`. Adds to `errors` a missing required column, two
// columns naming one field, and each near-miss header; `location` gives the
// file and sheet for them, `header_row` their row. `aliases` (header as
// written -> field name, from a mapping) are matched first, exactly as
// written but for case, diacritics and spaces; an alias to the empty field
// name declares a column unrelated (never a near miss).
HeaderMatch match_headers(const RegisterSchema& schema, const std::vector<std::string>& headers,
                          const InputError& location, InputErrors* errors,
                          const std::vector<std::pair<std::string, std::string>>& aliases = {},
                          long header_row = 1);

// Where a register's header is among the first rows of a sheet: the first
// row that has every required column of `schema` (a misspelt one counts:
// its near miss is then reported), or, when none has, the row with the most
// of its columns.
struct HeaderSearch {
  int header = -1;   // index of the header row among those given; -1: none
  int closest = -1;  // with no header: the row with the most columns; -1: none has any
  std::size_t fields_found = 0;  // of the header, or of the closest row
};
HeaderSearch find_header(const RegisterSchema& schema,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::pair<std::string, std::string>>& aliases = {});

// Whether `cells` (the row right under a header) only numbers the columns,
// as Vietnamese forms do: "1 2 3 …", "(1) (2) (3) …" — at least two
// non-empty cells, each a number 1, 2, 3, … in order, bare or in brackets.
bool is_column_numbering_row(const std::vector<std::string>& cells);

}  // namespace genaudit
