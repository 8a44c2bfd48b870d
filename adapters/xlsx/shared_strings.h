// The shared string table of a workbook (xl/sharedStrings.xml): every text
// that cells of type "s" refer to by index. Rich text runs (<r><t>) are
// joined, each with its `_xHHHH_` escapes decoded (escaped_text.h);
// phonetic guides (<rPh>) are left out, as Excel shows them apart.
// Kept in one buffer with an offset per string, so a big table costs its
// text plus about 8 bytes a string.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/xlsx/xlsx_limits.h"
#include "adapters/xlsx/zip_archive.h"

namespace genaudit::xlsx {

class SharedStrings {
 public:
  // Reads `part` of `archive`. Returns false and sets *error when it is
  // damaged (kCorruptWorkbook) or passes max_shared_strings_bytes,
  // max_shared_strings or max_cell_bytes (kLimitExceeded).
  bool read(const ZipArchive& archive, const std::string& part, const XlsxLimits& limits,
            InputError* error);

  std::size_t size() const { return ends_.size(); }
  // The string at `index`; requires index < size().
  std::string_view at(std::size_t index) const {
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }
  // Whether the string at `index` is blank (text::trim() leaves nothing),
  // known without reading it; requires index < size().
  bool is_blank(std::size_t index) const { return blank_[index]; }

 private:
  friend class SharedStringsHandler;
  std::string text_;
  std::vector<std::size_t> ends_;
  std::vector<bool> blank_;
};

}  // namespace genaudit::xlsx
