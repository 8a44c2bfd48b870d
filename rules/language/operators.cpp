#include "rules/language/operators.h"

#include <cstddef>
#include <iterator>

namespace genaudit::rules {
namespace {

using namespace precedence;
constexpr Associativity kLeft = Associativity::kLeft;
constexpr Associativity kNone = Associativity::kNone;

// In the order of BinaryOp's enumerators (checked below).
constexpr BinaryOperator kBinary[] = {
    // op                       spelling           dump name          precedence       assoc  target
    {BinaryOp::kOr,            "or",              "or",              kOr,             kLeft, false},
    {BinaryOp::kAnd,           "and",             "and",             kAnd,            kLeft, false},
    {BinaryOp::kEqual,         "==",              "==",              kComparison,     kNone, false},
    {BinaryOp::kNotEqual,      "!=",              "!=",              kComparison,     kNone, false},
    {BinaryOp::kLess,          "<",               "<",               kComparison,     kNone, true},
    {BinaryOp::kLessEqual,     "<=",              "<=",              kComparison,     kNone, true},
    {BinaryOp::kGreater,       ">",               ">",               kComparison,     kNone, true},
    {BinaryOp::kGreaterEqual,  ">=",              ">=",              kComparison,     kNone, true},
    {BinaryOp::kAdd,           "+",               "+",               kAdditive,       kLeft, false},
    {BinaryOp::kSubtract,      "-",               "-",               kAdditive,       kLeft, false},
    {BinaryOp::kMultiply,      "*",               "*",               kMultiplicative, kLeft, false},
    {BinaryOp::kDivide,        "/",               "/",               kMultiplicative, kLeft, false},
    {BinaryOp::kCoalesce,      "??",              "??",              kCoalesce,       kLeft, false},
    {BinaryOp::kStartsWith,    "starts with",     "starts-with",     kComparison,     kNone, false},
    {BinaryOp::kStartsWithAny, "starts with any", "starts-with-any", kComparison,     kNone, false},
    {BinaryOp::kContains,      "contains",        "contains",        kComparison,     kNone, false},
    {BinaryOp::kContainsAny,   "contains any",    "contains-any",    kComparison,     kNone, false},
    {BinaryOp::kIn,            "in",              "in",              kComparison,     kNone, false},
};

// In the order of UnaryOp's enumerators.
constexpr UnaryOperator kUnary[] = {
    {UnaryOp::kNot,          "not",            "not",            Fixity::kPrefix,  kNot},
    {UnaryOp::kNegate,       "-",              "neg",            Fixity::kPrefix,  kNegate},
    {UnaryOp::kIsMissing,    "is missing",     "is-missing",     Fixity::kPostfix, kComparison},
    {UnaryOp::kIsNotMissing, "is not missing", "is-not-missing", Fixity::kPostfix, kComparison},
};

// In the order of AggregateOp's enumerators.
constexpr AggregateOperator kAggregate[] = {
    {AggregateOp::kCount,         "count",  "count",          false},
    {AggregateOp::kCountDistinct, "count",  "count-distinct", true},
    {AggregateOp::kSum,           "sum",    "sum",            false},
    {AggregateOp::kMin,           "min",    "min",            false},
    {AggregateOp::kMax,           "max",    "max",            false},
    {AggregateOp::kExists,        "exists", "exists",         false},
    {AggregateOp::kNone,          "none",   "none",           false},
    {AggregateOp::kLatest,        "latest", "latest",         false},
    {AggregateOp::kDistinct,      "distinct", "distinct",     false},
};

// Entry i describes enumerator i, so that a lookup is an index.
template <typename Entry, std::size_t N>
constexpr bool in_enumerator_order(const Entry (&entries)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(entries[i].op) != i) return false;
  }
  return true;
}
static_assert(in_enumerator_order(kBinary), "kBinary must follow BinaryOp's order");
static_assert(in_enumerator_order(kUnary), "kUnary must follow UnaryOp's order");
static_assert(in_enumerator_order(kAggregate), "kAggregate must follow AggregateOp's order");
// These name each enum's last enumerator; one added after it is caught by
// tests/rules/operators_test.cpp.
static_assert(std::size(kBinary) == static_cast<std::size_t>(BinaryOp::kIn) + 1);
static_assert(std::size(kUnary) == static_cast<std::size_t>(UnaryOp::kIsNotMissing) + 1);
static_assert(std::size(kAggregate) == static_cast<std::size_t>(AggregateOp::kDistinct) + 1);

}  // namespace

const BinaryOperator& binary_operator(BinaryOp op) {
  return kBinary[static_cast<std::size_t>(op)];
}
const UnaryOperator& unary_operator(UnaryOp op) { return kUnary[static_cast<std::size_t>(op)]; }
const AggregateOperator& aggregate_operator(AggregateOp op) {
  return kAggregate[static_cast<std::size_t>(op)];
}

std::span<const BinaryOperator> binary_operators() { return kBinary; }
std::span<const UnaryOperator> unary_operators() { return kUnary; }
std::span<const AggregateOperator> aggregate_operators() { return kAggregate; }

bool written_as_words(const char* spelling) {
  const char c = spelling[0];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int left_operand_minimum(const BinaryOperator& o) {
  return o.associativity == Associativity::kLeft ? o.precedence : o.precedence + 1;
}
int right_operand_minimum(const BinaryOperator& o) { return o.precedence + 1; }
int operand_minimum(const UnaryOperator& o) {
  return o.fixity == Fixity::kPrefix ? o.precedence : o.precedence + 1;
}

}  // namespace genaudit::rules
