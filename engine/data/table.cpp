#include "engine/data/table.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace genaudit {

void Column::reserve(std::size_t rows) {
  switch (type_) {
    case FieldType::kText:
    case FieldType::kCode: texts_.reserve(rows); break;
    case FieldType::kNumber:
    case FieldType::kInteger: numbers_.reserve(rows); break;
    case FieldType::kDate: dates_.reserve(rows); break;
    case FieldType::kBool: bools_.reserve(rows); break;
  }
}

void Column::push_missing() {
  switch (type_) {
    case FieldType::kText:
    case FieldType::kCode: texts_.push_back(nullptr); break;
    case FieldType::kNumber:
    case FieldType::kInteger: numbers_.push_back(std::numeric_limits<double>::quiet_NaN()); break;
    case FieldType::kDate: dates_.push_back(kNoDate); break;
    case FieldType::kBool: bools_.push_back(-1); break;
  }
}

void Column::clear() {
  texts_ = {};
  numbers_ = {};
  dates_ = {};
  bools_ = {};
}

void Column::push_text(TextPtr text) { texts_.push_back(text); }
void Column::push_number(double number) { numbers_.push_back(number); }
void Column::push_date(Date date) { dates_.push_back(date.days()); }
void Column::push_bool(bool value) { bools_.push_back(value ? 1 : 0); }

Value Column::get(std::size_t row) const {
  switch (type_) {
    case FieldType::kText:
    case FieldType::kCode:
      return texts_[row] ? Value{texts_[row]} : Value{Missing{}};
    case FieldType::kNumber:
    case FieldType::kInteger:
      return std::isnan(numbers_[row]) ? Value{Missing{}} : Value{numbers_[row]};
    case FieldType::kDate:
      return dates_[row] == kNoDate ? Value{Missing{}} : Value{Date::from_days(dates_[row])};
    case FieldType::kBool:
      return bools_[row] < 0 ? Value{Missing{}} : Value{bools_[row] == 1};
  }
  return Value{Missing{}};
}

std::uint64_t Column::identity(std::size_t row) const {
  switch (type_) {
    case FieldType::kText:
    case FieldType::kCode: return reinterpret_cast<std::uintptr_t>(texts_[row]);
    case FieldType::kNumber:
    case FieldType::kInteger: {
      std::uint64_t bits;
      std::memcpy(&bits, &numbers_[row], sizeof bits);
      return bits;
    }
    case FieldType::kDate: return static_cast<std::uint32_t>(dates_[row]);
    case FieldType::kBool: return static_cast<std::uint8_t>(bools_[row]);
  }
  return 0;
}

TextPtr ColumnTextCache::find_or_make(std::string_view text) {
  if (distinct_) {
    // For an audit, the normalized form made now, while the registers are
    // read, rather than by the evaluation (ids counted distinct, people
    // grouped): at national size two million forms moved from the
    // evaluation, which ends the audit, to the thread filling columns,
    // which waits on the reading thread. Not for the import's copy, whose
    // inserting thread is its critical path (and which keeps no forms).
    const TextPtr owned = table_->own_text(text);
    if (normalize_distinct_) owned->normalized();
    return owned;
  }
  auto it = cache_.find(text);
  if (it != cache_.end()) return it->second;
  TextPtr interned = make_text(text);
  cache_.emplace(interned->original, interned);
  if (cache_.size() >= kLimit || (cells_ >= kSample && cache_.size() * 4 > cells_ * 3)) {
    distinct_ = true;
  }
  return interned;
}

Table::Table(const RegisterSchema& schema)
    : schema_(&schema), loaded_(schema.fields.size(), true) {
  for (const FieldSchema& f : schema.fields) columns_.emplace_back(f.type);
}

int Table::field_index(std::string_view name) const {
  for (std::size_t i = 0; i < schema_->fields.size(); ++i) {
    if (schema_->fields[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

void Table::reserve(std::size_t rows) {
  sources_.reserve(rows);
  for (std::size_t f = 0; f < columns_.size(); ++f) {
    if (loaded_[f]) columns_[f].reserve(rows);
  }
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
  std::unique_ptr<Table>& owned = owned_[name];
  owned = std::make_unique<Table>(std::move(table));
  tables_[name] = owned.get();
}

std::size_t Dataset::move_tables_to(Dataset* to) {
  const std::size_t moved = owned_.size();
  for (auto& [name, table] : owned_) {
    to->tables_[name] = table.get();
    to->owned_[name] = std::move(table);
    tables_.erase(name);
  }
  owned_.clear();
  return moved;
}

void Dataset::add_view(const Table& table) {
  owned_.erase(table.schema().name);
  tables_[table.schema().name] = &table;
}

const Table* Dataset::find(std::string_view name) const {
  auto it = tables_.find(std::string(name));
  return it == tables_.end() ? nullptr : it->second;
}

std::vector<const Table*> Dataset::tables() const {
  std::vector<const Table*> out;
  for (const auto& [name, table] : tables_) out.push_back(table);
  return out;
}

}  // namespace genaudit
