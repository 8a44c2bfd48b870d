// What every part of the rule language's grammar shares: the iterator, the
// values passed down to actions with x3::with, what actions throw to stop
// the parse, and the skipper. The grammar is included only by parser.cpp:
// nothing else in the project sees X3.
//
// The grammar's headers, each building on those before it:
//   config.h               this: shared by all
//   attributes.h           what rules yield that ast.h has no node for
//   spans.h                the spans of nodes in the text
//   operator_symbols.h     symbol tables filled from rules/language/operators.h
//   lexical_def.h          names, rule ids, strings, keywords
//   expression_actions.h   building expressions
//   expression_def.h       the expression rules, by precedence
//   declaration_actions.h  building params, defines, rules and statements
//   declaration_def.h      the declaration rules, up to `file`, the start
//   error_handler.h        what stopped the parse, as a diagnostic
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <string>

namespace genaudit::rules::grammar {

namespace x3 = boost::spirit::x3;
namespace fusion = boost::fusion;  // the attributes of sequences: at_c<N>

using Iterator = const char*;

// The start of the text, passed down with x3::with so that actions can turn
// iterators into byte offsets.
struct base_tag;
// ParseLimits::max_nesting, passed down the same way.
struct nesting_limit_tag;

// Thrown by an action whose node nests deeper than the limit; `offset` is
// where the match that crossed it ends.
struct NestingTooDeep {
  std::size_t offset;
};

// Thrown by the number action for a literal no double holds (400 digits);
// `offset` is where the literal starts.
struct NumberOutOfRange {
  std::size_t offset;
  std::string literal;
};

// Spaces, tabs, line ends and `#` comments to the end of the line.
const auto skipper = x3::ascii::space | ('#' >> *(x3::standard::char_ - '\n'));

// Skips what the skipper would (spaces, comments) so that spans start at the
// first real character.
inline Iterator skip_blanks(Iterator it, Iterator end) {
  while (it != end) {
    if (*it == ' ' || *it == '\t' || *it == '\r' || *it == '\n') {
      ++it;
    } else if (*it == '#') {
      while (it != end && *it != '\n') ++it;
    } else {
      break;
    }
  }
  return it;
}

}  // namespace genaudit::rules::grammar
