// The grammar's symbol tables of operators, filled from the operator table
// (rules/language/operators.h): the operators written with symbols at each
// precedence level, the comparisons `target` takes, the aggregates, and the
// reserved words.
#pragma once

#include "rules/language/ast.h"
#include "rules/language/grammar/config.h"
#include "rules/language/operators.h"

namespace genaudit::rules::grammar {

// The binary operators of one precedence level that are written with
// symbols (`<=`, `+`, `??`). Those written as words (`and`, `starts with`)
// are phrases in the rules of expression_def.h, which commit to them word
// by word.
struct SymbolicOperators : x3::symbols<BinaryOp> {
  explicit SymbolicOperators(int level) {
    for (const BinaryOperator& o : binary_operators()) {
      if (o.precedence == level && !written_as_words(o.spelling)) add(o.spelling, o.op);
    }
  }
};
const SymbolicOperators comparison_operators(precedence::kComparison);
const SymbolicOperators coalesce_operators(precedence::kCoalesce);
const SymbolicOperators additive_operators(precedence::kAdditive);
const SymbolicOperators multiplicative_operators(precedence::kMultiplicative);

// What may follow `target`: `>=`, `>`, `<=`, `<`.
struct TargetComparisons : x3::symbols<BinaryOp> {
  TargetComparisons() {
    for (const BinaryOperator& o : binary_operators()) {
      if (o.target) add(o.spelling, o.op);
    }
  }
};
const TargetComparisons target_comparisons;

// The names of aggregates; `count(distinct ...)` is `count` and the word
// `distinct`. `distinct(...)` alone is only what a `for` ranges over
// (declaration_def.h), not a value.
struct AggregateSymbols : x3::symbols<AggregateOp> {
  AggregateSymbols() {
    for (const AggregateOperator& o : aggregate_operators()) {
      if (!o.distinct && o.op != AggregateOp::kDistinct) add(o.spelling, o.op);
    }
  }
};
const AggregateSymbols aggregate_symbols;

// The unit words of a duration (`30 days`, `1 month`): after a number only,
// so not reserved (`month(d)` is a function).
struct DurationUnits : x3::symbols<DurationUnit> {
  DurationUnits() {
    add("day", DurationUnit::kDays)("days", DurationUnit::kDays);
    add("month", DurationUnit::kMonths)("months", DurationUnit::kMonths);
    add("year", DurationUnit::kYears)("years", DurationUnit::kYears);
  }
};
const DurationUnits duration_units;

// Words that cannot name a parameter, definition or variable: the words of
// every operator written in words, and the other words of expressions.
// Statement words (let, when, value, ...) are not reserved: a register may
// have a field called `value`.
struct ReservedWords : x3::symbols<> {
  ReservedWords() {
    for (const char* word : {"for", "where", "distinct", "true", "false", "by", "if", "then",
                             "else"}) {
      add(word);
    }
    for (const BinaryOperator& o : binary_operators()) add_words(o.spelling);
    for (const UnaryOperator& o : unary_operators()) add_words(o.spelling);
  }

 private:
  // Each word of `spelling` ("starts with any"), if it is written in words.
  void add_words(const char* spelling) {
    if (!written_as_words(spelling)) return;
    std::string word;
    for (const char* c = spelling;; ++c) {
      if (*c != ' ' && *c != '\0') {
        word += *c;
        continue;
      }
      add(word);
      word.clear();
      if (*c == '\0') return;
    }
  }
};
const ReservedWords reserved_words;

}  // namespace genaudit::rules::grammar
