// Cell values on arbitrary text: the date, number and integer parsers, and
// the conversion of a cell for every field of every register (coded values
// and their synonyms, booleans, dates, numbers). Properties: a date read
// reads back the same from its ISO form; a number read is finite; a
// conversion either gives a value or says what was expected.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "adapters/registers/cell_converter.h"
#include "adapters/registers/province_registers.h"
#include "adapters/values/value_parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  if (const std::optional<Date> date = parse_date(text)) {
    const std::optional<Date> again = parse_date(date->iso());
    if (!again || *again != *date) __builtin_trap();
    if (date->year() < 1 || date->year() > 9999) __builtin_trap();
  }
  if (const std::optional<double> number = parse_number(text)) {
    if (!std::isfinite(*number)) __builtin_trap();
  }
  if (const std::optional<long long> integer = parse_integer(text)) {
    // A whole number is a number too.
    if (!parse_number(text)) __builtin_trap();
  }

  for (const RegisterSchema& schema : all_registers()) {
    for (const FieldSchema& field : schema.fields) {
      std::optional<CellProblem> problem;
      const Cell cell = convert_cell(field, text, &problem);
      if (problem && problem->expected.empty()) __builtin_trap();
      if (problem && !std::holds_alternative<NoValue>(cell)) __builtin_trap();
      if (const auto* code = std::get_if<std::string>(&cell);
          code && field.type == FieldType::kCode) {
        bool listed = *code == field.code_otherwise || *code == field.code_when_empty;
        for (const CodeForms& forms : field.codes) listed = listed || forms.code == *code;
        if (!listed) __builtin_trap();  // a code is always one of the list
      }
    }
  }
  return 0;
}
