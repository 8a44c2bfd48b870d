// Specification of the CSV reader: encodings, delimiter detection, line ends,
// quoting, row numbering and every error it reports. Each table case is read
// with several chunk sizes, so that chunk boundaries fall everywhere,
// including inside UTF-16 characters, CRLF pairs and doubled quotes.
#include "adapters/csv/csv_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/unicode_text.h"

namespace genaudit {
namespace {

constexpr char kFile[] = "danh_sach.csv";
constexpr char kExpectedEncoding[] = "UTF-8 (CSV UTF-8) or UTF-16 with BOM";
// "Trưởng bản" and "Giới tính" decomposed (NFD): base letters and combining marks.
constexpr char kTruongBanNfd[] = "Tru\u031Bo\u031B\u0309ng ba\u0309n";
constexpr char kGioiTinhNfd[] = "Gio\u031B\u0301i ti\u0301nh";

struct Row {
  long row;
  std::vector<std::string> fields;
  bool operator==(const Row&) const = default;
};

void PrintTo(const Row& row, std::ostream* out) {
  *out << "row " << row.row << ": [";
  for (const std::string& field : row.fields) *out << "\"" << field << "\" ";
  *out << "]";
}

// Everything a reader produced from one input.
struct Result {
  bool opened = false;
  InputError open_error{};
  char delimiter = 0;
  std::vector<Row> rows;
  std::optional<InputError> error;
};

Result read_all(const std::string& data, std::size_t chunk_size) {
  Result result;
  auto reader =
      CsvReader::from_string(data, kFile, &result.open_error, chunk_size);
  if (reader == nullptr) return result;
  result.opened = true;
  result.delimiter = reader->delimiter();
  CsvRecord record;
  while (reader->next(record)) {
    result.rows.push_back({record.row, record.fields});
  }
  result.error = reader->error();
  EXPECT_FALSE(reader->next(record)) << "next() after the end";
  return result;
}

// Encodes UTF-8 `text` as UTF-16 with a byte order mark.
std::string utf16(std::string_view text, bool big_endian) {
  std::string out;
  const auto put = [&](unsigned unit) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    out.push_back(big_endian ? high : low);
    out.push_back(big_endian ? low : high);
  };
  put(0xFEFF);
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::uint32_t code_point = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
      code_point = (code_point << 6) | (text[i + k] & 0x3F);
    }
    i += length;
    if (code_point >= 0x10000) {
      code_point -= 0x10000;
      put(0xD800 + (code_point >> 10));
      put(0xDC00 + (code_point & 0x3FF));
    } else {
      put(code_point);
    }
  }
  return out;
}

// The UTF-16 LE bytes of `units`, with a BOM.
std::string utf16le_units(const std::vector<unsigned>& units) {
  std::string out = "\xFF\xFE";
  for (const unsigned unit : units) {
    out.push_back(static_cast<char>(unit & 0xFF));
    out.push_back(static_cast<char>(unit >> 8));
  }
  return out;
}

struct GoodCase {
  const char* name;
  std::string input;
  char delimiter;
  std::vector<Row> rows;
};

std::vector<GoodCase> good_cases() {
  return {
      {"lf", "a,b\n1,2\n", ',', {{1, {"a", "b"}}, {2, {"1", "2"}}}},
      {"no final newline", "a,b\n1,2", ',', {{1, {"a", "b"}}, {2, {"1", "2"}}}},
      {"crlf", "a,b\r\n1,2\r\n", ',', {{1, {"a", "b"}}, {2, {"1", "2"}}}},
      {"lone cr", "a,b\r1,2\r", ',', {{1, {"a", "b"}}, {2, {"1", "2"}}}},
      {"mixed line ends",
       "a,b\r\n1,2\n3,4\r5,6",
       ',',
       {{1, {"a", "b"}}, {2, {"1", "2"}}, {3, {"3", "4"}}, {4, {"5", "6"}}}},
      {"quoted delimiter and doubled quotes",
       "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n",
       ',',
       {{1, {"a", "b"}}, {2, {"x,y", "say \"hi\""}}}},
      {"quoted line breaks keep row numbers",
       "h1,h2\n\"line1\nline2\",x\n\"a\r\nb\",\"c\rd\"\nlast,z\n",
       ',',
       {{1, {"h1", "h2"}},
        {2, {"line1\nline2", "x"}},
        {3, {"a\r\nb", "c\rd"}},
        {4, {"last", "z"}}}},
      {"blank records are returned",
       "a,b\n,\n\n1,2\n\r\n",
       ',',
       {{1, {"a", "b"}}, {2, {"", ""}}, {3, {""}}, {4, {"1", "2"}}, {5, {""}}}},
      {"empty last field",
       "a,b,\n1,,\n,,",
       ',',
       {{1, {"a", "b", ""}}, {2, {"1", "", ""}}, {3, {"", "", ""}}}},
      {"fields are not trimmed",
       " a , b \n\t1\xC2\xA0, 2\n",
       ',',
       {{1, {" a ", " b "}}, {2, {"\t1\xC2\xA0", " 2"}}}},
      {"lenient quotes",
       "\"ab\"c,d\"e, \"f\"\n",
       ',',
       {{1, {"abc", "d\"e", " \"f\""}}}},
      {"empty quoted fields",
       "\"\",x,\"\"\n\"\"",
       ',',
       {{1, {"", "x", ""}}, {2, {""}}}},
      {"quote ends the input", "a,\"b\"", ',', {{1, {"a", "b"}}}},
      {"bom, semicolon, crlf",
       "\xEF\xBB\xBFHọ tên;Giới tính\r\nNguyễn Văn A;Nam\r\n",
       ';',
       {{1, {"Họ tên", "Giới tính"}}, {2, {"Nguyễn Văn A", "Nam"}}}},
      {"semicolon file with decimal commas",
       "Họ tên;Giờ\nA;1,5\n",
       ';',
       {{1, {"Họ tên", "Giờ"}}, {2, {"A", "1,5"}}}},
      {"tab beats commas",
       "a\tb,c\n1\t2,3",
       '\t',
       {{1, {"a", "b,c"}}, {2, {"1", "2,3"}}}},
      {"tie goes to semicolon",
       "a;b,c\n1;2,3\n",
       ';',
       {{1, {"a", "b,c"}}, {2, {"1", "2,3"}}}},
      {"quoted delimiters are not counted",
       "\"a;b;c\",d\n",
       ',',
       {{1, {"a;b;c", "d"}}}},
      {"single column defaults to comma",
       "name\nx,y\n",
       ',',
       {{1, {"name"}}, {2, {"x", "y"}}}},
      {"leading blank lines",
       "\n \r\na;b\n1;2\n",
       ';',
       {{1, {""}}, {2, {" "}}, {3, {"a", "b"}}, {4, {"1", "2"}}}},
      {"tab header starting with an empty cell",
       "\tTên\tTuổi\nx\ty\tz\n",
       '\t',
       {{1, {"", "Tên", "Tuổi"}}, {2, {"x", "y", "z"}}}},
      {"nfc and nfd kept as written",
       "Giới tính,Gio\u031B\u0301i ti\u0301nh\nNữ,Nu\u031B\u0303\n",
       ',',
       {{1, {"Giới tính", "Gio\u031B\u0301i ti\u0301nh"}},
        {2, {"Nữ", "Nu\u031B\u0303"}}}},
      {"utf-16 le with bom and tabs",
       utf16("Họ tên\tGhi chú\r\nNguyễn Thị Đào\t𝄞 \"x\"\r\n", false),
       '\t',
       {{1, {"Họ tên", "Ghi chú"}}, {2, {"Nguyễn Thị Đào", "𝄞 \"x\""}}}},
      {"utf-16 be with bom and tabs",
       utf16("Họ tên\tGhi chú\r\nNguyễn Thị Đào\t𝄞\r\n", true),
       '\t',
       {{1, {"Họ tên", "Ghi chú"}}, {2, {"Nguyễn Thị Đào", "𝄞"}}}},
      {"utf-16 quoted line break",
       utf16("a\tb\r\n\"dòng 1\r\ndòng 2\"\tx\r\ny\tz", false),
       '\t',
       {{1, {"a", "b"}}, {2, {"dòng 1\r\ndòng 2", "x"}}, {3, {"y", "z"}}}},
  };
}

class CsvReaderChunkTest : public testing::TestWithParam<std::size_t> {};

TEST_P(CsvReaderChunkTest, ReadsGoodInput) {
  for (const GoodCase& c : good_cases()) {
    SCOPED_TRACE(c.name);
    const Result result = read_all(c.input, GetParam());
    ASSERT_TRUE(result.opened);
    EXPECT_EQ(result.delimiter, c.delimiter);
    EXPECT_EQ(result.rows, c.rows);
    EXPECT_FALSE(result.error.has_value());
  }
}

struct BadCase {
  const char* name;
  std::string input;
  std::vector<Row> rows_before_error;
  InputErrorKind kind;
  long row;
  std::string column;
  std::string expected;
};

std::vector<BadCase> bad_cases() {
  return {
      {"windows-1258 bytes after a multi-line record",
       "STT,Họ tên\n1,\"Nguyễn\nVăn A\"\n2,Nguy\xEA\xDEn V\xE3n B\n3,C\n",
       {{1, {"STT", "Họ tên"}}, {2, {"1", "Nguyễn\nVăn A"}}},
       InputErrorKind::kBadEncoding,
       3,
       "Họ tên",
       kExpectedEncoding},
      {"windows-1258 header",
       "H\xE4 t\xEAn;Gi\xF5\xECi t\xEDnh\n1;2\n",
       {},
       InputErrorKind::kBadEncoding,
       1,
       "",
       kExpectedEncoding},
      {"utf-16 without bom (nul bytes)",
       std::string("a\0,\0b\0\n\0", 8),
       {},
       InputErrorKind::kBadEncoding,
       1,
       "",
       kExpectedEncoding},
      {"utf-16 lone high surrogate",
       utf16le_units({'a', '\t', 'b', '\n', 'x', '\t', 0xD834, 'y', '\n'}),
       {{1, {"a", "b"}}},
       InputErrorKind::kBadEncoding,
       2,
       "b",
       kExpectedEncoding},
      {"utf-16 lone low surrogate",
       utf16le_units({'a', '\t', 'b', '\n', 0xDD1E, '\t', 'y', '\n'}),
       {{1, {"a", "b"}}},
       InputErrorKind::kBadEncoding,
       2,
       "a",
       kExpectedEncoding},
      {"utf-16 high surrogate at the end",
       utf16le_units({'a', '\t', 'b', '\n', 'x', '\t', 0xD834}),
       {{1, {"a", "b"}}},
       InputErrorKind::kBadEncoding,
       2,
       "b",
       kExpectedEncoding},
      {"utf-16 odd byte count",
       utf16le_units({'a', '\t', 'b', '\n'}) + "x",
       {{1, {"a", "b"}}},
       InputErrorKind::kBadEncoding,
       2,
       "a",
       kExpectedEncoding},
      {"nul byte in a field after clean rows",
       std::string("a,b\n1,2\n3,x\0y\n4,5\n", 18),
       {{1, {"a", "b"}}, {2, {"1", "2"}}},
       InputErrorKind::kBadEncoding,
       3,
       "b",
       kExpectedEncoding},
      {"bad byte after a doubled quote",
       "a,b\n\"q\"\"\xFF\",2\n3,4\n",
       {{1, {"a", "b"}}},
       InputErrorKind::kBadEncoding,
       2,
       "a",
       kExpectedEncoding},
      {"a character cut off by the end of the file",
       "a,b\n1,2\n3,\xC3",
       {{1, {"a", "b"}}, {2, {"1", "2"}}},
       InputErrorKind::kBadEncoding,
       3,
       "b",
       kExpectedEncoding},
      {"unclosed quote",
       "a,b\n1,2\n3,\"abc\n4,5\n",
       {{1, {"a", "b"}}, {2, {"1", "2"}}},
       InputErrorKind::kMalformedCsv,
       3,
       "b",
       "closing \""},
      {"unclosed quote after multi-line records",
       "a,b\n\"1\n1\",2\n\"x\r\n\ny\",z\n\"never closed,\n\n",
       {{1, {"a", "b"}}, {2, {"1\n1", "2"}}, {3, {"x\r\n\ny", "z"}}},
       InputErrorKind::kMalformedCsv,
       4,
       "a",
       "closing \""},
      {"unclosed quote in the header",
       "a,\"b\n1,2\n",
       {},
       InputErrorKind::kMalformedCsv,
       1,
       "",
       "closing \""},
  };
}

TEST_P(CsvReaderChunkTest, ReportsBadInput) {
  for (const BadCase& c : bad_cases()) {
    SCOPED_TRACE(c.name);
    const Result result = read_all(c.input, GetParam());
    ASSERT_TRUE(result.opened);
    EXPECT_EQ(result.rows, c.rows_before_error);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, c.kind);
    EXPECT_EQ(result.error->file, kFile);
    EXPECT_EQ(result.error->row, c.row);
    EXPECT_EQ(result.error->column, c.column);
    EXPECT_EQ(result.error->expected, c.expected);
  }
}

TEST_P(CsvReaderChunkTest, RejectsEmptyFiles) {
  const std::string cases[] = {
      "",
      "\xEF\xBB\xBF",
      " \r\n\t\n",
      "\xEF\xBB\xBF\r\n",
      "\xFF\xFE",
      "\xFE\xFF",
      utf16(" \r\n\t", false),
      utf16("\n\n", true),
  };
  for (const std::string& input : cases) {
    SCOPED_TRACE(testing::PrintToString(input));
    const Result result = read_all(input, GetParam());
    EXPECT_FALSE(result.opened);
    EXPECT_EQ(result.open_error.kind, InputErrorKind::kEmptyFile);
    EXPECT_EQ(result.open_error.file, kFile);
    EXPECT_EQ(result.open_error.row, 0);
  }
}

// A record said to be in NFC (CsvRecord::nfc, which lets the converter skip
// normalizing) is: wherever the chunks end, a record with a decomposed
// character, or one that begins in a chunk with one, is never said to be.
TEST_P(CsvReaderChunkTest, ARecordSaidToBeInNfcIs) {
  const std::string data = std::string("a,b\nNguyễn,\"x\"\n\"") + kTruongBanNfd +
                           "\",y\nĐức,z\n" + kGioiTinhNfd + ",w\nVăn,Thị\n";
  auto reader = CsvReader::from_string(data, kFile, nullptr, GetParam());
  ASSERT_NE(reader, nullptr);
  CsvRecord record;
  int rows = 0;
  while (reader->next(record)) {
    ++rows;
    if (!record.nfc) continue;
    for (const std::string& field : record.fields) {
      EXPECT_EQ(text::to_nfc(field), field) << "row " << record.row;
    }
  }
  EXPECT_EQ(rows, 6);
}

INSTANTIATE_TEST_SUITE_P(ChunkSizes, CsvReaderChunkTest,
                         testing::Values(1, 2, 3, 5, 16,
                                         CsvReader::kDefaultChunkSize));

// Precomposed text, as Vietnamese is usually written, is known to be in NFC:
// the converter does not normalize it again.
TEST(CsvReaderTest, PrecomposedTextIsKnownToBeInNfc) {
  auto reader = CsvReader::from_string("Họ tên,Giới tính\nNguyễn Văn Đức,Nữ\n\"Trưởng, bản\",x\n",
                                       kFile, nullptr);
  ASSERT_NE(reader, nullptr);
  CsvRecord record;
  while (reader->next(record)) EXPECT_TRUE(record.nfc) << "row " << record.row;
}

// ... wherever the chunks end, even inside a character: the character is
// checked whole with the next chunk (a record after such a cut once had
// to check its own bytes, to the end of the chunk).
TEST(CsvReaderTest, PrecomposedTextIsKnownToBeInNfcWhereverTheChunksEnd) {
  std::string data = "Họ tên,Giới tính,Ghi chú\n";
  // More lines than the delimiter is detected from, which are read at once.
  for (int i = 0; i < 2 * static_cast<int>(CsvReader::kDetectionLines); ++i) {
    data += "Nguyễn Thị Ánh " + std::to_string(i) + ",Nữ,\"Trưởng, bản ấp\"\n";
  }
  for (std::size_t chunk = 1; chunk <= 70; ++chunk) {
    auto reader = CsvReader::from_string(data, kFile, nullptr, chunk);
    ASSERT_NE(reader, nullptr);
    CsvRecord record;
    int rows = 0;
    while (reader->next(record)) {
      ++rows;
      EXPECT_TRUE(record.nfc) << "chunk " << chunk << ", row " << record.row;
      if (record.row > 1) {
        EXPECT_EQ(record.fields[2], "Trưởng, bản ấp");
      }
    }
    EXPECT_EQ(rows, 1 + 2 * static_cast<int>(CsvReader::kDetectionLines)) << "chunk " << chunk;
    EXPECT_FALSE(reader->error()) << "chunk " << chunk;
  }
}

TEST(CsvReaderTest, NfdAndNfcHeadersFoldToTheSameKey) {
  const Result result =
      read_all("Giới tính;Gio\u031B\u0301i ti\u0301nh;GIOI_TINH\n", 1 << 20);
  ASSERT_EQ(result.rows.size(), 1u);
  const std::vector<std::string>& header = result.rows[0].fields;
  ASSERT_EQ(header.size(), 3u);
  EXPECT_NE(header[0], header[1]);  // the reader keeps the bytes
  for (const std::string& name : header) {
    EXPECT_EQ(text::fold_loose(name), "gioi tinh");
  }
}

TEST(CsvReaderTest, ReusesTheRecordAndShrinksIt) {
  auto reader = CsvReader::from_string("a,b,c\nx\n", kFile, nullptr);
  ASSERT_NE(reader, nullptr);
  CsvRecord record;
  ASSERT_TRUE(reader->next(record));
  EXPECT_EQ(record.fields.size(), 3u);
  ASSERT_TRUE(reader->next(record));
  EXPECT_EQ(record.fields, std::vector<std::string>{"x"});
  EXPECT_EQ(record.row, 2);
  EXPECT_FALSE(reader->next(record));
  EXPECT_FALSE(reader->error().has_value());
}

TEST(CsvReaderTest, NullErrorPointerIsAllowed) {
  EXPECT_EQ(CsvReader::from_string("", kFile, nullptr), nullptr);
}

TEST(CsvReaderTest, ReadsManyRowsAcrossChunks) {
  std::string data = "id;name;note\r\n";
  constexpr int kRows = 50000;
  for (int i = 0; i < kRows; ++i) {
    data += std::to_string(i) + ";Nguyễn Văn " + std::to_string(i) +
            ";\"ghi \"\"chú\"\"\r\ndòng 2\"\r\n";
  }
  for (const std::size_t chunk : {std::size_t{4093}, std::size_t{1} << 20}) {
    auto reader = CsvReader::from_string(data, kFile, nullptr, chunk);
    ASSERT_NE(reader, nullptr);
    CsvRecord record;
    ASSERT_TRUE(reader->next(record));
    long count = 0;
    while (reader->next(record)) {
      ASSERT_EQ(record.row, count + 2);
      ASSERT_EQ(record.fields.size(), 3u);
      ASSERT_EQ(record.fields[0], std::to_string(count));
      ASSERT_EQ(record.fields[2], "ghi \"chú\"\r\ndòng 2");
      ++count;
    }
    EXPECT_FALSE(reader->error().has_value());
    EXPECT_EQ(count, kRows);
  }
}

class CsvReaderFileTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(testing::TempDir()) /
           (std::string("csv_reader_test_") +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path write(const std::string& name,
                              const std::string& bytes) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(CsvReaderFileTest, OpensAFile) {
  const auto path =
      write("nhan_su.csv", "\xEF\xBB\xBFstaff_id;gender\r\nNV01;Nữ\r\n");
  InputError error;
  auto reader = CsvReader::open(path, "nhan_su.csv", &error);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->delimiter(), ';');
  CsvRecord record;
  ASSERT_TRUE(reader->next(record));
  EXPECT_EQ(record.fields, (std::vector<std::string>{"staff_id", "gender"}));
  ASSERT_TRUE(reader->next(record));
  EXPECT_EQ(record.fields, (std::vector<std::string>{"NV01", "Nữ"}));
  EXPECT_EQ(record.row, 2);
  EXPECT_FALSE(reader->next(record));
  EXPECT_FALSE(reader->error().has_value());
}

TEST_F(CsvReaderFileTest, EmptyFile) {
  const auto path = write("rong.csv", "");
  InputError error;
  EXPECT_EQ(CsvReader::open(path, "rong.csv", &error), nullptr);
  EXPECT_EQ(error.kind, InputErrorKind::kEmptyFile);
  EXPECT_EQ(error.file, "rong.csv");
}

TEST_F(CsvReaderFileTest, MissingFileOrDirectoryCannotBeOpened) {
  for (const auto& path : {dir_ / "khong_co.csv", dir_}) {
    InputError error;
    EXPECT_EQ(CsvReader::open(path, "khong_co.csv", &error), nullptr);
    EXPECT_EQ(error.kind, InputErrorKind::kCannotOpen);
    EXPECT_EQ(error.file, "khong_co.csv");
    EXPECT_EQ(error.row, 0);
  }
}

}  // namespace
}  // namespace genaudit
