#include "engine/ingest/batched_insert.h"

#include <algorithm>
#include <limits>
#include <type_traits>
#include <utility>
#include <variant>

#include <sqlite3.h>

#include "engine/store/audit_store.h"

namespace genaudit {

// The ISO texts ("2025-03-01") of the dates one field met lately, by day:
// a date is stored as its text, and formatting ten million of them was a
// tenth of the inserting thread at national size. A text handed out stays
// as it is until the next call.
class BatchedInsert::IsoDates {
 public:
  const std::string& of(Date date) {
    if (slots_.empty()) slots_.resize(kSlots);  // a field of dates
    Slot& slot = slots_[static_cast<std::uint32_t>(date.days()) % kSlots];
    if (!slot.known || slot.days != date.days()) {
      slot.text = date.iso();
      slot.days = date.days();
      slot.known = true;
    }
    return slot.text;
  }

 private:
  static constexpr std::size_t kSlots = 1024;
  struct Slot {
    bool known = false;
    std::int32_t days = 0;
    std::string text;
  };
  std::vector<Slot> slots_;
};

namespace {

std::string insert_sql(const RegisterSchema& schema, std::size_t rows) {
  std::string sql = "INSERT INTO " + AuditStore::quoted(schema.name) + " (";
  std::string marks = "(";
  for (const FieldSchema& f : schema.fields) {
    sql += AuditStore::quoted(f.name) + ", ";
    marks += "?, ";
  }
  sql += "_file, _sheet, _row) VALUES ";
  marks += "?, ?, ?)";
  for (std::size_t r = 0; r < rows; ++r) sql += (r == 0 ? "" : ", ") + marks;
  return sql;
}

// Rowids this far below the largest leave room for any import: a new row's
// rowid is then always the largest so far plus one.
constexpr std::int64_t kBatchedRowidsBelow = std::numeric_limits<std::int64_t>::max() / 2;

std::size_t rows_per_statement(SQLite::Database& db, std::size_t fields, std::int64_t after_rowid) {
  if (after_rowid < 0 || after_rowid >= kBatchedRowidsBelow) return 1;
  const int parameters = sqlite3_limit(db.getHandle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
  const std::size_t fit = parameters > 0 ? static_cast<std::size_t>(parameters) / (fields + 3) : 1;
  return std::max<std::size_t>(1, std::min(fit, BatchedInsert::kMostRowsPerStatement));
}

}  // namespace

BatchedInsert::BatchedInsert(SQLite::Database& db, const RegisterSchema& schema, const std::string& file,
                             const std::string& sheet, std::int64_t after_rowid, Inserted inserted)
    : db_(db),
      fields_(schema.fields.size()),
      inserted_(std::move(inserted)),
      batch_rows_(rows_per_statement(db, fields_, after_rowid)),
      one_(db, insert_sql(schema, 1)),
      many_(db, insert_sql(schema, batch_rows_)),
      held_(batch_rows_),
      date_texts_(batch_rows_ * fields_),
      iso_dates_(fields_) {
  // The same for every row, and kept by reset(): bound once.
  for (std::size_t slot = 0; slot < batch_rows_; ++slot) {
    const int first = first_parameter(slot);
    many_.bindNoCopy(first + static_cast<int>(fields_), file);
    many_.bindNoCopy(first + static_cast<int>(fields_) + 1, sheet);
  }
  one_.bindNoCopy(static_cast<int>(fields_) + 1, file);
  one_.bindNoCopy(static_cast<int>(fields_) + 2, sheet);
}

BatchedInsert::~BatchedInsert() = default;

// A statement of one row (batch_rows_ == 1) goes the same way: its rowid is
// then exactly the last one inserted.
void BatchedInsert::add(RegisterRow* row) {
  std::swap(held_[count_], *row);
  if (++count_ < batch_rows_) return;
  for (std::size_t slot = 0; slot < count_; ++slot) bind(many_, slot, first_parameter(slot));
  count_ = 0;  // whatever happens: a failed statement inserted none of them
  many_.exec();
  many_.reset();
  hand_back(batch_rows_, db_.getLastInsertRowid());
}

void BatchedInsert::flush() {
  const std::size_t rows = count_;
  count_ = 0;
  for (std::size_t slot = 0; slot < rows; ++slot) {
    bind(one_, slot, 1);
    one_.exec();
    one_.reset();
    inserted_(&held_[slot], db_.getLastInsertRowid());
  }
}

int BatchedInsert::first_parameter(std::size_t slot) const {
  return static_cast<int>(slot * (fields_ + 3)) + 1;
}

void BatchedInsert::hand_back(std::size_t rows, std::int64_t last_rowid) {
  const std::int64_t first_rowid = last_rowid - static_cast<std::int64_t>(rows) + 1;
  for (std::size_t slot = 0; slot < rows; ++slot) {
    inserted_(&held_[slot], first_rowid + static_cast<std::int64_t>(slot));
  }
}

// Texts and dates are bound without copying: the held row and the slot's
// date texts stay as they are until the statement has run.
void BatchedInsert::bind(SQLite::Statement& statement, std::size_t slot, int first_parameter) {
  const RegisterRow& row = held_[slot];
  for (std::size_t f = 0; f < fields_; ++f) {
    const int index = first_parameter + static_cast<int>(f);
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, NoValue>) {
            statement.bind(index);
          } else if constexpr (std::is_same_v<T, std::string>) {
            statement.bindNoCopy(index, v);
          } else if constexpr (std::is_same_v<T, double>) {
            statement.bind(index, v);
          } else if constexpr (std::is_same_v<T, long long>) {
            statement.bind(index, static_cast<int64_t>(v));
          } else if constexpr (std::is_same_v<T, bool>) {
            statement.bind(index, v ? 1 : 0);
          } else {
            std::string& text = date_texts_[slot * fields_ + f];
            text.assign(iso_dates_[f].of(v));
            statement.bindNoCopy(index, text);
          }
        },
        row.cells[f]);
  }
  statement.bind(first_parameter + static_cast<int>(fields_) + 2, static_cast<int64_t>(row.row));
}

}  // namespace genaudit
