// The expression rules of the rule language. Each precedence level of
// rules/language/operators.h is a rule taking operands of the next, loosest
// first; an operator written with symbols comes from the level's symbol
// table (operator_symbols.h), one written in words is a phrase here.
//
//   expr           := or
//   or             := and {"or" and}
//   and            := not {"and" not}
//   not            := "not" not | comparison
//   comparison     := coalesce [("==" | "!=" | "<=" | ">=" | "<" | ">") coalesce
//                     | "is" ["not"] "missing" | "starts" "with" ["any"] coalesce
//                     | "contains" ["any"] coalesce | "in" coalesce]
//   coalesce       := additive {"??" additive}
//   additive       := multiplicative {("+" | "-") multiplicative}
//   multiplicative := unary {("*" | "/") unary}
//   unary          := "-" unary | postfix
//   postfix        := primary {"." name}
//   primary        := if | aggregate | filter | list | duration | number | string
//                   | "true" | "false" | call | name | "(" expr ")"
//   aggregate      := aggregate_name "(" ["distinct"] comprehension ")"
//   comprehension  := (expr "for" name | name) "in" expr ["where" expr] ["by" expr]
//   filter         := "[" name "in" expr ["where" expr] "]"
//   if             := "if" expr "then" expr "else" expr
//   duration       := digits ("day" | "days" | "month" | "months" | "year" | "years")
#pragma once

#include <string>

#include "rules/language/ast.h"
#include "rules/language/grammar/config.h"
#include "rules/language/grammar/expression_actions.h"
#include "rules/language/grammar/lexical_def.h"
#include "rules/language/grammar/operator_symbols.h"
#include "rules/language/grammar/spans.h"

namespace genaudit::rules::grammar {

x3::rule<class expr_class, ExprPtr> const expr = "an expression";
x3::rule<class or_class, ExprPtr> const or_expr = "an expression";
x3::rule<class and_class, ExprPtr> const and_expr = "an expression";
x3::rule<class not_class, ExprPtr> const not_expr = "an expression";
x3::rule<class comparison_class, ExprPtr> const comparison = "an expression";
x3::rule<class coalesce_class, ExprPtr> const coalesce = "an expression";
x3::rule<class additive_class, ExprPtr> const additive = "an expression";
x3::rule<class multiplicative_class, ExprPtr> const multiplicative = "an expression";
x3::rule<class unary_class, ExprPtr> const unary = "a value";
x3::rule<class postfix_class, ExprPtr> const postfix_expr = "a value";
x3::rule<class primary_class, ExprPtr> const primary = "a value";
x3::rule<class number_class, ExprPtr> const number = "a number";
x3::rule<class aggregate_class, ExprPtr> const aggregate = "an aggregate";
x3::rule<class comprehension_class, ExprPtr> const comprehension =
    "`variable in collection` or `value for variable in collection`";
x3::rule<class filter_class, ExprPtr> const filter = "a filtered collection";
x3::rule<class list_class, ExprPtr> const list = "a list";
x3::rule<class call_class, ExprPtr> const call = "a call";
x3::rule<class if_class, ExprPtr> const if_expr = "`if condition then value else value`";
x3::rule<class duration_class, ExprPtr> const duration = "a duration such as `30 days`";
x3::rule<class duration_digits_class, std::string> const duration_digits = "a whole number";

const auto expr_def = spanned(or_expr[assign]);
const auto or_expr_def =
    spanned(and_expr[assign] >> *((kw("or") > and_expr)[fold(BinaryOp::kOr)]));
const auto and_expr_def =
    spanned(not_expr[assign] >> *((kw("and") > not_expr)[fold(BinaryOp::kAnd)]));
const auto not_expr_def = spanned((kw("not") > not_expr)[prefix(UnaryOp::kNot)] | comparison[assign]);

// One comparison at most: `a < b < c` is an error. Where phrases share a
// first word, the longer is tried first.
const auto comparison_def =
    spanned(coalesce[assign] >>
    -((comparison_operators > coalesce)[fold_matched] |
      (kw("is") >> kw("not") > kw("missing"))[postfix(UnaryOp::kIsNotMissing)] |
      (kw("is") > kw("missing"))[postfix(UnaryOp::kIsMissing)] |
      (kw("starts") >> kw("with") >> kw("any") > coalesce)[fold(BinaryOp::kStartsWithAny)] |
      (kw("starts") > kw("with") > coalesce)[fold(BinaryOp::kStartsWith)] |
      (kw("contains") >> kw("any") > coalesce)[fold(BinaryOp::kContainsAny)] |
      (kw("contains") > coalesce)[fold(BinaryOp::kContains)] |
      (kw("in") > coalesce)[fold(BinaryOp::kIn)]));

const auto coalesce_def =
    spanned(additive[assign] >> *((coalesce_operators > additive)[fold_matched]));
const auto additive_def =
    spanned(multiplicative[assign] >> *((additive_operators > multiplicative)[fold_matched]));
const auto multiplicative_def =
    spanned(unary[assign] >> *((multiplicative_operators > unary)[fold_matched]));
const auto unary_def = spanned(('-' > unary)[prefix(UnaryOp::kNegate)] | postfix_expr[assign]);
const auto postfix_expr_def = spanned(primary[assign] >> *(('.' > word)[make_field]));

const auto number_def =
    spanned(x3::raw[x3::lexeme[+x3::ascii::digit >> -('.' >> +x3::ascii::digit) >> -x3::lit('%')]]
           [make_number]);

// Attributes are not rolled back when X3 backtracks, so the two forms of a
// comprehension are separate alternatives, each building its own node.
const auto comprehension_def =
    spanned(((expr >> kw("for") > identifier > kw("in") > expr > -(kw("where") > expr))
                 [make_comprehension] |
             (identifier >> kw("in") > expr > -(kw("where") > expr))[make_comprehension]) >>
            -((kw("by") > expr)[set_order]));
const auto aggregate_def =
    spanned((x3::lexeme[aggregate_symbols >> !ident_char] >> '(' >> x3::matches[kw("distinct")] >>
     comprehension > ')')[make_aggregate]);
const auto filter_def =
    spanned(('[' >> identifier >> kw("in") > expr > -(kw("where") > expr) > ']')[make_filter]);
const auto list_def = spanned(('[' >> -(expr % ',') > ']')[make_list]);
const auto call_def = spanned((identifier >> '(' > -(expr % ',') > ')')[make_call]);

// `else` takes the rest: `if a then 1 else 2 + 3` is `... else (2 + 3)`.
const auto if_expr_def =
    spanned((kw("if") > expr > kw("then") > expr > kw("else") > expr)[make_if]);
const auto duration_digits_def = x3::lexeme[+x3::ascii::digit];
const auto duration_def =
    spanned((duration_digits >> x3::lexeme[duration_units >> !ident_char])[make_duration]);

const auto primary_def = spanned(if_expr[assign] | aggregate[assign] | filter[assign] |
                         list[assign] | duration[assign] | number[assign] | string_literal[make_string] |
                         kw("true")[make_bool(true)] | kw("false")[make_bool(false)] |
                         call[assign] | identifier[make_name] |
                         ('(' > expr > ')')[assign]);

BOOST_SPIRIT_DEFINE(expr, or_expr, and_expr, not_expr, comparison, coalesce, additive,
                    multiplicative, unary, postfix_expr, primary, number, aggregate,
                    comprehension, filter, list, call, if_expr, duration, duration_digits)

}  // namespace genaudit::rules::grammar
