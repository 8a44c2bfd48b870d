// Where the importer puts the problems it finds in rows. Strict (the
// default), they are the errors shown to the user: the first `limit` kept,
// the rest counted, and the register is rejected. Lenient, every problem is
// kept in a temporary table by row — on disk past SQLite's page cache, so
// memory does not grow with the file — so that the rows can be left out and
// handed back for the user to fix.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "adapters/input_error.h"

namespace genaudit {

// Keeps the first `limit` errors of `errors` and counts them all in `count`.
class ErrorSink {
 public:
  ErrorSink(InputErrors& errors, std::size_t& count, std::size_t limit)
      : errors_(errors), count_(count), limit_(limit) {}
  void add(InputError e) {
    ++count_;
    if (errors_.size() < limit_) errors_.push_back(std::move(e));
  }
  void add_all(InputErrors& errors) {
    for (InputError& e : errors) add(std::move(e));
    errors.clear();
  }

 private:
  InputErrors& errors_;
  std::size_t& count_;
  std::size_t limit_;
};

class RowProblems {
 public:
  // Strict when `lenient` is false: problems go to `strict_sink`.
  RowProblems(SQLite::Database& db, ErrorSink& strict_sink, bool lenient);

  bool lenient() const { return lenient_; }
  void add(InputError e);
  void add_all(InputErrors& errors) {
    for (InputError& e : errors) add(std::move(e));
    errors.clear();
  }
  // Problems added since construction (strict or lenient).
  std::size_t count() const { return count_; }

  // Lenient: deletes from `table` (a quoted name) the rows that have a
  // problem, among those of rowid greater than `after_rowid`; returns how
  // many it deleted.
  long remove_rejected_rows(const std::string& table, long after_rowid);
  // Lenient: how many of the rows remove_rejected_rows() would delete have
  // each value of `column` (a quoted name; NULL counted as ""), by value.
  std::vector<std::pair<std::string, long>> rejected_by(const std::string& table,
                                                        const std::string& column,
                                                        long after_rowid);
  // Lenient: how many rows have a problem.
  long rejected_rows();
  // Lenient: every row with a problem, in row order, with all its problems
  // in the order found; `file` and `sheet` complete them.
  void for_each_rejected(const std::string& file, const std::string& sheet,
                         const std::function<void(long row, const InputErrors&)>& visit);

 private:
  SQLite::Database& db_;
  ErrorSink& strict_sink_;
  bool lenient_;
  std::size_t count_ = 0;
  std::optional<SQLite::Statement> insert_;
};

}  // namespace genaudit
