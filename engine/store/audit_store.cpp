#include "engine/store/audit_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <unordered_map>

#include "adapters/registers/register_schema.h"

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

// Registers repeat their text: codes, positions, topics. Each distinct text
// of a column is normalized and allocated once and shared by its cells.
class TextPool {
 public:
  TextPtr get(const char* text, std::size_t size) {
    auto [it, inserted] = pool_.try_emplace(std::string(text, size));
    if (inserted) it->second = make_text(it->first);
    return it->second;
  }

 private:
  std::unordered_map<std::string, TextPtr> pool_;
};

// Reads a stored cell back into the value rules see.
Value read_cell(const FieldSchema& field, const SQLite::Column& column, TextPool& texts) {
  if (column.isNull()) return Value{Missing{}};
  switch (field.type) {
    case FieldType::kBool: return Value{column.getInt() != 0};
    case FieldType::kInteger: return Value{static_cast<double>(column.getInt64())};
    case FieldType::kNumber: return Value{column.getDouble()};
    case FieldType::kDate: {
      const std::string iso = column.getString();
      const auto date = Date::from_ymd(std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                                       std::stoi(iso.substr(8, 2)));
      return date ? Value{*date} : Value{Missing{}};
    }
    default:
      return Value{texts.get(static_cast<const char*>(column.getBlob()),
                             static_cast<std::size_t>(column.getBytes()))};
  }
}

}  // namespace

std::string AuditStore::quoted(const std::string& name) { return "\"" + name + "\""; }

AuditStore::AuditStore(const std::string& path)
    : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
  db_.exec("PRAGMA foreign_keys = OFF");
  create_schema();
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

Dataset AuditStore::load() const {
  Dataset dataset;
  for (const RegisterFileInfo& info : imports()) {
    const RegisterSchema& schema = *find_register(info.register_name);
    Table table(schema);
    std::string sql = "SELECT ";
    for (const FieldSchema& f : schema.fields) sql += quoted(f.name) + ", ";
    sql += "_file, _sheet, _row FROM " + quoted(schema.name) + " ORDER BY rowid";
    SQLite::Statement query(db_, sql);
    const int n = static_cast<int>(schema.fields.size());
    std::vector<TextPool> pools(schema.fields.size());
    std::string last_file, last_sheet;
    std::uint32_t file_index = 0;
    bool have_file = false;
    while (query.executeStep()) {
      std::vector<Value> cells;
      cells.reserve(schema.fields.size());
      for (int i = 0; i < n; ++i) {
        const auto f = static_cast<std::size_t>(i);
        cells.push_back(read_cell(schema.fields[f], query.getColumn(i), pools[f]));
      }
      const std::string file = query.getColumn(n).getString();
      const std::string sheet = query.getColumn(n + 1).getString();
      if (!have_file || file != last_file || sheet != last_sheet) {
        file_index = table.add_file({file, sheet});
        last_file = file;
        last_sheet = sheet;
        have_file = true;
      }
      table.add_row(std::move(cells),
                    {file_index, static_cast<std::uint32_t>(query.getColumn(n + 2).getInt64())});
    }
    dataset.add(std::move(table));
  }
  return dataset;
}

}  // namespace genaudit
