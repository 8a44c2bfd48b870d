// The ODS reader on arbitrary bytes, in two modes chosen by the first byte:
//  - even: the bytes are the workbook file itself (a ZIP archive);
//  - odd: the bytes are content.xml, which the fuzzer stores in a ZIP
//    archive itself, so that mutations reach the XML handlers (repeat
//    counts, paragraphs, sheets) instead of dying in inflate or CRC checks.
// Small limits let the fuzzer reach them. Every row read must respect them,
// and rows must come in increasing order.
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "adapters/ods/ods_reader.h"

namespace {

void put16(std::string& out, unsigned v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

// A ZIP archive holding `content` as content.xml, stored (not compressed).
std::string stored_content_zip(std::string_view content) {
  const std::string name = "content.xml";
  const auto crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size())));
  const auto size = static_cast<std::uint32_t>(content.size());
  std::string out;
  put32(out, 0x04034b50);
  for (unsigned v : {20u, 0u, 0u, 0u, 0u}) put16(out, v);  // version, flags, stored, time, date
  put32(out, crc);
  put32(out, size);
  put32(out, size);
  put16(out, static_cast<unsigned>(name.size()));
  put16(out, 0);
  out += name;
  out += content;
  const auto central_offset = static_cast<std::uint32_t>(out.size());
  std::string central;
  put32(central, 0x02014b50);
  for (unsigned v : {20u, 20u, 0u, 0u, 0u, 0u}) put16(central, v);
  put32(central, crc);
  put32(central, size);
  put32(central, size);
  put16(central, static_cast<unsigned>(name.size()));
  for (unsigned v : {0u, 0u, 0u, 0u}) put16(central, v);  // extra, comment, disk, attributes
  put32(central, 0);
  put32(central, 0);  // the local header's offset
  central += name;
  out += central;
  put32(out, 0x06054b50);
  for (unsigned v : {0u, 0u, 1u, 1u}) put16(out, v);
  put32(out, static_cast<std::uint32_t>(central.size()));
  put32(out, central_offset);
  put16(out, 0);
  return out;
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
