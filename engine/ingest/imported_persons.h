// The importer's two duties across the rows of a person (staff: a person
// with several posts has several rows), done from what it remembers of the
// rows while inserting them instead of reading the register back: the
// values that must agree do (a person has one gender), and every row of a
// person carries the person-level values (the agreed gender, the highest
// degree). At national size, reading the repeated persons' rows back —
// once to find them, once per check and field — was a quarter of the
// importer's own thread.
//
// For a strict import of a file that replaces its register. A file that
// adds rows to those stored, and a lenient import (which leaves rows out
// before filling), use the SQL of cross_row_checks.h, which this mirrors
// exactly; tests compare the two.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "adapters/registers/register_row.h"
#include "adapters/registers/province_registers.h"
#include "engine/ingest/cross_row_checks.h"
#include "engine/ingest/person_groups.h"
#include "engine/data/table.h"

namespace genaudit {

class ImportedPersons {
 public:
  explicit ImportedPersons(const RegisterSchema& schema);

  // The row just inserted as `rowid`, from spreadsheet row `row`.
  void add(std::int64_t rowid, long row, const std::vector<Cell>& cells);

  // False when the register has no persons, or the rows were not what this
  // can remember (rowids not consecutive, a person-level cell not text,
  // too many distinct values): then the SQL checks run instead.
  bool usable() const { return person_field_ >= 0 && usable_; }

  // As check_person_agreement(), strict: kConflictingGender at each row
  // whose value differs from the first of its person's, in row order.
  // Each error names the person and the row of their first value.
  void check_agreement(SQLite::Database& db, const ImportedTable& t, RowProblems& problems);

  // Groups the rows by person, if not done yet. After it the two fills
  // below only read this object: they may run at once, on two threads.
  void group() { persons(); }

  // As fill_person_fields().
  void fill(SQLite::Database& db, const ImportedTable& t);
  // The same values filled into the register's copy (imported_copy.h),
  // whose row i is the row inserted i-th.
  void fill(Table& copy);

 private:
  // Calls set(field, row, value) for each cell the fill changes: the
  // field's position, the row's position among those inserted, the text.
  template <typename Set>
  void for_each_filled(Set set);

  // One person-level field's values, numbered (0: none).
  struct FieldValues {
    std::size_t field = 0;
    std::vector<std::string> names{std::string()};
    std::unordered_map<std::string, std::uint16_t> ids;
    std::vector<std::uint16_t> of_row;
  };
  const std::vector<std::vector<std::uint32_t>>& persons();
  std::uint16_t first_value(const FieldValues& values, const std::vector<std::uint32_t>& rows) const;
  std::uint16_t highest_value(const FieldValues& values,
                              const std::vector<std::uint32_t>& rows) const;

  const RegisterSchema& schema_;
  int person_field_ = -1;
  bool usable_ = true;
  std::int64_t first_rowid_ = 0;
  PersonGroups groups_;
  std::vector<std::uint32_t> sheet_rows_;
  std::vector<FieldValues> fields_;
  bool grouped_ = false;
  std::vector<std::vector<std::uint32_t>> persons_;
};

}  // namespace genaudit
