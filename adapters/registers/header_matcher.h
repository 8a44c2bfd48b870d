// Matches a register file's header row to the template's fields: Vietnamese
// or English, ignoring case, diacritics, Unicode form, surrounding and
// repeated spaces, and `_` versus space. Columns of no field are ignored.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/register_schema.h"

namespace genaudit {

struct HeaderMatch {
  // For each column of the file: the schema field it fills, or -1.
  std::vector<int> field_of_column;
  // For each schema field: the column that fills it, or -1 when absent.
  std::vector<int> column_of_field;
  std::vector<std::string> ignored_columns;  // headers of no field, as written
};

// Matches `headers`. Adds to `errors` a missing required column or two
// columns naming one field; `location` gives the file and sheet for them.
// `aliases` (header as written -> field name, from a mapping) are matched
// first, the same way.
HeaderMatch match_headers(const RegisterSchema& schema, const std::vector<std::string>& headers,
                          const InputError& location, InputErrors* errors,
                          const std::vector<std::pair<std::string, std::string>>& aliases = {});

}  // namespace genaudit
