// The rule language's grammar in Boost.Spirit X3. Included only by
// parser.cpp: nothing else in the project sees X3.
//
// Semantic actions build the plain AST of ast.h directly. Every grammar rule
// has a human name, which is what an author reads in "expected ..." errors.
//
//   file        := declaration* end
//   declaration := param | define | finding | indicator
//   param       := "param" name "=" expr
//   define      := "define" name "(" [name ":" register {"," ...}] ")" "=" expr
//   rule        := ("finding" | "indicator") rule_id "{" statement* "}"
//   statement   := "for" name "in" register ["where" expr] | "let" name "=" expr
//                | "per" ("month" | "quarter" | "year") name
//                | "needs" register {"," register}
//                | "when" expr | "value" expr | "target" cmp expr
//                | "evidence" item {"," item} | key description
//   item        := name {("vi" | "en") string}      the label reports show
//   expr        := or ; precedence, loosest first:
//                  or, and, not, comparison, ??, + -, * /, unary -, .field
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>
#include <charconv>
#include <string>
#include <system_error>
#include <vector>

#include "rules/language/ast.h"

namespace genaudit::rules::grammar {

namespace x3 = boost::spirit::x3;
namespace fusion = boost::fusion;

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

struct Located {
  std::string text;
  SourceSpan span;
};

// One item of `evidence`: the `let` it names and its label, if written.
struct LabeledName {
  Located name;
  EvidenceLabel label;
};

// --- Positions -------------------------------------------------------------

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

// Where the match of the action running in `ctx` ends; its start is set by
// the enclosing rule (see annotate_span), so it is left equal to the end.
template <typename Context>
SourceSpan span_of(const Context& ctx) {
  const auto end = static_cast<std::size_t>(x3::_where(ctx).begin() - x3::get<base_tag>(ctx));
  return {end, end};
}

// Sets e.depth from its children's, and stops the parse when it passes the
// nesting limit.
template <typename Context>
void set_depth(Expr& e, const Context& ctx) {
  std::size_t below = 0;
  for (const ExprPtr& child : e.children) {
    if (child && child->depth > below) below = child->depth;
  }
  e.depth = below + 1;
  if (e.depth > x3::get<nesting_limit_tag>(ctx)) throw NestingTooDeep{span_of(ctx).end};
}

inline ExprPtr make_expr(ExprKind kind, SourceSpan span) {
  auto e = std::make_shared<Expr>();
  e->kind = kind;
  e->span = span;
  return e;
}

// --- Actions ---------------------------------------------------------------

const auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

// lhs OP rhs, where lhs is what the rule has built so far.
inline auto fold(BinaryOp op) {
  return [op](auto& ctx) {
    ExprPtr lhs = x3::_val(ctx);
    ExprPtr rhs = x3::_attr(ctx);
    auto e = make_expr(ExprKind::kBinary, {lhs->span.begin, rhs->span.end});
    e->binary_op = op;
    e->children = {lhs, rhs};
    set_depth(*e, ctx);
    x3::_val(ctx) = e;
  };
}

// A postfix test such as `is missing` on what the rule has built so far.
inline auto postfix(UnaryOp op) {
  return [op](auto& ctx) {
    ExprPtr operand = x3::_val(ctx);
    auto e = make_expr(ExprKind::kUnary, {operand->span.begin, span_of(ctx).end});
    e->unary_op = op;
    e->children = {operand};
    set_depth(*e, ctx);
    x3::_val(ctx) = e;
  };
}

inline auto prefix(UnaryOp op) {
  return [op](auto& ctx) {
    auto e = make_expr(ExprKind::kUnary, span_of(ctx));
    e->unary_op = op;
    e->children = {x3::_attr(ctx)};
    set_depth(*e, ctx);
    x3::_val(ctx) = e;
  };
}

const auto make_field = [](auto& ctx) {
  ExprPtr object = x3::_val(ctx);
  auto e = make_expr(ExprKind::kField, {object->span.begin, span_of(ctx).end});
  e->text = x3::_attr(ctx);
  e->children = {object};
  set_depth(*e, ctx);
    x3::_val(ctx) = e;
};

const auto make_number = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  std::string text(range.begin(), range.end());
  auto e = make_expr(ExprKind::kNumber, span_of(ctx));
  e->percent = !text.empty() && text.back() == '%';
  if (e->percent) text.pop_back();
  // from_chars, not stod: stod throws out_of_range on 1000 digits.
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), e->number);
  if (ec != std::errc() || end != text.data() + text.size()) {
    throw NumberOutOfRange{static_cast<std::size_t>(range.begin() - x3::get<base_tag>(ctx)),
                           std::string(range.begin(), range.end())};
  }
  x3::_val(ctx) = e;
};

const auto make_string = [](auto& ctx) {
  auto e = make_expr(ExprKind::kString, span_of(ctx));
  e->text = x3::_attr(ctx);
  x3::_val(ctx) = e;
};

inline auto make_bool(bool value) {
  return [value](auto& ctx) {
    auto e = make_expr(ExprKind::kBool, span_of(ctx));
    e->boolean = value;
    x3::_val(ctx) = e;
  };
}

const auto make_name = [](auto& ctx) {
  auto e = make_expr(ExprKind::kName, span_of(ctx));
  e->text = x3::_attr(ctx);
  x3::_val(ctx) = e;
};

const auto make_list = [](auto& ctx) {
  auto e = make_expr(ExprKind::kList, span_of(ctx));
  if (x3::_attr(ctx)) e->children = *x3::_attr(ctx);
  set_depth(*e, ctx);
    x3::_val(ctx) = e;
};

const auto make_call = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto e = make_expr(ExprKind::kCall, span_of(ctx));
  e->text = fusion::at_c<0>(attr);
  if (fusion::at_c<1>(attr)) e->children = *fusion::at_c<1>(attr);
  set_depth(*e, ctx);
    x3::_val(ctx) = e;
};

// [var in source where condition]
const auto make_filter = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto e = make_expr(ExprKind::kFilter, span_of(ctx));
  e->text = fusion::at_c<0>(attr);
  const auto& condition = fusion::at_c<2>(attr);
  e->children = {fusion::at_c<1>(attr), condition ? *condition : nullptr};
  set_depth(*e, ctx);
    x3::_val(ctx) = e;
};

// The inside of an aggregate, `[projection for] var in source [where
// condition]`, as a kAggregate node whose operator the aggregate sets.
const auto make_comprehension = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto e = make_expr(ExprKind::kAggregate, span_of(ctx));
  auto optional = [](const auto& o) { return o ? *o : ExprPtr(); };
  if constexpr (fusion::result_of::size<std::decay_t<decltype(attr)>>::value == 4) {
    e->text = fusion::at_c<1>(attr);
    e->children = {fusion::at_c<2>(attr), optional(fusion::at_c<3>(attr)), fusion::at_c<0>(attr),
                   nullptr};
  } else {
    e->text = fusion::at_c<0>(attr);
    e->children = {fusion::at_c<1>(attr), optional(fusion::at_c<2>(attr)), nullptr, nullptr};
  }
  set_depth(*e, ctx);
    x3::_val(ctx) = e;
};

// `by key` after a comprehension: the order `latest` picks by.
const auto set_order = [](auto& ctx) {
  x3::_val(ctx)->children[3] = x3::_attr(ctx);
  set_depth(*x3::_val(ctx), ctx);
};

// op([distinct] comprehension)
const auto make_aggregate = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto e = std::make_shared<Expr>(*fusion::at_c<2>(attr));
  e->span = span_of(ctx);
  e->aggregate_op = fusion::at_c<0>(attr);
  e->distinct = fusion::at_c<1>(attr);
  if (e->distinct && e->aggregate_op == AggregateOp::kCount) {
    e->aggregate_op = AggregateOp::kCountDistinct;
  }
  set_depth(*e, ctx);
    x3::_val(ctx) = e;
};

const auto make_located = [](auto& ctx) {
  x3::_val(ctx) = Located{x3::_attr(ctx), span_of(ctx)};
};

// --- Lexical ---------------------------------------------------------------

const auto ident_char = x3::ascii::char_("a-zA-Z0-9_");

inline auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !ident_char]; }

// Words that cannot name a parameter, definition or variable. Statement
// words (let, when, value, ...) are not reserved: a register may have a
// field called `value`.
const auto reserved = kw("and") | kw("or") | kw("not") | kw("is") | kw("missing") |
                      kw("in") | kw("for") | kw("where") | kw("distinct") |
                      kw("true") | kw("false") | kw("starts") | kw("with") |
                      kw("any") | kw("contains") | kw("by");

struct AggregateSymbols : x3::symbols<AggregateOp> {
  AggregateSymbols() {
    add("count", AggregateOp::kCount)("sum", AggregateOp::kSum)(
        "min", AggregateOp::kMin)("max", AggregateOp::kMax)(
        "exists", AggregateOp::kExists)("none", AggregateOp::kNone)(
        "latest", AggregateOp::kLatest);
  }
};
const AggregateSymbols aggregate_symbols;

struct ComparisonSymbols : x3::symbols<BinaryOp> {
  ComparisonSymbols() {
    add(">=", BinaryOp::kGreaterEqual)(">", BinaryOp::kGreater)(
        "<=", BinaryOp::kLessEqual)("<", BinaryOp::kLess);
  }
};
const ComparisonSymbols target_comparisons;

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

// --- Spans ---------------------------------------------------------------

// In Boost 1.74 an action's `_where` is only the input left after the match,
// so an action knows where its match ends but not where it starts. Rules
// that build a node are wrapped in `spanned`, whose raw[] sees the whole
// match and records it in the node the rule built.
inline void set_span(ExprPtr& e, SourceSpan s) {
  if (e) e->span = s;
}
inline void set_span(Statement& x, SourceSpan s) { x.span = s; }
inline void set_span(MetaEntry& x, SourceSpan s) { x.span = s; }
inline void set_span(Param& x, SourceSpan s) { x.span = s; }
inline void set_span(Define& x, SourceSpan s) { x.span = s; }
inline void set_span(DefineParameter& x, SourceSpan s) { x.span = s; }
inline void set_span(Rule& x, SourceSpan s) { x.span = s; }
inline void set_span(Located& x, SourceSpan s) { x.span = s; }

const auto record_span = [](auto& ctx) {
  const Iterator base = x3::get<base_tag>(ctx);
  const auto& range = x3::_attr(ctx);
  set_span(x3::_val(ctx),
           {static_cast<std::size_t>(skip_blanks(range.begin(), range.end()) - base),
            static_cast<std::size_t>(range.end() - base)});
};

template <typename Parser>
auto spanned(const Parser& p) {
  return x3::raw[p][record_span];
}

// --- Rule declarations -----------------------------------------------------



x3::rule<class word_class, std::string> const word = "a name";
x3::rule<class identifier_class, std::string> const identifier = "a name";
x3::rule<class located_identifier_class, Located> const located_identifier = "a name";
x3::rule<class rule_id_class, Located> const rule_id = "a rule id such as O1.S4";
x3::rule<class string_literal_class, std::string> const string_literal =
    "a string in double quotes";

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

x3::rule<class statement_class, Statement> const statement = "a statement";
x3::rule<class meta_class, MetaEntry> const meta = "a description";
x3::rule<class language_tag_class, std::string> const language_tag = "`vi` or `en`";
x3::rule<class evidence_item_class, LabeledName> const evidence_item =
    "the name of a `let`, with its label `vi \"...\" en \"...\"` if any";
x3::rule<class rule_decl_class, Rule> const rule_decl = "a rule";
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

// --- Definitions -----------------------------------------------------------

const auto word_def =
    x3::lexeme[x3::ascii::char_("a-zA-Z_") >> *ident_char];
const auto identifier_def = !reserved >> word;
const auto located_identifier_def = spanned(identifier[make_located]);
const auto rule_id_def = spanned(x3::raw[x3::lexeme[x3::ascii::char_("a-zA-Z") >>
                                            *x3::ascii::char_("a-zA-Z0-9") >>
                                            *('.' >> +x3::ascii::char_("a-zA-Z0-9"))]]
    [([](auto& ctx) {
      const auto& range = x3::_attr(ctx);
      x3::_val(ctx) = Located{std::string(range.begin(), range.end()), span_of(ctx)};
    })]);

const auto escaped_char = (x3::lit("\\\"") >> x3::attr('"')) |
                          (x3::lit("\\\\") >> x3::attr('\\')) |
                          (x3::standard::char_ - '"' - '\n');
const auto string_literal_def = x3::lexeme['"' > *escaped_char > '"'];

const auto expr_def = spanned(or_expr[assign]);
const auto or_expr_def = spanned(and_expr[assign] >> *((kw("or") > and_expr)[fold(BinaryOp::kOr)]));
const auto and_expr_def =
    spanned(not_expr[assign] >> *((kw("and") > not_expr)[fold(BinaryOp::kAnd)]));
const auto not_expr_def = spanned((kw("not") > not_expr)[prefix(UnaryOp::kNot)] | comparison[assign]);

const auto comparison_def =
    spanned(coalesce[assign] >>
    -(("==" > coalesce)[fold(BinaryOp::kEqual)] |
      ("!=" > coalesce)[fold(BinaryOp::kNotEqual)] |
      ("<=" > coalesce)[fold(BinaryOp::kLessEqual)] |
      (">=" > coalesce)[fold(BinaryOp::kGreaterEqual)] |
      ('<' > coalesce)[fold(BinaryOp::kLess)] |
      ('>' > coalesce)[fold(BinaryOp::kGreater)] |
      (kw("is") >> kw("not") > kw("missing"))[postfix(UnaryOp::kIsNotMissing)] |
      (kw("is") > kw("missing"))[postfix(UnaryOp::kIsMissing)] |
      (kw("starts") >> kw("with") >> kw("any") > coalesce)[fold(BinaryOp::kStartsWithAny)] |
      (kw("starts") > kw("with") > coalesce)[fold(BinaryOp::kStartsWith)] |
      (kw("contains") >> kw("any") > coalesce)[fold(BinaryOp::kContainsAny)] |
      (kw("contains") > coalesce)[fold(BinaryOp::kContains)] |
      (kw("in") > coalesce)[fold(BinaryOp::kIn)]));

const auto coalesce_def =
    spanned(additive[assign] >> *(("??" > additive)[fold(BinaryOp::kCoalesce)]));
const auto additive_def =
    spanned(multiplicative[assign] >>
    *(('+' > multiplicative)[fold(BinaryOp::kAdd)] |
      ('-' > multiplicative)[fold(BinaryOp::kSubtract)]));
const auto multiplicative_def =
    spanned(unary[assign] >> *(('*' > unary)[fold(BinaryOp::kMultiply)] |
                       ('/' > unary)[fold(BinaryOp::kDivide)]));
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

const auto primary_def = spanned(aggregate[assign] | filter[assign] | list[assign] |
                         number[assign] | string_literal[make_string] |
                         kw("true")[make_bool(true)] | kw("false")[make_bool(false)] |
                         call[assign] | identifier[make_name] |
                         ('(' > expr > ')')[assign]);

// --- Statements ------------------------------------------------------------

inline Statement statement_of(StatementKind kind, SourceSpan span) {
  Statement s;
  s.kind = kind;
  s.span = span;
  return s;
}

const auto language_tag_def =
    x3::lexeme[(x3::string("vi") | x3::string("en")) >> !ident_char];

const auto meta_def =
    spanned(identifier[([](auto& ctx) {
      x3::_val(ctx).key = x3::_attr(ctx);
      x3::_val(ctx).span = span_of(ctx);
    })] >>
    (+((language_tag >> string_literal)[([](auto& ctx) {
       auto& attr = x3::_attr(ctx);
       x3::_val(ctx).localized.emplace_back(fusion::at_c<0>(attr), fusion::at_c<1>(attr));
     })]) |
     string_literal[([](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); })] |
     word[([](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); })]));

// A label's language must be followed by its text: `women vi` alone is an
// error, not a label-less item followed by a statement `vi`.
const auto evidence_item_def =
    located_identifier[([](auto& ctx) { x3::_val(ctx).name = x3::_attr(ctx); })] >>
    *((language_tag > string_literal)[([](auto& ctx) {
      auto& attr = x3::_attr(ctx);
      x3::_val(ctx).label.emplace_back(fusion::at_c<0>(attr), fusion::at_c<1>(attr));
    })]);

const auto statement_def =
    spanned((kw("for") > identifier > kw("in") > located_identifier > -(kw("where") > expr))
        [([](auto& ctx) {
          auto& attr = x3::_attr(ctx);
          Statement s = statement_of(StatementKind::kFor, span_of(ctx));
          s.name = fusion::at_c<0>(attr);
          s.register_name = fusion::at_c<1>(attr).text;
          s.register_span = fusion::at_c<1>(attr).span;
          if (fusion::at_c<2>(attr)) s.expr = *fusion::at_c<2>(attr);
          x3::_val(ctx) = s;
        })] |
    (kw("per") > window_kind > identifier)[([](auto& ctx) {
      auto& attr = x3::_attr(ctx);
      Statement s = statement_of(StatementKind::kPer, span_of(ctx));
      s.window = fusion::at_c<0>(attr);
      s.name = fusion::at_c<1>(attr);
      x3::_val(ctx) = s;
    })] |
    (kw("let") > identifier > '=' > expr)[([](auto& ctx) {
      auto& attr = x3::_attr(ctx);
      Statement s = statement_of(StatementKind::kLet, span_of(ctx));
      s.name = fusion::at_c<0>(attr);
      s.expr = fusion::at_c<1>(attr);
      x3::_val(ctx) = s;
    })] |
    (kw("when") > expr)[([](auto& ctx) {
      Statement s = statement_of(StatementKind::kWhen, span_of(ctx));
      s.expr = x3::_attr(ctx);
      x3::_val(ctx) = s;
    })] |
    (kw("value") > expr)[([](auto& ctx) {
      Statement s = statement_of(StatementKind::kValue, span_of(ctx));
      s.expr = x3::_attr(ctx);
      x3::_val(ctx) = s;
    })] |
    (kw("target") > target_comparison > expr)[([](auto& ctx) {
      auto& attr = x3::_attr(ctx);
      Statement s = statement_of(StatementKind::kTarget, span_of(ctx));
      s.comparison = fusion::at_c<0>(attr);
      s.expr = fusion::at_c<1>(attr);
      x3::_val(ctx) = s;
    })] |
    (kw("needs") > (located_identifier % ','))[([](auto& ctx) {
      Statement s = statement_of(StatementKind::kNeeds, span_of(ctx));
      for (const Located& name : x3::_attr(ctx)) s.names.emplace_back(name.text, name.span);
      x3::_val(ctx) = s;
    })] |
    (kw("evidence") > (evidence_item % ','))[([](auto& ctx) {
      Statement s = statement_of(StatementKind::kEvidence, span_of(ctx));
      for (const LabeledName& item : x3::_attr(ctx)) {
        s.names.emplace_back(item.name.text, item.name.span);
        s.labels.push_back(item.label);
      }
      x3::_val(ctx) = s;
    })] |
    meta[([](auto& ctx) {
      Statement s = statement_of(StatementKind::kMeta, span_of(ctx));
      s.meta = x3::_attr(ctx);
      x3::_val(ctx) = s;
    })]);

const auto rule_end_def = x3::lit('}');
const auto target_comparison_def = target_comparisons;
const auto window_kind_def = x3::lexeme[window_kinds >> !ident_char];
const auto file_end_def = x3::eoi;

const auto rule_decl_def =
    spanned((x3::lexeme[rule_kinds >> !ident_char] > rule_id > '{' > *statement > rule_end)
        [([](auto& ctx) {
          auto& attr = x3::_attr(ctx);
          Rule r;
          r.kind = fusion::at_c<0>(attr);
          r.id = fusion::at_c<1>(attr).text;
          r.id_span = fusion::at_c<1>(attr).span;
          r.statements = fusion::at_c<2>(attr);
          r.span = span_of(ctx);
          x3::_val(ctx) = r;
        })]);

const auto param_decl_def = spanned((kw("param") > identifier > '=' > expr)[([](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = Param{fusion::at_c<0>(attr), fusion::at_c<1>(attr), span_of(ctx)};
})]);

const auto define_parameter_def = spanned((identifier > ':' > word)[([](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = DefineParameter{fusion::at_c<0>(attr), fusion::at_c<1>(attr), span_of(ctx)};
})]);

const auto define_decl_def =
    spanned((kw("define") > identifier > '(' > -(define_parameter % ',') > ')' > '=' > expr)
        [([](auto& ctx) {
          auto& attr = x3::_attr(ctx);
          Define d;
          d.name = fusion::at_c<0>(attr);
          if (fusion::at_c<1>(attr)) d.parameters = *fusion::at_c<1>(attr);
          d.body = fusion::at_c<2>(attr);
          d.span = span_of(ctx);
          x3::_val(ctx) = d;
        })]);

const auto declaration_def =
    param_decl[([](auto& ctx) {
      Declaration d;
      d.kind = DeclarationKind::kParam;
      d.param = x3::_attr(ctx);
      x3::_val(ctx) = d;
    })] |
    define_decl[([](auto& ctx) {
      Declaration d;
      d.kind = DeclarationKind::kDefine;
      d.define = x3::_attr(ctx);
      x3::_val(ctx) = d;
    })] |
    rule_decl[([](auto& ctx) {
      Declaration d;
      d.kind = DeclarationKind::kRule;
      d.rule = x3::_attr(ctx);
      x3::_val(ctx) = d;
    })];

const auto file_def = *declaration > file_end;

BOOST_SPIRIT_DEFINE(word, identifier, located_identifier, rule_id, string_literal, expr,
                    or_expr, and_expr, not_expr, comparison, coalesce, additive,
                    multiplicative, unary, postfix_expr, primary, number, aggregate, comprehension,
                    filter, list, call, statement, meta, language_tag, evidence_item,
                    rule_decl, param_decl,
                    define_parameter, define_decl, declaration, file, rule_end, file_end, target_comparison, window_kind)

// Spaces, tabs, line ends and `#` comments to the end of the line.
const auto skipper = x3::ascii::space | ('#' >> *(x3::standard::char_ - '\n'));

}  // namespace genaudit::rules::grammar
