// Dates as spreadsheets store them: a number of days (the "serial") shown
// through a date number format. Which formats are dates, and which day a
// serial is in each of Excel's two date systems.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace genaudit::xlsx {

// True when a number format code shows a date: it has a day, month or year
// part (d, m, y) outside quoted text, escapes and [brackets]; "m" is the
// month unless the code has hours or seconds, elapsed ones ("[h]", "[ss]")
// included, when it is minutes. A format of time of day or elapsed time
// only ("h:mm", "mm:ss", "[h]:mm", "[hh]:mm", "[mm]") is not a date, nor is
// "General".
bool is_date_format_code(std::string_view code);

// True when number format `id` shows a date: its code from the workbook's
// own formats (`custom`, by id) when it defines one, else Excel's built-in
// formats: 14-17 and 22 (m/d/yy, d-mmm-yy, d-mmm, mmm-yy, m/d/yy h:mm), and
// the East Asian date formats 27-36 and 50-58. The built-in time formats
// 18-21 and 45-47 are not dates: their serial is a time of day.
bool is_date_format(int id, const std::map<int, std::string>& custom);

// The day of `serial` as "yyyy-mm-dd"; the time of day (the fraction) is
// dropped once rounded to the millisecond, as Excel shows it
// (45366.999999999 is 2024-03-16, as 45367 is).
//  - 1900 system (`date1904` false): serial 1 is 1900-01-01. Excel counts
//    the non-existent 1900-02-29 as serial 60 (a bug kept from Lotus 1-2-3),
//    so serials 1-59 are 1899-12-31 + serial and serials from 61 on are
//    1899-12-30 + serial. Serial 60 gives the text "1900-02-29", as Excel
//    shows it; it is no valid date, so a date field rejects it with the cell.
//  - 1904 system: serial 0 is 1904-01-01, no gap.
// nullopt, for the caller to keep the number, when the serial is not finite,
// before the first day of the system, or after 9999-12-31 (Excel's range).
std::optional<std::string> serial_to_iso_date(double serial, bool date1904);

}  // namespace genaudit::xlsx
