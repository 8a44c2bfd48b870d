// Small checks on rendered text shared by the report tests.
#pragma once

#include <string>

namespace genaudit::testing {

inline bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// Markdown with its backslash escapes undone: the text a reader sees.
inline std::string unescaped(const std::string& md) {
  std::string out;
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '\\' && i + 1 < md.size()) ++i;
    out += md[i];
  }
  return out;
}

}  // namespace genaudit::testing
