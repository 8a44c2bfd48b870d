// The declaration rules of the rule language: a file of params, defines and
// rules, and a rule's statements. The start rule is `file`.
//
//   file        := declaration* end
//   declaration := param | define | finding | indicator
//   param       := "param" name "=" expr
//   define      := "define" name "(" [name ":" register {"," ...}] ")" "=" expr
//   rule        := ("finding" | "indicator") rule_id "{" statement* "}"
//   statement   := "for" name "in" register ["key" expr {"," expr}] ["where" expr]
//                | "for" name "in" "distinct" "(" comprehension ")" ["where" expr]
//                | "let" name "=" expr
//                | "per" ("month" | "quarter" | "year") name
//                | "needs" register {"," register}
//                | "when" expr | "value" expr | "target" cmp expr
//                | "evidence" item {"," item} | key description
//   item        := name {("vi" | "en") string}      the label reports show
#pragma once

#include <string>
#include <vector>

#include "rules/language/ast.h"
#include "rules/language/grammar/attributes.h"
#include "rules/language/grammar/config.h"
#include "rules/language/grammar/declaration_actions.h"
#include "rules/language/grammar/expression_def.h"
#include "rules/language/grammar/lexical_def.h"
#include "rules/language/grammar/operator_symbols.h"
#include "rules/language/grammar/spans.h"

namespace genaudit::rules::grammar {

struct WindowSymbols : x3::symbols<WindowKind> {
  WindowSymbols() {
    add("month", WindowKind::kMonth)("quarter", WindowKind::kQuarter)("year", WindowKind::kYear);
  }
};
const WindowSymbols window_kinds;

struct RuleKindSymbols : x3::symbols<RuleKind> {
  RuleKindSymbols() { add("finding", RuleKind::kFinding)("indicator", RuleKind::kIndicator); }
};
const RuleKindSymbols rule_kinds;

x3::rule<class statement_class, Statement> const statement = "a statement";
x3::rule<class meta_class, MetaEntry> const meta = "a description";
x3::rule<class language_tag_class, std::string> const language_tag = "`vi` or `en`";
x3::rule<class evidence_item_class, LabeledName> const evidence_item =
    "the name of a `let`, with its label `vi \"...\" en \"...\"` and "
    "`missing vi \"...\" en \"...\"` if any";
x3::rule<class missing_words_class, EvidenceLabel> const missing_words =
    "`vi \"...\" en \"...\"`, the words for a missing value";
x3::rule<class rule_decl_class, Rule> const rule_decl = "a rule";
// A `for`'s key as one node (a kList of its parts): X3 does not split a
// sequence's container attribute from the optional beside it.
x3::rule<class subject_key_class, ExprPtr> const subject_key =
    "the key that names each row: `n.outlet_code, n.air_date`";
x3::rule<class param_class, Param> const param_decl = "a parameter";
x3::rule<class define_param_class, DefineParameter> const define_parameter =
    "a parameter such as `s: staff`";
x3::rule<class define_class, Define> const define_decl = "a definition";
x3::rule<class declaration_class, Declaration> const declaration = "a declaration";
x3::rule<class file_class, std::vector<Declaration>> const file = "a rule file";

// Named stops, so that errors say what could have come next.
x3::rule<class target_comparison_class, BinaryOp> const target_comparison =
    "a comparison (`>=`, `>`, `<=` or `<`)";
x3::rule<class window_kind_class, WindowKind> const window_kind =
    "`month`, `quarter` or `year`";
x3::rule<class rule_end_class> const rule_end =
    "a statement (`for`, `per`, `needs`, `let`, `when`, `value`, `target`, `evidence`, "
    "a description such as `title`) or `}`";
x3::rule<class file_end_class> const file_end =
    "`param`, `define`, `finding`, `indicator` or the end of the file";

const auto language_tag_def =
    x3::lexeme[(x3::string("vi") | x3::string("en")) >> !ident_char];

const auto meta_def =
    spanned(identifier[set_meta_key] >>
            (+((language_tag >> string_literal)[add_meta_text]) |
             string_literal[set_meta_value] | word[set_meta_value]));

// A label's language must be followed by its text: `women vi` alone is an
// error, not a label-less item followed by a statement `vi`.
// Then, optionally, what reports say when the item has no value:
// `missing vi "chưa gửi" en "not sent"`.
const auto evidence_item_def =
    located_identifier[set_evidence_name] >> *((language_tag > string_literal)[add_label_text]) >>
    -((kw("missing") > missing_words)[set_missing_words]);

const auto missing_words_def = +((language_tag > string_literal)[add_missing_text]);

// The two forms of `for` are separate alternatives (attributes are not
// rolled back when X3 backtracks); `distinct` is a reserved word, never a
// register's name.
const auto statement_def =
    spanned((kw("for") >> identifier >> kw("in") >> kw("distinct") > '(' > comprehension > ')' >
             -(kw("where") > expr))[make_group_for] |
            (kw("for") > identifier > kw("in") > located_identifier >
             -(kw("key") > subject_key) > -(kw("where") > expr))[make_for] |
            (kw("per") > window_kind > identifier)[make_per] |
            (kw("let") > identifier > '=' > expr)[make_let] |
            (kw("when") > expr)[make_expression_statement(StatementKind::kWhen)] |
            (kw("value") > expr)[make_expression_statement(StatementKind::kValue)] |
            (kw("target") > target_comparison > expr)[make_target] |
            (kw("needs") > (located_identifier % ','))[make_needs] |
            (kw("evidence") > (evidence_item % ','))[make_evidence] |
            meta[make_meta_statement]);

const auto subject_key_def = spanned((expr % ',')[make_key_list]);
const auto rule_end_def = x3::lit('}');
const auto target_comparison_def = target_comparisons;
const auto window_kind_def = x3::lexeme[window_kinds >> !ident_char];
const auto file_end_def = x3::eoi;

const auto rule_decl_def =
    spanned((x3::lexeme[rule_kinds >> !ident_char] > rule_id > '{' > *statement > rule_end)
                [make_rule]);

const auto param_decl_def = spanned((kw("param") > identifier > '=' > expr)[make_param]);

const auto define_parameter_def =
    spanned((identifier > ':' > word)[make_define_parameter]);

const auto define_decl_def =
    spanned((kw("define") > identifier > '(' > -(define_parameter % ',') > ')' > '=' > expr)
                [make_define]);

const auto declaration_def =
    param_decl[declare_param] | define_decl[declare_define] | rule_decl[declare_rule];

const auto file_def = *declaration > file_end;

BOOST_SPIRIT_DEFINE(statement, subject_key, meta, language_tag, missing_words, evidence_item, rule_decl, param_decl,
                    define_parameter, define_decl, declaration, file, rule_end, file_end,
                    target_comparison, window_kind)

}  // namespace genaudit::rules::grammar
