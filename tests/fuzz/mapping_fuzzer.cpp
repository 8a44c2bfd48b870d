// Register mappings (TOML) on arbitrary text, and the date formats they
// name: parsing never crashes, and a date a format reads is a real date.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "adapters/registers/register_mapping.h"
#include "adapters/values/date_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const MappingLoad load = parse_mapping("fuzz.mapping.toml", text);
  if (!load.problems.empty()) {
    if (!load.mappings.empty()) __builtin_trap();  // all or nothing
    (void)format_mapping_problems(load.problems);
  }
  // The text as a date format, then as a date in each layout.
  const std::size_t cut = text.find('\n');
  const std::string_view pattern =
      std::string_view(text).substr(0, cut == std::string::npos ? text.size() : cut);
  const std::string_view value =
      cut == std::string::npos ? std::string_view() : std::string_view(text).substr(cut + 1);
  std::string error;
  if (const std::optional<DateFormat> format = DateFormat::parse(pattern, &error)) {
    if (const std::optional<Date> date = format->read(value)) {
      if (date->year() < 1 || date->year() > 9999) __builtin_trap();
    }
  }
  for (const RegisterMapping& m : load.mappings) {
    if (m.layout.date_format) (void)m.layout.date_format->read(value);
  }
  return 0;
}
