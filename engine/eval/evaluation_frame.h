// The names in reach while one rule is evaluated for one subject and window
// (or, for an indicator, once for the audit): what the expression and
// comprehension code read and bind.
//
// Bound, innermost last: the rule's subject record under its variable (`for
// s in staff`), the window under its variable (`per month m`), the rule's
// lets in the order written, each comprehension's variable while it ranges
// over its rows, and the arguments of a definition being called. A name is
// looked up from the innermost binding out, down to where the visible
// bindings start: a definition's body sees its own parameters alone (and
// the global names, which the frame does not hold), not its caller's.
//
// Lifetime: an evaluator keeps one frame and clears it for every subject,
// so that its storage is reused: binding a comprehension's variable to each
// row in turn allocates nothing. Its values may point into the dataset
// (records, collections) and at the driver's windows, and its names into
// the pack (the rule's variables, its lets, the definitions' parameters):
// clear it before any of those goes.
//
// Thread-safety: none; one frame per thread. Each evaluator owns its own,
// and the evaluators of one audit run on several threads at once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "engine/data/value.h"

namespace genaudit {

class EvaluationFrame {
 public:
  // Forgets every binding, keeping the storage.
  void clear() {
    bindings_.clear();
    visible_from_ = 0;
  }

  // Binds `name` to `value`, innermost. REQUIRES: `name` outlives the
  // binding.
  void bind(const std::string& name, Value value) { bindings_.emplace_back(&name, std::move(value)); }

  // Drops the innermost binding.
  void unbind() { bindings_.pop_back(); }

  // The innermost binding's value: a comprehension binds its variable once
  // and sets it to each row in turn. Valid until the next binding.
  Value& innermost() { return bindings_.back().second; }

  // The value of the innermost visible binding of `name`; null when none is
  // (a global name, or a name the checker did not accept).
  const Value* find(const std::string& name) const {
    for (std::size_t i = bindings_.size(); i-- > visible_from_;) {
      if (bindings_[i].first && same_name(*bindings_[i].first, name)) return &bindings_[i].second;
    }
    return nullptr;
  }

  // Whether a visible binding has one of `sorted_names`: a variable then
  // hides a global name of that spelling.
  bool binds_any(const std::vector<std::string>& sorted_names) const {
    for (std::size_t i = visible_from_; i < bindings_.size(); ++i) {
      if (bindings_[i].first &&
          std::binary_search(sorted_names.begin(), sorted_names.end(), *bindings_[i].first)) {
        return true;
      }
    }
    return false;
  }

  // --- A definition's body --------------------------------------------------
  // A call binds its arguments from size() on, unnamed while the others are
  // evaluated in the caller's bindings (bind_unnamed), then names them
  // (name); its body is evaluated between enter_body() and leave_body().

  std::size_t size() const { return bindings_.size(); }

  void bind_unnamed(Value value) { bindings_.emplace_back(nullptr, std::move(value)); }

  // Names the binding at `position`. REQUIRES: `name` outlives the binding.
  void name(std::size_t position, const std::string& name) { bindings_[position].first = &name; }

  // Where a body was entered: what leave_body() restores.
  struct Body {
    std::size_t start;
    std::size_t caller_visible_from;
  };

  // Makes the bindings from `start` on the only visible ones.
  Body enter_body(std::size_t start) {
    const Body body{start, visible_from_};
    visible_from_ = start;
    return body;
  }

  // Drops the body's bindings and makes the caller's visible again.
  void leave_body(const Body& body) {
    visible_from_ = body.caller_visible_from;
    bindings_.erase(bindings_.begin() + static_cast<std::ptrdiff_t>(body.start), bindings_.end());
  }

 private:
  // Names are a few letters: compared inline, where std::string's == calls
  // memcmp (a name is looked up for every row a comprehension visits).
  static bool same_name(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }

  // A null name: an argument being evaluated.
  std::vector<std::pair<const std::string*, Value>> bindings_;
  std::size_t visible_from_ = 0;
};

}  // namespace genaudit
