// Where in the text each node of the syntax tree comes from: the spans that
// diagnostics and explanations point back to.
#pragma once

#include <cstddef>
#include <string>

#include "rules/language/ast.h"
#include "rules/language/grammar/attributes.h"
#include "rules/language/grammar/config.h"

namespace genaudit::rules::grammar {

// Where the match of the action running in `ctx` ends; its start is set by
// the enclosing rule (see spanned), so it is left equal to the end.
template <typename Context>
SourceSpan span_of(const Context& ctx) {
  const auto end = static_cast<std::size_t>(x3::_where(ctx).begin() - x3::get<base_tag>(ctx));
  return {end, end};
}

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

// A name as matched, with its span.
const auto make_located = [](auto& ctx) {
  x3::_val(ctx) = Located{x3::_attr(ctx), span_of(ctx)};
};

// The text a raw[] matched (a rule id such as `O1.S4`), with its span.
const auto make_located_text = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  x3::_val(ctx) = Located{std::string(range.begin(), range.end()), span_of(ctx)};
};

}  // namespace genaudit::rules::grammar
