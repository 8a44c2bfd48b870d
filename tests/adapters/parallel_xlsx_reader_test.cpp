// A worksheet read on several threads gives what reading it alone gives:
// the same records with the same rows and texts, and the same error at the
// same row (or the same line of bad XML), with 2 and 8 threads, ranges from
// one row to many, after one or two rows read alone (as RegisterReader
// reads the header and the first data row).
#include "adapters/xlsx/parallel_xlsx_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "adapters/xlsx/xlsx_reader.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kMainNs;

constexpr char kSharedStrings[] =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>Sở Nội vụ</t></si><si><t xml:space=\"preserve\"> a&amp;b </t></si>"
    "<si><r><t>Hà</t></r><r><t> Nội</t></r></si><si><t></t></si></sst>";
constexpr char kStyles[] =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
    "</cellXfs></styleSheet>";

// Row `r` with a cell of every kind: a shared string, a number, an inline
// string of two runs with an escape, a date, a boolean, a formula's value.
// `p` prefixes the element names ("x:"); `numbered`: rows and cells carry
// their references.
std::string row_xml(int r, bool numbered, const std::string& p = "") {
  const std::string n = std::to_string(r);
  auto ref = [&](const char* column) {
    return numbered ? std::string(" r=\"") + column + n + "\"" : std::string();
  };
  std::string x = "<" + p + "row" + (numbered ? " r=\"" + n + "\"" : "") + " spans=\"1:6\">";
  x += "<" + p + "c" + ref("A") + " t=\"s\"><" + p + "v>" + std::to_string(r % 4) + "</" + p +
       "v></" + p + "c>";
  x += "<" + p + "c" + ref("B") + "><" + p + "v>" + std::to_string(r) + ".5</" + p + "v></" + p +
       "c>";
  x += "<" + p + "c" + ref("C") + " t=\"inlineStr\"><" + p + "is><" + p + "r><" + p +
       "t>dòng " + n + "</" + p + "t></" + p + "r><" + p + "r><" + p +
       "t xml:space=\"preserve\"> x_x000D_y </" + p + "t></" + p + "r></" + p + "is></" + p + "c>";
  if (r % 5 != 0) {
    x += "<" + p + "c" + ref("E") + " s=\"1\"><" + p + "v>" + std::to_string(44000 + r) + "</" +
         p + "v></" + p + "c>";
  }
  x += "<" + p + "c" + ref("F") + " t=\"b\"><" + p + "v>" + std::to_string(r % 2) + "</" + p +
       "v></" + p + "c>";
  x += "<" + p + "c" + ref("G") + "><" + p + "f>B" + n + "*2</" + p + "f><" + p + "v>" +
       std::to_string(2 * r + 1) + "</" + p + "v></" + p + "c>";
  return x + "</" + p + "row>";
}

// Rows 1..rows, one a line (CR LF and LF in turn), each put through `edit`
// (which may replace it or add text around it).
template <typename Edit>
std::string rows_xml(int rows, Edit edit) {
  std::string xml;
  for (int r = 1; r <= rows; ++r) {
    xml += edit(r, row_xml(r, true));
    xml += r % 2 == 0 ? "\r\n" : "\n";
  }
  return xml;
}

std::string plain_rows(int rows) {
  return rows_xml(rows, [](int, std::string row) { return row; });
}

// The worksheet part around `rows`, with a header block of columns and
// views before <sheetData> as Excel writes.
std::string worksheet(const std::string& rows) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n") +
         "<worksheet xmlns=\"" + kMainNs +
         "\"><dimension ref=\"A1:G9\"/><sheetViews><sheetView workbookViewId=\"0\"/>"
         "</sheetViews><cols><col min=\"1\" max=\"3\" width=\"12\"/></cols>\n<sheetData>\n" +
         rows + "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

// Keeps a range's records.
class Records : public RangeSink {
 public:
  void add(CsvRecord& record) override { records.push_back(record); }
  void clear() override { records.clear(); }
  std::vector<CsvRecord> records;
};

class ParallelXlsxReaderTest : public ::testing::Test {
 protected:
  void SetUp() override { path_ = dir_.path() / "so-lieu.xlsx"; }

  void write(const std::string& sheet) {
    testing::write_zip(path_, testing::workbook(sheet, kSharedStrings, kStyles));
  }

  struct Outcome {
    std::vector<CsvRecord> records;
    std::optional<InputError> error;
    bool parallel = false;   // the rest was read by a ParallelXlsxReader
    bool fell_back = false;  // which read some of it again alone
  };

  std::unique_ptr<XlsxReader> open(Outcome* out) const {
    InputError error{};
    auto reader = XlsxReader::open(path_, "so-lieu.xlsx", "", limits_, &error);
    if (!reader) out->error = error;
    return reader;
  }

  Outcome read_alone() const {
    Outcome out;
    auto reader = open(&out);
    if (!reader) return out;
    CsvRecord record;
    bool first = true;
    while (reader->next(record)) {
      out.records.push_back(record);
      if (first && !wanted_.empty()) reader->read_only_columns(wanted_);
      first = false;
    }
    out.error = reader->error();
    return out;
  }


  Outcome read_split(unsigned threads, std::size_t range_bytes, std::size_t lead_rows) const {
    Outcome out;
    auto reader = open(&out);
    if (!reader) return out;
    CsvRecord record;
    while (out.records.size() < lead_rows && reader->next(record)) {
      out.records.push_back(record);
      if (out.records.size() == 1 && !wanted_.empty()) reader->read_only_columns(wanted_);
    }
    ParallelCsvOptions options;
    options.threads = threads;
    options.range_bytes = range_bytes;
    options.min_file_bytes = 0;
    std::unique_ptr<ParallelRecords> rest = read_rest_in_parallel(*reader, make_sink_, options);
    if (!rest) {
      while (reader->next(record)) out.records.push_back(record);
      out.error = reader->error();
      return out;
    }
    out.parallel = true;
    ParallelRecords::Piece piece;
    while (rest->next(&piece)) {
      for (CsvRecord& r : static_cast<Records*>(piece.sink.get())->records) {
        r.row += piece.row_before;
        out.records.push_back(r);
      }
      rest->recycle(piece);
    }
    out.error = rest->error();
    out.fell_back = static_cast<ParallelXlsxReader*>(rest.get())->fell_back();
    return out;
  }

  static void expect_same(const Outcome& actual, const Outcome& expected) {
    ASSERT_EQ(actual.records.size(), expected.records.size());
    for (std::size_t i = 0; i < expected.records.size(); ++i) {
      ASSERT_EQ(actual.records[i].row, expected.records[i].row) << "record " << i;
      ASSERT_EQ(actual.records[i].fields, expected.records[i].fields) << "record " << i;
    }
    ASSERT_EQ(actual.error.has_value(), expected.error.has_value());
    if (!expected.error) return;
    EXPECT_EQ(actual.error->kind, expected.error->kind);
    EXPECT_EQ(actual.error->file, expected.error->file);
    EXPECT_EQ(actual.error->sheet, expected.error->sheet);
    EXPECT_EQ(actual.error->row, expected.error->row);
    EXPECT_EQ(actual.error->column, expected.error->column);
    EXPECT_EQ(actual.error->value, expected.error->value);
    EXPECT_EQ(actual.error->expected, expected.error->expected);
  }

  // Reads the sheet alone and split every way; returns how it was read
  // alone. `check` sees each split reading (when it was read in parallel).
  template <typename Check>
  Outcome expect_same_split(Check check) const {
    const Outcome alone = read_alone();
    for (const unsigned threads : {2u, 8u}) {
      for (const std::size_t range_bytes :
           {std::size_t{1}, std::size_t{700}, std::size_t{16384}}) {
        for (const std::size_t lead : {std::size_t{1}, std::size_t{2}}) {
          SCOPED_TRACE(std::to_string(threads) + " threads, ranges of " +
                       std::to_string(range_bytes) + " bytes, " + std::to_string(lead) +
                       " rows first");
          const Outcome split = read_split(threads, range_bytes, lead);
          expect_same(split, alone);
          check(split, range_bytes);
        }
      }
    }
    return alone;
  }
  Outcome expect_same_split() const {
    return expect_same_split([](const Outcome&, std::size_t) {});
  }

  testing::TempDir dir_;  // this process's own: suites may run at once
  std::filesystem::path path_;
  XlsxLimits limits_;
  std::vector<bool> wanted_;
  // Every sink derives from Records.
  ParallelRecords::SinkFactory make_sink_ = [] { return std::make_unique<Records>(); };
};

TEST_F(ParallelXlsxReaderTest, RowsAsReadAloneOnEveryThread) {
  write(worksheet(plain_rows(2000)));
  const Outcome alone = expect_same_split([](const Outcome& split, std::size_t) {
    EXPECT_TRUE(split.parallel);
    EXPECT_FALSE(split.fell_back);  // every range was read where it was cut
  });
  ASSERT_EQ(alone.records.size(), 2000u);
  EXPECT_EQ(alone.records[1999].row, 2000);
  EXPECT_EQ(alone.records[1999].fields[2], "dòng 2000 x\ry ");
  EXPECT_EQ(alone.records[1998].fields[4], "2025-12-08");
  EXPECT_FALSE(alone.error);
}

TEST_F(ParallelXlsxReaderTest, ColumnsNotReadAsReadAlone) {
  write(worksheet(plain_rows(800)));
  wanted_ = {true, false, true};
  const Outcome alone = expect_same_split();
  EXPECT_EQ(alone.records[500].fields[1], XlsxReader::kUnreadCellText);
}

TEST_F(ParallelXlsxReaderTest, PrefixedNamesAndEmptyRowsAsReadAlone) {
  std::string rows;
  for (int r = 1; r <= 600; ++r) {
    rows += r % 9 == 0 ? "<x:row r=\"" + std::to_string(r) + "\"/>" : row_xml(r, true, "x:");
  }
  write(std::string("<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"") + kMainNs +
        "\"><x:sheetData>" + rows + "</x:sheetData></x:worksheet>");
  const Outcome alone = expect_same_split([](const Outcome& split, std::size_t range_bytes) {
    if (range_bytes > 1) {
      EXPECT_FALSE(split.fell_back);
    }
  });
  EXPECT_EQ(alone.records.size(), 600u);
  EXPECT_TRUE(alone.records[8].fields.empty());
}

TEST_F(ParallelXlsxReaderTest, RowsInCommentsAndCdataAreNoRows) {
  write(worksheet(rows_xml(900, [](int r, std::string row) {
    if (r % 97 == 0) row += "<!-- <row r=\"99999\"><c><v>1</v></c></row> -->";
    if (r % 101 == 0) {
      row += "<row r=\"" + std::to_string(r) + "0000\"><c t=\"inlineStr\"><is><t><![CDATA[</c>" +
             "</row><row r=\"7\">]]></t></is></c></row>";
    }
    if (r % 103 == 0) row += "<?genaudit <row r=\"88888\">?>";
    return row;
  })));
  const Outcome alone = expect_same_split();
  EXPECT_FALSE(alone.error);
  for (const CsvRecord& record : alone.records) {
    EXPECT_NE(record.row, 99999);
    EXPECT_NE(record.row, 88888);
  }
}

TEST_F(ParallelXlsxReaderTest, RowsWithoutNumbersFollowTheRowBefore) {
  write(worksheet(rows_xml(700, [](int r, std::string row) {
    return r % 7 == 0 || r > 650 ? row_xml(r, false) : row;
  })));
  const Outcome alone = expect_same_split();
  EXPECT_EQ(alone.records.back().row, 700);
}

TEST_F(ParallelXlsxReaderTest, BadXmlStopsAtTheSameLine) {
  write(worksheet(rows_xml(1500, [](int r, std::string row) {
    return r == 1234 ? row.substr(0, row.size() - 6) + "</rows>" : row;
  })));
  const Outcome alone = expect_same_split();
  ASSERT_TRUE(alone.error);
  EXPECT_EQ(alone.error->kind, InputErrorKind::kCorruptWorkbook);
  EXPECT_EQ(alone.records.back().row, 1233);
  EXPECT_NE((alone.error->column + alone.error->value).find("line 1237"), std::string::npos)
      << alone.error->column << " / " << alone.error->value;
}

TEST_F(ParallelXlsxReaderTest, ALessThanInAnAttributeIsBadXmlAsAlone) {
  write(worksheet(rows_xml(900, [](int r, std::string row) {
    return r == 600 ? "<c r=\"A1\" note=\"a<row b\">" + row : row;
  })));
  const Outcome alone = expect_same_split();
  ASSERT_TRUE(alone.error);
  EXPECT_EQ(alone.error->kind, InputErrorKind::kCorruptWorkbook);
}

TEST_F(ParallelXlsxReaderTest, ACellOverItsLimitStopsAtItsRow) {
  limits_.max_cell_bytes = 40;
  write(worksheet(rows_xml(900, [](int r, std::string row) {
    return r == 777 ? "<row r=\"777\"><c t=\"inlineStr\"><is><t>" + std::string(41, 'x') +
                          "</t></is></c></row>"
                    : row;
  })));
  const Outcome alone = expect_same_split();
  ASSERT_TRUE(alone.error);
  EXPECT_EQ(alone.error->kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(alone.error->row, 777);
}

TEST_F(ParallelXlsxReaderTest, TheSheetsTextOverItsLimitStopsAtTheSameRow) {
  write(worksheet(plain_rows(900)));
  const Outcome whole = read_alone();
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < 700; ++i) {
    for (const std::string& f : whole.records[i].fields) bytes += f.size();
  }
  limits_.max_sheet_text_bytes = bytes;
  const Outcome alone = expect_same_split();
  ASSERT_TRUE(alone.error);
  EXPECT_EQ(alone.error->kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(alone.error->row, 701);
}

TEST_F(ParallelXlsxReaderTest, ASecondSheetDataAndAMarkerLookalikeAsReadAlone) {
  write(worksheet(rows_xml(800, [](int r, std::string row) {
    if (r == 300) return row + "</sheetData><sheetData>";
    if (r == 500) return row + "<g:range-end xmlns:g=\"urn:genaudit:xlsx-range-end\"/>";
    return row;
  })));
  const Outcome alone = expect_same_split();
  EXPECT_EQ(alone.records.size(), 800u);
}

TEST_F(ParallelXlsxReaderTest, RowsOutsideSheetDataDoNotNumberTheRowsInside) {
  // Unnumbered rows follow the row before them in <sheetData>; a row element
  // elsewhere (before <sheetData>, or between two) is no row of the sheet.
  std::string rows = "<row r=\"1\"/>";
  for (int r = 2; r <= 400; ++r) rows += r % 50 == 0 ? row_xml(r, true) : row_xml(r, false);
  write(std::string("<?xml version=\"1.0\"?><worksheet xmlns=\"") + kMainNs +
        "\"><sheetPr><row r=\"1\"/></sheetPr><sheetData>" + rows +
        "</sheetData><extLst><row r=\"1\"/></extLst><sheetData>" + row_xml(1, false) +
        row_xml(2, false) + "</sheetData></worksheet>");
  const Outcome alone = expect_same_split();
  ASSERT_EQ(alone.records.size(), 402u);
  EXPECT_EQ(alone.records[398].row, 399);
  EXPECT_EQ(alone.records[400].row, 401);
}

// A sink that fails (as out of memory would) on the rows of `failing`, when
// it is filled on another thread than the test's.
class FailingRecords : public Records {
 public:
  FailingRecords(std::thread::id test_thread, long first, long last)
      : test_thread_(test_thread), first_(first), last_(last) {}
  void add(CsvRecord& record) override {
    if (std::this_thread::get_id() != test_thread_ && record.row >= first_ &&
        record.row <= last_) {
      // Late: the test's thread has taken the range before and fallen back.
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      throw std::runtime_error("no memory");
    }
    Records::add(record);
  }

 private:
  std::thread::id test_thread_;
  long first_, last_;
};

TEST_F(ParallelXlsxReaderTest, AWorkersFailureIsThrownNotLost) {
  // A range read again on one thread (a row tag in a comment) while a worker
  // fails on a later range: the failure is thrown, or, if the failing rows
  // were read on the test's thread, the sheet is read whole. Never a gap.
  write(worksheet(rows_xml(900, [](int r, std::string row) {
    return r == 50 ? row + "<!-- <row r=\"99\"> -->" : row;
  })));
  const Outcome alone = read_alone();
  const std::thread::id test_thread = std::this_thread::get_id();
  make_sink_ = [test_thread] { return std::make_unique<FailingRecords>(test_thread, 53, 70); };
  for (const std::size_t range_bytes : {std::size_t{700}, std::size_t{2000}}) {
    for (const unsigned threads : {2u, 8u}) {
      SCOPED_TRACE(std::to_string(threads) + " threads, ranges of " +
                   std::to_string(range_bytes) + " bytes");
      try {
        expect_same(read_split(threads, range_bytes, 2), alone);
      } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "no memory");
      }
    }
  }
}

// Sinks that count the text they hold together, and the most they held.
std::atomic<std::uint64_t> g_text_held{0};
std::atomic<std::uint64_t> g_most_text_held{0};
class CountingRecords : public Records {
 public:
  ~CountingRecords() override { clear(); }
  void add(CsvRecord& record) override {
    std::uint64_t bytes = 0;
    for (const std::string& f : record.fields) bytes += f.size();
    held_ += bytes;
    const std::uint64_t now = g_text_held += bytes;
    std::uint64_t most = g_most_text_held;
    while (now > most && !g_most_text_held.compare_exchange_weak(most, now)) {
    }
    Records::add(record);
  }
  void clear() override {
    g_text_held -= held_;
    held_ = 0;
    Records::clear();
  }

 private:
  std::uint64_t held_ = 0;
};

TEST_F(ParallelXlsxReaderTest, RangesInFlightHoldNoMoreTextThanTheLimit) {
  // Each 20-byte cell names a shared string of 64 KiB: ranges of a few KiB
  // of XML stand for MiBs of text.
  const std::string big(64 * 1024, 'x');
  const std::string strings = std::string("<sst xmlns=\"") + kMainNs + "\"><si><t>" + big +
                              "</t></si></sst>";
  std::string rows;
  for (int r = 1; r <= 400; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\">";
    for (int c = 0; c < 16; ++c) rows += "<c t=\"s\"><v>0</v></c>";
    rows += "</row>";
  }
  testing::write_zip(path_, testing::workbook(worksheet(rows), strings));
  limits_.max_sheet_text_bytes = std::uint64_t{4} << 20;
  const Outcome alone = read_alone();
  ASSERT_TRUE(alone.error);
  EXPECT_EQ(alone.error->kind, InputErrorKind::kLimitExceeded);
  make_sink_ = [] { return std::make_unique<CountingRecords>(); };
  for (const unsigned threads : {2u, 8u}) {
    g_most_text_held = 0;
    expect_same(read_split(threads, 2000, 1), alone);
    EXPECT_EQ(g_text_held, 0u);
    // The limit, and a row's text (16 cells) that the reader may hold past it.
    EXPECT_LE(g_most_text_held, limits_.max_sheet_text_bytes + 16 * big.size()) << threads;
  }
}

TEST_F(ParallelXlsxReaderTest, APartOverItsSizeLimitFailsAfterTheSameRows) {
  const std::string sheet = worksheet(plain_rows(1500));
  write(sheet);
  limits_.max_sheet_bytes = sheet.size() * 2 / 3;
  limits_.max_compression_ratio = 1000;
  testing::forge_declared_size(path_, "xl/worksheets/sheet1.xml", 1000);
  const Outcome alone = expect_same_split();
  ASSERT_TRUE(alone.error);
  EXPECT_GT(alone.records.size(), 100u);
}

TEST_F(ParallelXlsxReaderTest, SmallSheetsAndOneThreadStayWithTheReader) {
  write(worksheet(plain_rows(50)));
  Outcome out;
  auto reader = open(&out);
  ASSERT_TRUE(reader);
  CsvRecord record;
  ASSERT_TRUE(reader->next(record));
  ParallelCsvOptions one;
  one.threads = 1;
  one.min_file_bytes = 0;
  auto factory = [] { return std::make_unique<Records>(); };
  EXPECT_EQ(read_rest_in_parallel(*reader, factory, one), nullptr);
  ParallelCsvOptions two;
  two.threads = 2;  // the default min_file_bytes: 8 MiB
  EXPECT_EQ(read_rest_in_parallel(*reader, factory, two), nullptr);
  // Before any row there is no boundary to start from.
  auto fresh = open(&out);
  two.min_file_bytes = 0;
  EXPECT_EQ(read_rest_in_parallel(*fresh, factory, two), nullptr);
}

TEST(ParallelXlsxThreadsTest, OneMoreThanTheCoresUnlessSaid) {
  ParallelCsvOptions options;
  if (std::getenv("GENAUDIT_CSV_THREADS") == nullptr) {
    const unsigned cores = std::thread::hardware_concurrency();
    EXPECT_EQ(resolved_xlsx_threads(options), std::clamp(cores + 1, 1u, kMaxThreads));
  }
  options.threads = 2;
  EXPECT_EQ(resolved_xlsx_threads(options), 2u);
  options.threads = 1000;
  EXPECT_EQ(resolved_xlsx_threads(options), kMaxThreads);
}

}  // namespace
}  // namespace genaudit
