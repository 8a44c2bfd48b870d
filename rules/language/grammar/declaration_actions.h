// The semantic actions of the declaration rules (declaration_def.h): each
// builds a param, a define, a rule, one of its statements or a description
// of ast.h from what its rule matched.
#pragma once

#include "rules/language/ast.h"
#include "rules/language/grammar/attributes.h"
#include "rules/language/grammar/config.h"
#include "rules/language/grammar/spans.h"

namespace genaudit::rules::grammar {

// --- Descriptions and evidence -----------------------------------------------

const auto set_meta_key = [](auto& ctx) {
  x3::_val(ctx).key = x3::_attr(ctx);
  x3::_val(ctx).span = span_of(ctx);
};

// `vi "..."`: one language's text of a description.
const auto add_meta_text = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx).localized.emplace_back(fusion::at_c<0>(attr), fusion::at_c<1>(attr));
};

// An untagged string or a bare word: `citation "..."`, `severity high`.
const auto set_meta_value = [](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); };

const auto set_evidence_name = [](auto& ctx) { x3::_val(ctx).name = x3::_attr(ctx); };

// `vi "..."`: one language's text of an evidence item's label.
const auto add_label_text = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx).label.emplace_back(fusion::at_c<0>(attr), fusion::at_c<1>(attr));
};

// `vi "..."` after `missing`: one language's words for an evidence item
// without a value, into the words' list; then the list into the item.
const auto add_missing_text = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx).emplace_back(fusion::at_c<0>(attr), fusion::at_c<1>(attr));
};
const auto set_missing_words = [](auto& ctx) { x3::_val(ctx).missing = x3::_attr(ctx); };

// --- Statements --------------------------------------------------------------

inline Statement statement_of(StatementKind kind, SourceSpan span) {
  Statement s;
  s.kind = kind;
  s.span = span;
  return s;
}

// for var in register [key expr, ...] [where condition]
const auto make_for = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Statement s = statement_of(StatementKind::kFor, span_of(ctx));
  s.name = fusion::at_c<0>(attr);
  s.register_name = fusion::at_c<1>(attr).text;
  s.register_span = fusion::at_c<1>(attr).span;
  if (fusion::at_c<2>(attr)) s.keys = (*fusion::at_c<2>(attr))->items();
  if (fusion::at_c<3>(attr)) s.expr = *fusion::at_c<3>(attr);
  x3::_val(ctx) = s;
};

// The parts of a `for`'s key, as a list node (declaration_def.h).
const auto make_key_list = [](auto& ctx) {
  auto e = std::make_shared<Expr>();
  e->kind = ExprKind::kList;
  e->span = span_of(ctx);
  e->children = x3::_attr(ctx);
  x3::_val(ctx) = e;
};

// for var in distinct(value for row in collection [where ...]) [where condition]
const auto make_group_for = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Statement s = statement_of(StatementKind::kFor, span_of(ctx));
  s.name = fusion::at_c<0>(attr);
  s.groups = fusion::at_c<1>(attr);
  s.groups->aggregate_op = AggregateOp::kDistinct;
  s.register_span = s.groups->span;
  if (fusion::at_c<2>(attr)) s.expr = *fusion::at_c<2>(attr);
  x3::_val(ctx) = s;
};

// per window var
const auto make_per = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Statement s = statement_of(StatementKind::kPer, span_of(ctx));
  s.window = fusion::at_c<0>(attr);
  s.name = fusion::at_c<1>(attr);
  x3::_val(ctx) = s;
};

// let name = expr
const auto make_let = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Statement s = statement_of(StatementKind::kLet, span_of(ctx));
  s.name = fusion::at_c<0>(attr);
  s.expr = fusion::at_c<1>(attr);
  x3::_val(ctx) = s;
};

// `when expr`, `value expr`: a statement of one expression.
inline auto make_expression_statement(StatementKind kind) {
  return [kind](auto& ctx) {
    Statement s = statement_of(kind, span_of(ctx));
    s.expr = x3::_attr(ctx);
    x3::_val(ctx) = s;
  };
}

// target comparison expr
const auto make_target = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Statement s = statement_of(StatementKind::kTarget, span_of(ctx));
  s.comparison = fusion::at_c<0>(attr);
  s.expr = fusion::at_c<1>(attr);
  x3::_val(ctx) = s;
};

// needs register, ...
const auto make_needs = [](auto& ctx) {
  Statement s = statement_of(StatementKind::kNeeds, span_of(ctx));
  for (const Located& name : x3::_attr(ctx)) s.names.emplace_back(name.text, name.span);
  x3::_val(ctx) = s;
};

// evidence item, ...
const auto make_evidence = [](auto& ctx) {
  Statement s = statement_of(StatementKind::kEvidence, span_of(ctx));
  for (const LabeledName& item : x3::_attr(ctx)) {
    s.names.emplace_back(item.name.text, item.name.span);
    s.labels.push_back(item.label);
    s.missing_texts.push_back(item.missing);
  }
  x3::_val(ctx) = s;
};

// key description
const auto make_meta_statement = [](auto& ctx) {
  Statement s = statement_of(StatementKind::kMeta, span_of(ctx));
  s.meta = x3::_attr(ctx);
  x3::_val(ctx) = s;
};

// --- Declarations ------------------------------------------------------------

// finding|indicator id { statement* }
const auto make_rule = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Rule r;
  r.kind = fusion::at_c<0>(attr);
  r.id = fusion::at_c<1>(attr).text;
  r.id_span = fusion::at_c<1>(attr).span;
  r.statements = fusion::at_c<2>(attr);
  r.span = span_of(ctx);
  x3::_val(ctx) = r;
};

// param name = expr
const auto make_param = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = Param{fusion::at_c<0>(attr), fusion::at_c<1>(attr), span_of(ctx)};
};

// name: register
const auto make_define_parameter = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  x3::_val(ctx) = DefineParameter{fusion::at_c<0>(attr), fusion::at_c<1>(attr), span_of(ctx)};
};

// define name(parameters) = expr
const auto make_define = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  Define d;
  d.name = fusion::at_c<0>(attr);
  if (fusion::at_c<1>(attr)) d.parameters = *fusion::at_c<1>(attr);
  d.body = fusion::at_c<2>(attr);
  d.span = span_of(ctx);
  x3::_val(ctx) = d;
};

const auto declare_param = [](auto& ctx) {
  Declaration d;
  d.kind = DeclarationKind::kParam;
  d.param = x3::_attr(ctx);
  x3::_val(ctx) = d;
};

const auto declare_define = [](auto& ctx) {
  Declaration d;
  d.kind = DeclarationKind::kDefine;
  d.define = x3::_attr(ctx);
  x3::_val(ctx) = d;
};

const auto declare_rule = [](auto& ctx) {
  Declaration d;
  d.kind = DeclarationKind::kRule;
  d.rule = x3::_attr(ctx);
  x3::_val(ctx) = d;
};

}  // namespace genaudit::rules::grammar
