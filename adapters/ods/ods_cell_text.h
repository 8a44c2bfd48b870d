// The text of one OpenDocument spreadsheet cell from its value type and
// value attributes, rendered exactly as XlsxReader renders the same cell
// (see adapters/xlsx/cell_text.h), so a register reads the same whichever
// format it came in.
#pragma once

#include <string>
#include <string_view>

namespace genaudit::ods {

// The value attributes of a <table:table-cell> (office namespace); a
// pointer is null when the attribute is absent.
struct CellValue {
  const char* value_type = nullptr;     // office:value-type
  const char* value = nullptr;          // office:value (float, percentage, currency)
  const char* date_value = nullptr;     // office:date-value
  const char* time_value = nullptr;     // office:time-value
  const char* boolean_value = nullptr;  // office:boolean-value
  const char* string_value = nullptr;   // office:string-value
};

// The cell's text, `shown` being the text of its paragraphs:
//  - float, percentage, currency: office:value by number_text() ("4201234567",
//    "12.5", a percentage as its fraction "0.25");
//  - date: the day of office:date-value, "2025-03-01" (the time dropped);
//  - time: the fraction of a day of office:time-value ("PT12H00M00S" is
//    "0.5"), as a time-of-day cell of XLSX reads;
//  - boolean: "true" / "false";
//  - string, or no type: office:string-value when not empty (a formula's
//    result), else `shown` ("#N/A" for a formula's error).
// A value attribute that is missing or does not parse gives `shown`.
std::string cell_text(const CellValue& cell, std::string_view shown);

// The days of an ISO 8601 duration "PTnHnMn.nS" (also "PnDTnH...", and a
// leading '-'), or false when `text` is not one.
bool duration_days(std::string_view text, double* days);

}  // namespace genaudit::ods
