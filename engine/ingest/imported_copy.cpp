// The importer's copy of a register; see imported_copy.h.
#include "engine/ingest/imported_copy.h"

#include <type_traits>
#include <utility>

#include "engine/store/register_cache.h"

namespace genaudit {

void push_cell(const FieldSchema& field, const Cell& cell, Column& column, ColumnTextCache& texts) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, NoValue>) {
          column.push_missing();  // bound as NULL
        } else {
          switch (field.type) {
            case FieldType::kBool:
            case FieldType::kInteger:
            case FieldType::kNumber:
            case FieldType::kDate: break;
            default:
              // Text and codes: the importer binds text only.
              if constexpr (std::is_same_v<T, std::string>) column.push_text(texts.get(v));
              return;
          }
          if constexpr (std::is_same_v<T, bool>) {
            column.push_bool(v);
          } else if constexpr (std::is_same_v<T, long long>) {
            if (field.type == FieldType::kBool) {
              column.push_bool(v != 0);
            } else {
              column.push_number(static_cast<double>(v));
            }
          } else if constexpr (std::is_same_v<T, double>) {
            // SQLite keeps a REAL that is a whole number as an integer on
            // disk: -0.0 comes back as 0.
            column.push_number(v == 0 ? 0.0 : v);
          } else if constexpr (std::is_same_v<T, Date>) {
            column.push_date(v);
          } else {
            column.push_missing();  // not a value of this field's type: never bound so
          }
        }
      },
      cell);
}

ImportedCopy::ImportedCopy(const RegisterSchema& schema, std::vector<std::size_t> fields,
                           const std::string& file, const std::string& sheet)
    : fields_(std::move(fields)), table_(schema) {
  for (std::size_t f = 0; f < schema.fields.size(); ++f) table_.set_loaded(f, false);
  for (std::size_t f : fields_) table_.set_loaded(f, true);
  texts_.assign(schema.fields.size(), ColumnTextCache(&table_));
  file_ = table_.add_file({file, sheet});
}

void ImportedCopy::add(long row, const std::vector<Cell>& cells) {
  const RegisterSchema& schema = table_.schema();
  for (std::size_t f : fields_) push_cell(schema.fields[f], cells[f], table_.column(f), texts_[f]);
  table_.add_source({file_, static_cast<std::uint32_t>(row)});
}

std::string ImportedCopy::encoded() const { return RegisterCache::encode(table_, fields_); }

void ImportedCopy::write(SQLite::Database& db, const std::string& encoded) const {
  RegisterCache::write_encoded(db, table_.schema(), fields_, encoded);
}

}  // namespace genaudit
