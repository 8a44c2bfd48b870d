#include "rules/language/diagnostic.h"

#include <algorithm>

namespace genaudit::rules {

std::string Diagnostic::format() const {
  const char* label = severity == Severity::kWarning ? "warning: " : "error: ";
  std::string out = source->format_diagnostic(offset, label + message);
  if (!hint.empty()) out += "  = " + hint + "\n";
  return out;
}

std::string format_diagnostics(Diagnostics diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.source->name() != b.source->name()) {
                       return a.source->name() < b.source->name();
                     }
                     return a.offset < b.offset;
                   });
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.format();
  return out;
}

}  // namespace genaudit::rules
