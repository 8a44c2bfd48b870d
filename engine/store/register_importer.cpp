#include "engine/store/register_importer.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Exception.h>
#include <spdlog/spdlog.h>

#include "adapters/registers/register_reader.h"
#include "adapters/text/unicode_text.h"
#include "engine/core/sha256.h"

namespace genaudit {
namespace {

// Keeps the first `limit` errors and counts the rest.
class ErrorSink {
 public:
  ErrorSink(ImportOutcome& outcome, std::size_t limit) : outcome_(outcome), limit_(limit) {}
  void add(InputError e) {
    ++outcome_.error_count;
    if (outcome_.errors.size() < limit_) outcome_.errors.push_back(std::move(e));
  }
  void add_all(InputErrors& errors) {
    for (InputError& e : errors) add(std::move(e));
    errors.clear();
  }

 private:
  ImportOutcome& outcome_;
  std::size_t limit_;
};

// Codes are compared as rules compare them: NFC, case-folded, spaces folded.
std::string key_of(const Cell& cell) {
  const auto* s = std::get_if<std::string>(&cell);
  return s ? text::normalize_free_text(*s) : std::string();
}

std::string now_iso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

void bind_cell(SQLite::Statement& insert, int index, const Cell& cell) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, NoValue>) {
          insert.bind(index);
        } else if constexpr (std::is_same_v<T, std::string>) {
          insert.bind(index, v);
        } else if constexpr (std::is_same_v<T, double>) {
          insert.bind(index, v);
        } else if constexpr (std::is_same_v<T, long long>) {
          insert.bind(index, static_cast<int64_t>(v));
        } else if constexpr (std::is_same_v<T, bool>) {
          insert.bind(index, v ? 1 : 0);
        } else {
          insert.bind(index, v.iso());
        }
      },
      cell);
}

InputError error_at(InputErrorKind kind, const RegisterReader& reader, long row,
                    std::size_t field, std::string value, std::string expected) {
  InputError e{};
  e.kind = kind;
  e.file = reader.display_name();
  e.sheet = reader.sheet();
  e.row = row;
  e.column = reader.column_name(field);
  e.value = shown_value(value);
  e.expected = std::move(expected);
  return e;
}

// What one person's rows say of a person-level field.
struct PersonFact {
  std::string value;        // the agreed or highest code so far ("" = none)
  bool needs_fill = false;  // some row differs from `value` and must be set
  std::vector<std::string> ids;  // the person's id as written on the rows
};

// The import of one register as a savepoint: a transaction of its own, or
// a part of the caller's (`genaudit import` imports all its files in one
// transaction). Rolled back unless released. SQLiteCpp's Savepoint is not
// used: in 3.2 its rollback leaves the savepoint, and so the transaction,
// open.
class ImportSavepoint {
 public:
  explicit ImportSavepoint(SQLite::Database& db) : db_(db) { db_.exec("SAVEPOINT register_import"); }
  ~ImportSavepoint() {
    if (released_) return;
    try {
      db_.exec("ROLLBACK TO register_import");
      db_.exec("RELEASE register_import");
    } catch (const SQLite::Exception&) {
      // The connection is failing anyway; the error that got us here is reported.
    }
  }
  ImportSavepoint(const ImportSavepoint&) = delete;
  ImportSavepoint& operator=(const ImportSavepoint&) = delete;
  void release() {
    db_.exec("RELEASE register_import");
    released_ = true;
  }

 private:
  SQLite::Database& db_;
  bool released_ = false;
};

// The rank of a code in a kHighest field: lower is higher; unknown last.
std::size_t rank_of(const FieldSchema& field, const std::string& code) {
  for (std::size_t i = 0; i < field.codes.size(); ++i) {
    if (field.codes[i].code == code) return i;
  }
  return field.codes.size();
}

}  // namespace

ImportOutcome import_register_file(AuditStore& store, const RegisterSchema& schema,
                                   const std::filesystem::path& path,
                                   const std::string& display_name,
                                   const ImportOptions& options) {
  ImportOutcome outcome;
  ErrorSink sink(outcome, options.error_limit);
  InputErrors errors;
  auto reader = RegisterReader::open(schema, path, display_name, &errors, options.source);
  if (!reader) {
    sink.add_all(errors);
    return outcome;
  }
  outcome.ignored_columns = reader->header().ignored_columns;

  SQLite::Database& db = store.database();
  ImportSavepoint transaction(db);
  const std::string table = AuditStore::quoted(schema.name);
  db.exec("DELETE FROM " + table);
  {
    SQLite::Statement forget(db, "DELETE FROM imports WHERE register = ?");
    forget.bind(1, schema.name);
    forget.exec();
  }

  std::string sql = "INSERT INTO " + table + " (";
  std::string marks;
  for (const FieldSchema& f : schema.fields) {
    sql += AuditStore::quoted(f.name) + ", ";
    marks += "?, ";
  }
  sql += "_file, _sheet, _row) VALUES (" + marks + "?, ?, ?)";
  SQLite::Statement insert(db, sql);

  const std::size_t n = schema.fields.size();
  // Codes of other registers that references must name.
  std::vector<std::optional<std::unordered_set<std::string>>> known(n);
  // Self-references (a parent agency) are checked once every code is known.
  struct Pending {
    std::size_t field;
    long row;
    std::string value;
  };
  std::vector<Pending> self_references;
  std::vector<std::unordered_map<std::string, long>> unique_seen(n);
  for (std::size_t f = 0; f < n; ++f) {
    const FieldSchema& field = schema.fields[f];
    if (field.references.empty() || field.references == schema.name) continue;
    if (!store.has_register(field.references)) {
      spdlog::debug("{}: {} not checked against {}, which is not imported", display_name,
                    field.name, field.references);
      continue;
    }
    const RegisterSchema& target = *find_register(field.references);
    known[f].emplace();
    SQLite::Statement keys(db, "SELECT " + AuditStore::quoted(target.key_field) + " FROM " +
                                   AuditStore::quoted(target.name));
    while (keys.executeStep()) {
      known[f]->insert(text::normalize_free_text(keys.getColumn(0).getString()));
    }
  }
  const int person_field = schema.person_field.empty()
                               ? -1
                               : static_cast<int>(&*schema.find_field(schema.person_field) -
                                                  schema.fields.data());
  std::vector<std::unordered_map<std::string, PersonFact>> persons(n);

  // A coded field whose empty cell has a meaning (status: empty = active)
  // means the same when its column is absent. An absent key_leader column
  // stays missing on purpose: then positions decide.
  std::vector<std::size_t> absent_with_default;
  for (std::size_t f = 0; f < n; ++f) {
    if (!reader->has_column(f) && !schema.fields[f].code_when_empty.empty()) {
      absent_with_default.push_back(f);
    }
  }

  RegisterRow row;
  while (reader->next(&row, &errors)) {
    sink.add_all(errors);
    for (std::size_t f : absent_with_default) row.cells[f] = schema.fields[f].code_when_empty;
    for (std::size_t f = 0; f < n; ++f) {
      const FieldSchema& field = schema.fields[f];
      const auto* text_value = std::get_if<std::string>(&row.cells[f]);
      if (!text_value) continue;
      const std::string key = key_of(row.cells[f]);
      if (field.unique) {
        auto [it, fresh] = unique_seen[f].try_emplace(key, row.row);
        if (!fresh) {
          sink.add(error_at(InputErrorKind::kDuplicateKey, *reader, row.row, f, *text_value,
                            "row " + std::to_string(it->second)));
        }
      }
      if (known[f] && !known[f]->count(key)) {
        sink.add(error_at(InputErrorKind::kUnknownReference, *reader, row.row, f, *text_value,
                          field.references));
      }
      if (field.references == schema.name) self_references.push_back({f, row.row, *text_value});
    }
    if (person_field >= 0) {
      const Cell& id_cell = row.cells[static_cast<std::size_t>(person_field)];
      const std::string person = key_of(id_cell);
      for (std::size_t f = 0; f < n && !person.empty(); ++f) {
        const FieldSchema& field = schema.fields[f];
        if (field.person_level == PersonLevel::kNone) continue;
        const auto* code = std::get_if<std::string>(&row.cells[f]);
        PersonFact& fact = persons[f][person];
        const std::string& id = std::get<std::string>(id_cell);
        if (std::find(fact.ids.begin(), fact.ids.end(), id) == fact.ids.end()) {
          fact.ids.push_back(id);
        }
        if (!code) {
          fact.needs_fill = true;  // a blank takes the person's value
        } else if (fact.value.empty()) {
          fact.value = *code;
        } else if (fact.value != *code) {
          if (field.person_level == PersonLevel::kAgree) {
            sink.add(error_at(InputErrorKind::kConflictingGender, *reader, row.row, f, *code,
                              fact.value));
          } else {
            fact.needs_fill = true;
            if (rank_of(field, *code) < rank_of(field, fact.value)) fact.value = *code;
          }
        }
      }
    }
    if (!row.valid || outcome.error_count > 0) continue;  // nothing will be kept
    for (std::size_t f = 0; f < n; ++f) bind_cell(insert, static_cast<int>(f) + 1, row.cells[f]);
    insert.bind(static_cast<int>(n) + 1, display_name);
    insert.bind(static_cast<int>(n) + 2, reader->sheet());
    insert.bind(static_cast<int>(n) + 3, static_cast<int64_t>(row.row));
    insert.exec();
    insert.reset();
    ++outcome.rows;
  }
  sink.add_all(errors);

  for (const Pending& p : self_references) {
    if (!unique_seen[static_cast<std::size_t>(
                         schema.find_field(schema.key_field) - schema.fields.data())]
             .count(text::normalize_free_text(p.value))) {
      sink.add(error_at(InputErrorKind::kUnknownReference, *reader, p.row, p.field, p.value,
                        schema.name));
    }
  }
  if (outcome.error_count > 0) {
    outcome.rows = 0;
    return outcome;  // the transaction rolls back
  }

  // Every row of a person carries the person's gender and highest degree.
  // The fill looks rows up by person: without an index each update would
  // scan the whole register.
  if (!schema.person_field.empty()) {
    db.exec("CREATE INDEX IF NOT EXISTS " + AuditStore::quoted(schema.name + "_by_person") +
            " ON " + table + " (" + AuditStore::quoted(schema.person_field) + ")");
  }
  for (std::size_t f = 0; f < n; ++f) {
    if (persons[f].empty()) continue;
    const std::string column = AuditStore::quoted(schema.fields[f].name);
    const std::string person_column = AuditStore::quoted(schema.person_field);
    SQLite::Statement fill(db, "UPDATE " + table + " SET " + column + " = ? WHERE " +
                                   person_column + " = ? AND (" + column + " IS NULL OR " +
                                   column + " <> ?)");
    for (const auto& [person, fact] : persons[f]) {
      if (!fact.needs_fill || fact.value.empty()) continue;
      for (const std::string& id : fact.ids) {
        fill.bind(1, fact.value);
        fill.bind(2, id);
        fill.bind(3, fact.value);
        fill.exec();
        fill.reset();
      }
    }
  }

  const auto digest = sha256_file(path);
  SQLite::Statement log(db,
                        "INSERT INTO imports (register, file, sha256, rows, imported_at) "
                        "VALUES (?, ?, ?, ?, ?)");
  log.bind(1, schema.name);
  log.bind(2, display_name);
  log.bind(3, digest.value_or(""));
  log.bind(4, static_cast<int64_t>(outcome.rows));
  log.bind(5, now_iso());
  log.exec();
  transaction.release();
  outcome.imported = true;
  return outcome;
}

}  // namespace genaudit
