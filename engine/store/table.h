// One register held in memory for evaluation: its rows of typed cells and,
// for each row, where it came from (file, sheet, spreadsheet row).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "adapters/registers/register_schema.h"
#include "engine/eval/value.h"

namespace genaudit {

struct RowSource {
  std::uint32_t file = 0;  // index into Table::files()
  std::uint32_t row = 0;   // spreadsheet row: header = 1
};

struct SourceFile {
  std::string name;
  std::string sheet;  // empty for CSV
};

class Table {
 public:
  explicit Table(const RegisterSchema& schema) : schema_(&schema) {}

  const RegisterSchema& schema() const { return *schema_; }
  std::size_t row_count() const { return sources_.size(); }
  std::size_t field_count() const { return schema_->fields.size(); }

  // The position of field `name` in the schema, or -1.
  int field_index(std::string_view name) const;

  const Value& cell(std::size_t row, std::size_t field) const {
    return cells_[row * field_count() + field];
  }
  const RowSource& source(std::size_t row) const { return sources_[row]; }
  const SourceFile& file(std::uint32_t index) const { return files_[index]; }

  // Appends a row; `cells` has one value per schema field, in schema order.
  void add_row(std::vector<Value> cells, RowSource source);
  std::uint32_t add_file(SourceFile file);

 private:
  const RegisterSchema* schema_;
  std::vector<Value> cells_;
  std::vector<RowSource> sources_;
  std::vector<SourceFile> files_;
};

// The registers of one audit, by name; absent registers are not there.
class Dataset {
 public:
  void add(Table table);
  const Table* find(std::string_view name) const;
  bool has(std::string_view name) const { return find(name) != nullptr; }

 private:
  std::unordered_map<std::string, std::unique_ptr<Table>> tables_;
};

}  // namespace genaudit
