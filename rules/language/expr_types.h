// The types of the rule language's expressions: what each name, field, call,
// operator and comprehension gives, checked against what it is given, in
// the scope of a rule or of a definition. Definitions are typed here too, on
// their first call (or in turn): a call's type is its definition's. Internal
// to the checker (checker.cpp drives it).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/language/ast.h"
#include "rules/language/check_context.h"
#include "rules/language/number_range.h"
#include "rules/language/types.h"
#include "rules/language/unfolded_limits.h"

namespace genaudit::rules {

// How the reports show a value of type `t` (rule_pack.h).
ValueType value_type(const Type& t);

// `t` in a message: "a number", "a record of `staff`".
std::string describe(const Type& t);

class ExprTypes {
 public:
  // REQUIRES: `context` outlives this object.
  explicit ExprTypes(CheckContext& context);
  ExprTypes(const ExprTypes&) = delete;
  ExprTypes& operator=(const ExprTypes&) = delete;

  // Definition `define`, of the file `source`, may be called by its name;
  // of two declared under one name (an error the driver reports), the
  // later is the one checked.
  void declare(const Define& define, std::shared_ptr<const Source> source);
  // Parameter `param`, of the file `source`, may be read by its name.
  void declare(const Param& param, std::shared_ptr<const Source> source);
  // The type of parameter `name` (declared), its value checked on the
  // first call: a literal, or an expression of literals, other parameters,
  // the audit's dates and builtin functions. Recorded in the pack's
  // param_types.
  Type param_type(const std::string& name);
  // Checks definition `name` (declared) unless it is checked or being
  // checked already.
  void check_definition(const std::string& name);

  // Checks `e` in the current scope and returns its type. Checking a call
  // checks the definition it calls, so the recursion is bounded like
  // evaluation: past kMaxUnfoldedNesting it stops with a diagnostic.
  Type check(const Expr& e);
  // Reports `e`, of type `t`, unless `t` fits `wanted`.
  void expect(const Expr& e, const Type& t, TypeKind wanted);

  // A rule's scope: the variables its `for`, `per` and `let`s bind, in the
  // order written, and the registers it reads.
  void start_rule();
  void bind(const std::string& name, Type type);
  bool binds(const std::string& name) const;
  void read_register(const std::string& name) { registers_.insert(name); }
  // Every register read since start_rule(), the definitions' included.
  const std::set<std::string>& registers_read() const { return registers_; }

  // What the uses of each number parameter allow (builtins taking only
  // some numbers), by name; a parameter used nowhere so is not there.
  const std::map<std::string, NumberRange>& parameter_uses() const { return param_uses_; }

  UnfoldedLimits& limits() { return limits_; }

 private:
  struct Definition {
    const Define* define = nullptr;
    std::shared_ptr<const Source> source;
    bool checking = false;
    bool checked = false;
    Type result;
    std::set<std::string> registers;
  };

  Type check_expr(const Expr& e);
  Type check_name(const Expr& e);
  Type check_field(const Expr& e);
  Type check_call(const Expr& e);
  Type check_definition_call(const Expr& e, const std::vector<Type>& args);
  Type check_unary(const Expr& e);
  Type check_binary(const Expr& e);
  Type check_comprehension(const Expr& e, bool aggregate);
  Type check_if(const Expr& e);
  Type check_arithmetic(const Expr& e, const Type& lhs, const Type& rhs);
  void check_percent_comparison(const Expr& e, const Type& lhs, const Type& rhs);
  void check_constant(const Expr& e);
  void check_codes(const Expr& field_expr, const Expr& other);
  void narrow_param(const Expr& argument, const NumberRange& range);
  std::vector<std::string> visible_names() const;

  CheckContext& context_;
  RulePack& pack_;
  std::map<std::string, Definition> definitions_;
  std::map<std::string, Unfolded> unfolded_definitions_;  // for limits_
  UnfoldedLimits limits_;
  std::size_t check_depth_ = 0;  // check() calls now on the stack
  std::vector<std::pair<std::string, Type>> scope_;
  std::set<std::string> registers_;
  // Fields of coded values, by the expression reading them: comparing one
  // with a text that is none of its codes is an error.
  std::unordered_map<const Expr*, const FieldSchema*> coded_fields_;
  std::map<std::string, NumberRange> param_uses_;
  struct ParamState {
    const Param* param = nullptr;
    std::shared_ptr<const Source> source;
    bool checking = false;
  };
  std::map<std::string, ParamState> params_;
};

}  // namespace genaudit::rules
