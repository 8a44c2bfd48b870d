#include "engine/store/stored_rows.h"

#include <SQLiteCpp/Statement.h>

#include "adapters/registers/province_registers.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {

std::vector<StoredRow> stored_rows(AuditStore& store, const std::string& register_name,
                                   const std::string& file, long row) try {
  std::vector<StoredRow> rows;
  const RegisterSchema* schema = find_register(register_name);
  if (!schema || !store.database().tableExists(schema->name)) return rows;
  // Names come from the schema, never from the caller; values are bound.
  std::string sql = "SELECT _sheet";
  for (const FieldSchema& f : schema->fields) sql += ", " + AuditStore::quoted(f.name);
  sql += " FROM " + AuditStore::quoted(schema->name) +
         " WHERE _file = ? AND _row = ? ORDER BY rowid LIMIT 16";
  SQLite::Statement select(store.database(), sql);
  select.bind(1, file);
  select.bind(2, static_cast<int64_t>(row));
  while (select.executeStep()) {
    StoredRow stored;
    stored.sheet = select.getColumn(0).getString();
    for (std::size_t i = 0; i < schema->fields.size(); ++i) {
      const SQLite::Column cell = select.getColumn(static_cast<int>(i + 1));
      stored.cells.emplace_back(schema->fields[i].name, cell.isNull() ? "" : cell.getString());
    }
    rows.push_back(std::move(stored));
  }
  return rows;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
