// Expressions measured with definitions unfolded; see unfolded_limits.h.
#include "rules/language/unfolded_limits.h"

#include <algorithm>

namespace genaudit::rules {
namespace {

std::size_t saturating_add(std::size_t a, std::size_t b) {
  return std::min(a + b, kMaxUnfoldedSize + 1);  // both at most the cap: no overflow
}

}  // namespace

const Unfolded* UnfoldedLimits::definition(const Expr& call) const {
  if (call.kind != ExprKind::kCall) return nullptr;
  const auto it = definitions_.find(call.text);
  return it == definitions_.end() ? nullptr : &it->second;
}

Unfolded UnfoldedLimits::unfolded(const Expr& e) const {
  Unfolded u;
  for (const ExprPtr& child : e.children) {
    if (!child) continue;
    const Unfolded c = unfolded(*child);
    u.depth = std::max(u.depth, c.depth);
    u.size = saturating_add(u.size, c.size);
  }
  if (const Unfolded* body = definition(e)) {
    u.depth = std::max(u.depth, body->depth);
    u.size = saturating_add(u.size, body->size);
  }
  ++u.depth;
  u.size = saturating_add(u.size, 1);
  return u;
}

void UnfoldedLimits::report_too_deep(const Expr& e, bool while_checking) {
  if (too_deep_reported_) return;
  too_deep_reported_ = true;
  if (while_checking) {
    if (chain_too_deep_reported_) return;
    chain_too_deep_reported_ = true;
  }
  context_.error(e.span.begin,
                 "with the definitions it calls, this expression nests more than " +
                     std::to_string(kMaxUnfoldedNesting) + " levels deep",
                 "call fewer definitions within one another");
}

void UnfoldedLimits::report_too_big(const Expr& e) {
  context_.error(e.span.begin,
                 "with the definitions it calls, this expression has more than " +
                     std::to_string(kMaxUnfoldedSize) +
                     " parts: each call stands for the whole of the definition it calls",
                 "a definition that calls another several times repeats it each time; "
                 "call each definition once, or fewer definitions within one another");
}

bool UnfoldedLimits::calls_over_limit(const Expr& e) const {
  if (const Unfolded* body = definition(e); body && (body->too_deep() || body->too_big())) {
    return true;
  }
  return std::any_of(e.children.begin(), e.children.end(),
                     [&](const ExprPtr& child) { return child && calls_over_limit(*child); });
}

void UnfoldedLimits::check(const Expr& e) {
  const Unfolded u = unfolded(e);
  if ((!u.too_deep() && !u.too_big()) || calls_over_limit(e)) return;
  if (u.too_deep()) {
    report_too_deep(e);
  } else {
    report_too_big(e);
  }
}

}  // namespace genaudit::rules
