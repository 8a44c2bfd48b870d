// Imports one register file into the audit database as one transaction:
// every row is read, converted and checked (unique codes, references,
// a person's gender), and the register is replaced only when nothing is
// wrong. On any error the database is left exactly as it was. The import is
// a savepoint, so a caller may hold several imports in one transaction.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/record_source.h"
#include "adapters/registers/register_schema.h"
#include "engine/store/audit_store.h"

namespace genaudit {

struct ImportOptions {
  std::size_t error_limit = 50;  // errors kept in full; the rest are counted
  RecordSourceOptions source;    // the worksheet, limits, a mapping's layout
};

struct ImportOutcome {
  bool imported = false;
  long rows = 0;
  InputErrors errors;           // the first `error_limit` errors, in file order
  std::size_t error_count = 0;  // every error found
  std::vector<std::string> ignored_columns;
};

// Imports `path` as register `schema`, named `display_name` in messages and
// in the provenance of its rows. References to a register that is not
// imported are not checked (rules that need both are skipped anyway).
ImportOutcome import_register_file(AuditStore& store, const RegisterSchema& schema,
                                   const std::filesystem::path& path,
                                   const std::string& display_name,
                                   const ImportOptions& options = {});

}  // namespace genaudit
