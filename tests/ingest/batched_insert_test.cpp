// Rows inserted several to a statement: every row stored once, in order,
// with the cells, file, sheet and row number it was given; the callback
// learns each row's true rowid (checked against the table), in batches, in
// the rows left at the end, after rows already stored and near the largest
// rowid (one by one there); dates that share a slot of the texts' cache in
// one statement keep their own texts; a failing statement throws.
#include "engine/ingest/batched_insert.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

namespace genaudit {
namespace {

RegisterSchema schema() {
  RegisterSchema s;
  s.name = "things";
  for (const char* name : {"code", "when", "amount", "count", "flag"}) {
    FieldSchema f;
    f.name = name;
    s.fields.push_back(f);
  }
  return s;
}

// A row whose cells say which row it is; every fifth has no amount.
RegisterRow row_numbered(long n) {
  RegisterRow row;
  row.row = n + 1;
  row.cells = {Cell(std::string("T") + std::to_string(n)),
               // 1024 days apart from one row to the next: every date of a
               // statement falls in the same slot of the ISO texts' cache.
               Cell(Date::from_days(static_cast<std::int32_t>(20000 + 1024 * (n % 7)))),
               n % 5 == 0 ? Cell(NoValue{}) : Cell(n * 0.5), Cell(static_cast<long long>(n)), Cell(n % 2 == 0)};
  return row;
}

struct Stored {
  std::int64_t rowid;
  std::string code, when, file, sheet;
  bool amount_null;
  double amount;
  long long count, flag, row;
};

std::vector<Stored> stored(SQLite::Database& db) {
  std::vector<Stored> out;
  SQLite::Statement q(db,
                      "SELECT rowid, code, \"when\", amount IS NULL, coalesce(amount, 0), count, flag, "
                      "_file, _sheet, _row FROM things ORDER BY rowid");
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(7).getString(), q.getColumn(8).getString(), q.getColumn(3).getInt() != 0,
                   q.getColumn(4).getDouble(), q.getColumn(5).getInt64(), q.getColumn(6).getInt64(),
                   q.getColumn(9).getInt64()});
  }
  return out;
}

class BatchedInsertTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.exec(
        "CREATE TABLE things (code TEXT, \"when\" TEXT, amount REAL, count INTEGER, flag INTEGER, "
        "_file TEXT NOT NULL, _sheet TEXT NOT NULL, _row INTEGER NOT NULL)");
  }

  // Inserts rows first..last through a BatchedInsert; returns the rowids
  // its callback was given, by row, and checks the rows were handed back.
  std::vector<std::int64_t> insert_rows(long first, long last, std::int64_t after_rowid) {
    std::vector<std::int64_t> rowids;
    long expected = first;
    BatchedInsert insert(db_, schema_, file_, sheet_, after_rowid, [&](RegisterRow* row, std::int64_t rowid) {
      EXPECT_EQ(row->row, expected + 1) << "rows come back in the order added";
      ++expected;
      rowids.push_back(rowid);
      *row = RegisterRow{};  // the callback may take the row (as the hand-off swaps it)
    });
    RegisterRow row;
    for (long n = first; n <= last; ++n) {
      row = row_numbered(n);
      insert.add(&row);
    }
    insert.flush();
    EXPECT_EQ(expected, last + 1) << "every row reported once";
    return rowids;
  }

  void expect_stored_as_given(long first, long last, const std::vector<std::int64_t>& rowids,
                              std::size_t skip = 0) {
    const std::vector<Stored> rows = stored(db_);
    ASSERT_EQ(rows.size(), skip + static_cast<std::size_t>(last - first + 1));
    for (long n = first; n <= last; ++n) {
      const Stored& s = rows[skip + static_cast<std::size_t>(n - first)];
      const RegisterRow given = row_numbered(n);
      ASSERT_EQ(s.rowid, rowids[static_cast<std::size_t>(n - first)]) << "row " << n;
      EXPECT_EQ(s.code, "T" + std::to_string(n));
      EXPECT_EQ(s.when, std::get<Date>(given.cells[1]).iso()) << "row " << n;
      EXPECT_EQ(s.amount_null, n % 5 == 0);
      if (n % 5 != 0) {
        EXPECT_EQ(s.amount, n * 0.5);
      }
      EXPECT_EQ(s.count, n);
      EXPECT_EQ(s.flag, n % 2 == 0 ? 1 : 0);
      EXPECT_EQ(s.file, file_);
      EXPECT_EQ(s.sheet, sheet_);
      EXPECT_EQ(s.row, n + 1);
    }
  }

  SQLite::Database db_{":memory:", SQLite::OPEN_READWRITE};
  RegisterSchema schema_ = schema();
  std::string file_ = "things.xlsx";
  std::string sheet_ = "Sheet 1";
};

TEST_F(BatchedInsertTest, FullStatementsAndTheRowsLeftAreStoredInOrderWithTheirRowids) {
  const long rows = static_cast<long>(BatchedInsert::kMostRowsPerStatement) * 3 + 17;
  const std::vector<std::int64_t> rowids = insert_rows(0, rows - 1, 0);
  for (long n = 0; n < rows; ++n) ASSERT_EQ(rowids[static_cast<std::size_t>(n)], n + 1);
  expect_stored_as_given(0, rows - 1, rowids);
}

TEST_F(BatchedInsertTest, FewerRowsThanAStatementGoOneByOne) {
  const std::vector<std::int64_t> rowids = insert_rows(0, 4, 0);
  expect_stored_as_given(0, 4, rowids);
  EXPECT_TRUE(insert_rows(5, 4, 5).empty()) << "no rows, no statement";
}

TEST_F(BatchedInsertTest, RowsAddedAfterStoredOnesFollowTheLargestRowid) {
  db_.exec("INSERT INTO things (rowid, code, _file, _sheet, _row) VALUES (7000, 'old', 'f', '', 2)");
  const long rows = static_cast<long>(BatchedInsert::kMostRowsPerStatement) + 3;
  const std::vector<std::int64_t> rowids = insert_rows(0, rows - 1, 7000);
  EXPECT_EQ(rowids.front(), 7001);
  expect_stored_as_given(0, rows - 1, rowids, 1);
}

TEST_F(BatchedInsertTest, NearTheLargestRowidRowsGoOneByOneWithTheirTrueRowids) {
  // SQLite picks a free rowid at random once the largest is taken: a
  // statement's rows would not be consecutive there.
  const std::int64_t largest = std::numeric_limits<std::int64_t>::max() - 2;
  SQLite::Statement old(db_, "INSERT INTO things (rowid, code, _file, _sheet, _row) VALUES (?, 'old', 'f', '', 2)");
  old.bind(1, largest);
  old.exec();
  const long rows = static_cast<long>(BatchedInsert::kMostRowsPerStatement) + 5;
  const std::vector<std::int64_t> rowids = insert_rows(0, rows - 1, largest);
  EXPECT_EQ(rowids[0], largest + 1);
  EXPECT_EQ(rowids[1], largest + 2);
  std::vector<Stored> all = stored(db_);
  ASSERT_EQ(all.size(), static_cast<std::size_t>(rows) + 1);
  // Stored in rowid order, not insertion order: match each by its rowid.
  for (long n = 0; n < rows; ++n) {
    SQLite::Statement q(db_, "SELECT code, _row FROM things WHERE rowid = ?");
    q.bind(1, rowids[static_cast<std::size_t>(n)]);
    ASSERT_TRUE(q.executeStep()) << "row " << n;
    EXPECT_EQ(q.getColumn(0).getString(), "T" + std::to_string(n));
    EXPECT_EQ(q.getColumn(1).getInt64(), n + 1);
  }
}

TEST_F(BatchedInsertTest, AFailingStatementThrowsAndReportsNoneOfItsRows) {
  db_.exec("CREATE TRIGGER no_t300 BEFORE INSERT ON things WHEN NEW.code = 'T300' "
           "BEGIN SELECT RAISE(ABORT, 'refused'); END");
  std::vector<std::int64_t> rowids;
  BatchedInsert insert(db_, schema_, file_, sheet_, 0,
                       [&](RegisterRow*, std::int64_t rowid) { rowids.push_back(rowid); });
  RegisterRow row;
  bool thrown = false;
  for (long n = 0; n < 1000 && !thrown; ++n) {
    row = row_numbered(n);
    try {
      insert.add(&row);
    } catch (const SQLite::Exception&) {
      thrown = true;
    }
  }
  ASSERT_TRUE(thrown);
  // The statements before the one holding T300 went in whole; that one not.
  const std::size_t batch = BatchedInsert::kMostRowsPerStatement;
  EXPECT_EQ(rowids.size(), (300 / batch) * batch);
  EXPECT_EQ(stored(db_).size(), rowids.size());
}

}  // namespace
}  // namespace genaudit
