// A field's index: rows of a register (all of it, or a collection a rule
// narrowed) by the key of their cell in that field (key_of: equal keys
// exactly when `==` says the cells are equal), each bucket in table order.
// Rows whose cell is missing are in no bucket: `==` is never true for them.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "engine/data/value.h"

namespace genaudit {

using RowIndex = std::unordered_map<ValueKey, std::vector<std::uint32_t>, ValueKeyHash>;

}  // namespace genaudit
