#include "engine/eval/value.h"

#include <cmath>
#include <cstdio>

#include "adapters/text/unicode_text.h"
#include "engine/store/table.h"

namespace genaudit {

TextPtr make_text(std::string original) {
  auto t = std::make_shared<Text>();
  t->normalized = text::normalize_free_text(original);
  t->original = std::move(original);
  return t;
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

std::string equality_key(const Value& v) {
  if (v.is<TextPtr>()) return "s" + v.as<TextPtr>()->normalized;
  if (v.is<double>()) return "n" + number_text(v.as<double>());
  if (v.is<Date>()) return "d" + std::to_string(v.as<Date>().days());
  if (v.is<bool>()) return v.as<bool>() ? "b1" : "b0";
  return "";
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
