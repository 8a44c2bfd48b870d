// The distinct keys of a `count(distinct ...)` over many rows (a million
// staff rows), in one open-addressed table: no heap node per key, as a
// std::unordered_set would allocate.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/data/value.h"

namespace genaudit {

class DistinctKeys {
 public:
  DistinctKeys();
  // Adds `key` unless an equal key (ValueKey ==) is there. REQUIRES:
  // key.kind != 0, and the text it points to outlives this set.
  void insert(const ValueKey& key);
  std::size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    std::uint32_t number = 0;  // 1 + the key's position in keys_; 0: empty
    std::uint32_t hash = 0;    // the key's hash, low half: most mismatches end here
  };
  static std::uint64_t hash_of(const ValueKey& key);
  void grow();

  std::vector<ValueKey> keys_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  int shift_;                // 64 - log2(slots): the hash's high bits pick a slot
};

}  // namespace genaudit
