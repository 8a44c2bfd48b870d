// The values rule expressions compute: scalars, records of a register,
// collections of records and literal lists. A missing value is a value too:
// it propagates through comparisons and arithmetic ("no data"), never
// silently turning into false or zero.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/date.h"

namespace genaudit {

class Table;

// Text keeps what was written and its normalized form (NFC, case-folded,
// trimmed, spaces collapsed), which is what rules compare.
struct Text {
  std::string original;
  std::string normalized;
};
using TextPtr = std::shared_ptr<const Text>;
TextPtr make_text(std::string original);

struct RecordRef {
  const Table* table = nullptr;
  std::uint32_t row = 0;
};

struct CollectionRef {
  const Table* table = nullptr;
  // The rows, in table order; null means every row of the table.
  std::shared_ptr<const std::vector<std::uint32_t>> rows;
  std::size_t size() const;
  std::uint32_t at(std::size_t i) const { return rows ? (*rows)[i] : static_cast<std::uint32_t>(i); }
};

// A month, quarter or year of the audit period.
struct Window {
  Date start;
  Date end;
  int year = 0;
  std::string label;  // "2025-03", "2025-Q1" or "2025"
};

struct Value;
using ListPtr = std::shared_ptr<const std::vector<Value>>;

struct Missing {};

struct Value {
  std::variant<Missing, bool, double, TextPtr, Date, RecordRef, CollectionRef, ListPtr, Window>
      data;

  bool is_missing() const { return std::holds_alternative<Missing>(data); }
  template <typename T>
  bool is() const { return std::holds_alternative<T>(data); }
  template <typename T>
  const T& as() const { return std::get<T>(data); }
};

// A key under which equal values (by the rules' `==`) collide: text by its
// normalized form, numbers, dates and booleans by value. Missing has none.
std::string equality_key(const Value& v);

// For people: text as written, numbers without needless decimals, dates
// as YYYY-MM-DD, booleans as true/false, missing as "".
std::string display(const Value& v);

}  // namespace genaudit
