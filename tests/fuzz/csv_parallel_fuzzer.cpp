// The parallel CSV reader against the serial one on arbitrary bytes: after
// the first record or two (read by a CsvReader, as RegisterReader does), the
// rest read by ParallelCsvReader must give the same records, rows and error
// as CsvReader reading alone. The first byte chooses the range size (1 to 32
// bytes, so that every input is cut in many places), the range readers'
// chunk size (1 to 4), the threads (1 to 3) and the rows read first. Small
// limits let the fuzzer reach them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/adapters/csv_outcomes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (std::size_t{1} << 16)) return 0;
  const unsigned choice = data[0];
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  genaudit::ParallelCsvOptions options;
  options.range_bytes = 1 + choice % 32;
  options.chunk_size = 1 + choice / 32 % 4;
  options.threads = 1 + choice / 128 % 2 + (choice % 3 == 0 ? 1 : 0);
  options.limits.max_field_bytes = 64;
  options.limits.max_columns = 16;
  const long lead_rows = 1 + static_cast<long>(choice % 2);

  const auto alone = genaudit::testing::read_serially(text, 1 << 16, options.limits);
  const auto parallel = genaudit::testing::read_in_parallel(text, options, lead_rows);
  if (!genaudit::testing::difference(alone, parallel).empty()) __builtin_trap();
  return 0;
}
