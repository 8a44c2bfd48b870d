#include "adapters/csv/csv_range_splitter.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace genaudit {

CsvRangeSplitter::CsvRangeSplitter(std::unique_ptr<std::istream> input, std::uint64_t offset,
                                   std::size_t range_bytes, bool after_cr)
    : input_(std::move(input)),
      offset_(offset),
      range_bytes_(std::max<std::size_t>(range_bytes, 1)),
      after_cr_(after_cr) {}

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

bool CsvRangeSplitter::next(std::string* bytes, std::uint64_t* offset, bool* last,
                            bool* after_cr) {
  // Half a range more: room to find a break after an even number of quotes
  // (and the rest, moved to the front, stays small).
  std::size_t want = range_bytes_ + range_bytes_ / 2 + 1;
  std::size_t cut = 0;
  for (;;) {
    if (pending_.size() < want && !input_done_ && !read_more(want - pending_.size())) return false;
    if (pending_.size() > range_bytes_) cut = find_cut();
    if (cut != 0 || input_done_) break;
    if (pending_.size() >= kLongestRange * range_bytes_) {
      // No line break in ranges' worth of bytes: cut here, inside a record
      // (a field over its limit, a quote never closed). The range's reader
      // ends inside it, and the file is read on from its start by one
      // reader, whose limits bound the memory.
      cut = pending_.size();
      break;
    }
    want = std::min(2 * pending_.size(), kLongestRange * range_bytes_);  // read on
  }
  *offset = offset_;
  *after_cr = after_cr_;
  *last = cut == 0 || (cut == pending_.size() && input_done_);
  if (*last) {
    bytes->swap(pending_);
    pending_.clear();
  } else {
    bytes->assign(pending_, 0, cut);
    pending_.erase(0, cut);
  }
  offset_ += bytes->size();
  // A cut forced inside a record may fall between a CR and its LF.
  after_cr_ = !bytes->empty() && bytes->back() == '\r';
  return true;
}

}  // namespace genaudit
