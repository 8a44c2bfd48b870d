// Texts kept compressed in the database: the run's report, which is mostly
// the same keys over and over (a 100 MB report at three times national size
// is 4 MB compressed). zlib's fastest level, which the machine compresses at
// about 500 MB/s: storing 24 times fewer bytes (written twice, into the WAL
// and then the file) saves more than compressing costs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace genaudit {

// `text` as a zlib stream (RFC 1950).
std::string compressed_text(std::string_view text);

// The text of a zlib stream made by compressed_text(); none when `stream`
// is damaged, is not one, has bytes after its end, or holds more than
// `most_bytes` (a bound on what a damaged or hostile database can make
// genaudit allocate).
std::optional<std::string> decompressed_text(std::string_view stream, std::size_t most_bytes);

}  // namespace genaudit
