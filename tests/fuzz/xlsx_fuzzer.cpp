// The XLSX reader on arbitrary bytes, in two modes chosen by the first byte:
//  - even: the bytes are the workbook file itself (a ZIP archive);
//  - odd: the bytes are the XML parts, separated by "\n@@\n" in the order
//    worksheet, shared strings, styles, workbook, workbook relationships;
//    the fuzzer stores them in a ZIP archive itself (parts left out get a
//    sound default), so that mutations reach the XML handlers instead of
//    dying in inflate or CRC checks.
// With bit 1 of the first byte set, the rows after the first are read for
// columns A and C only (XlsxReader::read_only_columns): every other field
// must then be empty or the stand-in.
// Small limits let the fuzzer reach them. Every row read must respect them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "adapters/xlsx/xlsx_reader.h"
#include "tests/fuzz/xlsx_workbook.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit;
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string bytes = (data[0] & 1) ? fuzzing::workbook_from_parts(text) : std::string(text);

  XlsxLimits limits = fuzzing::small_limits();
  const bool some_columns = (data[0] & 2) != 0;

  InputError error{};
  auto reader = XlsxReader::from_bytes(std::move(bytes), "fuzz.xlsx", "", limits, &error);
  if (!reader) return 0;
  CsvRecord record;
  long last_row = 0;
  std::size_t sheet_bytes = 0;
  for (int rows = 0; rows < 10000 && reader->next(record); ++rows) {
    if (record.fields.size() > limits.max_columns) __builtin_trap();
    std::size_t bytes_in_row = 0;
    for (const std::string& f : record.fields) bytes_in_row += f.size();
    if (bytes_in_row > limits.max_row_bytes) __builtin_trap();
    sheet_bytes += bytes_in_row;
    if (sheet_bytes > limits.max_sheet_text_bytes) __builtin_trap();
    if (record.row < 1) __builtin_trap();
    if (some_columns && rows > 0) {
      for (std::size_t c = 0; c < record.fields.size(); ++c) {
        if (c == 0 || c == 2) continue;
        if (!record.fields[c].empty() && record.fields[c] != XlsxReader::kUnreadCellText) {
          __builtin_trap();
        }
      }
    }
    if (some_columns && rows == 0) reader->read_only_columns({true, false, true});
    last_row = record.row;
  }
  (void)last_row;
  return 0;
}
