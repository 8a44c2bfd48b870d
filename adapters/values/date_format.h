// A date layout a mapping file names, such as "dd.mm.yyyy" or "yyyy/m/d":
// `d`/`dd` the day, `m`/`mm` the month, `yyyy` the year (two letters = two
// digits exactly, one letter = one or two digits); any other character must
// appear as written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/date.h"

namespace genaudit {

class DateFormat {
 public:
  // The format, or nullopt (and the reason in *error) when `pattern` does
  // not name each of day, month and year exactly once.
  static std::optional<DateFormat> parse(std::string_view pattern, std::string* error);

  // The date `text` writes in this format, or nullopt when it does not
  // match or names no real day.
  std::optional<Date> read(std::string_view text) const;

  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
};

}  // namespace genaudit
