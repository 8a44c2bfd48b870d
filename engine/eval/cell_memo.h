// What a part of a condition said for each distinct cell of a column, by
// the cell's identity (Column::identity): one open-addressed table, probed
// for each of millions of rows, without a heap node per cell.
#pragma once

#include <cstdint>
#include <vector>

namespace genaudit {

class CellMemo {
 public:
  CellMemo() : slots_(std::size_t{1} << kFirstBits), shift_(64 - kFirstBits) {}

  // The value remembered for `cell`, computed by `compute()` the first time.
  template <typename Compute>
  std::uint8_t get(std::uint64_t cell, Compute compute) {
    if (const Slot* slot = find(cell)) return slot->value;
    const std::uint8_t value = compute();
    if (++used_ * 2 > slots_.size()) grow();
    place({cell, value, true});
    return value;
  }

 private:
  static constexpr int kFirstBits = 6;
  struct Slot {
    std::uint64_t cell = 0;
    std::uint8_t value = 0;
    bool used = false;
  };

  std::size_t slot_of(std::uint64_t cell) const {
    return (cell * 0x9E3779B97F4A7C15ull) >> shift_;  // Fibonacci hashing: the high bits
  }

  const Slot* find(std::uint64_t cell) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = slot_of(cell);; i = (i + 1) & mask) {
      if (!slots_[i].used) return nullptr;
      if (slots_[i].cell == cell) return &slots_[i];
    }
  }

  void place(const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot_of(slot.cell);
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    --shift_;
    for (const Slot& s : old) {
      if (s.used) place(s);
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  int shift_;                // 64 - log2(slots)
  std::size_t used_ = 0;
};

}  // namespace genaudit
