// Matches a register file's header row to the template's fields: Vietnamese
// or English, ignoring case, diacritics, Unicode form, surrounding and
// repeated spaces, and `_` versus space. Columns of no field are ignored
// (and listed, but for the reason column of a rejected-rows file).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/register_schema.h"

namespace genaudit {

// The headers of the reason column genaudit adds to a file of rejected rows
// (`import --lenient`), Vietnamese and English. The matcher skips such a
// column without a word, so the file re-imports as it is.
inline constexpr const char* kRejectionReasonHeaderVi = "Lý do bị loại";
inline constexpr const char* kRejectionReasonHeaderEn = "Reason rejected";
bool is_rejection_reason_header(const std::string& header);

struct HeaderMatch {
  // For each column of the file: the schema field it fills, or -1.
  std::vector<int> field_of_column;
  // For each schema field: the column that fills it, or -1 when absent.
  std::vector<int> column_of_field;
  std::vector<std::string> ignored_columns;  // headers of no field, as written
  bool has_rejection_reason = false;  // a file of rejected rows: it has the reason column
};

// Matches `headers`. Adds to `errors` a missing required column or two
// columns naming one field; `location` gives the file and sheet for them.
// `aliases` (header as written -> field name, from a mapping) are matched
// first, the same way.
HeaderMatch match_headers(const RegisterSchema& schema, const std::vector<std::string>& headers,
                          const InputError& location, InputErrors* errors,
                          const std::vector<std::pair<std::string, std::string>>& aliases = {});

}  // namespace genaudit
