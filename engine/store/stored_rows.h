// A register's rows as stored, looked up by their provenance: what a
// finding's page shows of the rows it rests on (file, sheet, row and the
// row's values).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/store/audit_store.h"

namespace genaudit {

struct StoredRow {
  std::string sheet;  // "" for a CSV file
  // Every field of the register, in template order, with its value as
  // stored, written as text ("" when empty).
  std::vector<std::pair<std::string, std::string>> cells;
};

// The rows of register `register_name` read from `file` at spreadsheet row
// `row` (one, unless the register holds two files of that name from
// different sheets); none when the register is unknown or holds no such
// row (re-imported since). Throws StoreError.
std::vector<StoredRow> stored_rows(AuditStore& store, const std::string& register_name,
                                   const std::string& file, long row);

}  // namespace genaudit
