// The text of one worksheet cell, from its type (the `t` attribute), its
// stored value and whether its style is a date format: what a person reads in
// the cell, in a form the register's value parsers accept.
#pragma once

#include <string>
#include <string_view>

namespace genaudit::xlsx {

// A number as text, always a plain decimal that parse_number() reads back
// to the same double: a whole number as its digits ("4201234567", never
// "4.201234567E9" or "4201234567.0"); any other number with the fewest
// significant digits that read back to it, written out without an exponent
// ("12.5", "0.1", "0.0001", "0.0000001", "293000000000000000000000").
// `value` must be finite.
std::string number_text(double value);

// What a cell's stored text means, by its `t` attribute.
enum class CellType {
  kNumber,        // "n" or absent
  kSharedString,  // "s": the value is an index into the shared strings
  kInlineString,  // "inlineStr": the text is in <is>
  kString,        // "str": a formula's text result
  kBoolean,       // "b": 1 or 0
  kError,         // "e": "#N/A", "#DIV/0!", ...
  kIsoDate,       // "d": an ISO 8601 date and time
};

// The type of attribute value `t` (nullptr when absent); an unknown type
// reads as kNumber.
CellType cell_type(const char* t);

// The cell's text for every type but kSharedString (the caller looks the
// index up): numbers by number_text(), or as dates "yyyy-mm-dd" when
// `is_date` (a date style) and the serial is a day of the workbook's system;
// booleans "true"/"false"; errors and strings as stored, but for the
// `_xHHHH_` escapes of a formula's text result (kString), decoded (see
// escaped_text.h; the reader decodes inline strings run by run itself); an
// ISO date without its time. A number that does not parse is kept as stored.
std::string cell_text(CellType type, std::string_view stored, bool is_date, bool date1904);

}  // namespace genaudit::xlsx
