// The CSV reader on arbitrary bytes. Besides not crashing, reading must not
// depend on where the chunks fall: the input is read whole and in chunks of
// 1 to 64 bytes (the first byte says which), and both must give the same
// records and the same error. Small limits let the fuzzer reach them.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"

namespace {

using genaudit::CsvLimits;
using genaudit::CsvReader;
using genaudit::CsvRecord;
using genaudit::InputError;

struct Outcome {
  bool opened = false;
  std::vector<CsvRecord> records;
  std::optional<InputError> error;
  char delimiter = 0;
};

bool same_error(const std::optional<InputError>& a, const std::optional<InputError>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return a->kind == b->kind && a->row == b->row && a->column == b->column &&
         a->expected == b->expected;
}

Outcome read_all(const std::string& text, std::size_t chunk, const CsvLimits& limits) {
  Outcome out;
  InputError open_error{};
  auto reader = CsvReader::from_string(text, "fuzz.csv", &open_error, chunk, limits);
  if (!reader) {
    out.error = open_error;
    return out;
  }
  out.opened = true;
  out.delimiter = reader->delimiter();
  CsvRecord record;
  while (reader->next(record)) out.records.push_back(record);
  out.error = reader->error();
  return out;
}

}  // namespace

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

  const Outcome whole = read_all(text, kWhole, small);
  const Outcome chunked = read_all(text, chunk, small);
  if (whole.opened != chunked.opened || whole.delimiter != chunked.delimiter ||
      !same_error(whole.error, chunked.error) ||
      whole.records.size() != chunked.records.size()) {
    __builtin_trap();
  }
  for (std::size_t i = 0; i < whole.records.size(); ++i) {
    if (whole.records[i].row != chunked.records[i].row ||
        whole.records[i].fields != chunked.records[i].fields) {
      __builtin_trap();
    }
    // Rows are numbered 1, 2, 3, ... with no gap.
    if (whole.records[i].row != static_cast<long>(i) + 1) __builtin_trap();
    if (whole.records[i].fields.size() > small.max_columns) __builtin_trap();
    for (const std::string& f : whole.records[i].fields) {
      if (f.size() > small.max_field_bytes) __builtin_trap();
    }
  }
  (void)read_all(text, kWhole, CsvLimits{});
  return 0;
}
