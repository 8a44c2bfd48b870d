// One register held in memory for evaluation, column by column: each field a
// typed array (interned text, dates as days, numbers, booleans), and for
// each row where it came from (file, sheet, spreadsheet row). Fields no rule
// reads are not loaded at all: their cells read as missing.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/core/register_catalogue.h"
#include "engine/core/sampled_hash.h"
#include "engine/data/value.h"

namespace genaudit {

struct RowSource {
  std::uint32_t file = 0;  // index into the table's files
  std::uint32_t row = 0;   // spreadsheet row: header = 1
};

struct SourceFile {
  std::string name;
  std::string sheet;  // empty for CSV
};

// The cells of one field, stored by type. Missing cells are a null text, a
// NaN number, kNoDate or -1 for booleans.
class Column {
 public:
  explicit Column(FieldType type = FieldType::kText) : type_(type) {}

  void reserve(std::size_t rows);
  void push_missing();
  void push_text(TextPtr text);
  void push_number(double number);
  void push_date(Date date);
  void push_bool(bool value);
  Value get(std::size_t row) const;
  // The cell as stored, in 64 bits: equal for equal cells of one column
  // (texts by identity: the same text may also show as two).
  std::uint64_t identity(std::size_t row) const;
  // Text and code columns: the text of `row` (null when missing), and
  // replacing it (a person's value filled into each of their rows).
  TextPtr text(std::size_t row) const { return texts_[row]; }
  void set_text(std::size_t row, TextPtr text) { texts_[row] = text; }
  // Drops every cell (a column filled only to be checked).
  void clear();

 private:
  friend struct RegisterCacheCodec;  // reads and writes the storage in bulk
  static constexpr std::int32_t kNoDate = INT32_MIN;
  FieldType type_;
  std::vector<TextPtr> texts_;
  std::vector<double> numbers_;
  std::vector<std::int32_t> dates_;
  std::vector<std::int8_t> bools_;
};

class Table {
 public:
  explicit Table(const RegisterSchema& schema);
  // Moved, never copied: its columns point at the texts it owns.
  Table(Table&&) = default;
  Table& operator=(Table&&) = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  const RegisterSchema& schema() const { return *schema_; }
  std::size_t row_count() const { return sources_.size(); }
  std::size_t field_count() const { return schema_->fields.size(); }

  // The position of field `name` in the schema, or -1.
  int field_index(std::string_view name) const;

  Value cell(std::size_t row, std::size_t field) const {
    return loaded_[field] ? columns_[field].get(row) : Value{Missing{}};
  }
  // Column::identity, constant for a field not loaded.
  std::uint64_t cell_identity(std::size_t row, std::size_t field) const {
    return loaded_[field] ? columns_[field].identity(row) : 0;
  }
  const RowSource& source(std::size_t row) const { return sources_[row]; }
  const SourceFile& file(std::uint32_t index) const { return files_[index]; }

  // Building: mark the fields loaded, fill their columns, then add each
  // row's source (one per row, after its cells).
  void set_loaded(std::size_t field, bool loaded) { loaded_[field] = loaded; }
  bool loaded(std::size_t field) const { return loaded_[field]; }
  Column& column(std::size_t field) { return columns_[field]; }
  // The text of a loaded text or code field's cell (null when missing).
  TextPtr column_text(std::size_t row, std::size_t field) const {
    return columns_[field].text(row);
  }
  void add_source(RowSource source) { sources_.push_back(source); }
  // Room for `rows` rows in the sources and the loaded columns.
  void reserve(std::size_t rows);
  // A text owned by this table, for columns of mostly distinct values,
  // which are not worth interning process-wide. Stays valid as long as the
  // table, wherever it is moved.
  TextPtr own_text(std::string_view text) { return &owned_texts_.emplace_back(std::string(text)); }
  std::uint32_t add_file(SourceFile file);

 private:
  friend struct RegisterCacheCodec;  // reads and writes the storage in bulk
  const RegisterSchema* schema_;
  std::vector<Column> columns_;
  std::vector<bool> loaded_;
  std::vector<RowSource> sources_;
  std::vector<SourceFile> files_;
  std::deque<Text> owned_texts_;
};

// The registers of one audit, by name; absent registers are not there.
class Dataset {
 public:
  void add(Table table);
  // A table another dataset owns, which must outlive this one: a view of
  // the registers read so far, for evaluation to begin while the others
  // are read. Tables never move once added.
  void add_view(const Table& table);
  // The tables this dataset owns, moved to `to` (they do not move in
  // memory: views of them stay valid); says how many.
  std::size_t move_tables_to(Dataset* to);
  const Table* find(std::string_view name) const;
  bool has(std::string_view name) const { return find(name) != nullptr; }
  std::vector<const Table*> tables() const;

 private:
  std::unordered_map<std::string, std::unique_ptr<Table>> owned_;
  std::unordered_map<std::string, const Table*> tables_;
};

// Most text columns repeat a few values (codes, genders, positions), often
// in runs (a register sorted by agency): the previous cell, then a small
// cache per column, find them without touching the process-wide text pool.
// A column of mostly distinct values (person ids, names) is not interned at
// all: its texts belong to the table (equality still holds, by normalized
// form). Such a column shows itself in its first cells: when most of them
// are new, the rest go straight to the table.
class ColumnTextCache {
 public:
  // With `normalize_distinct`, each text of a column of distinct values
  // has its normalized form made as it is added (see find_or_make).
  explicit ColumnTextCache(Table* table = nullptr, bool normalize_distinct = false)
      : table_(table), normalize_distinct_(normalize_distinct) {}

  TextPtr get(std::string_view text) {
    ++cells_;
    if (previous_ && previous_->original == text) return previous_;
    if (distinct_) return previous_ = find_or_make(text);
    // The texts met lately, by a hash of a few bytes: a column of codes or
    // topics finds its value with one comparison (the map's full hash and
    // bucket walk were a fifth of storing a register's cells).
    TextPtr& recent = recent_[recent_slot(text)];
    if (recent && recent->original == text) return previous_ = recent;
    previous_ = find_or_make(text);
    recent = previous_;
    return previous_;
  }

 private:
  static constexpr std::size_t kRecent = 64;  // a power of two
  static std::size_t recent_slot(std::string_view text) {
    return sampled_hash(text) & (kRecent - 1);
  }
  TextPtr find_or_make(std::string_view text);

  static constexpr std::size_t kLimit = 65536;  // distinct values interned at most
  static constexpr std::size_t kSample = 4096;  // cells seen before judging
  Table* table_;
  bool normalize_distinct_;
  TextPtr previous_ = nullptr;
  bool distinct_ = false;
  std::size_t cells_ = 0;
  std::unordered_map<std::string_view, TextPtr> cache_;
  TextPtr recent_[kRecent] = {};
};

}  // namespace genaudit
