// How deep and how big an expression is once each call of a definition is
// replaced by the definition's body, and the limits the checker holds it to,
// so that checking and evaluating a rule stay bounded however definitions
// call one another. Internal to the checker.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "rules/language/ast.h"
#include "rules/language/check_context.h"

namespace genaudit::rules {

// How deep an expression may nest once each call of a definition is
// replaced by the definition's body: how deep checking and evaluating it
// recurse. The parser bounds one expression (ParseLimits::max_nesting);
// this bounds definitions calling definitions.
constexpr std::size_t kMaxUnfoldedNesting = 512;

// How many parts (syntax tree nodes) an expression may hold once each call
// of a definition is replaced by the definition's body. Depth alone does
// not bound the work: 24 definitions each calling the one before twice are
// 50 levels deep but stand for 2^23 calls, and evaluating such a rule
// never ends. Bounding the unfolded size here, rather than evaluating
// definitions without unfolding (memoising calls by their arguments), keeps
// one limit for every stage that unfolds: the evaluator, the row
// conditions it takes apart (engine/eval/row_condition.cpp) and the traces
// `explain` prints all walk the unfolded tree. The plan's largest
// expression has 70 parts; one at the limit is some ten thousand steps for
// each subject it is evaluated for.
constexpr std::size_t kMaxUnfoldedSize = 10000;

// How an expression looks with every call of a definition replaced by the
// definition's body: how deep it nests and how many parts it has. `size`
// saturates just past kMaxUnfoldedSize, so that it cannot overflow however
// the definitions multiply.
struct Unfolded {
  std::size_t depth = 0;
  std::size_t size = 0;

  bool too_deep() const { return depth > kMaxUnfoldedNesting; }
  bool too_big() const { return size > kMaxUnfoldedSize; }
};

// Measures expressions unfolded and reports those over a limit, each chain
// of definitions once, where it first goes over.
class UnfoldedLimits {
 public:
  // `definitions`: each definition's body unfolded, by name, once it is
  // checked (a definition not yet measured counts as nothing). REQUIRES:
  // `context` and `definitions` outlive this object.
  UnfoldedLimits(CheckContext& context, const std::map<std::string, Unfolded>& definitions)
      : context_(context), definitions_(definitions) {}

  // `e` with every call of a definition replaced by its body. Definitions
  // are checked, and so measured, before their callers: each body is
  // measured once, so this is linear however often definitions are called.
  Unfolded unfolded(const Expr& e) const;

  // Reports `e` when it is too deep or too big unfolded, unless a definition
  // it calls was reported for it already: a chain of definitions is
  // reported once, where it first goes over.
  void check(const Expr& e);

  // Reports `e` as too deep, once per declaration; `while_checking` (the
  // check itself went too deep, in a chain of definitions) once per pack,
  // since every restart down the same chain would report it again.
  void report_too_deep(const Expr& e, bool while_checking = false);

  // A new declaration is being checked: it may be reported too deep again.
  void start_declaration() { too_deep_reported_ = false; }

 private:
  void report_too_big(const Expr& e);
  // Whether `e` calls a definition already over a limit (and so reported).
  bool calls_over_limit(const Expr& e) const;
  const Unfolded* definition(const Expr& call) const;

  CheckContext& context_;
  const std::map<std::string, Unfolded>& definitions_;
  bool too_deep_reported_ = false;  // for the declaration being checked
  bool chain_too_deep_reported_ = false;
};

}  // namespace genaudit::rules
