// The parallel XLSX reader against the serial one on arbitrary worksheets:
// the input's parts (worksheet, shared strings, styles, ... separated by
// "\n@@\n", as in the xlsx fuzzer's odd mode) are stored in a workbook;
// after the first row or two (read by an XlsxReader, as RegisterReader
// does), the rest read by ParallelXlsxReader must give the same records,
// rows and error as XlsxReader reading alone. The first byte chooses the
// range size (1 to 64 bytes, so that every sheet is cut in many places),
// the threads (2 or 3), the rows read first and whether only some columns
// are read. Small limits let the fuzzer reach them.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/xlsx/parallel_xlsx_reader.h"
#include "adapters/xlsx/xlsx_reader.h"
#include "tests/fuzz/xlsx_workbook.h"

namespace {

using namespace genaudit;

struct Outcome {
  std::vector<CsvRecord> records;
  std::optional<InputError> error;
};

class Records : public RangeSink {
 public:
  void add(CsvRecord& record) override { records.push_back(record); }
  void clear() override { records.clear(); }
  std::vector<CsvRecord> records;
};

constexpr std::size_t kMaxRecords = 5000;

// Reads `bytes` alone (`options` null), or `lead` rows alone and the rest in
// parallel.
Outcome read(const std::string& bytes, const XlsxLimits& limits, bool some_columns,
             std::size_t lead, const ParallelCsvOptions* options) {
  Outcome out;
  InputError error{};
  auto reader = XlsxReader::from_bytes(bytes, "fuzz.xlsx", "", limits, &error);
  if (!reader) {
    out.error = error;
    return out;
  }
  CsvRecord record;
  const std::size_t alone = options ? lead : kMaxRecords;
  while (out.records.size() < alone && reader->next(record)) {
    out.records.push_back(record);
    if (some_columns && out.records.size() == 1) reader->read_only_columns({true, false, true});
  }
  std::unique_ptr<ParallelRecords> rest;
  if (options) {
    rest = read_rest_in_parallel(*reader, [] { return std::make_unique<Records>(); }, *options);
  }
  if (!rest) {
    while (out.records.size() < kMaxRecords && reader->next(record)) out.records.push_back(record);
    out.error = reader->error();
    return out;
  }
  ParallelRecords::Piece piece;
  while (out.records.size() < kMaxRecords && rest->next(&piece)) {
    for (CsvRecord& r : static_cast<Records*>(piece.sink.get())->records) {
      r.row += piece.row_before;
      out.records.push_back(r);
    }
    rest->recycle(piece);
  }
  out.error = rest->error();
  return out;
}

bool same(const Outcome& a, const Outcome& b) {
  const std::size_t n = std::min(a.records.size(), b.records.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (a.records[i].row != b.records[i].row || a.records[i].fields != b.records[i].fields) {
      return false;
    }
  }
  // Past kMaxRecords the readings stop at different points: compare only
  // what both read.
  if (a.records.size() >= kMaxRecords || b.records.size() >= kMaxRecords) return true;
  if (a.records.size() != b.records.size()) return false;
  if (a.error.has_value() != b.error.has_value()) return false;
  if (!a.error) return true;
  return a.error->kind == b.error->kind && a.error->file == b.error->file &&
         a.error->sheet == b.error->sheet && a.error->row == b.error->row &&
         a.error->column == b.error->column && a.error->value == b.error->value &&
         a.error->expected == b.error->expected;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (std::size_t{1} << 16)) return 0;
  const unsigned choice = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string bytes = fuzzing::workbook_from_parts(text);

  XlsxLimits limits = fuzzing::small_limits();
  limits.max_sheet_text_bytes = 1 << 14;

  ParallelCsvOptions options;
  options.range_bytes = 1 + choice % 64;
  options.threads = 2 + choice / 64 % 2;
  options.min_file_bytes = 0;
  const std::size_t lead = 1 + choice / 128;
  const bool some_columns = choice % 3 == 0;

  const Outcome alone = read(bytes, limits, some_columns, lead, nullptr);
  const Outcome parallel = read(bytes, limits, some_columns, lead, &options);
  if (!same(alone, parallel)) __builtin_trap();
  return 0;
}
