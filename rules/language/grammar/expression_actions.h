// The semantic actions of the expression rules (expression_def.h): each
// builds a node of ast.h's Expr from what its rule matched, and keeps the
// node's depth within ParseLimits::max_nesting.
#pragma once

#include <charconv>
#include <memory>
#include <string>
#include <system_error>
#include <type_traits>

#include "rules/language/ast.h"
#include "rules/language/grammar/config.h"
#include "rules/language/grammar/spans.h"

namespace genaudit::rules::grammar {

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

const auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

// Makes `lhs op rhs` the rule's value, where lhs is what the rule has built
// so far.
template <typename Context>
void fold_into(Context& ctx, BinaryOp op, ExprPtr rhs) {
  ExprPtr lhs = x3::_val(ctx);
  auto e = make_expr(ExprKind::kBinary, {lhs->span.begin, rhs->span.end});
  e->binary_op = op;
  e->children = {lhs, rhs};
  set_depth(*e, ctx);
  x3::_val(ctx) = e;
}

// lhs OP rhs, for an operator the rule spells: the attribute is rhs.
inline auto fold(BinaryOp op) {
  return [op](auto& ctx) { fold_into(ctx, op, x3::_attr(ctx)); };
}

// lhs OP rhs, for an operator a symbol table matched (operator_symbols.h):
// the attribute is (OP, rhs).
const auto fold_matched = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  fold_into(ctx, fusion::at_c<0>(attr), fusion::at_c<1>(attr));
};

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

// if test then a else b
const auto make_if = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  auto e = make_expr(ExprKind::kIf, span_of(ctx));
  e->children = {fusion::at_c<0>(attr), fusion::at_c<1>(attr), fusion::at_c<2>(attr)};
  set_depth(*e, ctx);
  x3::_val(ctx) = e;
};

// `30 days`: the digits and the unit. The checker bounds the number.
const auto make_duration = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  const std::string& digits = fusion::at_c<0>(attr);
  auto e = make_expr(ExprKind::kDuration, span_of(ctx));
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), e->number);
  if (ec != std::errc() || end != digits.data() + digits.size()) {
    throw NumberOutOfRange{span_of(ctx).begin, digits};
  }
  e->duration_unit = fusion::at_c<1>(attr);
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

}  // namespace genaudit::rules::grammar
