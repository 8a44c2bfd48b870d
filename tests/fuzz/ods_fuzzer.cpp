// The ODS reader on arbitrary bytes, in two modes chosen by the first byte:
//  - even: the bytes are the workbook file itself (a ZIP archive);
//  - odd: the bytes are content.xml, which the fuzzer stores in a ZIP
//    archive itself, so that mutations reach the XML handlers (repeat
//    counts, paragraphs, sheets) instead of dying in inflate or CRC checks.
// Small limits let the fuzzer reach them. Every row read must respect them,
// and rows must come in increasing order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "adapters/ods/ods_reader.h"
#include "tests/fuzz/stored_zip.h"

namespace {

// A ZIP archive holding `content` as content.xml.
std::string stored_content_zip(std::string_view content) {
  return genaudit::fuzzing::stored_zip({{"content.xml", std::string(content)}});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit;
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string bytes = (data[0] & 1) ? stored_content_zip(text) : std::string(text);

  XlsxLimits limits;
  limits.max_sheet_bytes = 1 << 20;
  limits.max_cell_bytes = 256;
  limits.max_row_bytes = 2048;
  limits.max_columns = 64;
  limits.max_xml_depth = 32;
  limits.max_rows = 5000;
  limits.max_sheet_text_bytes = 1 << 16;

  InputError error{};
  // The second sheet when there is one, so that skipping a sheet is fuzzed.
  auto reader = OdsReader::from_bytes(bytes, "fuzz.ods", "", limits, &error);
  if (reader && reader->sheet_names().size() > 1) {
    reader = OdsReader::from_bytes(std::move(bytes), "fuzz.ods", reader->sheet_names()[1], limits,
                                   &error);
  }
  if (!reader) return 0;
  CsvRecord record;
  long last_row = 0;
  std::size_t sheet_bytes = 0;
  while (reader->next(record)) {
    if (record.fields.empty() || record.fields.size() > limits.max_columns) __builtin_trap();
    std::size_t bytes_in_row = 0;
    for (const std::string& f : record.fields) {
      if (f.size() > limits.max_cell_bytes) __builtin_trap();
      bytes_in_row += f.size();
    }
    if (bytes_in_row > limits.max_row_bytes) __builtin_trap();
    sheet_bytes += bytes_in_row;
    if (sheet_bytes > limits.max_sheet_text_bytes) __builtin_trap();
    if (record.row <= last_row || record.row > static_cast<long>(limits.max_rows)) __builtin_trap();
    last_row = record.row;
  }
  return 0;
}
