// The rule language's operators, each described once: how a rule writes it,
// how tightly it binds, and what the syntax-tree dump calls it. The grammar
// (grammar/operator_symbols.h fills its symbol tables from here), the layout
// of expressions (expr_layout.cpp), the formatter and the dump read these
// tables. The grammar still writes the phrases of operators made of words
// (`starts with any`, `is not missing`) in its rules, because it commits to
// them word by word; tests/rules/operators_test.cpp parses every spelling
// here back to its operator.
#pragma once

#include <span>

#include "rules/language/ast.h"

namespace genaudit::rules {

// How tightly an expression binds, loosest first, as the grammar's
// expression rules nest (grammar/expression_def.h): or < and < not <
// comparison < ?? < + - < * / < unary - < .field < a primary. An operand
// that binds less tightly than its place requires is written in
// parentheses.
namespace precedence {
inline constexpr int kOr = 1;
inline constexpr int kAnd = 2;
inline constexpr int kNot = 3;
inline constexpr int kComparison = 4;
inline constexpr int kCoalesce = 5;
inline constexpr int kAdditive = 6;
inline constexpr int kMultiplicative = 7;
inline constexpr int kNegate = 8;
inline constexpr int kPostfix = 9;  // `record.field`
inline constexpr int kPrimary = 10;
}  // namespace precedence

enum class Associativity {
  kLeft,  // a chain: `a - b - c` is `(a - b) - c`
  kNone,  // one at a time: a comparison's operands are not comparisons
};

struct BinaryOperator {
  BinaryOp op;
  const char* spelling;   // as a rule writes it: "<=", "starts with any"
  const char* dump_name;  // in the syntax-tree dump: "<=", "starts-with-any"
  int precedence;         // one of precedence::
  Associativity associativity;
  bool target;  // may follow `target` in an indicator
};

enum class Fixity {
  kPrefix,   // `not x`, `-x`
  kPostfix,  // `x is missing`
};

struct UnaryOperator {
  UnaryOp op;
  const char* spelling;   // "not", "-", "is missing"
  const char* dump_name;  // "not", "neg", "is-missing"
  Fixity fixity;
  // Of the expression it makes: `x is missing` binds as a comparison. A
  // prefix operator takes an operand as tight as itself (`not not x`), a
  // postfix one a tighter operand (it is a comparison: one at a time).
  int precedence;
};

struct AggregateOperator {
  AggregateOp op;
  const char* spelling;   // the name before `(`: "count", "sum"
  const char* dump_name;  // "count", "count-distinct"
  bool distinct;          // written `spelling(distinct ...)`
};

// The entry of each operator.
const BinaryOperator& binary_operator(BinaryOp op);
const UnaryOperator& unary_operator(UnaryOp op);
const AggregateOperator& aggregate_operator(AggregateOp op);

// Every entry, one per enumerator, in the enumerators' order.
std::span<const BinaryOperator> binary_operators();
std::span<const UnaryOperator> unary_operators();
std::span<const AggregateOperator> aggregate_operators();

// Whether `spelling` is made of words ("and", "starts with") rather than
// symbols ("<=", "??"). Words are reserved: no name can be one.
bool written_as_words(const char* spelling);

// The weakest operands `o` takes unparenthesized, as precedences.
int left_operand_minimum(const BinaryOperator& o);
int right_operand_minimum(const BinaryOperator& o);
int operand_minimum(const UnaryOperator& o);

}  // namespace genaudit::rules
