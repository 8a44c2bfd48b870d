#include "engine/store/table.h"

#include <memory>

namespace genaudit {

int Table::field_index(std::string_view name) const {
  for (std::size_t i = 0; i < schema_->fields.size(); ++i) {
    if (schema_->fields[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

void Table::add_row(std::vector<Value> cells, RowSource source) {
  for (Value& v : cells) cells_.push_back(std::move(v));
  sources_.push_back(source);
}

std::uint32_t Table::add_file(SourceFile file) {
  for (std::size_t i = 0; i < files_.size(); ++i) {
    if (files_[i].name == file.name && files_[i].sheet == file.sheet) {
      return static_cast<std::uint32_t>(i);
    }
  }
  files_.push_back(std::move(file));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

void Dataset::add(Table table) {
  const std::string name = table.schema().name;
  tables_[name] = std::make_unique<Table>(std::move(table));
}

const Table* Dataset::find(std::string_view name) const {
  auto it = tables_.find(std::string(name));
  return it == tables_.end() ? nullptr : it->second.get();
}

}  // namespace genaudit
