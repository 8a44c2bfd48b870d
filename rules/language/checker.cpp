// The checker's driver: the files and their declarations, the names they
// declare, parameters, and each rule's statements in turn, its shape checked
// by rule_shape.h and its expressions typed by expr_types.h.
#include "rules/language/checker.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <set>
#include <utility>

#include "rules/language/check_context.h"
#include "rules/language/expr_types.h"
#include "rules/language/rule_shape.h"
#include "rules/language/rule_subjects.h"
#include "rules/language/rule_texts.h"

namespace genaudit::rules {
namespace {

class Checker {
 public:
  Checker(std::vector<RuleFile> files, const RegisterCatalogue& registers)
      : context_(std::move(files), registers), types_(context_) {}

  CheckResult run() {
    collect_declarations();
    for (const RuleFile& file : pack_.files) {
      for (const Declaration& d : file.declarations) {
        context_.source = file.source;
        types_.limits().start_declaration();
        switch (d.kind) {
          case DeclarationKind::kParam: check_param(d.param); break;
          case DeclarationKind::kDefine: types_.check_definition(d.define.name); break;
          case DeclarationKind::kRule:
            check_rule(d.rule);
            for (const Statement& s : d.rule.statements) {
              if (s.expr) types_.limits().check(*s.expr);
            }
            break;
        }
      }
    }
    check_param_ranges();
    fill_rule_texts(pack_);
    CheckResult result;
    result.diagnostics = std::move(context_.diagnostics);
    if (result.diagnostics.empty()) result.pack = std::move(pack_);
    return result;
  }

 private:
  void error(std::size_t offset, std::string message, std::string hint = "") {
    context_.error(offset, std::move(message), std::move(hint));
  }

  // Where a name was first declared: "file:line:column", for the error at
  // a second declaration of it.
  struct FirstDeclaration {
    std::shared_ptr<const Source> source;
    std::size_t offset = 0;
    std::string place() const {
      const SourcePosition at = source->position(offset);
      return source->name() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
    }
  };

  // Reports a second declaration of `name` at `offset`, naming the first.
  // Two files may clash because one was added to the built-in pack
  // (`--rules` adds, `--rules-only` replaces): the hint says so.
  void declared_twice(const std::string& what, std::size_t offset,
                      const FirstDeclaration& first) {
    error(offset, what + " is declared twice: first at " + first.place(),
          "rename one of them; rule files given with `--rules` add to the built-in pack "
          "and may not reuse its names (`--rules-only` replaces the pack)");
  }

  void collect_declarations() {
    // Parameters and definitions share one namespace, rule ids have theirs.
    std::map<std::string, FirstDeclaration> names;
    std::map<std::string, FirstDeclaration> rule_ids;
    for (const RuleFile& file : pack_.files) {
      context_.source = file.source;
      const auto first = [&](std::map<std::string, FirstDeclaration>& seen,
                             const std::string& name, std::size_t offset) {
        return seen.emplace(name, FirstDeclaration{file.source, offset});
      };
      for (const Declaration& d : file.declarations) {
        switch (d.kind) {
          case DeclarationKind::kParam:
            if (auto [it, added] = first(names, d.param.name, d.param.span.begin); !added) {
              declared_twice("`" + d.param.name + "`", d.param.span.begin, it->second);
            } else {
              pack_.params.emplace(d.param.name, &d.param);
              types_.declare(d.param, file.source);
            }
            break;
          case DeclarationKind::kDefine:
            if (auto [it, added] = first(names, d.define.name, d.define.span.begin); !added) {
              declared_twice("`" + d.define.name + "`", d.define.span.begin, it->second);
            } else {
              pack_.defines.emplace(d.define.name, &d.define);
              types_.declare(d.define, file.source);
            }
            break;
          case DeclarationKind::kRule:
            if (auto [it, added] = first(rule_ids, d.rule.id, d.rule.id_span.begin); !added) {
              declared_twice("rule `" + d.rule.id + "`", d.rule.id_span.begin, it->second);
            }
            break;
        }
      }
    }
  }

  // --- Parameters ----------------------------------------------------------

  // A parameter declared once is typed (expr_types.h: its value is a
  // literal or computed from literals, parameters and the audit's dates).
  void check_param(const Param& param) {
    const auto declared = pack_.params.find(param.name);
    if (declared == pack_.params.end() || declared->second != &param) return;  // reported
    types_.param_type(param.name);
  }

  // Each number parameter's range (rule_pack.h), once every use is known;
  // a file's value outside it is an error at the value.
  void check_param_ranges() {
    const std::map<std::string, NumberRange>& uses = types_.parameter_uses();
    for (const RuleFile& file : pack_.files) {
      context_.source = file.source;
      for (const Declaration& d : file.declarations) {
        if (d.kind != DeclarationKind::kParam) continue;
        const Param& param = d.param;
        const auto declared = pack_.params.find(param.name);
        if (declared == pack_.params.end() || declared->second != &param) {
          continue;  // declared twice: reported
        }
        const Expr& v = *param.value;
        const std::string what = "`" + param.name + "`";
        if (v.kind == ExprKind::kNumber) {
          NumberRange range = literal_range(v.percent);
          if (auto use = uses.find(param.name); use != uses.end()) {
            range = range.intersect(use->second);
          }
          if (!range.contains(v.number)) {
            error(v.span.begin, out_of_range_message(what, v.number, v.percent, range));
          }
          pack_.param_ranges[param.name] = range;
        } else if (v.kind == ExprKind::kList && !v.items().empty() &&
                   v.items().front()->kind == ExprKind::kNumber) {
          // A rule file's number literals are always within their range;
          // the range is the profile's to keep.
          const bool percent = std::any_of(v.items().begin(), v.items().end(),
                                           [](const ExprPtr& item) { return item->percent; });
          pack_.param_ranges[param.name] = literal_range(percent);
        }
      }
    }
  }

  // --- Rules ---------------------------------------------------------------

  bool is_declared(const std::string& name) const {
    return pack_.params.count(name) || pack_.defines.count(name) || types_.binds(name);
  }

  void check_rule(const Rule& rule) {
    RuleInfo info;
    info.rule = &rule;
    info.source = context_.source;
    info.id = rule.id;
    info.kind = rule.kind;
    check_description(rule, info, context_);
    info.title_template = info.title;
    info.remedy_template = info.remedy;
    check_placeholders(rule, info, context_);
    types_.start_rule();
    RuleShape shape(rule, info, context_);
    for (const Statement& s : rule.statements) {
      shape.next(s);
      check_statement(s, info);
    }
    shape.finish();
    // An indicator's figure read as given (a statistic) has no unit the
    // checker infers; its title states when it is in percent.
    if (rule.kind == RuleKind::kIndicator && info.value_type != ValueType::kPercent &&
        title_states_percent(info.title)) {
      info.value_type = ValueType::kPercentFigure;
    }
    info.registers.assign(types_.registers_read().begin(), types_.registers_read().end());
    pack_.rules.push_back(std::move(info));
  }

  // What statement `s` binds and reads, and the types of its expressions;
  // where it stands is the rule shape's.
  void check_statement(const Statement& s, RuleInfo& info) {
    switch (s.kind) {
      case StatementKind::kMeta:
      case StatementKind::kEvidence: break;
      case StatementKind::kFor:
        check_subjects(s, info, types_, context_);
        break;
      case StatementKind::kPer:
        info.window_variable = s.name;
        info.window = s.window;
        info.has_window = true;
        types_.bind(s.name, Type{TypeKind::kWindow, ""});
        break;
      case StatementKind::kNeeds:
        // Registers the rule depends on beyond those it reads: it is
        // skipped when one is absent.
        for (const auto& [name, span] : s.names) {
          if (context_.registers.find(name)) {
            types_.read_register(name);
          } else {
            context_.unknown_register(name, span.begin);
          }
        }
        break;
      case StatementKind::kLet: {
        if (info.let_types.count(s.name) || is_declared(s.name)) {
          error(s.span.begin, "`" + s.name + "` is already defined");
        }
        Type type = types_.check(*s.expr);
        if (type.kind == TypeKind::kDuration) {
          error(s.expr->span.begin, "a duration is not a value to keep: add it to a date",
                "`let due = as_of + 30 days`");
          type = {};
        }
        info.let_types.emplace(s.name, value_type(type));
        types_.bind(s.name, std::move(type));
        break;
      }
      case StatementKind::kWhen:
        types_.expect(*s.expr, types_.check(*s.expr), TypeKind::kBool);
        break;
      case StatementKind::kValue: {
        const Type type = types_.check(*s.expr);
        types_.expect(*s.expr, type, TypeKind::kNumber);
        info.value_type = value_type(type);
        break;
      }
      case StatementKind::kTarget:
        types_.expect(*s.expr, types_.check(*s.expr), TypeKind::kNumber);
        break;
    }
  }

  CheckContext context_;
  RulePack& pack_ = context_.pack;
  ExprTypes types_;
};

}  // namespace

CheckResult check_rule_files(std::vector<RuleFile> files, const RegisterCatalogue& registers) {
  return Checker(std::move(files), registers).run();
}

const RuleInfo* RulePack::find_rule(const std::string& id) const {
  for (const RuleInfo& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

std::map<std::string, std::set<std::string>> RulePack::fields_read_by(const RuleInfo& rule) const {
  std::map<std::string, std::set<std::string>> fields;
  for (const std::string& name : rule.registers) {
    const auto found = fields_read.find(name);
    fields[name] = found == fields_read.end() ? std::set<std::string>() : found->second;
  }
  return fields;
}

}  // namespace genaudit::rules
