// A register read on several threads gives what reading it alone gives: the
// same rows with the same cells and row numbers, the same problems in the
// same order, and the same error that stops reading.
#include "adapters/registers/parallel_register_rows.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "adapters/registers/read_ahead.h"
#include "adapters/registers/register_reader.h"
#include "tests/adapters/register_reads.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::expect_same_read;
using testing::Read;
using testing::read_everything;

// A statistics register of `rows` data rows with every kind of record:
// values that do not convert, blank lines, quoted values over two lines,
// CRLF and CR line ends, and `tail` at the end.
constexpr char kHeader[] = "Mã chỉ tiêu;Năm;Giá trị;Ngày báo cáo\n";

std::string statistics_csv(int rows, const std::string& tail) {
  std::string csv = kHeader;
  for (int i = 0; i < rows; ++i) {
    csv += "O4.T1;" + std::to_string(2000 + i % 30) + ";";
    if (i % 97 == 5) {
      csv += "abc" + std::to_string(i);
    } else if (i % 13 == 3) {
      csv += "\"" + std::to_string(i) + ",5\n\"";  // a line break inside quotes
    } else {
      csv += std::to_string(i) + ",5";
    }
    csv += i % 11 == 0 ? ";5/1/2026\r\n" : i % 17 == 0 ? ";31/2/2026\r" : ";5/1/2026\n";
    if (i % 29 == 0) csv += ";;;\n\n";
  }
  return csv + tail;
}

Read read_register(const std::string& csv, unsigned threads, std::size_t range_bytes) {
  ParallelCsvOptions options;
  options.threads = threads;
  options.range_bytes = range_bytes;
  options.min_file_bytes = 0;
  InputErrors errors;
  auto reader = RegisterReader::from_string(*find_register("statistics"), csv, "stats.csv",
                                            &errors, options);
  EXPECT_TRUE(errors.empty());
  if (!reader) return {};
  return read_everything(*reader);
}

void expect_same_in_parallel(const std::string& csv) {
  const Read alone = read_register(csv, 1, 1);
  for (const unsigned threads : {2u, 8u}) {
    for (const std::size_t range_bytes : {std::size_t{1}, std::size_t{50}, std::size_t{4096}}) {
      SCOPED_TRACE(std::to_string(threads) + " threads, ranges of " +
                   std::to_string(range_bytes) + " bytes");
      expect_same_read(read_register(csv, threads, range_bytes), alone);
    }
  }
}

TEST(ParallelRegisterRowsTest, RowsAndProblemsAsReadAlone) {
  expect_same_in_parallel(statistics_csv(3000, ""));
}

TEST(ParallelRegisterRowsTest, AnUnclosedQuoteStopsAtItsRow) {
  expect_same_in_parallel(statistics_csv(500, "O4.T1;2025;\"1,5;5/1/2026\n"));
}

TEST(ParallelRegisterRowsTest, BadEncodingStopsAtItsRow) {
  const std::string csv = statistics_csv(400, "O4.T1;2025;1\xC3;5/1/2026\n") +
                          statistics_csv(400, "").substr(sizeof kHeader - 1);
  const Read alone = read_register(csv, 1, 1);
  ASSERT_EQ(alone.final_errors.size(), 1u);
  EXPECT_EQ(alone.final_errors[0].kind, InputErrorKind::kBadEncoding);
  expect_same_in_parallel(csv);
}

TEST(ParallelRegisterRowsTest, AQuoteInsideAFieldFallsBackWithTheSameRows) {
  expect_same_in_parallel(statistics_csv(200, "O4.T1;20\"25;1;5/1/2026\n") +
                          statistics_csv(200, "").substr(sizeof kHeader - 1));
}

TEST(ParallelRegisterRowsTest, ThroughReadAheadAsReadAlone) {
  const std::string csv = statistics_csv(20000, "");
  ParallelCsvOptions options;
  options.threads = 2;
  options.range_bytes = 4096;
  options.min_file_bytes = 0;
  InputErrors errors;
  auto reader = RegisterReader::from_string(*find_register("statistics"), csv, "stats.csv",
                                            &errors, options);
  ASSERT_TRUE(reader);
  ReadAhead ahead(*reader);
  expect_same_read(read_everything(ahead), read_register(csv, 1, 1));
}

// The statistics register as an XLSX worksheet of inline strings: a title
// row above the header, values that do not convert, blank rows.
std::string statistics_sheet(int rows) {
  auto cell = [](const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  };
  auto row = [&](int r, const std::vector<std::string>& texts) {
    std::string x = "<row r=\"" + std::to_string(r) + "\">";
    for (std::size_t c = 0; c < texts.size(); ++c) {
      x += cell(std::string(1, static_cast<char>('A' + c)) + std::to_string(r), texts[c]);
    }
    return x + "</row>\n";
  };
  std::string xml = row(1, {"Số liệu thống kê"}) +
                    row(2, {"Mã chỉ tiêu", "Năm", "Giá trị", "Ngày báo cáo"});
  for (int i = 0; i < rows; ++i) {
    const int r = 3 + i;
    if (i % 29 == 0) {
      xml += "<row r=\"" + std::to_string(r) + "\"/>";
      continue;
    }
    xml += row(r, {"O4.T1", std::to_string(2000 + i % 30),
                   i % 97 == 5 ? "abc" + std::to_string(i) : std::to_string(i) + ",5",
                   i % 17 == 0 ? "31/2/2026" : "5/1/2026"});
  }
  return testing::sheet_xml(xml);
}

Read read_workbook(const std::filesystem::path& path, unsigned threads, std::size_t range_bytes) {
  RecordSourceOptions options;
  options.csv_parallel.threads = threads;
  options.csv_parallel.range_bytes = range_bytes;
  options.csv_parallel.min_file_bytes = 0;
  InputErrors errors;
  auto reader = RegisterReader::open(*find_register("statistics"), path, "so-lieu.xlsx", &errors,
                                     options);
  EXPECT_TRUE(errors.empty());
  if (!reader) return {};
  ReadAhead ahead(*reader);
  return read_everything(ahead);
}

TEST(ParallelRegisterRowsTest, AnXlsxWorksheetAsReadAlone) {
  const testing::TempDir dir;
  const auto path = dir.path() / "so-lieu.xlsx";
  testing::write_zip(path, testing::workbook(statistics_sheet(3000)));
  const Read alone = read_workbook(path, 1, 1);
  EXPECT_GT(alone.rows.size(), 2800u);
  for (const unsigned threads : {2u, 8u}) {
    for (const std::size_t range_bytes : {std::size_t{1}, std::size_t{4096}}) {
      SCOPED_TRACE(std::to_string(threads) + " threads, ranges of " +
                   std::to_string(range_bytes) + " bytes");
      expect_same_read(read_workbook(path, threads, range_bytes), alone);
    }
  }
}

TEST(ParallelRegisterRowsTest, SmallFilesStaySerialByDefault) {
  EXPECT_GE(ParallelCsvOptions{}.min_file_bytes, std::uint64_t{8} << 20);
  ParallelCsvOptions one;
  one.threads = 1;
  EXPECT_EQ(resolved_threads(one), 1u);
}

}  // namespace
}  // namespace genaudit
