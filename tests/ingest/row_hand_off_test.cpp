// The importer's rows handed to a thread aside: every row worked on, once,
// in order, with its rowid and its cells as handed off; a failure of the
// work comes back to the importing thread; an import that fails first
// abandons the rest without waiting for it.
#include "engine/ingest/row_hand_off.h"

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace genaudit {
namespace {

RegisterRow row_numbered(long n) {
  RegisterRow row;
  row.row = n;
  row.cells = {Cell(std::string("person ") + std::to_string(n)), Cell(static_cast<double>(n))};
  return row;
}

TEST(RowHandOff, WorksOnEveryRowOnceInOrderWithItsRowid) {
  // Several full batches, more than the queue holds, and a last one not full.
  const long rows = static_cast<long>(RowHandOff::kBatchRows * (RowHandOff::kQueuedBatches + 3) + 11);
  std::vector<long> seen;
  std::vector<std::int64_t> rowids;
  bool cells_as_handed = true;
  RowHandOff aside([&](const RegisterRow& row, std::int64_t rowid) {
    seen.push_back(row.row);
    rowids.push_back(rowid);
    cells_as_handed = cells_as_handed && row.cells.size() == 2 &&
                      std::get<std::string>(row.cells[0]) == "person " + std::to_string(row.row) &&
                      std::get<double>(row.cells[1]) == static_cast<double>(row.row);
  });
  RegisterRow row;
  for (long n = 1; n <= rows; ++n) {
    // The row given back is one worked on earlier (or empty): overwritten.
    row = row_numbered(n);
    aside.add(&row, 1000 + n);
  }
  aside.finish();
  ASSERT_EQ(seen.size(), static_cast<std::size_t>(rows));
  for (long n = 1; n <= rows; ++n) {
    ASSERT_EQ(seen[n - 1], n);
    ASSERT_EQ(rowids[n - 1], 1000 + n);
  }
  EXPECT_TRUE(cells_as_handed);
}

TEST(RowHandOff, NoRowsNoWork) {
  int calls = 0;
  RowHandOff aside([&](const RegisterRow&, std::int64_t) { ++calls; });
  aside.finish();
  aside.finish();  // a second call does nothing
  EXPECT_EQ(calls, 0);
}

TEST(RowHandOff, AFailureOfTheWorkIsThrownToTheImportingThread) {
  RowHandOff aside([&](const RegisterRow& row, std::int64_t) {
    if (row.row == 3) throw std::runtime_error("out of memory, say");
  });
  auto hand_off_all = [&] {
    RegisterRow row;
    // Enough rows that the queue would fill if the worker had not stopped.
    for (long n = 1; n <= static_cast<long>(RowHandOff::kBatchRows * (RowHandOff::kQueuedBatches + 2));
         ++n) {
      row = row_numbered(n);
      aside.add(&row, n);
    }
    aside.finish();
  };
  EXPECT_THROW(hand_off_all(), std::runtime_error);
}

TEST(RowHandOff, AFailureInTheLastBatchIsThrownByFinish) {
  RowHandOff aside([&](const RegisterRow& row, std::int64_t) {
    if (row.row == 2) throw std::runtime_error("out of memory, say");
  });
  RegisterRow row = row_numbered(1);
  aside.add(&row, 1);
  row = row_numbered(2);
  aside.add(&row, 2);
  EXPECT_THROW(aside.finish(), std::runtime_error);
}

TEST(RowHandOff, AnImportThatFailsAbandonsTheRowsLeft) {
  // Without finish(), the destructor stops the worker and waits for it (a
  // hang fails the test by its timeout): the worker ends the batch in hand,
  // and the rows of the batch not yet full are never worked on.
  const long full_batches = 2;
  const long rows = static_cast<long>(RowHandOff::kBatchRows) * full_batches + 5;
  std::atomic<long> worked{0};
  {
    RowHandOff aside([&](const RegisterRow&, std::int64_t) { ++worked; });
    RegisterRow row;
    for (long n = 1; n <= rows; ++n) {
      row = row_numbered(n);
      aside.add(&row, n);
    }
  }
  EXPECT_EQ(worked.load() % static_cast<long>(RowHandOff::kBatchRows), 0);
  EXPECT_LE(worked.load(), static_cast<long>(RowHandOff::kBatchRows) * full_batches);
}

}  // namespace
}  // namespace genaudit
