// Turns one cell's text into the typed value its field wants: trimmed text
// in NFC, a canonical code, a boolean, a date or a number. A value that does
// not fit is an error saying what was expected.
#pragma once

#include <optional>
#include <string_view>

#include "adapters/input_error.h"
#include "adapters/registers/register_row.h"
#include "adapters/registers/register_schema.h"

namespace genaudit {

// What went wrong with a cell; the caller adds file, row and column.
struct CellProblem {
  InputErrorKind kind;
  std::string expected;
};

// Converts `raw` for `field`. An empty or all-space cell is NoValue, or the
// field's code for an empty cell, or false for a boolean; it is a problem
// only when the field requires a value.
Cell convert_cell(const FieldSchema& field, std::string_view raw,
                  std::optional<CellProblem>* problem);

// "Nữ, nu, F, female, ..." — the forms a coded field accepts, for messages.
std::string accepted_forms(const FieldSchema& field);

}  // namespace genaudit
