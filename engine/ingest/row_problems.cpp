#include "engine/ingest/row_problems.h"

namespace genaudit {

RowProblems::RowProblems(SQLite::Database& db, ErrorSink& strict_sink, bool lenient)
    : db_(db), strict_sink_(strict_sink), lenient_(lenient) {
  if (!lenient_) return;
  // TEMP: private to this connection, never in the audit database's file.
  db_.exec(
      "CREATE TEMP TABLE IF NOT EXISTS import_problems ("
      " seq INTEGER PRIMARY KEY, row INTEGER NOT NULL, kind INTEGER NOT NULL,"
      " column_name TEXT NOT NULL, value TEXT NOT NULL, expected TEXT NOT NULL,"
      " subject TEXT NOT NULL, other_row TEXT NOT NULL)");
  db_.exec("CREATE INDEX IF NOT EXISTS temp.import_problems_by_row ON import_problems (row)");
  db_.exec("DELETE FROM temp.import_problems");
  insert_.emplace(db_,
                  "INSERT INTO temp.import_problems (row, kind, column_name, value, expected,"
                  " subject, other_row) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

void RowProblems::add(InputError e) {
  ++count_;
  if (!lenient_) {
    strict_sink_.add(std::move(e));
    return;
  }
  insert_->bind(1, static_cast<int64_t>(e.row));
  insert_->bind(2, static_cast<int>(e.kind));
  insert_->bind(3, e.column);
  insert_->bind(4, e.value);
  insert_->bind(5, e.expected);
  insert_->bind(6, e.subject);
  insert_->bind(7, e.other_row);
  insert_->exec();
  insert_->reset();
}

long RowProblems::remove_rejected_rows(const std::string& table, long after_rowid) {
  SQLite::Statement remove(db_, "DELETE FROM " + table +
                                    " WHERE rowid > ? AND _row IN (SELECT row FROM "
                                    "temp.import_problems)");
  remove.bind(1, static_cast<int64_t>(after_rowid));
  return remove.exec();
}

std::vector<std::pair<std::string, long>> RowProblems::rejected_by(const std::string& table,
                                                                  const std::string& column,
                                                                  long after_rowid) {
  SQLite::Statement q(db_, "SELECT coalesce(" + column + ", ''), count(*) FROM " + table +
                               " WHERE rowid > ? AND _row IN (SELECT row FROM "
                               "temp.import_problems) GROUP BY 1 ORDER BY 1");
  q.bind(1, static_cast<int64_t>(after_rowid));
  std::vector<std::pair<std::string, long>> out;
  while (q.executeStep()) {
    out.emplace_back(q.getColumn(0).getString(), static_cast<long>(q.getColumn(1).getInt64()));
  }
  return out;
}

long RowProblems::rejected_rows() {
  if (!lenient_) return 0;
  SQLite::Statement q(db_, "SELECT count(DISTINCT row) FROM temp.import_problems");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void RowProblems::for_each_rejected(
    const std::string& file, const std::string& sheet,
    const std::function<void(long row, const InputErrors&)>& visit) {
  if (!lenient_) return;
  SQLite::Statement q(db_,
                      "SELECT row, kind, column_name, value, expected, subject, other_row"
                      " FROM temp.import_problems ORDER BY row, seq");
  InputErrors errors;  // those of one row: bounded by its cells
  long current = 0;
  while (q.executeStep()) {
    const long row = static_cast<long>(q.getColumn(0).getInt64());
    if (row != current && !errors.empty()) {
      visit(current, errors);
      errors.clear();
    }
    current = row;
    InputError e{};
    e.kind = static_cast<InputErrorKind>(q.getColumn(1).getInt());
    e.file = file;
    e.sheet = sheet;
    e.row = row;
    e.column = q.getColumn(2).getString();
    e.value = q.getColumn(3).getString();
    e.expected = q.getColumn(4).getString();
    e.subject = q.getColumn(5).getString();
    e.other_row = q.getColumn(6).getString();
    errors.push_back(std::move(e));
  }
  if (!errors.empty()) visit(current, errors);
}

}  // namespace genaudit
