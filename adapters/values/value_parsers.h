// Parsers for cell values typed date, number and integer in the registers.
// Each takes a cell already trimmed, accepts only the documented forms, and
// returns nullopt for anything else; the caller turns nullopt into a
// kBadDate / kBadNumber / kBadInteger error naming the cell.
#pragma once

#include <optional>
#include <string_view>

#include "engine/core/date.h"

namespace genaudit {

// Parses a date written as dd/mm/yyyy or dd-mm-yyyy (day and month of one or
// two digits: 5/3/2025, 05-03-2025) or as ISO yyyy-mm-dd (exactly two-digit
// month and day). Both separators of a date must be the same. Day comes
// before month, never after: 03/05/2025 is 3 May. Returns nullopt for any
// other form and for a day that does not exist (31/02/2025, 29/02/2023).
std::optional<Date> parse_date(std::string_view text);

// Parses a decimal number: an optional sign, one or more digits, and an
// optional fraction of one or more digits after a '.' or a ',' (the
// Vietnamese decimal comma): "12.5", "12,5", "-3", "+0.25".
// Thousands separators are deliberately not supported, since "1.234" means
// 1234 in Vietnamese and 1.234 in English: a value with two separators
// ("1.234,5", "1,234.5", "12,5,3") is rejected, and a single separator is
// always the decimal one, so "1.234" is 1.234. Exponents, spaces, "inf" and
// "nan" are rejected, as is the empty string.
std::optional<double> parse_number(std::string_view text);

// Parses a whole number: an optional sign and one or more digits ("2025",
// "-7", "+3", "007"). Rejects fractions, even zero ones ("2025.0"), spaces,
// separators, and values outside the range of long long.
std::optional<long long> parse_integer(std::string_view text);

}  // namespace genaudit
