#include "adapters/csv/csv_range_splitter.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace genaudit {

CsvRangeSplitter::CsvRangeSplitter(std::unique_ptr<std::istream> input, std::uint64_t offset,
                                   std::size_t range_bytes)
    : input_(std::move(input)), offset_(offset), range_bytes_(std::max<std::size_t>(range_bytes, 1)) {}

bool CsvRangeSplitter::read_more(std::size_t count) {
  if (!input_) return false;  // the file could not be opened again
  const std::size_t old_size = pending_.size();
  pending_.resize(old_size + count);
  input_->read(pending_.data() + old_size, static_cast<std::streamsize>(count));
  pending_.resize(old_size + static_cast<std::size_t>(input_->gcount()));
  if (input_->bad()) return false;
  if (!input_->good()) input_done_ = true;
  return true;
}

std::size_t CsvRangeSplitter::find_cut() const {
  const char* const text = pending_.data();
  const std::size_t size = pending_.size();
  bool odd = false;  // quotes are rare: memchr skips to each
  for (const char* p = text; (p = static_cast<const char*>(
                                  std::memchr(p, '"', text + range_bytes_ - p))) != nullptr;
       ++p) {
    odd = !odd;
  }
  std::size_t first_break = 0;
  for (std::size_t i = range_bytes_; i < size; ++i) {
    const char c = text[i];
    if (c == '"') {
      odd = !odd;
      continue;
    }
    if (c != '\n' && c != '\r') continue;
    if (c == '\r') {
      if (i + 1 == size && !input_done_) break;  // the next byte may be its LF
      if (i + 1 < size && text[i + 1] == '\n') continue;  // cut after the LF
    }
    if (!odd) return i + 1;
    if (first_break == 0) first_break = i + 1;
  }
  return first_break;
}

bool CsvRangeSplitter::next(std::string* bytes, std::uint64_t* offset, bool* last) {
  // Half a range more: room to find a break after an even number of quotes
  // (and the rest, moved to the front, stays small).
  std::size_t want = range_bytes_ + range_bytes_ / 2 + 1;
  std::size_t cut = 0;
  for (;;) {
    if (pending_.size() < want && !input_done_ && !read_more(want - pending_.size())) return false;
    if (pending_.size() > range_bytes_) cut = find_cut();
    if (cut != 0 || input_done_) break;
    want = 2 * pending_.size();  // a record longer than a range: read on
  }
  *offset = offset_;
  *last = cut == 0 || (cut == pending_.size() && input_done_);
  if (*last) {
    bytes->swap(pending_);
    pending_.clear();
  } else {
    bytes->assign(pending_, 0, cut);
    pending_.erase(0, cut);
  }
  offset_ += bytes->size();
  return true;
}

}  // namespace genaudit
