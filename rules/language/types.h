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
  kWindow,      // a month, quarter or year of the audit period (`per month m`), or
                // the whole period (`period`)
  kWindows,     // windows of the period as a collection: `years(period)`, `months(q)`
  kDuration,    // `30 days`: only added to or taken from a date
};

// What a number measures, where the rule states it: share(...) and a
// percent literal give a percent, count(...) a count, and a `let` bound to
// one has its unit. A unit is stated, never inferred: arithmetic, `??`, min,
// max, latest, parameters and definitions give a number of no unit. (The
// plan's O5.T4a/b value a definition whose body is a share, and have always
// been shown as plain numbers: inferring units through definitions would
// change how they are shown.)
enum class NumberUnit { kNone, kCount, kPercent };

struct Type {
  TypeKind kind = TypeKind::kAny;
  std::string register_name;  // kRecord and kCollection
  NumberUnit unit = NumberUnit::kNone;  // kNumber
};

// `t` without its unit: what a definition, `??`, min, max and latest give.
inline Type without_unit(Type t) {
  t.unit = NumberUnit::kNone;
  return t;
}

}  // namespace genaudit::rules
