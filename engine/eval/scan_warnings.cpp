#include "engine/eval/scan_warnings.h"

#include <map>
#include <set>
#include <utility>
#include <vector>

#include "engine/eval/access_plan.h"
#include "rules/language/builtins.h"
#include "rules/language/operators.h"

namespace genaudit {
namespace {

using rules::Expr;
using rules::ExprKind;
using rules::StatementKind;

// The rows a collection holds, as far as reading them costs.
struct Rows {
  enum class Kind {
    kFew,      // not a collection, or rows an index found (one agency's staff)
    kWhole,    // a whole register: indexed by an equality
    kScanned,  // a filter of a whole register without one: large, not indexed
  };
  Kind kind = Kind::kFew;
  std::string register_name;  // for a collection, when known
};

// An iteration: the rows of `register_name`, each bound to `variable`.
struct Loop {
  std::string variable;
  std::string register_name;
};

// The comprehension `e` as a warning names it: `filter`, `sum`,
// `count(distinct ...)`.
std::string what_reads(const Expr& e) {
  if (e.kind == ExprKind::kFilter) return "filter";
  const rules::AggregateOperator& op = rules::aggregate_operator(e.aggregate_op);
  return std::string(op.spelling) + (op.distinct ? "(distinct ...)" : "");
}

class ScanFinder {
 public:
  explicit ScanFinder(const rules::RulePack& pack) : pack_(pack) {
    for (const rules::RuleFile& file : pack.files) {
      for (const rules::Declaration& d : file.declarations) {
        if (d.kind == rules::DeclarationKind::kDefine) define_sources_[&d.define] = file.source;
      }
    }
  }

  rules::Diagnostics run() {
    for (const rules::RuleInfo& info : pack_.rules) {
      source_ = info.source;
      scope_.clear();
      loops_.clear();
      for (const rules::Statement& s : info.rule->statements) {
        switch (s.kind) {
          case StatementKind::kFor:
            // The groups are found once; everything after is evaluated for
            // each subject.
            if (s.groups) walk(*s.groups);
            scope_.push_back({s.name, Rows{}});
            loops_.push_back({s.name, s.register_name});
            for (const rules::ExprPtr& key : s.keys) walk(*key);
            if (s.expr) walk(*s.expr);
            break;
          case StatementKind::kPer: scope_.push_back({s.name, Rows{}}); break;
          case StatementKind::kLet: scope_.push_back({s.name, walk(*s.expr)}); break;
          case StatementKind::kWhen:
          case StatementKind::kValue:
          case StatementKind::kTarget: walk(*s.expr); break;
          case StatementKind::kMeta:
          case StatementKind::kNeeds:
          case StatementKind::kEvidence: break;
        }
      }
    }
    return std::move(warnings_);
  }

 private:
  const std::pair<std::string, Rows>* in_scope(const std::string& name) const {
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->first == name) return &*it;
    }
    return nullptr;
  }

  // As the evaluator's is_global, with a variable in scope hiding the name.
  bool is_global(const std::string& name) const {
    if (in_scope(name)) return false;
    return pack_.params.count(name) || rules::find_builtin_value(name) ||
           pack_.catalogue->find(name) != nullptr;
  }

  Rows walk(const Expr& e) {
    switch (e.kind) {
      case ExprKind::kName:
        if (const auto* bound = in_scope(e.text)) return bound->second;
        if (pack_.catalogue->find(e.text)) return {Rows::Kind::kWhole, e.text};
        return {};
      case ExprKind::kFilter:
      case ExprKind::kAggregate: return walk_comprehension(e);
      case ExprKind::kCall: {
        for (const rules::ExprPtr& arg : e.children) walk(*arg);
        auto define = pack_.defines.find(e.text);
        return define == pack_.defines.end() ? Rows{} : walk_define(*define->second);
      }
      default:
        for (const rules::ExprPtr& child : e.children) {
          if (child) walk(*child);
        }
        return {};
    }
  }

  // A definition's body where it is called: inside the caller's iterations,
  // with its own parameters alone in scope.
  Rows walk_define(const rules::Define& define) {
    auto saved_scope = std::move(scope_);
    auto saved_source = std::move(source_);
    scope_.clear();
    for (const rules::DefineParameter& p : define.parameters) scope_.push_back({p.name, Rows{}});
    source_ = define_sources_.at(&define);
    const Rows rows = walk(*define.body);
    scope_ = std::move(saved_scope);
    source_ = std::move(saved_source);
    return rows;
  }

  Rows walk_comprehension(const Expr& e) {
    const Rows source = walk(*e.children[0]);
    const AccessPlan plan =
        plan_access(e, [this](const std::string& name) { return is_global(name); });
    const bool whole = source.kind == Rows::Kind::kWhole;
    // A collection a filter kept has an index of its own once probed again.
    const bool indexed = (whole || source.kind == Rows::Kind::kScanned) && plan.key != nullptr;
    const bool shared = whole && e.kind == ExprKind::kFilter && !plan.key &&
                        plan.varying.empty() && !plan.row_only.empty();
    if (!loops_.empty() && source.kind != Rows::Kind::kFew && !indexed && !shared) {
      warn(e, source);
    }
    scope_.push_back({e.text, Rows{}});
    loops_.push_back({e.text, source.register_name});
    for (std::size_t i = 1; i < e.children.size(); ++i) {
      if (e.children[i]) walk(*e.children[i]);
    }
    loops_.pop_back();
    scope_.pop_back();
    if (e.kind == ExprKind::kAggregate) return {};
    const bool scanned = source.kind != Rows::Kind::kFew && !indexed;
    return {scanned ? Rows::Kind::kScanned : Rows::Kind::kFew, source.register_name};
  }

  void warn(const Expr& e, const Rows& source) {
    if (!warned_.insert(&e).second) return;  // a definition called from many places
    const Loop& loop = loops_.back();
    const std::string scanned = "`" + source.register_name + "`";
    std::string message = "nested scan: this `" + what_reads(e) + "` reads every row of " +
                          scanned + " for each `" + loop.variable + "`" +
                          (loop.register_name.empty() ? "" : " of `" + loop.register_name + "`") +
                          ": quadratic in the size of the registers";
    std::string hint;
    if (source.kind == Rows::Kind::kWhole) {
      message += "; the evaluator looks rows up only by an equality on a field";
      hint = "where the rule allows, put an equality on a field in the condition (`" + e.text +
             ".field == " + loop.variable + ".field`): the rows it names are looked up; `!=`, "
             "`<` and other tests read every row";
    } else {
      message += "; these rows were kept by a filter, and the evaluator looks rows up only by an "
                 "equality on a field";
      hint = "where the rule allows, put an equality on a field in the condition (`" + e.text +
             ".field == " + loop.variable + ".field`): the rows it names are looked up in an "
             "index of the filter's rows; `!=`, `<` and other tests read every row";
    }
    warnings_.push_back({source_, e.span.begin, std::move(message), std::move(hint),
                         rules::Severity::kWarning});
  }

  const rules::RulePack& pack_;
  std::map<const rules::Define*, std::shared_ptr<const rules::Source>> define_sources_;
  std::shared_ptr<const rules::Source> source_;
  std::vector<std::pair<std::string, Rows>> scope_;
  std::vector<Loop> loops_;
  std::set<const Expr*> warned_;
  rules::Diagnostics warnings_;
};

}  // namespace

rules::Diagnostics nested_scan_warnings(const rules::RulePack& pack) {
  return ScanFinder(pack).run();
}

}  // namespace genaudit
