// Turns one cell's text into the typed value its field wants: trimmed text
// in NFC, a canonical code, a boolean, a date or a number. A value that does
// not fit is an error saying what was expected.
#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>

#include "adapters/input_error.h"
#include "adapters/registers/register_layout.h"
#include "adapters/registers/register_row.h"
#include "adapters/registers/province_registers.h"

namespace genaudit {

// What went wrong with a cell; the caller adds file, row and column.
struct CellProblem {
  InputErrorKind kind;
  std::string expected;
};

// What a mapping changes in how one field's cells read: more forms of its
// codes (folded form -> code, tried first) and the file's date format.
struct CellOverrides {
  std::unordered_map<std::string, std::string> forms;
  const DateFormat* date_format = nullptr;
};

// Converts `raw` for `field`. An empty or all-space cell is NoValue, or the
// field's code for an empty cell, or false for a boolean; it is a problem
// only when the field requires a value.
// `known_nfc`: `raw` is known to be in NFC already (CsvRecord::nfc), so
// text needs no normalizing.
Cell convert_cell(const FieldSchema& field, std::string_view raw,
                  std::optional<CellProblem>* problem, const CellOverrides* overrides = nullptr,
                  bool known_nfc = false);

// The same into `cell`, which keeps the capacity of the text it held
// (a row reused for the next one makes no new strings). With
// `value_wanted` false the cell is checked all the same, but a text
// field's value is not made: the cell reads NoValue (its caller discards
// it).
void convert_cell_into(const FieldSchema& field, std::string_view raw, Cell* cell,
                       std::optional<CellProblem>* problem, const CellOverrides* overrides,
                       bool known_nfc, bool value_wanted = true);

// The overrides of `field` in `layout` (empty when it changes nothing).
CellOverrides overrides_for(const FieldSchema& field, const RegisterLayout& layout);

// "Nữ, nu, F, female, ..." — the forms a coded field accepts, for messages.
std::string accepted_forms(const FieldSchema& field);

}  // namespace genaudit
