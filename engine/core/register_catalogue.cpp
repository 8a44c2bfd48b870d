#include "engine/core/register_catalogue.h"

#include <algorithm>

namespace genaudit {

std::size_t RegisterSchema::required_column_count() const {
  return static_cast<std::size_t>(
      std::count_if(fields.begin(), fields.end(), [](const FieldSchema& f) { return f.required_column; }));
}

const FieldSchema* RegisterSchema::find_field(std::string_view field_name) const {
  for (const FieldSchema& f : fields) {
    if (f.name == field_name) return &f;
  }
  return nullptr;
}

std::size_t FieldSchema::code_rank(std::string_view code) const {
  std::size_t rank = 0;
  while (rank < codes.size() && codes[rank].code != code) ++rank;
  return rank;
}

const RegisterSchema* RegisterCatalogue::find(std::string_view name) const {
  for (const RegisterSchema& r : registers_) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

std::vector<std::string> RegisterCatalogue::names() const {
  std::vector<std::string> out;
  for (const RegisterSchema& r : registers_) out.push_back(r.name);
  return out;
}

}  // namespace genaudit
