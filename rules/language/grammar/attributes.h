// The grammar's own attributes: what a rule yields that ast.h has no node
// for. Nothing is adapted with Boost.Fusion: the actions (expression_actions.h,
// declaration_actions.h) build ast.h's plain structs, so the syntax tree
// stays free of parser types.
#pragma once

#include <string>

#include "rules/language/ast.h"
#include "rules/language/source.h"

namespace genaudit::rules::grammar {

// A name and where it is written.
struct Located {
  std::string text;
  SourceSpan span;
};

// One item of `evidence`: the `let` it names, its label and the words for
// its missing value, if written.
struct LabeledName {
  Located name;
  EvidenceLabel label;
  EvidenceLabel missing;
};

}  // namespace genaudit::rules::grammar
