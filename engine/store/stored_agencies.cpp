#include "engine/store/stored_agencies.h"

#include <SQLiteCpp/Statement.h>

#include "adapters/registers/province_registers.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {

std::vector<StoredAgency> stored_agencies(AuditStore& store) try {
  std::vector<StoredAgency> agencies;
  const RegisterSchema* schema = find_register("agencies");
  if (!schema || !store.database().tableExists(schema->name)) return agencies;
  // Names come from the schema, never from a caller.
  SQLite::Statement select(store.database(),
                           "SELECT " + AuditStore::quoted(schema->key_field) + ", " +
                               AuditStore::quoted(schema->name_field) + " FROM " +
                               AuditStore::quoted(schema->name) + " ORDER BY rowid");
  while (select.executeStep()) {
    const SQLite::Column code = select.getColumn(0);
    const SQLite::Column name = select.getColumn(1);
    agencies.push_back({code.isNull() ? "" : code.getString(),
                        name.isNull() ? "" : name.getString()});
  }
  return agencies;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
