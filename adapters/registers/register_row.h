// One data row of a register after header matching and value conversion:
// a typed cell per schema field, and where the row stands in its file.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "engine/core/date.h"

namespace genaudit {

struct NoValue {};

// Text and codes are strings (text in NFC, codes canonical), kBool is bool,
// kDate is Date, kNumber is double, kInteger is long long.
using Cell = std::variant<NoValue, std::string, double, long long, bool, Date>;

struct RegisterRow {
  std::vector<Cell> cells;  // one per schema field, in schema order
  long row = 0;             // spreadsheet row: header = 1
  bool valid = true;        // false when a cell had an error
};

}  // namespace genaudit
