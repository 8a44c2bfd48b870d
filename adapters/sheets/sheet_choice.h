// Choosing the sheet of a workbook to read, by name, for the readers of
// workbook formats (ODS, XLS, and XLSX among its worksheets).
// The rule is XlsxReader's: the exact name, else the same name ignoring case,
// Unicode form and spaces; no name asked for means the first sheet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"

namespace genaudit::sheets {

// The index in `names` of sheet `wanted` (empty: the first one), or nullopt
// when there is no such sheet or no sheet at all.
std::optional<std::size_t> choose_sheet(const std::vector<std::string>& names,
                                        const std::string& wanted);

// The kUnknownSheet error of `file`: `value` is the name asked for,
// `expected` lists the sheets there are ("\"Sheet1\", \"Sheet2\"").
InputError unknown_sheet(const std::string& file, const std::string& wanted,
                         const std::vector<std::string>& names);

}  // namespace genaudit::sheets
