// The CSV reader on arbitrary bytes. Besides not crashing, reading must not
// depend on where the chunks fall: the input is read whole and in chunks of
// 1 to 64 bytes (the first byte says which), and both must give the same
// records and the same error. Small limits let the fuzzer reach them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/adapters/csv_outcomes.h"

using genaudit::CsvLimits;
using genaudit::testing::CsvOutcome;
using genaudit::testing::read_serially;

// Bigger than any input the fuzzer makes, so "whole" is one chunk, without
// allocating the reader's default 1 MiB for every input.
constexpr std::size_t kWhole = std::size_t{1} << 16;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > kWhole) return 0;
  const std::size_t chunk = 1 + data[0] % 64;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  CsvLimits small;
  small.max_field_bytes = 64;
  small.max_columns = 16;

  const CsvOutcome whole = read_serially(text, kWhole, small);
  const CsvOutcome chunked = read_serially(text, chunk, small);
  if (!genaudit::testing::difference(whole, chunked).empty()) __builtin_trap();
  for (std::size_t i = 0; i < whole.records.size(); ++i) {
    // Rows are numbered 1, 2, 3, ... with no gap.
    if (whole.records[i].row != static_cast<long>(i) + 1) __builtin_trap();
    if (whole.records[i].fields.size() > small.max_columns) __builtin_trap();
    for (const std::string& f : whole.records[i].fields) {
      if (f.size() > small.max_field_bytes) __builtin_trap();
    }
  }
  (void)read_serially(text, kWhole, CsvLimits{});
  return 0;
}
