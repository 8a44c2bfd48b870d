// The evaluator's caches per expression of the pack (a field's position, a
// literal's text, a call's definition, a comprehension's access plan) are
// looked up on every evaluation of a node: millions of times per rule at
// national size. std::unordered_map's lookups (a modulo, a node to follow)
// were about a tenth of the evaluation; this is open addressing with
// linear probing in a power-of-two table, keyed by the node's address.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace genaudit {

template <typename Key, typename Value>
class ExprMap {
 public:
  // The value of `key`, or null. Valid until the next insert().
  Value* find(const Key* key) {
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == nullptr) return nullptr;
    }
  }

  // Adds `key` (absent) with `value`; returns its place, valid until the
  // next insert().
  Value& insert(const Key* key, Value value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    ++size_;
    return place(key, std::move(value));
  }

 private:
  struct Slot {
    const Key* key = nullptr;
    Value value{};
  };

  std::size_t slot_of(const Key* key) const {
    // Fibonacci hashing: the address's high-entropy middle bits spread out.
    return static_cast<std::size_t>(
               (reinterpret_cast<std::uintptr_t>(key) * 0x9E3779B97F4A7C15ull) >> 32) &
           mask_;
  }

  Value& place(const Key* key, Value value) {
    std::size_t i = slot_of(key);
    while (slots_[i].key != nullptr) i = (i + 1) & mask_;
    slots_[i].key = key;
    slots_[i].value = std::move(value);
    return slots_[i].value;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_ = std::vector<Slot>(old.size() * 2);
    mask_ = slots_.size() - 1;
    for (Slot& s : old) {
      if (s.key != nullptr) place(s.key, std::move(s.value));
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::size_t mask_ = 63;
  std::size_t size_ = 0;
};

}  // namespace genaudit
