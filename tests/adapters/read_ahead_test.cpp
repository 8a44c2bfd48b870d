// Reading a register on a second thread: the same rows and problems, in the
// same order, as reading it directly; a bounded distance ahead; stopping
// early ends the thread.
#include "adapters/registers/read_ahead.h"

#include <gtest/gtest.h>

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

struct Read {
  std::vector<RegisterRow> rows;
  std::vector<InputErrors> problems;  // per row
  InputErrors final_errors;
};

template <typename Source>
Read read_everything(Source& source) {
  Read read;
  RegisterRow row;
  InputErrors errors;
  while (source.next(&row, &errors)) {
    read.rows.push_back(row);
    read.problems.push_back(errors);
    errors.clear();
  }
  read.final_errors = errors;
  return read;
}

bool same_cells(const std::vector<Cell>& a, const std::vector<Cell>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].index() != b[i].index()) return false;
    const bool equal = std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, NoValue>) {
            return true;
          } else {
            return value == std::get<T>(b[i]);
          }
        },
        a[i]);
    if (!equal) return false;
  }
  return true;
}

void expect_same_errors(const InputErrors& a, const InputErrors& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].kind, b[i].kind);
    EXPECT_EQ(a[i].file, b[i].file);
    EXPECT_EQ(a[i].row, b[i].row);
    EXPECT_EQ(a[i].column, b[i].column);
    EXPECT_EQ(a[i].value, b[i].value);
    EXPECT_EQ(a[i].expected, b[i].expected);
  }
}

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
  const Read through = read_everything(ahead);

  ASSERT_EQ(through.rows.size(), direct.rows.size());
  for (std::size_t i = 0; i < direct.rows.size(); ++i) {
    EXPECT_EQ(through.rows[i].row, direct.rows[i].row) << i;
    EXPECT_EQ(through.rows[i].valid, direct.rows[i].valid) << i;
    EXPECT_TRUE(same_cells(through.rows[i].cells, direct.rows[i].cells)) << i;
    expect_same_errors(through.problems[i], direct.problems[i]);
  }
  expect_same_errors(through.final_errors, direct.final_errors);
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
