// The evaluator's copy of a register (engine/store/register_cache.h), made
// by the importer from the cells it inserts, in the import's transaction:
// the first audit after an import then reads the copy, as every later one
// does, instead of decoding the table through SQL (0.5–2 s at national
// size, bench/PERFORMANCE.md).
//
// The copy must hold exactly what loading the table through SQL gives
// (AuditStore::load): every cell is pushed as that load reads the value
// the importer binds (push_cell mirrors its read_cell), the person-level
// values the importer fills are filled in it too (ImportedPersons), and
// nothing is written unless the rows inserted are all the table holds. So
// it is made only for a strict import that replaces its register; a
// lenient import (which leaves rows out afterwards) or one that adds rows
// leaves the copy to the first audit, as before. Tests load both ways and
// compare every cell (tests/ingest/imported_copy_test.cpp).
//
// Memory: the register's columns, as the audit will hold them.
#pragma once

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "adapters/registers/register_row.h"
#include "engine/core/register_catalogue.h"
#include "engine/data/table.h"

namespace genaudit {

// Pushes `cell`, the value the importer binds for `field`, onto `column` as
// loading it back from SQLite would read it.
void push_cell(const FieldSchema& field, const Cell& cell, Column& column, ColumnTextCache& texts);

class ImportedCopy {
 public:
  // The copy, with the fields at `fields` (positions in the schema), of a
  // file `file` (sheet `sheet`, empty for CSV) about to replace register
  // `schema`.
  ImportedCopy(const RegisterSchema& schema, std::vector<std::size_t> fields,
               const std::string& file, const std::string& sheet);
  ImportedCopy(const ImportedCopy&) = delete;
  ImportedCopy& operator=(const ImportedCopy&) = delete;

  // The row inserted next, from spreadsheet row `row`, as bound.
  void add(long row, const std::vector<Cell>& cells);

  // The copy so far: the importer fills persons' values into it.
  Table& table() { return table_; }

  // The copy encoded as the register cache stores it. Reads only this
  // object: may run on another thread while the importer goes on.
  std::string encoded() const;

  // Writes it, `encoded` (encoded() of it as it is), as the register's
  // copy, with the triggers that forget it when the table changes.
  // REQUIRES: a write transaction; the table holds exactly the rows added,
  // as filled.
  void write(SQLite::Database& db, const std::string& encoded) const;

 private:
  std::vector<std::size_t> fields_;
  Table table_;
  std::vector<ColumnTextCache> texts_;
  std::uint32_t file_ = 0;
};

}  // namespace genaudit
