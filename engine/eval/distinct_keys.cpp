#include "engine/eval/distinct_keys.h"

namespace genaudit {

namespace {
constexpr int kFirstBits = 6;
}

DistinctKeys::DistinctKeys() : slots_(std::size_t{1} << kFirstBits), shift_(64 - kFirstBits) {}

std::uint64_t DistinctKeys::hash_of(const ValueKey& key) {
  // Fibonacci hashing: the high bits of the product depend on every bit of
  // the key (a text's `bits` is its form's hash already; a date's is small).
  return (key.bits + key.kind) * 0x9E3779B97F4A7C15ull;
}

void DistinctKeys::insert(const ValueKey& key) {
  const std::uint64_t hash = hash_of(key);
  const auto low = static_cast<std::uint32_t>(hash);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash >> shift_;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.number == 0) {
      keys_.push_back(key);
      slot = {static_cast<std::uint32_t>(keys_.size()), low};
      if (keys_.size() * 2 > slots_.size()) grow();
      return;
    }
    if (slot.hash == low && keys_[slot.number - 1] == key) return;
  }
}

void DistinctKeys::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  --shift_;
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.number == 0) continue;
    std::size_t i = hash_of(keys_[s.number - 1]) >> shift_;
    while (slots_[i].number != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace genaudit
