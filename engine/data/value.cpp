#include "engine/data/value.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <unordered_set>

#include "engine/core/unicode_text.h"
#include "engine/data/table.h"

namespace genaudit {

namespace {

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  std::size_t operator()(const Text& t) const { return (*this)(std::string_view(t.original)); }
};

struct TextEqual {
  using is_transparent = void;
  static std::string_view view(std::string_view s) { return s; }
  static std::string_view view(const Text& t) { return t.original; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const { return view(a) == view(b); }
};

// Node-based sets: elements never move, so pointers to them stay valid.
std::unordered_set<Text, TextHash, TextEqual>& text_pool() {
  static auto* pool = new std::unordered_set<Text, TextHash, TextEqual>();
  return *pool;
}

// Plain lowercase ASCII words with single spaces are their own normal form.
bool already_normal(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return s.empty();
  char previous = 0;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'A' && c <= 'Z') || (u < 0x20) || (c == ' ' && previous == ' ')) {
      return false;
    }
    previous = c;
  }
  return true;
}

}  // namespace

Text::~Text() {
  const std::string* form = normalized_.load(std::memory_order_relaxed);
  if (form != &original) delete form;
}

const std::string& Text::normalized() const {
  if (const std::string* form = normalized_.load(std::memory_order_acquire)) return *form;
  const std::string* made =
      already_normal(original) ? &original : new std::string(text::normalize_free_text(original));
  const std::string* expected = nullptr;
  if (!normalized_.compare_exchange_strong(expected, made, std::memory_order_acq_rel,
                                           std::memory_order_acquire)) {
    // Another thread was first: its form is the same.
    if (made != &original) delete made;
    return *expected;
  }
  return *made;
}

std::size_t Text::normalized_hash() const {
  std::size_t hash = normalized_hash_.load(std::memory_order_relaxed);
  if (hash != 0) return hash;
  hash = std::hash<std::string_view>()(normalized());
  if (hash == 0) hash = 1;
  // Every thread computes the same value: a race stores it twice.
  normalized_hash_.store(hash, std::memory_order_relaxed);
  return hash;
}

TextPtr make_text(std::string_view original) {
  static std::mutex pool_mutex;
  const std::lock_guard<std::mutex> lock(pool_mutex);
  auto& pool = text_pool();
  auto it = pool.find(original);
  if (it == pool.end()) it = pool.emplace(std::string(original)).first;
  return &*it;
}

std::size_t CollectionRef::size() const {
  return rows ? rows->size() : (table ? table->row_count() : 0);
}

namespace {

std::string number_text(double n) {
  if (std::isfinite(n) && n == std::floor(n) && std::fabs(n) < 1e15) {
    return std::to_string(static_cast<long long>(n));
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", n);
  return buf;
}

}  // namespace

ValueKey key_of(const Value& v) {
  if (v.is<TextPtr>()) {
    const TextPtr text = v.as<TextPtr>();
    return {1, text->normalized_hash(), &text->normalized()};
  }
  if (v.is<double>()) {
    const double d = v.as<double>() == 0 ? 0.0 : v.as<double>();  // -0 is 0
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return {2, bits, nullptr};
  }
  if (v.is<Date>()) return {3, static_cast<std::uint64_t>(v.as<Date>().days()), nullptr};
  if (v.is<bool>()) return {4, v.as<bool>() ? 1u : 0u, nullptr};
  return {};
}

std::string display(const Value& v) {
  if (v.is<TextPtr>()) return v.as<TextPtr>()->original;
  if (v.is<double>()) return number_text(v.as<double>());
  if (v.is<Date>()) return v.as<Date>().iso();
  if (v.is<bool>()) return v.as<bool>() ? "true" : "false";
  if (v.is<CollectionRef>()) return std::to_string(v.as<CollectionRef>().size());
  return "";
}

}  // namespace genaudit
