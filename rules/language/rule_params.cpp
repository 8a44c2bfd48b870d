#include "rules/language/rule_params.h"

#include <algorithm>
#include <set>

#include "rules/language/expr_layout.h"

namespace genaudit::rules {
namespace {

// Walks expressions with the names bound around them, as the checker's
// scopes bind them (expr_types.cpp), collecting the parameters read.
class ParamUses {
 public:
  explicit ParamUses(const RulePack& pack) : pack_(pack) {}

  void rule(const Rule& rule) {
    for (const Statement& s : rule.statements) {
      switch (s.kind) {
        case StatementKind::kFor:  // the variable is bound in its key and `where`
          if (s.groups) walk(*s.groups);
          scope_.push_back(s.name);
          for (const ExprPtr& key : s.keys) walk(*key);
          if (s.expr) walk(*s.expr);
          break;
        case StatementKind::kPer:
          scope_.push_back(s.name);
          break;
        case StatementKind::kLet:
          if (s.expr) walk(*s.expr);
          scope_.push_back(s.name);
          break;
        case StatementKind::kWhen:
        case StatementKind::kValue:
        case StatementKind::kTarget:
          if (s.expr) walk(*s.expr);
          break;
        case StatementKind::kMeta:
        case StatementKind::kNeeds:
        case StatementKind::kEvidence:
          break;
      }
    }
  }

  std::vector<std::string> used() const { return {used_.begin(), used_.end()}; }

 private:
  bool bound(const std::string& name) const {
    return std::find(scope_.begin(), scope_.end(), name) != scope_.end();
  }

  void walk(const Expr& e) {
    switch (e.kind) {
      case ExprKind::kName:
        if (bound(e.text)) return;
        // A parameter computed from others reads them too.
        if (const auto p = pack_.params.find(e.text);
            p != pack_.params.end() && used_.insert(e.text).second && p->second->value) {
          std::vector<std::string> outer;
          outer.swap(scope_);
          walk(*p->second->value);
          scope_.swap(outer);
        }
        return;
      case ExprKind::kCall:
        if (const auto d = pack_.defines.find(e.text);
            d != pack_.defines.end() && defines_walked_.insert(e.text).second) {
          define(*d->second);
        }
        break;
      case ExprKind::kFilter:
      case ExprKind::kAggregate:
        // The collection is read outside the comprehension's variable; the
        // condition, projection and `by` key inside it.
        if (e.collection()) walk(*e.collection());
        scope_.push_back(e.text);
        for (std::size_t i = 1; i < e.children.size(); ++i) {
          if (e.children[i]) walk(*e.children[i]);
        }
        scope_.pop_back();
        return;
      default:
        break;
    }
    for (const ExprPtr& child : e.children) {
      if (child) walk(*child);
    }
  }

  // A definition's body sees its parameters and the pack's names only.
  void define(const Define& d) {
    std::vector<std::string> outer;
    outer.swap(scope_);
    for (const DefineParameter& p : d.parameters) scope_.push_back(p.name);
    if (d.body) walk(*d.body);
    scope_.swap(outer);
  }

  const RulePack& pack_;
  std::vector<std::string> scope_;
  std::set<std::string> used_;
  std::set<std::string> defines_walked_;  // each once: a definition reads the same names every call
};

std::string text_of(const Source& source, const SourceSpan& span) {
  if (span.begin > span.end || span.end > source.text().size()) return "";
  return source.text().substr(span.begin, span.end - span.begin);
}

}  // namespace

std::vector<std::string> params_used(const RulePack& pack, const RuleInfo& rule) {
  ParamUses uses(pack);
  if (rule.rule) uses.rule(*rule.rule);
  return uses.used();
}

std::optional<ParamValue> param_value(const RulePack& pack, const std::string& name) {
  const auto found = pack.params.find(name);
  if (found == pack.params.end()) return std::nullopt;
  const Param* in_use = found->second;
  ParamValue value;
  for (const RuleFile& file : pack.files) {
    for (const Declaration& d : file.declarations) {
      if (d.kind != DeclarationKind::kParam || d.param.name != name || !d.param.value) continue;
      const std::string written = text_of(*file.source, d.param.value->span);
      if (&d.param == in_use) {
        value.text = written;
        return value;
      }
      value.file_text = written;
    }
  }
  // Set by a profile: its value has no text in any rule file. Printed
  // without a source, numbers are written with as many digits as give
  // the value back exactly.
  value.from_profile = true;
  value.text = ExprLayout(nullptr).flat(*in_use->value);
  return value;
}

}  // namespace genaudit::rules
