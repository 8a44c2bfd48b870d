// What the readers of TOML files beside rule files (profiles, the table of
// successor bodies) share: a TOML document parsed with its syntax error as
// a diagnostic, and a diagnostic placed at a TOML node's line and column.
// Only .cpp files of rules/language include this: toml++ stays out of the
// layer's public headers.
#pragma once

#include <toml++/toml.h>

#include <memory>
#include <optional>
#include <string>

#include "rules/language/diagnostic.h"

namespace genaudit::rules {

// A diagnostic in `source` at `at` (toml++'s 1-based line and column).
inline Diagnostic toml_diagnostic(const std::shared_ptr<const Source>& source,
                                  const toml::source_position& at, std::string message,
                                  std::string hint = "") {
  return {source, source->offset_of(static_cast<int>(at.line), static_cast<int>(at.column)),
          std::move(message), std::move(hint)};
}

// `source`'s text as a TOML document, or nullopt with its syntax error
// added to `diagnostics`.
inline std::optional<toml::table> parse_toml(const std::shared_ptr<const Source>& source,
                                             Diagnostics& diagnostics) {
  try {
    return toml::parse(source->text(), source->name());
  } catch (const toml::parse_error& e) {
    diagnostics.push_back(toml_diagnostic(source, e.source().begin, std::string(e.description())));
    return std::nullopt;
  }
}

}  // namespace genaudit::rules
