#include "adapters/xlsx/sheet_row_cutter.h"

#include <algorithm>
#include <cstring>

#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit::xlsx {
namespace {

bool ends_name(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

}  // namespace

long line_breaks(std::string_view bytes) {
  long breaks = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++breaks;
    } else if (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) {
      ++breaks;  // a CR alone; CR LF counts at its LF
    }
  }
  return breaks;
}

SheetRowCutter::SheetRowCutter(std::unique_ptr<PartStream> part, std::size_t range_bytes)
    : part_(std::move(part)), range_bytes_(std::max<std::size_t>(range_bytes, 1)) {}

bool SheetRowCutter::read_block() {
  if (ended_ || failed_) return false;
  const std::size_t size = pending_.size();
  pending_.resize(size + XmlPartParser::kReadBlockBytes);
  const long n = part_->read(pending_.data() + size, XmlPartParser::kReadBlockBytes);
  pending_.resize(size + static_cast<std::size_t>(std::max(n, 0L)));
  if (n < 0) failed_ = true;
  if (n == 0) ended_ = true;
  return n > 0;
}

bool SheetRowCutter::skip_to(std::uint64_t prefix_bytes, std::uint64_t start) {
  while (pending_.size() < start) {
    if (!read_block()) return false;
  }
  prefix_ = pending_.substr(0, static_cast<std::size_t>(std::min(prefix_bytes, start)));
  breaks_before_start_ = line_breaks(std::string_view(pending_).substr(0, start));
  pending_.erase(0, static_cast<std::size_t>(start));
  offset_ = start;
  return true;
}

std::size_t SheetRowCutter::find_row_start(std::size_t from) const {
  const char* data = pending_.data();
  const std::size_t size = pending_.size();
  for (std::size_t i = from; i < size;) {
    const void* found = std::memchr(data + i, '<', size - i);
    if (found == nullptr) return std::string::npos;
    const std::size_t lt = static_cast<std::size_t>(static_cast<const char*>(found) - data);
    std::size_t end = lt + 1;
    while (end < size && !ends_name(data[end]) && end - lt < 256) ++end;
    if (end == size) return std::string::npos;  // the name is not all read yet
    const std::string_view name(data + lt + 1, end - lt - 1);
    const bool row = name == "row" || (name.size() > 4 && name.substr(name.size() - 4) == ":row");
    if (row && ends_name(data[end])) return lt;
    i = lt + 1;
  }
  return std::string::npos;
}

void SheetRowCutter::next(Range* range) {
  std::size_t scanned = 0;
  for (;;) {
    if (pending_.size() > range_bytes_) {
      const std::size_t cut = find_row_start(std::max(scanned, range_bytes_));
      if (cut != std::string::npos) {
        range->bytes = pending_.substr(0, cut);
        range->offset = offset_;
        range->kind = Kind::kRows;
        pending_.erase(0, cut);
        offset_ += cut;
        return;
      }
      // A row's start tag may begin in the last bytes, its name not all read.
      scanned = std::max(scanned, pending_.size() > 256 ? pending_.size() - 256 : 0);
    }
    const std::size_t longest =
        std::max(kLongestRange * range_bytes_, 2 * XmlPartParser::kReadBlockBytes);
    const bool too_long = pending_.size() > longest && !ended_;
    if (too_long || !read_block()) {
      range->kind = ended_ && !failed_ ? Kind::kLast : Kind::kRest;
      range->bytes = std::move(pending_);
      range->offset = offset_;
      pending_.clear();
      return;
    }
  }
}

}  // namespace genaudit::xlsx
