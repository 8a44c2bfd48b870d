#include "engine/store/audit_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <unordered_map>


#include "adapters/registers/register_schema.h"
#include "engine/store/run_history.h"

namespace genaudit {
namespace {

const char* sql_type(FieldType type) {
  switch (type) {
    case FieldType::kBool:
    case FieldType::kInteger: return "INTEGER";
    case FieldType::kNumber: return "REAL";
    default: return "TEXT";  // text, codes, and dates as YYYY-MM-DD
  }
}

// Dates are stored as YYYY-MM-DD, written by the importer.
Date parse_stored_date(const char* s) {
  const auto digits = [s](int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; ++i) value = value * 10 + (s[i] - '0');
    return value;
  };
  return Date::from_ymd(digits(0, 4), digits(5, 2), digits(8, 2)).value_or(Date{});
}

// Most text columns repeat a few values (codes, genders, positions): a small
// cache per column finds them without touching the process-wide text pool.
// A column of mostly distinct values (person ids) is not interned at all:
// its texts belong to the table (equality still holds, by normalized form).
class ColumnTextCache {
 public:
  explicit ColumnTextCache(Table* table = nullptr) : table_(table) {}

  TextPtr get(std::string_view text) {
    if (cache_.size() >= kLimit) return table_->own_text(text);
    auto it = cache_.find(text);
    if (it != cache_.end()) return it->second;
    TextPtr interned = make_text(text);
    cache_.emplace(interned->original, interned);
    return interned;
  }

 private:
  static constexpr std::size_t kLimit = 65536;
  Table* table_;
  std::unordered_map<std::string_view, TextPtr> cache_;
};

// Appends a stored cell to its column.
void read_cell(const FieldSchema& field, const SQLite::Column& cell, Column& column,
               ColumnTextCache& texts) {
  if (cell.isNull()) {
    column.push_missing();
    return;
  }
  switch (field.type) {
    case FieldType::kBool: column.push_bool(cell.getInt() != 0); break;
    case FieldType::kInteger: column.push_number(static_cast<double>(cell.getInt64())); break;
    case FieldType::kNumber: column.push_number(cell.getDouble()); break;
    case FieldType::kDate: column.push_date(parse_stored_date(cell.getText())); break;
    default:
      column.push_text(texts.get(std::string_view(static_cast<const char*>(cell.getBlob()),
                                                  static_cast<std::size_t>(cell.getBytes()))));
  }
}

}  // namespace

std::string AuditStore::quoted(const std::string& name) {
  // SQL identifiers are the schema's own names, never a file's or a rule's
  // text; a name that is not plain lower-case ASCII is a bug, not SQL.
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (!plain) throw std::logic_error("not a register schema identifier: " + name);
  return "\"" + name + "\"";
}

AuditStore::AuditStore(const std::string& path)
    : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
  db_.setBusyTimeout(busy_timeout_ms());
  // Readers never wait for a writer, and see only committed transactions.
  db_.exec("PRAGMA journal_mode = WAL");
  db_.exec("PRAGMA foreign_keys = OFF");
  create_schema();
  RunHistory::create_schema(db_);
}

int AuditStore::busy_timeout_ms() {
  const char* text = std::getenv("GENAUDIT_BUSY_TIMEOUT_MS");
  if (text == nullptr || *text == '\0') return kBusyTimeoutMs;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  return *end == '\0' && value >= 0 && value <= 3600000 ? static_cast<int>(value)
                                                         : kBusyTimeoutMs;
}

void AuditStore::create_schema() {
  SQLite::Transaction transaction(db_);
  db_.exec(
      "CREATE TABLE IF NOT EXISTS imports ("
      " register TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL,"
      " rows INTEGER NOT NULL, imported_at TEXT NOT NULL)");
  for (const RegisterSchema& r : all_registers()) {
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoted(r.name) + " (";
    for (const FieldSchema& f : r.fields) sql += quoted(f.name) + " " + sql_type(f.type) + ", ";
    sql += "_file TEXT NOT NULL, _sheet TEXT NOT NULL, _row INTEGER NOT NULL)";
    db_.exec(sql);
  }
  transaction.commit();
}

std::vector<RegisterFileInfo> AuditStore::imports() const {
  std::vector<RegisterFileInfo> out;
  for (const RegisterSchema& r : all_registers()) {
    SQLite::Statement query(db_, "SELECT file, sha256, rows FROM imports WHERE register = ?");
    query.bind(1, r.name);
    if (query.executeStep()) {
      out.push_back({r.name, query.getColumn(0).getString(), query.getColumn(1).getString(),
                     query.getColumn(2).getInt64()});
    }
  }
  return out;
}

bool AuditStore::has_register(const std::string& name) const {
  SQLite::Statement query(db_, "SELECT 1 FROM imports WHERE register = ?");
  query.bind(1, name);
  return query.executeStep();
}

Dataset AuditStore::load(const FieldSelection* fields) const {
  Dataset dataset;
  for (const RegisterFileInfo& info : imports()) {
    const RegisterSchema& schema = *find_register(info.register_name);
    Table table(schema);
    std::vector<std::size_t> selected;
    for (std::size_t f = 0; f < schema.fields.size(); ++f) {
      const std::string& name = schema.fields[f].name;
      const auto wanted = fields ? fields->find(schema.name) : FieldSelection::const_iterator{};
      const bool load = !fields || name == schema.key_field || name == schema.name_field ||
                        (wanted != fields->end() && wanted->second.count(name));
      table.set_loaded(f, load);
      if (load) selected.push_back(f);
    }
    std::string sql = "SELECT ";
    for (std::size_t f : selected) sql += quoted(schema.fields[f].name) + ", ";
    sql += "_file, _sheet, _row FROM " + quoted(schema.name) + " ORDER BY rowid";
    SQLite::Statement query(db_, sql);
    const int n = static_cast<int>(selected.size());
    std::vector<ColumnTextCache> caches(selected.size(), ColumnTextCache(&table));
    std::string last_file, last_sheet;
    std::uint32_t file_index = 0;
    bool have_file = false;
    while (query.executeStep()) {
      for (int i = 0; i < n; ++i) {
        const std::size_t f = selected[static_cast<std::size_t>(i)];
        read_cell(schema.fields[f], query.getColumn(i), table.column(f),
                  caches[static_cast<std::size_t>(i)]);
      }
      const char* file = query.getColumn(n).getText();
      const char* sheet = query.getColumn(n + 1).getText();
      if (!have_file || last_file != file || last_sheet != sheet) {
        file_index = table.add_file({file, sheet});
        last_file = file;
        last_sheet = sheet;
        have_file = true;
      }
      table.add_source({file_index, static_cast<std::uint32_t>(query.getColumn(n + 2).getInt64())});
    }
    dataset.add(std::move(table));
  }
  return dataset;
}

}  // namespace genaudit
