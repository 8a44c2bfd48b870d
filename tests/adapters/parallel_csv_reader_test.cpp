// Reading a CSV file on several threads gives what reading it alone gives:
// the same records with the same rows and the same error, for every
// csv-spectrum file, every delimited file of the bad-input corpus and many
// generated files, with 1, 2 and 8 threads and ranges cut tiny (so that
// files are cut after nearly every line break, inside quoted fields too, and
// the range readers' chunks inside multi-byte characters).
#include "adapters/csv/parallel_csv_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/csv/csv_range_splitter.h"
#include "tests/adapters/csv_outcomes.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::CsvOutcome;
using testing::difference;
using testing::read_in_parallel;
using testing::read_serially;

constexpr unsigned kThreads[] = {1, 2, 8};
constexpr std::size_t kRangeBytes[] = {1, 2, 5, 64};

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every way of reading `text` in parallel agrees with reading it alone; the
// number of ways that fell back to one reader is added to *fallbacks.
void expect_same_in_parallel(const std::string& name, const std::string& text,
                             const CsvLimits& limits = {}, int* fallbacks = nullptr) {
  const CsvOutcome alone = read_serially(text, CsvReader::kDefaultChunkSize, limits);
  for (const unsigned threads : kThreads) {
    for (const std::size_t range_bytes : kRangeBytes) {
      for (const long lead_rows : {1L, 2L}) {
        ParallelCsvOptions options;
        options.threads = threads;
        options.range_bytes = range_bytes;
        options.chunk_size = 1 + range_bytes % 3;  // chunks of 1 to 3 bytes
        options.limits = limits;
        const CsvOutcome parallel = read_in_parallel(text, options, lead_rows);
        EXPECT_EQ(difference(alone, parallel), "")
            << name << " with " << threads << " threads, ranges of " << range_bytes
            << " bytes, after " << lead_rows << " rows";
        if (fallbacks != nullptr && parallel.fell_back) ++*fallbacks;
      }
    }
  }
}

std::vector<fs::path> files_under(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".csv" || ext == ".tsv" || ext == ".txt")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(ParallelCsvReaderTest, EveryCsvSpectrumFileReadsTheSame) {
  const auto files = files_under(fs::path(GENAUDIT_TESTDATA_DIR) / "csv-spectrum" / "csvs");
  ASSERT_GE(files.size(), 12u);
  for (const fs::path& file : files) expect_same_in_parallel(file.filename(), file_text(file));
}

TEST(ParallelCsvReaderTest, EveryBadInputFileReadsTheSame) {
  const auto files = files_under(fs::path(GENAUDIT_SOURCE_DIR) / "tests/badinput/cases");
  ASSERT_GE(files.size(), 20u);
  CsvLimits small;  // to reach the limits in small files
  small.max_field_bytes = 32;
  small.max_columns = 8;
  for (const fs::path& file : files) {
    const std::string text = file_text(file);
    expect_same_in_parallel(file.string(), text);
    expect_same_in_parallel(file.string() + " (small limits)", text, small);
  }
}

// The bad-input cases too big to commit (bad_input_test.cpp makes them), at
// a size the small limits make equivalent.
TEST(ParallelCsvReaderTest, GeneratedBadInputReadsTheSame) {
  CsvLimits small;
  small.max_field_bytes = 40;
  small.max_columns = 6;
  const std::string head = "Mã,Tên,Cấp\nSKH,Sở Kế hoạch,tỉnh\n";
  std::string rows;
  for (int i = 0; i < 30; ++i) rows += "SXX,Sở Xây dựng và Phát triển,tỉnh\n";
  expect_same_in_parallel("huge cell", head + rows + "SKH," + std::string(100, 'x') + ",tỉnh\n" + rows, small);
  expect_same_in_parallel("many empty columns", head + rows + "SKH" + std::string(20, ',') + "\n", small);
  expect_same_in_parallel("unclosed quote", head + "SKH,\"Sở Kế hoạch,tỉnh\n" + rows);
  expect_same_in_parallel("unclosed quote, small limits", head + "SKH,\"Sở,tỉnh\n" + rows, small);
}

// `text` read on two threads in ranges of one byte, after checking that it
// reads as CsvReader reads it alone.
CsvOutcome read_in_one_byte_ranges(const std::string& text) {
  ParallelCsvOptions options;
  options.threads = 2;
  options.range_bytes = 1;
  CsvOutcome parallel = read_in_parallel(text, options, 1);
  EXPECT_EQ(difference(read_serially(text, CsvReader::kDefaultChunkSize, {}), parallel), "");
  return parallel;
}

// A quote inside an unquoted field is an ordinary character: counting quotes
// then cuts inside the quoted field below, and the reader must notice.
TEST(ParallelCsvReaderTest, QuoteInsideUnquotedFieldFallsBackToOneReader) {
  const CsvOutcome parallel = read_in_one_byte_ranges("a,b\nx\"y,1\n\"p\nq\",2\nz,3\nw,4\n");
  EXPECT_TRUE(parallel.fell_back);
  ASSERT_EQ(parallel.records.size(), 5u);
  EXPECT_EQ(parallel.records[2].fields[0], "p\nq");
  EXPECT_EQ(parallel.records[4].row, 5);
}

TEST(ParallelCsvReaderTest, RowsCountRecordsNotLines) {
  const CsvOutcome parallel =
      read_in_one_byte_ranges("a,b\n\"1\n2\",x\r\n\r\n3,\"y\r\nz\"\r4,5");
  ASSERT_EQ(parallel.records.size(), 5u);
  EXPECT_EQ(parallel.records[4].row, 5);
  EXPECT_EQ(parallel.records[4].fields, (std::vector<std::string>{"4", "5"}));
}

TEST(CsvRangeSplitterTest, CutsAfterLineBreaksOutsideQuotesNeverInsideCrLf) {
  CsvRangeSplitter splitter(
      std::make_unique<std::istringstream>("ab\r\n\"c\nd\"\ne\rfg\rhi"), 10, 3, false);
  std::vector<std::string> ranges;
  std::string bytes;
  std::uint64_t offset = 0;
  bool last = false;
  bool after_cr = false;
  std::uint64_t expected_offset = 10;
  while (!last) {
    ASSERT_TRUE(splitter.next(&bytes, &offset, &last, &after_cr));
    EXPECT_EQ(after_cr, !ranges.empty() && ranges.back().back() == '\r');
    EXPECT_EQ(offset, expected_offset);
    expected_offset += bytes.size();
    ranges.push_back(bytes);
  }
  EXPECT_EQ(ranges, (std::vector<std::string>{"ab\r\n", "\"c\nd\"\n", "e\rfg\r", "hi"}));
}

struct Cut {
  std::string bytes;
  bool after_cr = false;
  bool operator==(const Cut&) const = default;
};

std::vector<Cut> cuts_of(const std::string& text, std::size_t range_bytes) {
  CsvRangeSplitter splitter(std::make_unique<std::istringstream>(text), 0, range_bytes, false);
  std::vector<Cut> cuts;
  bool last = false;
  while (!last) {
    Cut cut;
    std::uint64_t offset = 0;
    if (!splitter.next(&cut.bytes, &offset, &last, &cut.after_cr)) break;
    cuts.push_back(cut);
  }
  return cuts;
}

// Memory stays bounded: a line with no break is cut inside after four
// ranges' worth (its reader then ends inside the record), even between a CR
// and its LF, which the next range's reader is told to skip.
TEST(CsvRangeSplitterTest, ALineWithoutBreaksIsCutAfterFourRanges) {
  const std::string x8(8, 'x');
  EXPECT_EQ(cuts_of(x8 + x8 + "xxxx\r\nz", 2),
            (std::vector<Cut>{{x8, false}, {x8, false}, {"xxxx\r\n", false}, {"z", false}}));
  EXPECT_EQ(cuts_of("xxxxxxx\r\nz", 2), (std::vector<Cut>{{"xxxxxxx\r", false}, {"\nz", true}}));
}

// Generated files: quotes where they belong and where the lenient rules read
// them as text, doubled quotes, every kind of line end, line breaks inside
// quotes, blank lines, bad UTF-8, NUL, text not in NFC, and limits.
std::string random_csv(std::mt19937& random) {
  static const std::vector<std::string> kPieces = {
      "a",   "bc",   "Đà Nẵng", "e\xCC\x81", "\xC3\xA9", ",",      ",",        ";",   "\t",
      "\"",  "\"\"", "\n",      "\n",        "\r\n",     "\r",     "\"x,\ny\"", " ",   "\xFF",
      "\xC3", std::string(1, '\0'), "1",       "\"q\"\"r\"", "Ư\r\n",   "\n\n",   "\"\n\"",   "x\"y"};
  std::string text;
  const int pieces = std::uniform_int_distribution<int>(0, 120)(random);
  for (int i = 0; i < pieces; ++i) {
    text += kPieces[std::uniform_int_distribution<std::size_t>(0, kPieces.size() - 1)(random)];
  }
  return text;
}

TEST(ParallelCsvReaderTest, GeneratedFilesReadTheSame) {
  std::mt19937 random(20);
  CsvLimits small;
  small.max_field_bytes = 24;
  small.max_columns = 7;
  int fallbacks = 0;
  for (int i = 0; i < 300; ++i) {
    const std::string text = random_csv(random);
    expect_same_in_parallel("generated file " + std::to_string(i), text, {}, &fallbacks);
    expect_same_in_parallel("generated file " + std::to_string(i) + " (small limits)", text,
                            small, &fallbacks);
  }
  EXPECT_GT(fallbacks, 0) << "no generated file made the reader fall back";
}

}  // namespace
}  // namespace genaudit
