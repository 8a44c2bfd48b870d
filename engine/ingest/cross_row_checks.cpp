#include "engine/ingest/cross_row_checks.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <spdlog/spdlog.h>

#include "engine/core/unicode_text.h"

namespace genaudit {
namespace {

void key_function(sqlite3_context* context, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const auto size = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
  const std::string key = text::normalize_free_text(std::string_view(text, size));
  sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

std::string table_of(const ImportedTable& t) { return AuditStore::quoted(t.schema.name); }

std::string row_text(long row) { return "row " + std::to_string(row); }

// A condition: `column`'s code names no row's `key` of `table`, codes
// compared by genaudit_key(). A code written exactly as a key is known
// without normalising either: only the few others pay for genaudit_key(),
// which the profile of an import showed at 9% of it when every row did.
std::string not_among_codes(const std::string& column, const std::string& table,
                            const std::string& key) {
  return column + " NOT IN (SELECT " + key + " FROM " + table + " WHERE " + key +
         " IS NOT NULL) AND genaudit_key(" + column + ") NOT IN (SELECT genaudit_key(" + key +
         ") FROM " + table + " WHERE " + key + " IS NOT NULL)";
}

}  // namespace

// Another row of the register, as an error names it: "row 5", or "row 5 in
// SYT/staff.csv" when it is in another file than the one imported.
std::string other_row_text(const std::string& this_file, long row, const std::string& file) {
  return row_text(row) + (file == this_file ? "" : " in " + file);
}

InputError problem_at(const ImportedTable& t, InputErrorKind kind, long row, std::size_t field,
                      const std::string& value, std::string expected) {
  InputError e{};
  e.kind = kind;
  e.file = t.file;
  e.sheet = t.sheet;
  e.row = row;
  e.column = t.column_names[field];
  e.value = shown_value(value);
  e.expected = std::move(expected);
  return e;
}

void register_key_function(SQLite::Database& db) {
  db.createFunction("genaudit_key", 1, true, nullptr, &key_function);
}

RepeatedCodes::RepeatedCodes(const RegisterSchema& schema)
    : repeats_(schema.fields.size(), false) {
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (schema.fields[f].unique) seen_.emplace_back(f, std::unordered_set<std::string>{});
  }
}

void RepeatedCodes::reserve(std::size_t rows) {
  for (auto& [field, seen] : seen_) seen.reserve(seen.size() + rows);
}

bool RepeatedCodes::add(const std::vector<Cell>& cells) {
  bool repeated = false;
  for (auto& [field, seen] : seen_) {
    const std::string* code = std::get_if<std::string>(&cells[field]);
    if (code && !seen.insert(text::normalize_free_text(*code)).second) {
      repeats_[field] = true;
      repeated = true;
    }
  }
  return repeated;
}

void check_unique_codes(SQLite::Database& db, const ImportedTable& t, RowProblems& problems,
                        const RepeatedCodes* repeated) {
  for (std::size_t f = 0; f < t.schema.fields.size(); ++f) {
    if (!t.schema.fields[f].unique || (repeated && !repeated->repeats(f))) continue;
    const std::string c = AuditStore::quoted(t.schema.fields[f].name);
    SQLite::Statement q(
        db, "SELECT _row, " + c + ", first_row, next_row, id = first_id, first_file FROM ("
            " SELECT id, _row, " + c + ", first_value(_row) OVER w AS first_row,"
            "  first_value(id) OVER w AS first_id, lead(_row) OVER w AS next_row,"
            "  first_value(_file) OVER w AS first_file, count(*) OVER w AS n"
            " FROM (SELECT rowid AS id, _row, _file, " + c + ", genaudit_key(" + c + ") AS k FROM " +
            table_of(t) + "  WHERE " + c + " IS NOT NULL)"
            " WINDOW w AS (PARTITION BY k ORDER BY id"
            "  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"
            " WHERE n > 1 AND id > ? ORDER BY id");
    q.bind(1, static_cast<int64_t>(t.after_rowid));
    while (q.executeStep()) {
      const long row = static_cast<long>(q.getColumn(0).getInt64());
      const std::string value = q.getColumn(1).getString();
      const long first = static_cast<long>(q.getColumn(2).getInt64());
      if (q.getColumn(4).getInt() == 0) {
        // In another file of the register (another agency's list): name it.
        const std::string first_file = q.getColumn(5).getString();
        problems.add(problem_at(t, InputErrorKind::kDuplicateKey, row, f, value,
                                other_row_text(t.file, first, first_file)));
      } else if (problems.lenient()) {
        const long next = static_cast<long>(q.getColumn(3).getInt64());
        problems.add(problem_at(t, InputErrorKind::kRepeatedLater, row, f, value, row_text(next)));
      }
    }
  }
}

ExactReferences::ExactReferences(AuditStore& store, const RegisterSchema& schema)
    : unsure_(schema.fields.size(), true) {
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    const FieldSchema& field = schema.fields[f];
    if (field.references.empty() || field.references == schema.name ||
        !store.has_register(field.references)) {
      continue;
    }
    const RegisterSchema& target = *find_register(field.references);
    const std::string key = AuditStore::quoted(target.key_field);
    SQLite::Statement q(store.database(), "SELECT " + key + " FROM " +
                                              AuditStore::quoted(target.name) + " WHERE " + key +
                                              " IS NOT NULL");
    std::unordered_set<std::string> keys;
    while (q.executeStep()) keys.insert(q.getColumn(0).getString());
    keys_.emplace_back(f, std::move(keys));
    unsure_[f] = false;
  }
}

void ExactReferences::add(const std::vector<Cell>& cells) {
  for (const auto& [field, keys] : keys_) {
    if (unsure_[field]) continue;
    const std::string* code = std::get_if<std::string>(&cells[field]);
    if (code && !keys.count(*code)) unsure_[field] = true;
  }
}

void check_references(AuditStore& store, const ImportedTable& t, RowProblems& problems,
                      const ExactReferences* exact) {
  for (std::size_t f = 0; f < t.schema.fields.size(); ++f) {
    const FieldSchema& field = t.schema.fields[f];
    if (field.references.empty() || field.references == t.schema.name) continue;
    if (exact && !exact->unsure(f)) continue;
    if (!store.has_register(field.references)) {
      spdlog::debug("{}: {} not checked against {}, which is not imported", t.file, field.name,
                    field.references);
      continue;
    }
    const RegisterSchema& target = *find_register(field.references);
    const std::string c = AuditStore::quoted(field.name);
    const std::string key = AuditStore::quoted(target.key_field);
    SQLite::Statement q(store.database(),
                        "SELECT _row, " + c + " FROM " + table_of(t) + " WHERE " + c +
                            " IS NOT NULL AND " +
                            not_among_codes(c, AuditStore::quoted(target.name), key) +
                            " AND rowid > ? ORDER BY rowid");
    q.bind(1, static_cast<int64_t>(t.after_rowid));
    while (q.executeStep()) {
      problems.add(problem_at(t, InputErrorKind::kUnknownReference,
                              static_cast<long>(q.getColumn(0).getInt64()), f,
                              q.getColumn(1).getString(), field.references));
    }
  }
}

std::size_t check_self_references(SQLite::Database& db, const ImportedTable& t,
                                  RowProblems& problems) {
  const std::size_t before = problems.count();
  for (std::size_t f = 0; f < t.schema.fields.size(); ++f) {
    if (t.schema.fields[f].references != t.schema.name) continue;
    const std::string key = AuditStore::quoted(t.schema.key_field);
    const std::string c = AuditStore::quoted(t.schema.fields[f].name);
    SQLite::Statement q(db, "SELECT _row, " + c + " FROM " + table_of(t) + " WHERE " + c +
                                " IS NOT NULL AND " + not_among_codes(c, table_of(t), key) +
                                " AND rowid > ? ORDER BY rowid");
    q.bind(1, static_cast<int64_t>(t.after_rowid));
    while (q.executeStep()) {
      problems.add(problem_at(t, InputErrorKind::kUnknownReference,
                              static_cast<long>(q.getColumn(0).getInt64()), f,
                              q.getColumn(1).getString(), t.schema.name));
    }
  }
  return problems.count() - before;
}

RepeatedPersonRows::RepeatedPersonRows(SQLite::Database& db, const ImportedTable& t) : db_(db) {
  if (t.schema.person_field.empty()) return;
  const std::string p = AuditStore::quoted(t.schema.person_field);
  db_.exec("CREATE TEMP TABLE genaudit_person_rows (id INTEGER PRIMARY KEY)");
  created_ = true;
  // Each row by the hash of its person's normalized id, sorted: rows whose
  // hash another row shares are the repeated persons' — and, should two ids
  // ever collide, a row more, which the checks and the filling (grouping
  // by the id itself) find to be a person of one row. SQLite's sort of the
  // whole register by genaudit_key() was a tenth of an import.
  std::vector<std::pair<std::size_t, std::int64_t>> persons;
  SQLite::Statement scan(db_, "SELECT rowid, " + p + " FROM " + table_of(t) + " WHERE " + p +
                                  " IS NOT NULL");
  while (scan.executeStep()) {
    const SQLite::Column id = scan.getColumn(1);
    const std::string key = text::normalize_free_text(
        std::string_view(id.getText(), static_cast<std::size_t>(id.getBytes())));
    persons.emplace_back(std::hash<std::string>{}(key), scan.getColumn(0).getInt64());
  }
  std::sort(persons.begin(), persons.end());
  SQLite::Statement keep(db_, "INSERT INTO temp.genaudit_person_rows (id) VALUES (?)");
  for (std::size_t i = 0; i < persons.size(); ++i) {
    const bool shared = (i > 0 && persons[i - 1].first == persons[i].first) ||
                        (i + 1 < persons.size() && persons[i + 1].first == persons[i].first);
    if (!shared) continue;
    keep.bind(1, persons[i].second);
    keep.exec();
    keep.reset();
  }
}

RepeatedPersonRows::~RepeatedPersonRows() {
  if (!created_) return;
  try {
    db_.exec("DROP TABLE IF EXISTS temp.genaudit_person_rows");
  } catch (const SQLite::Exception&) {
    // The connection is failing; the import's savepoint rolls the table back.
  }
}

void check_person_agreement(SQLite::Database& db, const ImportedTable& t,
                            const RepeatedPersonRows& repeated, RowProblems& problems) {
  if (t.schema.person_field.empty()) return;
  const std::string p = AuditStore::quoted(t.schema.person_field);
  for (std::size_t f = 0; f < t.schema.fields.size(); ++f) {
    if (t.schema.fields[f].person_level != PersonLevel::kAgree) continue;
    const std::string g = AuditStore::quoted(t.schema.fields[f].name);
    // The person's first value is that of their first row that has one.
    SQLite::Statement q(
        db, "SELECT _row, " + g + ", first_value, lo, hi, person, first_row, first_file FROM ("
            " SELECT id, _row, " + g + ", first_value(" + g + ") OVER w AS first_value,"
            "  min(" + g + ") OVER w AS lo, max(" + g + ") OVER w AS hi, " + p + " AS person,"
            "  first_value(_row) OVER w AS first_row, first_value(_file) OVER w AS first_file"
            " FROM (SELECT rowid AS id, _row, _file, " + g + ", " + p + ", genaudit_key(" + p +
            ") AS k FROM " +
            table_of(t) + "  WHERE " + p + " IS NOT NULL AND " +
            repeated.condition() + ")"
            " WINDOW w AS (PARTITION BY k ORDER BY " + g + " IS NULL, id"
            "  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"
            " WHERE lo <> hi AND id > ? ORDER BY id");
    q.bind(1, static_cast<int64_t>(t.after_rowid));
    while (q.executeStep()) {
      const long row = static_cast<long>(q.getColumn(0).getInt64());
      const std::string first = q.getColumn(2).getString();
      if (!q.getColumn(1).isNull() && q.getColumn(1).getString() != first) {
        InputError e = problem_at(t, InputErrorKind::kConflictingGender, row, f,
                                  q.getColumn(1).getString(), first);
        e.subject = q.getColumn(5).getString();
        e.other_row = other_row_text(t.file, q.getColumn(6).getInt64(), q.getColumn(7).getString());
        problems.add(std::move(e));
      } else if (problems.lenient()) {
        const std::string lo = q.getColumn(3).getString();
        const std::string other = lo == first ? q.getColumn(4).getString() : lo;
        problems.add(problem_at(t, InputErrorKind::kConflictingPerson, row, f, first, other));
      }
    }
  }
}

void fill_person_fields(SQLite::Database& db, const ImportedTable& t,
                        const RepeatedPersonRows& repeated) {
  if (t.schema.person_field.empty()) return;
  const std::string p = AuditStore::quoted(t.schema.person_field);
  for (const FieldSchema& field : t.schema.fields) {
    if (field.person_level == PersonLevel::kNone) continue;
    const std::string g = AuditStore::quoted(field.name);
    // The value every row of the person takes: the first known one (they
    // agree), or the highest — earlier in the field's codes; a value of no
    // listed code after them, a blank last.
    std::string rank = "(" + g + " IS NULL)";
    if (field.person_level == PersonLevel::kHighest) {
      rank = "CASE WHEN " + g + " IS NULL THEN " + std::to_string(field.codes.size() + 1);
      for (std::size_t i = 0; i < field.codes.size(); ++i) {
        rank += " WHEN " + g + " = ? THEN " + std::to_string(i);
      }
      rank += " ELSE " + std::to_string(field.codes.size()) + " END";
    }
    SQLite::Statement fill(
        db, "UPDATE " + table_of(t) + " SET " + g + " = fill.v FROM ("
            " SELECT rid, v FROM (SELECT rowid AS rid, " + g + " AS old,"
            "  first_value(" + g + ") OVER (PARTITION BY genaudit_key(" + p + ") ORDER BY " +
            rank + ", rowid) AS v"
            "  FROM " + table_of(t) + " WHERE " + p + " IS NOT NULL AND " +
            repeated.condition() + ")"
            " WHERE v IS NOT NULL AND (old IS NULL OR old <> v)) AS fill"
            " WHERE " + table_of(t) + ".rowid = fill.rid");
    if (field.person_level == PersonLevel::kHighest) {
      for (std::size_t i = 0; i < field.codes.size(); ++i) {
        fill.bind(static_cast<int>(i) + 1, field.codes[i].code);
      }
    }
    fill.exec();
  }
}

}  // namespace genaudit
