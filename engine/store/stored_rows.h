// A register's rows as stored, looked up by their provenance: what a
// finding's page shows of the rows it rests on (file, sheet, row and the
// row's values).
#pragma once

#include <map>
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

// The rows of register `register_name` read from `file` at each of `rows`,
// by spreadsheet row, in one pass over the register (a finding rests on up
// to hundreds of rows of one file; a query per row would read the register
// that many times). A row not stored is absent from the map.
std::map<long, StoredRow> stored_rows_of_file(AuditStore& store, const std::string& register_name,
                                              const std::string& file,
                                              const std::vector<long>& rows);

}  // namespace genaudit
