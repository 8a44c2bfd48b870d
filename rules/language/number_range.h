// The numbers a parameter may hold, and how a message says so. A rule file
// writes no negative, infinite or NaN number, so a parameter's range starts
// from what its literal is: a percentage is a share, 0 to 100; any other
// number is 0 or more. Its uses narrow it: the month of `date(y, m, d)` is
// a whole number from 1 to 12. A profile (TOML, which has nan and inf) may
// set a parameter only to a number of its range, so that a value no rule
// file could hold cannot turn a rule off or make it fire everywhere.
#pragma once

#include <limits>
#include <string>

namespace genaudit::rules {

struct NumberRange {
  double min = 0;
  double max = std::numeric_limits<double>::infinity();
  bool whole = false;    // an integer
  bool percent = false;  // a percentage (said so in messages)
  // What narrowed the range, for the message: "the month of `date(year,
  // month, day)`"; empty for the range of the literal alone.
  std::string use;

  // Whether `value` is finite, within [min, max], and whole when it must be.
  bool contains(double value) const;
  // Both ranges at once; `use` is the narrower one's.
  NumberRange intersect(const NumberRange& other) const;
  // "a percentage from 0 to 100", "a whole number from 1 to 12 (the month
  // of `date(year, month, day)`)", "a number of 0 or more".
  std::string describe() const;
};

// The range of a number literal of a rule file: 0 to 100 for a percentage,
// 0 or more otherwise.
NumberRange literal_range(bool percent);

// `value` as a message shows it: "nan", "inf", "-inf", "35", "11.5",
// "1e+300"; with "%" after it when `percent`.
std::string format_number(double value, bool percent = false);

// "`name` = VALUE is not a number: it takes RANGE" when `value` is NaN, or
// "... is out of range: it takes RANGE"; `what` names the parameter, or an
// item of it ("item 2 of `sizes`").
std::string out_of_range_message(const std::string& what, double value, bool written_percent,
                                 const NumberRange& range);

}  // namespace genaudit::rules
