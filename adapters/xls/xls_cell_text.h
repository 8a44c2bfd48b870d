// The text of one cell of an Excel 97-2003 (.xls) worksheet as FreeXL
// gives it, rendered as XlsxReader renders the same cell (see
// adapters/xlsx/cell_text.h), so a register reads the same in either
// format. FreeXL looks at each number's format and hands over a
// date-formatted number already as a date, date-time or time text.
#pragma once

#include <string>

#include <freexl.h>

namespace genaudit::xls {

// The cell's text:
//  - FREEXL_CELL_INT, _DOUBLE: number_text() ("4201234567", "12.5");
//  - _TEXT, _SST_TEXT: as written;
//  - _DATE "2025-03-01" as is; _DATETIME "2025-03-01 14:30:00": the day;
//  - _TIME "12:00:00": the fraction of a day ("0.5"), as XLSX reads a
//    cell formatted as a time of day;
//  - _NULL, and a double that is not finite: "".
// A date or time text in another form than FreeXL's is kept as given.
std::string cell_text(const FreeXL_CellValue& cell);

}  // namespace genaudit::xls
