// The CSV reader's limits (CsvLimits): a field or a row over a limit stops
// reading with kCsvLimitExceeded at the row where its record started, the
// same wherever the chunks fall.
#include <gtest/gtest.h>

#include <string>

#include "adapters/csv/csv_reader.h"

namespace genaudit {
namespace {

std::optional<InputError> read_to_end(const std::string& text, const CsvLimits& limits,
                                      std::size_t chunk = CsvReader::kDefaultChunkSize,
                                      long* rows = nullptr) {
  InputError error{};
  auto reader = CsvReader::from_string(text, "staff.csv", &error, chunk, limits);
  if (!reader) return error;
  CsvRecord record;
  long count = 0;
  while (reader->next(record)) ++count;
  if (rows) *rows = count;
  return reader->error();
}

TEST(CsvLimits, AFieldOverTheLimitStopsAtItsRow) {
  CsvLimits limits;
  limits.max_field_bytes = 10;
  for (std::size_t chunk : {std::size_t{1}, std::size_t{3}, CsvReader::kDefaultChunkSize}) {
    const auto e = read_to_end("a,b\n1,0123456789\n2,0123456789x\n3,4\n", limits, chunk);
    ASSERT_TRUE(e) << chunk;
    EXPECT_EQ(e->kind, InputErrorKind::kCsvLimitExceeded);
    EXPECT_EQ(e->row, 3);
    EXPECT_EQ(e->column, "b");
    EXPECT_EQ(e->expected, "max_field_bytes = 10");
  }
}

// Found by fuzz_csv: a field that ended with a delimiter in the same chunk
// step it was read in escaped the check, and came back over the limit.
TEST(CsvLimits, AFieldEndingAtADelimiterIsCheckedToo) {
  CsvLimits limits;
  limits.max_field_bytes = 10;
  for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, CsvReader::kDefaultChunkSize}) {
    for (const std::string text : {"0123456789x,b\n", "\"0123456789x\",b\n", "a,0123456789x,c\n"}) {
      const auto e = read_to_end(text, limits, chunk);
      ASSERT_TRUE(e) << text << " " << chunk;
      EXPECT_EQ(e->kind, InputErrorKind::kCsvLimitExceeded);
      EXPECT_EQ(e->row, 1);
    }
  }
}

TEST(CsvLimits, AQuotedFieldSpanningLinesCountsWholeAndIsReportedWhereItStarted) {
  CsvLimits limits;
  limits.max_field_bytes = 16;
  const auto e = read_to_end("a,b\n1,\"open\n\nstill\nopen and more\"\n", limits, 2);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, InputErrorKind::kCsvLimitExceeded);
  EXPECT_EQ(e->row, 2);
}

TEST(CsvLimits, AFieldAtTheLimitIsRead) {
  CsvLimits limits;
  limits.max_field_bytes = 10;
  long rows = 0;
  EXPECT_FALSE(read_to_end("a,b\n1,0123456789\n", limits, 4, &rows));
  EXPECT_EQ(rows, 2);
}

TEST(CsvLimits, ARowWithTooManyColumnsStopsAtItsRow) {
  CsvLimits limits;
  limits.max_columns = 4;
  long rows = 0;
  EXPECT_FALSE(read_to_end("a,b,c,d\n1,2,3,4\n", limits, 1, &rows));
  EXPECT_EQ(rows, 2);
  const auto e = read_to_end("a,b,c,d\n1,2,3,4\n,,,,\n", limits);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, InputErrorKind::kCsvLimitExceeded);
  EXPECT_EQ(e->row, 3);
  EXPECT_EQ(e->expected, "max_columns = 4");
}

TEST(CsvLimits, TheDefaultsAreOneMebibyteAndExcelsColumns) {
  EXPECT_EQ(CsvLimits{}.max_field_bytes, std::size_t{1} << 20);
  EXPECT_EQ(CsvLimits{}.max_columns, 16384u);
  const auto e = read_to_end("a\n\"" + std::string((1 << 20) + 1, 'x') + "\"\n", CsvLimits{});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, InputErrorKind::kCsvLimitExceeded);
  EXPECT_EQ(e->row, 2);
}

TEST(CsvLimits, BlankLinesBeforeTheHeaderPastTheDetectionWindowStillRead) {
  // The delimiter is detected from the first MiB only; past it, ',' is
  // assumed and the file still reads.
  const std::string text = std::string((1 << 20) + 10, '\n') + "a,b\n1,2\n";
  InputError error{};
  auto reader = CsvReader::from_string(text, "x.csv", &error);
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->delimiter(), ',');
  CsvRecord record;
  long last = 0;
  while (reader->next(record)) last = record.row;
  EXPECT_FALSE(reader->error());
  EXPECT_EQ(last, (1 << 20) + 12);
}

}  // namespace
}  // namespace genaudit
