#include "engine/ingest/imported_persons.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include <SQLiteCpp/Statement.h>

namespace genaudit {

ImportedPersons::ImportedPersons(const RegisterSchema& schema) : schema_(schema) {
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (schema.fields[f].name == schema.person_field) person_field_ = static_cast<int>(f);
    if (schema.fields[f].person_level != PersonLevel::kNone) fields_.push_back({f, {""}, {}, {}});
  }
}

void ImportedPersons::add(std::int64_t rowid, long row, const std::vector<Cell>& cells) {
  if (person_field_ < 0 || !usable_) return;
  const std::uint32_t index = groups_.rows();
  if (index == 0) first_rowid_ = rowid;
  if (rowid != first_rowid_ + index || row < 0 || row > std::numeric_limits<std::uint32_t>::max()) {
    usable_ = false;
    return;
  }
  if (const auto* id = std::get_if<std::string>(&cells[static_cast<std::size_t>(person_field_)])) {
    groups_.add(*id);
  } else {
    groups_.add_none();
  }
  sheet_rows_.push_back(static_cast<std::uint32_t>(row));
  for (FieldValues& values : fields_) {
    const Cell& cell = cells[values.field];
    if (std::holds_alternative<NoValue>(cell)) {
      values.of_row.push_back(0);
      continue;
    }
    const auto* text = std::get_if<std::string>(&cell);
    if (!text || values.names.size() > std::numeric_limits<std::uint16_t>::max()) {
      usable_ = false;
      return;
    }
    const auto [it, added] =
        values.ids.try_emplace(*text, static_cast<std::uint16_t>(values.names.size()));
    if (added) values.names.push_back(*text);
    values.of_row.push_back(it->second);
  }
}

const std::vector<std::vector<std::uint32_t>>& ImportedPersons::persons() {
  if (!grouped_) {
    persons_ = groups_.repeated();
    grouped_ = true;
  }
  return persons_;
}

// The value of the person's first row that has one (0: none has).
std::uint16_t ImportedPersons::first_value(const FieldValues& values,
                                          const std::vector<std::uint32_t>& rows) const {
  for (std::uint32_t row : rows) {
    if (values.of_row[row] != 0) return values.of_row[row];
  }
  return 0;
}

// The highest value: earlier in the field's codes; a value of no listed
// code after them; the first row's among equals (0: no row has one).
std::uint16_t ImportedPersons::highest_value(const FieldValues& values,
                                            const std::vector<std::uint32_t>& rows) const {
  const FieldSchema& field = schema_.fields[values.field];
  std::uint16_t best = 0;
  std::size_t best_rank = 0;
  for (std::uint32_t row : rows) {
    const std::uint16_t value = values.of_row[row];
    if (value == 0) continue;
    const std::size_t rank = field.code_rank(values.names[value]);
    if (best == 0 || rank < best_rank) {
      best = value;
      best_rank = rank;
    }
  }
  return best;
}

void ImportedPersons::check_agreement(SQLite::Database& db, const ImportedTable& t,
                                      RowProblems& problems) {
  for (const FieldValues& values : fields_) {
    if (schema_.fields[values.field].person_level != PersonLevel::kAgree) continue;
    // Each row whose value differs from its person's first, with the row
    // that gave the first.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> differing;
    for (const std::vector<std::uint32_t>& rows : persons()) {
      const auto first_row = std::find_if(rows.begin(), rows.end(),
                                          [&](std::uint32_t r) { return values.of_row[r] != 0; });
      if (first_row == rows.end()) continue;
      const std::uint16_t first = values.of_row[*first_row];
      for (std::uint32_t row : rows) {
        const std::uint16_t value = values.of_row[row];
        if (value != 0 && value != first) differing.emplace_back(row, *first_row);
      }
    }
    std::sort(differing.begin(), differing.end());
    // Errors only: the person's code is read back from the row inserted.
    SQLite::Statement person(db, "SELECT " + AuditStore::quoted(schema_.fields[static_cast<std::size_t>(person_field_)].name) +
                                     " FROM " + AuditStore::quoted(schema_.name) + " WHERE rowid = ?");
    for (const auto& [row, first_row] : differing) {
      InputError e = problem_at(t, InputErrorKind::kConflictingGender, sheet_rows_[row],
                                values.field, values.names[values.of_row[row]],
                                values.names[values.of_row[first_row]]);
      person.bind(1, static_cast<int64_t>(first_rowid_ + row));
      if (person.executeStep()) e.subject = person.getColumn(0).getString();
      person.reset();
      e.other_row = other_row_text(t.file, sheet_rows_[first_row], t.file);
      problems.add(std::move(e));
    }
  }
}

template <typename Set>
void ImportedPersons::for_each_filled(Set set) {
  for (const FieldValues& values : fields_) {
    const FieldSchema& field = schema_.fields[values.field];
    for (const std::vector<std::uint32_t>& rows : persons()) {
      const std::uint16_t value = field.person_level == PersonLevel::kAgree
                                      ? first_value(values, rows)
                                      : highest_value(values, rows);
      if (value == 0) continue;
      for (std::uint32_t row : rows) {
        if (values.of_row[row] != value) set(values.field, row, values.names[value]);
      }
    }
  }
}

void ImportedPersons::fill(SQLite::Database& db, const ImportedTable& t) {
  std::size_t field = schema_.fields.size();
  std::optional<SQLite::Statement> update;
  for_each_filled([&](std::size_t f, std::uint32_t row, const std::string& value) {
    if (f != field) {
      field = f;
      update.emplace(db, "UPDATE " + AuditStore::quoted(t.schema.name) + " SET " +
                             AuditStore::quoted(schema_.fields[f].name) + " = ? WHERE rowid = ?");
    }
    update->bindNoCopy(1, value);
    update->bind(2, static_cast<int64_t>(first_rowid_ + row));
    update->exec();
    update->reset();
  });
}

void ImportedPersons::fill(Table& copy) {
  std::vector<ColumnTextCache> texts(schema_.fields.size(), ColumnTextCache(&copy));
  for_each_filled([&](std::size_t f, std::uint32_t row, const std::string& value) {
    if (copy.loaded(f)) copy.column(f).set_text(row, texts[f].get(value));
  });
}

}  // namespace genaudit
