#include "engine/store/stored_rows.h"

#include <SQLiteCpp/Statement.h>

#include "adapters/registers/province_registers.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {

std::map<long, StoredRow> stored_rows_of_file(AuditStore& store, const std::string& register_name,
                                              const std::string& file,
                                              const std::vector<long>& rows) try {
  std::map<long, StoredRow> found;
  const RegisterSchema* schema = find_register(register_name);
  if (!schema || rows.empty() || !store.database().tableExists(schema->name)) return found;
  std::string sql = "SELECT _row, _sheet";
  for (const FieldSchema& f : schema->fields) sql += ", " + AuditStore::quoted(f.name);
  sql += " FROM " + AuditStore::quoted(schema->name) + " WHERE _file = ? AND _row IN (";
  for (std::size_t i = 0; i < rows.size(); ++i) sql += i == 0 ? "?" : ", ?";
  sql += ") ORDER BY rowid";
  SQLite::Statement select(store.database(), sql);
  select.bind(1, file);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    select.bind(static_cast<int>(i + 2), static_cast<int64_t>(rows[i]));
  }
  while (select.executeStep()) {
    const long row = static_cast<long>(select.getColumn(0).getInt64());
    if (found.count(row) != 0) continue;  // two sheets of one file name: the first
    StoredRow stored;
    stored.sheet = select.getColumn(1).getString();
    for (std::size_t i = 0; i < schema->fields.size(); ++i) {
      const SQLite::Column cell = select.getColumn(static_cast<int>(i + 2));
      stored.cells.emplace_back(schema->fields[i].name, cell.isNull() ? "" : cell.getString());
    }
    found.emplace(row, std::move(stored));
  }
  return found;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
