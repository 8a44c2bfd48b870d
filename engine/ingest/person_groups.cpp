#include "engine/ingest/person_groups.h"

#include <algorithm>
#include <functional>
#include <stdexcept>

#include "engine/core/unicode_text.h"

namespace genaudit {

std::uint64_t PersonGroups::standard_hash(std::string_view key) {
  return std::hash<std::string_view>{}(key);
}

void PersonGroups::add(std::string_view person_id) {
  add_normalized(text::normalize_free_text(person_id));
}

void PersonGroups::add_normalized(std::string_view key) {
  if (keys_.size() + key.size() > UINT32_MAX) {
    throw std::length_error("person ids beyond 4 GiB in one register");
  }
  keys_ += key;
  key_ends_.push_back(static_cast<std::uint32_t>(keys_.size()));
  entries_.push_back({hash_(key), rows_++,
                      static_cast<std::uint32_t>(key_ends_.size() - 1)});
}

std::string_view PersonGroups::key(std::uint32_t i) const {
  const std::uint32_t begin = i == 0 ? 0 : key_ends_[i - 1];
  return std::string_view(keys_).substr(begin, key_ends_[i] - begin);
}

// Entries by hash, then row: distributed into buckets by the hash's top
// bits, keeping row order (one pass), then each bucket sorted (a few
// entries each) — a third of std::sort's time over two million rows.
std::vector<PersonGroups::Entry> PersonGroups::sorted_by_hash() const {
  int bits = 1;
  while (bits < 16 && (std::size_t{1} << (bits + 3)) < entries_.size()) ++bits;
  const auto bucket_of = [bits](const Entry& e) { return e.hash >> (64 - bits); };
  std::vector<std::uint32_t> starts((std::size_t{1} << bits) + 1, 0);
  for (const Entry& e : entries_) ++starts[bucket_of(e) + 1];
  for (std::size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
  std::vector<Entry> sorted(entries_.size());
  std::vector<std::uint32_t> next(starts.begin(), starts.end() - 1);
  for (const Entry& e : entries_) sorted[next[bucket_of(e)]++] = e;
  for (std::size_t b = 0; b + 1 < starts.size(); ++b) {
    std::sort(sorted.begin() + starts[b], sorted.begin() + starts[b + 1],
              [](const Entry& x, const Entry& y) {
                return x.hash != y.hash ? x.hash < y.hash : x.row < y.row;
              });
  }
  return sorted;
}

std::vector<std::vector<std::uint32_t>> PersonGroups::repeated() const {
  const std::vector<Entry> sorted = sorted_by_hash();
  std::vector<std::vector<std::uint32_t>> persons;
  std::vector<bool> taken;
  for (std::size_t begin = 0, end = 0; begin < sorted.size(); begin = end) {
    end = begin + 1;
    while (end < sorted.size() && sorted[end].hash == sorted[begin].hash) ++end;
    if (end - begin < 2) continue;
    // Rows of one hash: almost always one person; split by the ids.
    taken.assign(end - begin, false);
    for (std::size_t i = begin; i < end; ++i) {
      if (taken[i - begin]) continue;
      std::vector<std::uint32_t> rows{sorted[i].row};
      for (std::size_t j = i + 1; j < end; ++j) {
        if (!taken[j - begin] && key(sorted[j].key) == key(sorted[i].key)) {
          taken[j - begin] = true;
          rows.push_back(sorted[j].row);
        }
      }
      if (rows.size() > 1) persons.push_back(std::move(rows));
    }
  }
  std::sort(persons.begin(), persons.end(),
            [](const auto& a, const auto& b) { return a.front() < b.front(); });
  return persons;
}

}  // namespace genaudit
