// The words of the rule language: names, rule ids, string literals and
// keywords, which the expression and declaration rules share.
//
//   name       := letter-or-_ {letter | digit | _}, not a reserved word
//   rule_id    := letter {letter | digit} {"." {letter | digit}}   O1.S4
//   string     := '"' {char but '"' or a line end | '\"' | '\\'} '"'
#pragma once

#include <string>

#include "rules/language/grammar/attributes.h"
#include "rules/language/grammar/config.h"
#include "rules/language/grammar/operator_symbols.h"
#include "rules/language/grammar/spans.h"

namespace genaudit::rules::grammar {

const auto ident_char = x3::ascii::char_("a-zA-Z0-9_");

// A keyword: `word` not followed by a letter, digit or `_`.
inline auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !ident_char]; }

const auto reserved = x3::lexeme[reserved_words >> !ident_char];

// Every grammar rule has a human name, which is what an author reads in
// "expected ..." errors.
x3::rule<class word_class, std::string> const word = "a name";
x3::rule<class identifier_class, std::string> const identifier = "a name";
x3::rule<class located_identifier_class, Located> const located_identifier = "a name";
x3::rule<class rule_id_class, Located> const rule_id = "a rule id such as O1.S4";
x3::rule<class string_literal_class, std::string> const string_literal =
    "a string in double quotes";

const auto word_def =
    x3::lexeme[x3::ascii::char_("a-zA-Z_") >> *ident_char];
const auto identifier_def = !reserved >> word;
const auto located_identifier_def = spanned(identifier[make_located]);
const auto rule_id_def = spanned(x3::raw[x3::lexeme[x3::ascii::char_("a-zA-Z") >>
                                                    *x3::ascii::char_("a-zA-Z0-9") >>
                                                    *('.' >> +x3::ascii::char_("a-zA-Z0-9"))]]
                                        [make_located_text]);

const auto escaped_char = (x3::lit("\\\"") >> x3::attr('"')) |
                          (x3::lit("\\\\") >> x3::attr('\\')) |
                          (x3::standard::char_ - '"' - '\n');
const auto string_literal_def = x3::lexeme['"' > *escaped_char > '"'];

BOOST_SPIRIT_DEFINE(word, identifier, located_identifier, rule_id, string_literal)

}  // namespace genaudit::rules::grammar
