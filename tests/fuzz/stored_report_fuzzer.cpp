// A run's report as the database keeps it, compressed (engine/store/
// compressed_text.h), on arbitrary bytes: read as a kept report (a damaged or
// hostile database's), it decompresses within the bound or is refused;
// kept as a report, it reads back byte for byte.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/store/compressed_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genaudit;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  constexpr std::size_t kMost = std::size_t{1} << 20;
  if (const std::optional<std::string> text = decompressed_text(bytes, kMost)) {
    if (text->size() > kMost) __builtin_trap();
    // What decompresses was a stream: compressed again, it reads back.
    const std::optional<std::string> again = decompressed_text(compressed_text(*text), text->size());
    if (!again || *again != *text) __builtin_trap();
  }
  const std::optional<std::string> back = decompressed_text(compressed_text(bytes), size);
  if (!back || *back != bytes) __builtin_trap();
  return 0;
}
