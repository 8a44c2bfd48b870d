// Reading a register on a second thread: the same rows and problems, in the
// same order, as reading it directly; a bounded distance ahead; stopping
// early ends the thread.
#include "adapters/registers/read_ahead.h"

#include <gtest/gtest.h>

#include "tests/adapters/register_reads.h"

namespace genaudit {
namespace {

// A statistics register of `rows` data rows; every 97th row has a value
// that is not a number. With `unterminated`, the file ends in an open quote.
std::string statistics_csv(int rows, bool unterminated) {
  std::string csv = "Mã chỉ tiêu;Năm;Giá trị;Ngày báo cáo\n";
  for (int i = 0; i < rows; ++i) {
    csv += "O4.T1;" + std::to_string(2000 + i % 30) + ";";
    csv += i % 97 == 5 ? "abc" + std::to_string(i) : std::to_string(i) + ",5";
    csv += ";5/1/2026\n";
  }
  if (unterminated) csv += "O4.T1;2025;\"1,5;5/1/2026\n";
  return csv;
}

using testing::expect_same_read;
using testing::Read;
using testing::read_everything;

std::unique_ptr<RegisterReader> open(const std::string& csv) {
  InputErrors errors;
  auto reader = RegisterReader::from_string(*find_register("statistics"), csv, "stats.csv", &errors);
  EXPECT_TRUE(errors.empty());
  return reader;
}

void expect_same_reading(int rows, bool unterminated) {
  const std::string csv = statistics_csv(rows, unterminated);
  auto direct_reader = open(csv);
  auto ahead_reader = open(csv);
  ASSERT_TRUE(direct_reader && ahead_reader);
  const Read direct = read_everything(*direct_reader);
  ReadAhead ahead(*ahead_reader);
  expect_same_read(read_everything(ahead), direct);
}

TEST(ReadAhead, HandsOutTheRowsAndProblemsOfTheReaderInOrder) {
  // More rows than the queue holds, and a last batch that is not full.
  const int rows = static_cast<int>(ReadAhead::kBatchRows * (ReadAhead::kQueuedBatches + 3) + 7);
  expect_same_reading(rows, false);
}

TEST(ReadAhead, AnErrorThatStopsReadingComesAfterTheLastRow) {
  const std::string csv = statistics_csv(1000, true);
  auto reader = open(csv);
  ASSERT_TRUE(reader);
  ReadAhead ahead(*reader);
  const Read read = read_everything(ahead);
  EXPECT_EQ(read.rows.size(), 1000u);
  ASSERT_EQ(read.final_errors.size(), 1u);
  EXPECT_EQ(read.final_errors[0].kind, InputErrorKind::kMalformedCsv);
  EXPECT_EQ(read.final_errors[0].row, 1002);
  EXPECT_EQ(read.final_errors[0].expected, "closing \"");
  expect_same_reading(1000, true);
}

TEST(ReadAhead, EmptyRegisterEndsAtOnce) { expect_same_reading(0, false); }

TEST(ReadAhead, ExactlyFullBatches) {
  expect_same_reading(static_cast<int>(ReadAhead::kBatchRows * 2), false);
}

TEST(ReadAhead, ReadsABoundedDistanceAheadAndStopsWhenTheCallerDoes) {
  auto reader = open(statistics_csv(50000, false));
  ASSERT_TRUE(reader);
  RegisterRow row;
  InputErrors errors;
  {
    ReadAhead ahead(*reader);
    ASSERT_TRUE(ahead.next(&row, &errors));
    EXPECT_EQ(row.row, 2);
  }  // the caller stops: the thread ends, the reader is free again
  ASSERT_TRUE(reader->next(&row, &errors));
  // Rows ahead: the queued batches, the one being filled, the one handed out.
  const long most_ahead = static_cast<long>(ReadAhead::kBatchRows * (ReadAhead::kQueuedBatches + 2));
  EXPECT_GT(row.row, 2);
  EXPECT_LE(row.row, 2 + most_ahead + 1);
}

}  // namespace
}  // namespace genaudit
