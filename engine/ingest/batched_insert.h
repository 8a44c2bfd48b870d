// A register's rows inserted into its table several to a statement.
//
// SQLite does some work once per statement run, whatever the rows: opening
// the table's cursor and finding its last rowid, the statement's start and
// its halt, the bindings' reset. With one row per statement that was a fifth
// of the importing thread, the import's critical path, at national size; an
// `INSERT ... VALUES (...), (...), ...` of up to kMostRowsPerStatement rows
// pays it once for all of them (64 rows: the import 20% faster; 256 a little
// more). The rows left at the end go one by one.
//
// The rows of one statement get consecutive rowids: a table without an
// INTEGER PRIMARY KEY gives a new row the largest rowid plus one, unless the
// largest is the largest possible. That is never near when this is used:
// batches are only used while the rowids stay far below it (see the .cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "adapters/registers/register_row.h"
#include "engine/core/register_catalogue.h"

namespace genaudit {

class BatchedInsert {
 public:
  // Called once per row, in the order added, after the statement that
  // inserted it: the row (which it may swap out) and its rowid.
  using Inserted = std::function<void(RegisterRow* row, std::int64_t rowid)>;

  // Inserts into `schema`'s table its fields in order, then `file` and
  // `sheet` (the same for every row; both outlive this object) and the
  // row's number. `after_rowid` is the table's largest rowid (0 when
  // empty): the rows' rowids follow it.
  BatchedInsert(SQLite::Database& db, const RegisterSchema& schema, const std::string& file,
                const std::string& sheet, std::int64_t after_rowid, Inserted inserted);
  ~BatchedInsert();
  BatchedInsert(const BatchedInsert&) = delete;
  BatchedInsert& operator=(const BatchedInsert&) = delete;

  // Takes `*row` (which gets back an emptied row to read into) and inserts
  // it with the rows before it once a statement's worth is held. Throws
  // SQLite's error as SQLite::Exception; then nothing more is inserted.
  void add(RegisterRow* row);

  // Inserts the rows held.
  void flush();

  // Fewer when a statement may not have that many parameters.
  static constexpr std::size_t kMostRowsPerStatement = 256;

 private:
  // The first of slot `slot`'s parameters in a statement of several rows.
  int first_parameter(std::size_t slot) const;
  void bind(SQLite::Statement& statement, std::size_t slot, int first_parameter);
  // Gives the first `rows` rows held to `inserted_`; the last was inserted
  // as `last_rowid`, the others just before it.
  void hand_back(std::size_t rows, std::int64_t last_rowid);

  SQLite::Database& db_;
  std::size_t fields_;
  Inserted inserted_;
  std::size_t batch_rows_;  // rows per statement; 1: one by one
  SQLite::Statement one_;
  SQLite::Statement many_;
  std::vector<RegisterRow> held_;
  std::size_t count_ = 0;
  // The dates' ISO texts bound, by slot and field (bound without copying).
  std::vector<std::string> date_texts_;
  class IsoDates;
  std::vector<IsoDates> iso_dates_;  // by field
};

}  // namespace genaudit
