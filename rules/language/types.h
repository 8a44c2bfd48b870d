// The types the checker infers for expressions of the rule language.
#pragma once

#include <string>

namespace genaudit::rules {

enum class TypeKind {
  kAny,  // not known (after an error, or a missing value); fits everything
  kBool,
  kNumber,
  kString,
  kDate,
  kRecord,      // one row of a register
  kCollection,  // rows of one register
  kList,        // a list of literals, e.g. a parameter
  kWindow,      // a month, quarter or year of the audit period (`per month m`)
};

struct Type {
  TypeKind kind = TypeKind::kAny;
  std::string register_name;  // kRecord and kCollection
};

}  // namespace genaudit::rules
