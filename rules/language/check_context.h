// What the parts of the checker share while they check one pack: the pack
// being made, the registers it is checked against, and the diagnostics, each
// in the file being checked. The driver (checker.cpp) owns it; the rule
// shapes (rule_shape.h) and the expression types (expr_types.h) report into
// it. Internal to the checker.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/register_catalogue.h"
#include "rules/language/diagnostic.h"
#include "rules/language/rule_pack.h"
#include "rules/language/suggest.h"

namespace genaudit::rules {

struct CheckContext {
  // REQUIRES: `catalogue` outlives the pack made (rule_pack.h).
  CheckContext(std::vector<RuleFile> files, const RegisterCatalogue& catalogue)
      : registers(catalogue) {
    pack.files = std::move(files);
    pack.catalogue = &catalogue;
  }

  RulePack pack;
  const RegisterCatalogue& registers;
  std::shared_ptr<const Source> source;  // the file of the declaration being checked
  Diagnostics diagnostics;

  void error(std::size_t offset, std::string message, std::string hint = "") {
    diagnostics.push_back({source, offset, std::move(message), std::move(hint)});
  }

  // `name`, at `offset`, names no register: the error, with the nearest
  // register's name.
  void unknown_register(const std::string& name, std::size_t offset) {
    error(offset, "there is no register `" + name + "`", did_you_mean(name, registers.names()));
  }
};

}  // namespace genaudit::rules
