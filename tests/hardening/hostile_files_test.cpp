// Hostile workbooks and CSV files are refused by the readers' limits with a
// clear error, in bounded memory and time. Each file is read in a child
// process, whose peak memory (getrusage through wait4) is compared with
// that of a child that reads nothing.
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <string>

#include "adapters/csv/csv_reader.h"
#include "adapters/registers/register_reader.h"
#include "adapters/registers/province_registers.h"
#include "adapters/xlsx/xlsx_reader.h"
#include "tests/adapters/xlsx_test_support.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;
using testing::workbook;
using testing::write_zip;

struct ChildRun {
  int exit_code = -1;
  long peak_kib = 0;  // the child's maximum resident set
  double seconds = 0;
};

// Runs `body` in a child process; its return value is the exit code.
ChildRun in_child(const std::function<int()>& body) {
  const auto started = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) _exit(body());
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  ChildRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.peak_kib = usage.ru_maxrss;
  run.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return run;
}

// Reads the workbook at `path` to its end with `limits`. Exit code 0 when it
// is refused with kLimitExceeded (or `kind`) naming `limit`, else 1.
int refused(const fs::path& path, const XlsxLimits& limits, InputErrorKind kind,
            const std::string& limit) {
  InputError error{};
  auto reader = XlsxReader::open(path, "hostile.xlsx", "", limits, &error);
  if (reader) {
    CsvRecord record;
    while (reader->next(record)) {
    }
    if (!reader->error()) return 1;
    error = *reader->error();
  }
  const bool named = limit.empty() || error.expected.find(limit) != std::string::npos;
  return error.kind == kind && named ? 0 : 1;
}

// The peak memory of a child that reads nothing, the baseline.
long baseline_kib() {
  static const long kib = in_child([] { return 0; }).peak_kib;
  return kib;
}

// Under AddressSanitizer (.ci/sanitize) freed memory is held in quarantine
// to catch a use after free — 256 MiB by default (quarantine_size_mb), plus
// its shadow (an eighth) — so a reader that frees each row as it goes still
// shows up to that much in its peak. Without it the bounds are as written.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kQuarantineMib = 256 + 256 / 8;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kQuarantineMib = 256 + 256 / 8;
#else
constexpr long kQuarantineMib = 0;
#endif
#else
constexpr long kQuarantineMib = 0;
#endif

void expect_bounded(const ChildRun& run, long max_extra_mib, double max_seconds) {
  EXPECT_EQ(run.exit_code, 0) << "not refused with the expected error";
  EXPECT_LT(run.peak_kib - baseline_kib(), (max_extra_mib + kQuarantineMib) * 1024)
      << "peak " << run.peak_kib << " KiB, baseline " << baseline_kib() << " KiB";
  EXPECT_LT(run.seconds, max_seconds);
}

std::string sheet_with_rows(const std::string& rows) { return testing::sheet_xml(rows); }

TEST(HostileFiles, AZipBombSheetIsRefusedByItsCompressionRatio) {
  TempDir dir;
  const fs::path path = dir.path() / "bomb.xlsx";
  {
    // 256 MiB of blanks inside <sheetData>: about 250 KiB compressed.
    const std::string sheet = sheet_with_rows(std::string(std::size_t{256} << 20, ' '));
    write_zip(path, workbook(sheet));
  }
  ASSERT_LT(fs::file_size(path), std::uintmax_t{2} << 20);
  const ChildRun run = in_child([&] {
    return refused(path, XlsxLimits{}, InputErrorKind::kLimitExceeded, "max_compression_ratio");
  });
  expect_bounded(run, 32, 20);
}

TEST(HostileFiles, EntityExpansionIsRefusedBeforeAnyExpansion) {
  TempDir dir;
  const fs::path path = dir.path() / "laughs.xlsx";
  std::string entities = "<!ENTITY a0 \"lollollollollollollollollollol\">";
  for (int i = 1; i < 10; ++i) {
    entities += "<!ENTITY a" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) entities += "&a" + std::to_string(i - 1) + ";";
    entities += "\">";
  }
  const std::string sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities +
                            "]><worksheet xmlns=\"" + std::string(testing::kMainNs) +
                            "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a9;"
                            "</t></is></c></row></sheetData></worksheet>";
  write_zip(path, workbook(sheet));
  const ChildRun run = in_child([&] {
    return refused(path, XlsxLimits{}, InputErrorKind::kCorruptWorkbook, "DOCTYPE");
  });
  expect_bounded(run, 16, 10);
}

TEST(HostileFiles, AHugeSharedStringTableIsRefusedByItsSizeOrRatio) {
  // 120 MiB of tiny shared strings, compressing about 1000:1: refused long
  // before the table is read, with the default limits.
  TempDir dir;
  const fs::path path = dir.path() / "strings.xlsx";
  {
    std::string sst = "<sst xmlns=\"" + std::string(testing::kMainNs) + "\">";
    sst.reserve(std::size_t{121} << 20);
    while (sst.size() < (std::size_t{120} << 20)) sst += "<si><t>a</t></si>";
    sst += "</sst>";
    write_zip(path, workbook(sheet_with_rows(""), sst));
  }
  const ChildRun run = in_child(
      [&] { return refused(path, XlsxLimits{}, InputErrorKind::kLimitExceeded, ""); });
  expect_bounded(run, 64, 20);
}

TEST(HostileFiles, TooManySharedStringsAreRefusedAtTheCountLimit) {
  // Strings that do not compress well, over a count limit set low: the
  // table is refused at the limit, having held no more than the limit.
  TempDir dir;
  const fs::path path = dir.path() / "count.xlsx";
  {
    std::mt19937 random(7);
    std::string sst = "<sst xmlns=\"" + std::string(testing::kMainNs) + "\">";
    for (int i = 0; i < 300'000; ++i) sst += "<si><t>" + std::to_string(random()) + "</t></si>";
    sst += "</sst>";
    write_zip(path, workbook(sheet_with_rows(""), sst));
  }
  XlsxLimits limits;
  limits.max_shared_strings = 100'000;
  const ChildRun run = in_child([&] {
    return refused(path, limits, InputErrorKind::kLimitExceeded, "max_shared_strings = 100000");
  });
  expect_bounded(run, 32, 20);
}

TEST(HostileFiles, AnUnclosedQuoteInABigCsvIsRefusedAtItsRowInBoundedMemory) {
  TempDir dir;
  const fs::path path = dir.path() / "staff.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "Mã cán bộ,Họ và tên,Giới tính\n1,An,Nữ\n2,\"Bình,Nam\n";
    const std::string row = "3,Chi,Nữ\n";
    for (std::size_t written = 0; written < (std::size_t{64} << 20); written += row.size()) {
      out << row;
    }
  }
  const ChildRun run = in_child([&] {
    InputError error{};
    auto reader = CsvReader::open(path, "staff.csv", &error);
    if (!reader) return 1;
    CsvRecord record;
    while (reader->next(record)) {
    }
    const auto& e = reader->error();
    return e && e->kind == InputErrorKind::kCsvLimitExceeded && e->row == 3 &&
                   e->column == "Họ và tên" && e->expected == "max_field_bytes = 1048576"
               ? 0
               : 1;
  });
  expect_bounded(run, 16, 20);
}

TEST(HostileFiles, AFileThatOpensWithAQuoteIsNotReadWholeToFindTheDelimiter) {
  TempDir dir;
  const fs::path path = dir.path() / "agencies.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << '"';
    const std::string filler(1 << 16, 'x');
    for (int i = 0; i < 1024; ++i) out << filler;  // 64 MiB, one open quote
  }
  const ChildRun run = in_child([&] {
    InputError error{};
    auto reader = CsvReader::open(path, "agencies.csv", &error);
    if (!reader) return 1;
    CsvRecord record;
    while (reader->next(record)) {
    }
    const auto& e = reader->error();
    return e && e->kind == InputErrorKind::kCsvLimitExceeded && e->row == 1 ? 0 : 1;
  });
  expect_bounded(run, 16, 20);
}

// A workbook whose rows each point at one shared string of `string_bytes`
// in column `column` (0-based) of the register agencies, under the header
// "Mã đơn vị", "Tên đơn vị", "Cấp", "Ghi chú riêng" (the last a column no
// field reads). Small on disk: the string is stored once.
fs::path amplifying_workbook(const TempDir& dir, std::size_t rows, std::size_t column,
                             std::size_t string_bytes) {
  const fs::path path = dir.path() / "agencies.xlsx";
  auto inline_cell = [](const std::string& text) {
    return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  };
  std::string sheet = "<row r=\"1\">" + inline_cell("Mã đơn vị") + inline_cell("Tên đơn vị") +
                      inline_cell("Cấp") + inline_cell("Ghi chú riêng") + "</row>";
  for (std::size_t r = 2; r < rows + 2; ++r) {
    const std::string ref = std::to_string(r);
    sheet += "<row r=\"" + ref + "\">";
    for (std::size_t c = 0; c < 4; ++c) {
      const std::string cell_ref = std::string(1, static_cast<char>('A' + c)) + ref;
      if (c == column) {
        sheet += "<c r=\"" + cell_ref + "\" t=\"s\"><v>0</v></c>";
      } else {
        const std::string text = c == 0 ? "DV" + ref : c == 1 ? "Sở " + ref : "tỉnh";
        sheet += "<c r=\"" + cell_ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
      }
    }
    sheet += "</row>";
  }
  const std::string strings = "<sst xmlns=\"" + std::string(testing::kMainNs) + "\"><si><t>" +
                              std::string(string_bytes, 'x') + "</t></si></sst>";
  write_zip(path, workbook(sheet_with_rows(sheet), strings));
  return path;
}

TEST(HostileFiles, ASharedStringReferencedByEveryRowIsRefusedAtTheSheetTextLimit) {
  // 2,000 rows all pointing at one 1 MB shared string: 2 GB of text from a
  // file of a few KiB. Refused with the limit's message once the sheet's
  // text passes max_sheet_text_bytes, never holding more than a row.
  TempDir dir;
  const fs::path path = amplifying_workbook(dir, 2000, 1, 1'000'000);
  ASSERT_LT(fs::file_size(path), std::uintmax_t{64} << 10);
  const ChildRun run = in_child([&] {
    return refused(path, XlsxLimits{}, InputErrorKind::kLimitExceeded,
                   "max_sheet_text_bytes = " + std::to_string(XlsxLimits{}.max_sheet_text_bytes));
  });
  expect_bounded(run, 64, 60);

  // The error names the file, the sheet, the row and the part.
  XlsxLimits limits;
  limits.max_sheet_text_bytes = 10'000'000;
  InputError error{};
  auto reader = XlsxReader::open(path, "agencies.xlsx", "", limits, &error);
  ASSERT_TRUE(reader);
  CsvRecord record;
  while (reader->next(record)) {
  }
  ASSERT_TRUE(reader->error());
  EXPECT_EQ(reader->error()->kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(reader->error()->file, "agencies.xlsx");
  EXPECT_EQ(reader->error()->sheet, "Sheet1");
  EXPECT_EQ(reader->error()->row, 11);  // the tenth string passes 10 MB
  EXPECT_EQ(reader->error()->value, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(reader->error()->expected, "max_sheet_text_bytes = 10000000");
}

// Reads `path` as the register agencies with `limits`: its rows, and the
// errors.
std::size_t register_rows(const fs::path& path, const XlsxLimits& limits, InputErrors* errors) {
  RecordSourceOptions options;
  options.xlsx_limits = limits;
  auto reader = RegisterReader::open(*find_register("agencies"), path, path.filename().string(),
                                     errors, options);
  if (!reader) return 0;
  std::size_t rows = 0;
  RegisterRow row;
  while (reader->next(&row, errors)) ++rows;
  return rows;
}

TEST(HostileFiles, CellsOfAnIgnoredColumnAreNeitherCopiedNorCounted) {
  // The column no field reads points at a 200 kB string on every one of 100
  // rows: 20 MB if it were copied. The register reads within 8 MB of sheet
  // text, since only the rows read while looking for the header are whole.
  TempDir dir;
  const fs::path path = amplifying_workbook(dir, 100, 3, 200'000);
  XlsxLimits limits;
  limits.max_sheet_text_bytes = 8'000'000;
  InputErrors errors;
  EXPECT_EQ(register_rows(path, limits, &errors), 100u);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].expected);

  // Read whole, the same sheet is over that limit.
  EXPECT_EQ(refused(path, limits, InputErrorKind::kLimitExceeded, "max_sheet_text_bytes"), 0);

  // A column read by a field is counted.
  const fs::path read_column = amplifying_workbook(dir, 100, 1, 200'000);
  errors.clear();
  register_rows(read_column, limits, &errors);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors.back().kind, InputErrorKind::kLimitExceeded);
  EXPECT_EQ(errors.back().expected, "max_sheet_text_bytes = 8000000");
}

TEST(HostileFiles, ARowWithTextOnlyInAnIgnoredColumnIsStillNoBlankRow) {
  // Left out of the record or not, the ignored cell still says whether the
  // row has anything in it: text there makes the row's empty fields errors,
  // blanks there leave the row blank, as when the cell was copied.
  TempDir dir;
  const fs::path path = dir.path() / "agencies.xlsx";
  std::string sheet =
      "<row r=\"1\"><c t=\"inlineStr\"><is><t>Mã đơn vị</t></is></c><c t=\"inlineStr\"><is>"
      "<t>Tên đơn vị</t></is></c><c t=\"inlineStr\"><is><t>Cấp</t></is></c><c t=\"inlineStr\">"
      "<is><t>Ghi chú riêng</t></is></c></row>";
  for (int r = 2; r <= 40; ++r) {
    const std::string ref = std::to_string(r);
    sheet += "<row r=\"" + ref + "\"><c r=\"A" + ref + "\" t=\"inlineStr\"><is><t>DV" + ref +
             "</t></is></c><c r=\"B" + ref + "\" t=\"inlineStr\"><is><t>Sở</t></is></c><c r=\"C" +
             ref + "\" t=\"inlineStr\"><is><t>tỉnh</t></is></c></row>";
  }
  sheet += "<row r=\"41\"><c r=\"D41\" t=\"s\"><v>0</v></c></row>"    // text
           "<row r=\"42\"><c r=\"D42\" t=\"s\"><v>1</v></c></row>"    // blanks
           "<row r=\"43\"><c r=\"D43\"><v>7</v></c></row>";           // a number
  const std::string strings = "<sst xmlns=\"" + std::string(testing::kMainNs) +
                              "\"><si><t>Tổng cộng</t></si><si><t xml:space=\"preserve\">  "
                              "\u00a0 </t></si></sst>";
  write_zip(path, workbook(sheet_with_rows(sheet), strings));
  InputErrors errors;
  EXPECT_EQ(register_rows(path, XlsxLimits{}, &errors), 41u);
  std::vector<long> rows_in_error;
  for (const InputError& e : errors) rows_in_error.push_back(e.row);
  EXPECT_EQ(rows_in_error, (std::vector<long>{41, 41, 41, 43, 43, 43}));
}

// The in-memory path the fuzzer uses reads a workbook exactly as the file
// path does.
TEST(XlsxFromBytes, ReadsAWorkbookAsOpenDoes) {
  const fs::path path = testing::xlsx_fixture("exceljs.xlsx");
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  InputError error{};
  auto from_file = XlsxReader::open(path, "exceljs.xlsx", "", XlsxLimits{}, &error);
  auto from_bytes = XlsxReader::from_bytes(bytes, "exceljs.xlsx", "", XlsxLimits{}, &error);
  ASSERT_TRUE(from_file);
  ASSERT_TRUE(from_bytes);
  EXPECT_EQ(from_file->sheet_name(), from_bytes->sheet_name());
  CsvRecord a, b;
  int rows = 0;
  while (from_file->next(a)) {
    ASSERT_TRUE(from_bytes->next(b));
    EXPECT_EQ(a.row, b.row);
    EXPECT_EQ(a.fields, b.fields);
    ++rows;
  }
  EXPECT_FALSE(from_bytes->next(b));
  EXPECT_GT(rows, 0);
  EXPECT_FALSE(XlsxReader::from_bytes("", "e.xlsx", "", XlsxLimits{}, &error));
  EXPECT_EQ(error.kind, InputErrorKind::kEmptyFile);
  EXPECT_FALSE(XlsxReader::from_bytes("not a zip", "e.xlsx", "", XlsxLimits{}, &error));
  EXPECT_EQ(error.kind, InputErrorKind::kCorruptWorkbook);
}

}  // namespace
}  // namespace genaudit
