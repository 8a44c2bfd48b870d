// How a comprehension reads its source, decided once per comprehension:
// which field an equality pins (looked up in an index instead of a scan),
// and which conjuncts of its condition depend on the row alone (the
// comprehension's variable, the pack's parameters, the audit dates, the
// registers). Those give the same answer for a row whatever the subject or
// window being evaluated, so the evaluator tests them once per row and
// keeps only the rows that pass, shared by every later evaluation.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rules/language/ast.h"

namespace genaudit {

// A conjunct that compares a field of the row with a value the row does
// not change — `s.gender == "female"`, `s.degree == degree`, `s.end_date is
// missing`: the evaluator tests it on the column's cell, the value
// computed once per comprehension, instead of walking the expression for
// every row.
struct FieldTest {
  enum class Kind { kEqual, kNotEqual, kIsMissing, kIsNotMissing };
  Kind kind = Kind::kEqual;
  const rules::Expr* field = nullptr;  // the `var.field` node
  const rules::Expr* value = nullptr;  // the other side; null for the missing tests
};

struct AccessPlan {
  std::string field;                         // the field `var.field == key` pins
  const rules::Expr* key = nullptr;          // null: no such equality
  const rules::Expr* key_conjunct = nullptr; // the `var.field == key` it came from
  std::vector<const rules::Expr*> rest;      // every other conjunct, in order
  std::vector<const rules::Expr*> row_only;  // those of `rest` that read the row alone
  std::vector<const rules::Expr*> varying;   // the others of `rest`, in order
  // For each of `rest`, `row_only` and `varying`, and for `key_conjunct`:
  // the conjunct as a FieldTest, when it is one.
  std::vector<std::optional<FieldTest>> rest_tests, row_only_tests, varying_tests;
  std::optional<FieldTest> key_test;
  // The global names `row_only` reads (parameters, as_of, registers, ...):
  // they are global only while no variable of that name is bound.
  std::vector<std::string> globals_read;
};

// True for a name that means the same in every evaluation when no variable
// shadows it: a parameter, a builtin value or a register.
using IsGlobalName = std::function<bool(const std::string&)>;

// REQUIRES: `comprehension` is a kFilter or kAggregate expression.
AccessPlan plan_access(const rules::Expr& comprehension, const IsGlobalName& is_global);

}  // namespace genaudit
