// The values rule expressions compute: scalars, records of a register,
// collections of records and literal lists. A missing value is a value too:
// it propagates through comparisons and arithmetic ("no data"), never
// silently turning into false or zero.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/date.h"

namespace genaudit {

class Table;

// Text keeps what was written; rules compare its normalized form (NFC,
// case-folded, trimmed, spaces collapsed). Most texts are interned for the
// life of the process (equal texts are one object); a table's mostly
// distinct columns own theirs. Each text keeps its own normalized form,
// not interned: at national size, a pool of every distinct staff id's form
// was a fifth of an audit, and `ValueKey` compares forms by hash and then
// in full instead.
class Text {
 public:
  explicit Text(std::string original) : original(std::move(original)) {}
  ~Text();
  Text(const Text&) = delete;
  Text& operator=(const Text&) = delete;
  const std::string original;

  // The normalized form, computed on first use: the original itself when
  // it is already normal, else a string of this text's own. Safe to call
  // from several threads (rules are evaluated on several at once).
  const std::string& normalized() const;

  // std::hash of normalized(), computed on first use: a key of every row's
  // text (key_of) no longer reads the form's bytes. Thread-safe as above.
  std::size_t normalized_hash() const;

 private:
  // Set once, by whichever thread computes the form first; owned when it
  // is not `original`.
  mutable std::atomic<const std::string*> normalized_{nullptr};
  // 0 until computed (a hash of 0 is stored as 1: equal forms still agree).
  mutable std::atomic<std::size_t> normalized_hash_{0};
};
using TextPtr = const Text*;

// The interned text for `original` (never null; valid until the process
// ends). Thread-safe.
TextPtr make_text(std::string_view original);

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

// Windows are owned by the evaluation that made them.
using WindowPtr = const Window*;

struct Value {
  std::variant<Missing, bool, double, TextPtr, Date, RecordRef, CollectionRef, ListPtr, WindowPtr>
      data;

  bool is_missing() const { return std::holds_alternative<Missing>(data); }
  template <typename T>
  bool is() const { return std::holds_alternative<T>(data); }
  template <typename T>
  const T& as() const { return std::get<T>(data); }
};

// A key under which equal values (by the rules' `==`) collide: text by its
// normalized form (the form's hash in `bits`, the form itself compared when
// the hashes are equal), numbers, dates and booleans by value. A text's key
// is valid as long as the text.
struct ValueKey {
  std::uint8_t kind = 0;
  std::uint64_t bits = 0;
  const std::string* text = nullptr;  // the normalized form, for text only
  friend bool operator==(const ValueKey& a, const ValueKey& b) {
    return a.kind == b.kind && a.bits == b.bits &&
           (a.text == b.text || (a.text && b.text && *a.text == *b.text));
  }
};

struct ValueKeyHash {
  std::size_t operator()(const ValueKey& k) const {
    return std::hash<std::uint64_t>()(k.bits * 0x9E3779B97F4A7C15ull + k.kind);
  }
};

// The key of a scalar value; kind 0 (no key) for missing values, records,
// collections, lists and windows.
ValueKey key_of(const Value& v);

// For people: text as written, numbers without needless decimals, dates
// as YYYY-MM-DD, booleans as true/false, missing as "".
std::string display(const Value& v);

}  // namespace genaudit
