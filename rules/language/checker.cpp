#include "rules/language/checker.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "adapters/text/unicode_text.h"
#include "engine/core/register_catalogue.h"
#include "rules/language/builtins.h"
#include "rules/language/suggest.h"

namespace genaudit::rules {
namespace {

const char* const kSeverities[] = {"low", "medium", "high", "critical"};
const char* const kMetaKeys[] = {"title", "citation", "lead", "severity", "remedy"};

std::string describe(const Type& t) {
  switch (t.kind) {
    case TypeKind::kAny: return "a value";
    case TypeKind::kBool: return "a yes/no value";
    case TypeKind::kNumber: return "a number";
    case TypeKind::kString: return "text";
    case TypeKind::kDate: return "a date";
    case TypeKind::kRecord: return "a record of `" + t.register_name + "`";
    case TypeKind::kCollection: return "a collection of `" + t.register_name + "`";
    case TypeKind::kList: return "a list";
    case TypeKind::kWindow: return "a period window";
  }
  return "a value";
}

// The scalar types a definition's parameter may have besides a record.
const char* const kScalarTypes[] = {"text", "number", "date", "bool"};

// How deep an expression may nest once each call of a definition is
// replaced by the definition's body: how deep checking and evaluating it
// recurse. The parser bounds one expression (ParseLimits::max_nesting);
// this bounds definitions calling definitions.
constexpr std::size_t kMaxUnfoldedNesting = 512;

// How many parts (syntax tree nodes) an expression may hold once each call
// of a definition is replaced by the definition's body. Depth alone does
// not bound the work: 24 definitions each calling the one before twice are
// 50 levels deep but stand for 2^23 calls, and evaluating such a rule
// never ends. Bounding the unfolded size here, rather than evaluating
// definitions without unfolding (memoising calls by their arguments), keeps
// one limit for every stage that unfolds: the evaluator, the row
// conditions it takes apart (engine/eval/row_condition.cpp) and the traces
// `explain` prints all walk the unfolded tree. The plan's largest
// expression has 70 parts; one at the limit is some ten thousand steps for
// each subject it is evaluated for.
constexpr std::size_t kMaxUnfoldedSize = 10000;

// How an expression looks with every call of a definition replaced by the
// definition's body: how deep it nests and how many parts it has. `size`
// saturates just past kMaxUnfoldedSize, so that it cannot overflow however
// the definitions multiply.
struct Unfolded {
  std::size_t depth = 0;
  std::size_t size = 0;

  bool too_deep() const { return depth > kMaxUnfoldedNesting; }
  bool too_big() const { return size > kMaxUnfoldedSize; }
};

std::size_t saturating_add(std::size_t a, std::size_t b) {
  return std::min(a + b, kMaxUnfoldedSize + 1);  // both at most the cap: no overflow
}

std::optional<Type> scalar_type(const std::string& name) {
  if (name == "text") return Type{TypeKind::kString, ""};
  if (name == "number") return Type{TypeKind::kNumber, ""};
  if (name == "date") return Type{TypeKind::kDate, ""};
  if (name == "bool") return Type{TypeKind::kBool, ""};
  return std::nullopt;
}

// The fields of a window: its first and last day, its year and its label
// ("2025-03", "2025-Q1", "2025").
std::optional<Type> window_field(const std::string& name) {
  if (name == "start" || name == "end") return Type{TypeKind::kDate, ""};
  if (name == "year") return Type{TypeKind::kNumber, ""};
  if (name == "label") return Type{TypeKind::kString, ""};
  return std::nullopt;
}

Type type_of_field(const FieldSchema& f) {
  switch (f.type) {
    case FieldType::kText:
    case FieldType::kCode: return {TypeKind::kString, ""};
    case FieldType::kBool: return {TypeKind::kBool, ""};
    case FieldType::kDate: return {TypeKind::kDate, ""};
    case FieldType::kNumber:
    case FieldType::kInteger: return {TypeKind::kNumber, ""};
  }
  return {};
}

bool is(const Type& t, TypeKind kind) { return t.kind == kind || t.kind == TypeKind::kAny; }

class Checker {
 public:
  Checker(std::vector<RuleFile> files, const RegisterCatalogue& registers)
      : registers_catalogue_(registers) {
    pack_.files = std::move(files);
    pack_.catalogue = &registers;
  }

  CheckResult run() {
    collect_declarations();
    for (const RuleFile& file : pack_.files) {
      for (const Declaration& d : file.declarations) {
        source_ = file.source;
        too_deep_reported_ = false;
        switch (d.kind) {
          case DeclarationKind::kParam: check_param(d.param); break;
          case DeclarationKind::kDefine: check_define(d.define.name); break;
          case DeclarationKind::kRule:
            check_rule(d.rule);
            for (const Statement& s : d.rule.statements) {
              if (s.expr) check_unfolded(*s.expr);
            }
            break;
        }
      }
    }
    check_param_ranges();
    CheckResult result;
    result.diagnostics = std::move(diagnostics_);
    if (result.diagnostics.empty()) result.pack = std::move(pack_);
    return result;
  }


 private:
  struct DefineState {
    const Define* define = nullptr;
    std::shared_ptr<const Source> source;
    bool checking = false;
    bool checked = false;
    Unfolded unfolded;  // unfolded() of the body
    Type result;
    std::set<std::string> registers;
  };

  void error(std::size_t offset, std::string message, std::string hint = "") {
    diagnostics_.push_back({source_, offset, std::move(message), std::move(hint)});
  }

  void collect_declarations() {
    std::set<std::string> rule_ids;
    for (const RuleFile& file : pack_.files) {
      source_ = file.source;
      for (const Declaration& d : file.declarations) {
        switch (d.kind) {
          case DeclarationKind::kParam:
            if (!pack_.params.emplace(d.param.name, &d.param).second ||
                pack_.defines.count(d.param.name)) {
              error(d.param.span.begin, "`" + d.param.name + "` is declared twice");
            }
            break;
          case DeclarationKind::kDefine:
            if (!pack_.defines.emplace(d.define.name, &d.define).second ||
                pack_.params.count(d.define.name)) {
              error(d.define.span.begin, "`" + d.define.name + "` is declared twice");
            }
            defines_[d.define.name].define = &d.define;
            defines_[d.define.name].source = file.source;
            break;
          case DeclarationKind::kRule:
            if (!rule_ids.insert(d.rule.id).second) {
              error(d.rule.id_span.begin, "rule `" + d.rule.id + "` is declared twice");
            }
            break;
        }
      }
    }
  }

  void check_param(const Param& param) {
    const Expr& v = *param.value;
    bool literal = v.kind == ExprKind::kNumber || v.kind == ExprKind::kString ||
                   v.kind == ExprKind::kBool;
    if (v.kind == ExprKind::kList) {
      literal = std::all_of(v.children.begin(), v.children.end(), [](const ExprPtr& item) {
        return item->kind == ExprKind::kString || item->kind == ExprKind::kNumber;
      });
    }
    if (!literal) {
      error(v.span.begin, "a parameter's value must be a number, a percentage, a string, "
                          "true, false or a list of strings or numbers");
    }
  }

  // A number parameter passed where a builtin takes only some numbers (the
  // month of `date`): its range is narrowed to them.
  void narrow_param(const Expr& argument, const NumberRange& range) {
    if (argument.kind != ExprKind::kName || is_in_scope(argument.text)) return;
    if (!pack_.params.count(argument.text)) return;
    auto [it, first] = param_uses_.emplace(argument.text, range);
    if (!first) it->second = it->second.intersect(range);
  }

  // Each number parameter's range (rule_pack.h), once every use is known;
  // a file's value outside it is an error at the value.
  void check_param_ranges() {
    for (const RuleFile& file : pack_.files) {
      source_ = file.source;
      for (const Declaration& d : file.declarations) {
        if (d.kind != DeclarationKind::kParam) continue;
        const Param& param = d.param;
        if (pack_.params.at(param.name) != &param) continue;  // declared twice: reported
        const Expr& v = *param.value;
        const std::string what = "`" + param.name + "`";
        if (v.kind == ExprKind::kNumber) {
          NumberRange range = literal_range(v.percent);
          if (auto use = param_uses_.find(param.name); use != param_uses_.end()) {
            range = range.intersect(use->second);
          }
          if (!range.contains(v.number)) {
            error(v.span.begin, out_of_range_message(what, v.number, v.percent, range));
          }
          pack_.param_ranges[param.name] = range;
        } else if (v.kind == ExprKind::kList && !v.children.empty() &&
                   v.children[0]->kind == ExprKind::kNumber) {
          // A rule file's number literals are always within their range;
          // the range is the profile's to keep.
          const bool percent = std::any_of(v.children.begin(), v.children.end(),
                                           [](const ExprPtr& item) { return item->percent; });
          pack_.param_ranges[param.name] = literal_range(percent);
        }
      }
    }
  }

  // Checks a definition once, on first use or in turn; returns its state.
  DefineState& check_define(const std::string& name) {
    DefineState& state = defines_[name];
    if (state.checked || state.checking) return state;
    state.checking = true;
    const Define& define = *state.define;
    auto saved_source = source_;
    auto saved_scope = std::move(scope_);
    auto saved_registers = std::move(registers_);
    source_ = state.source;
    scope_.clear();
    registers_.clear();
    for (const DefineParameter& p : define.parameters) {
      if (registers_catalogue_.find(p.register_name)) {
        scope_.emplace_back(p.name, Type{TypeKind::kRecord, p.register_name});
      } else if (auto scalar = scalar_type(p.register_name)) {
        scope_.emplace_back(p.name, *scalar);
      } else {
        std::vector<std::string> names(std::begin(kScalarTypes), std::end(kScalarTypes));
        for (const std::string& r : registers_catalogue_.names()) names.push_back(r);
        error(p.span.begin, "`" + p.register_name + "` is neither a register nor a type",
              did_you_mean(p.register_name, names));
        scope_.emplace_back(p.name, Type{});
      }
    }
    state.result = check(*define.body);
    state.unfolded = unfolded(*define.body);
    check_unfolded(*define.body);
    state.registers = registers_;
    source_ = saved_source;
    scope_ = std::move(saved_scope);
    registers_ = std::move(saved_registers);
    state.checking = false;
    state.checked = true;
    return state;
  }

  void unknown_register(const std::string& name, std::size_t offset) {
    error(offset, "there is no register `" + name + "`",
          did_you_mean(name, registers_catalogue_.names()));
  }

  // --- Rules ---------------------------------------------------------------

  const MetaEntry* find_meta(const Rule& rule, const std::string& key) {
    for (const Statement& s : rule.statements) {
      if (s.kind == StatementKind::kMeta && s.meta.key == key) return &s.meta;
    }
    return nullptr;
  }

  LocalizedText localized(const Rule& rule, const std::string& key) {
    LocalizedText text;
    const MetaEntry* m = find_meta(rule, key);
    if (!m) {
      error(rule.id_span.begin, "rule `" + rule.id + "` has no `" + key + "`",
            "add `" + key + " vi \"...\" en \"...\"`");
      return text;
    }
    for (const auto& [lang, value] : m->localized) {
      (lang == "vi" ? text.vi : text.en) = value;  // the grammar knows only vi and en
    }
    if (text.vi.empty() || text.en.empty()) {
      error(m->span.begin, "`" + key + "` needs a Vietnamese and an English text",
            "write `" + key + " vi \"...\" en \"...\"`");
    }
    return text;
  }

  std::string plain(const Rule& rule, const std::string& key) {
    const MetaEntry* m = find_meta(rule, key);
    if (!m || m->value.empty()) {
      error(m ? m->span.begin : rule.id_span.begin,
            "rule `" + rule.id + "` has no `" + key + "`", "add `" + key + " \"...\"`");
      return "";
    }
    return m->value;
  }

  void check_meta(const Rule& rule, RuleInfo& info) {
    std::set<std::string> seen;
    const std::vector<std::string> known(std::begin(kMetaKeys), std::end(kMetaKeys));
    const Statement* previous = nullptr;
    for (const Statement& s : rule.statements) {
      const Statement* before = std::exchange(previous, &s);
      if (s.kind != StatementKind::kMeta) continue;
      if (std::find(known.begin(), known.end(), s.meta.key) == known.end()) {
        std::string hint = did_you_mean(s.meta.key, known);
        // `evidence women fr "Femmes"`: a label in a language there is none of.
        if (hint.empty() && before != nullptr && before->kind == StatementKind::kEvidence) {
          hint = "an evidence label is in `vi` and `en`: `name vi \"...\" en \"...\"`";
        }
        error(s.span.begin, "unknown description `" + s.meta.key + "`", hint);
      } else if (!seen.insert(s.meta.key).second) {
        error(s.span.begin, "`" + s.meta.key + "` is given twice");
      } else {
        // `title vi "a" vi "b"`: one of the two texts would be lost unseen.
        std::set<std::string> languages;
        for (const auto& [lang, text] : s.meta.localized) {
          if (!languages.insert(lang).second) {
            error(s.span.begin, "`" + s.meta.key + "` gives `" + lang + "` twice",
                  "write `" + s.meta.key + " vi \"...\" en \"...\"`");
          }
        }
      }
    }
    info.title = localized(rule, "title");
    info.remedy = localized(rule, "remedy");
    info.citation = plain(rule, "citation");
    info.lead = plain(rule, "lead");
    info.severity = plain(rule, "severity");
    const std::vector<std::string> severities(std::begin(kSeverities), std::end(kSeverities));
    if (!info.severity.empty() &&
        std::find(severities.begin(), severities.end(), info.severity) == severities.end()) {
      error(find_meta(rule, "severity")->span.begin,
            "severity must be low, medium, high or critical",
            did_you_mean(info.severity, severities));
    }
  }

  void check_rule(const Rule& rule) {
    RuleInfo info;
    info.rule = &rule;
    info.source = source_;
    info.id = rule.id;
    info.kind = rule.kind;
    check_meta(rule, info);
    scope_.clear();
    registers_.clear();
    const bool finding = rule.kind == RuleKind::kFinding;
    int whens = 0, values = 0, targets = 0, fors = 0, pers = 0;
    std::set<std::string> lets;
    std::set<std::string> evidence;
    for (const Statement& s : rule.statements) {
      switch (s.kind) {
        case StatementKind::kMeta: break;
        case StatementKind::kFor:
          ++fors;
          if (!finding) {
            error(s.span.begin, "an indicator is one value for the province: it has no `for`");
          } else if (fors > 1 || !scope_.empty()) {
            error(s.span.begin, "`for` comes once, first, before `per` and the rule's `let`s");
          }
          if (const RegisterSchema* r = registers_catalogue_.find(s.register_name)) {
            if (r->key_field.empty()) {
              error(s.register_span.begin,
                    "register `" + s.register_name + "` has no code to name a subject");
            }
            info.subject_variable = s.name;
            info.subject_register = s.register_name;
            registers_.insert(s.register_name);
            // A finding names its subject by code and name.
            for (const std::string* field : {&r->key_field, &r->name_field}) {
              if (!field->empty()) pack_.fields_read[r->name].insert(*field);
            }
            scope_.emplace_back(s.name, Type{TypeKind::kRecord, s.register_name});
          } else {
            unknown_register(s.register_name, s.register_span.begin);
            scope_.emplace_back(s.name, Type{});
          }
          if (s.expr) expect(*s.expr, check(*s.expr), TypeKind::kBool);
          break;
        case StatementKind::kPer:
          ++pers;
          if (!finding) {
            error(s.span.begin, "an indicator is read for the whole audit: it has no `per`");
          } else if (pers > 1 || fors != 1 || scope_.size() != 1) {
            error(s.span.begin, "`per` comes once, right after `for`");
          }
          info.window_variable = s.name;
          info.window = s.window;
          info.has_window = true;
          scope_.emplace_back(s.name, Type{TypeKind::kWindow, ""});
          break;
        case StatementKind::kNeeds:
          // Registers the rule depends on beyond those it reads: it is
          // skipped when one is absent.
          for (const auto& [name, span] : s.names) {
            if (registers_catalogue_.find(name)) {
              registers_.insert(name);
            } else {
              unknown_register(name, span.begin);
            }
          }
          break;
        case StatementKind::kLet: {
          if (!lets.insert(s.name).second || is_declared(s.name)) {
            error(s.span.begin, "`" + s.name + "` is already defined");
          }
          scope_.emplace_back(s.name, check(*s.expr));
          break;
        }
        case StatementKind::kWhen:
          ++whens;
          if (!finding) {
            error(s.span.begin, "an indicator states `value` and `target`, not `when`");
          }
          expect(*s.expr, check(*s.expr), TypeKind::kBool);
          break;
        case StatementKind::kValue:
          ++values;
          if (finding) error(s.span.begin, "a finding states `when`, not `value`");
          expect(*s.expr, check(*s.expr), TypeKind::kNumber);
          break;
        case StatementKind::kTarget:
          ++targets;
          if (finding) error(s.span.begin, "a finding states `when`, not `target`");
          expect(*s.expr, check(*s.expr), TypeKind::kNumber);
          break;
        case StatementKind::kEvidence:
          for (std::size_t i = 0; i < s.names.size(); ++i) {
            const auto& [name, span] = s.names[i];
            if (!lets.count(name)) {
              error(span.begin, "evidence names a `let` of this rule; `" + name + "` is not one",
                    did_you_mean(name, std::vector<std::string>(lets.begin(), lets.end())));
            }
            if (!evidence.insert(name).second) {
              error(span.begin, "`" + name + "` is in the evidence twice");
            }
            if (i < s.labels.size()) check_label(name, span, s.labels[i], info);
          }
          break;
      }
    }
    if (finding && fors == 0) {
      error(rule.id_span.begin, "finding `" + rule.id + "` has no `for`",
            "say what it is about, e.g. `for a in agencies`");
    }
    if (finding && whens != 1) {
      error(rule.id_span.begin, "finding `" + rule.id + "` needs exactly one `when`");
    }
    if (!finding && (values != 1 || targets != 1)) {
      error(rule.id_span.begin,
            "indicator `" + rule.id + "` needs exactly one `value` and one `target`");
    }
    info.registers.assign(registers_.begin(), registers_.end());
    pack_.rules.push_back(std::move(info));
  }

  // An evidence item's label, when it has one: each language once, both
  // given, neither empty (a report in either language must be able to
  // show it).
  void check_label(const std::string& name, SourceSpan span, const EvidenceLabel& label,
                   RuleInfo& info) {
    if (label.empty()) return;
    LocalizedText text;
    bool complete = true;
    std::set<std::string> seen;
    for (const auto& [lang, value] : label) {
      if (!seen.insert(lang).second) {
        error(span.begin, "the label of `" + name + "` gives `" + lang + "` twice",
              "write `" + name + " vi \"...\" en \"...\"`");
        complete = false;
      }
      (lang == "vi" ? text.vi : text.en) = value;  // the grammar knows only vi and en
    }
    const auto blank = [](const std::string& t) {
      return t.find_first_not_of(" \t") == std::string::npos;
    };
    if (blank(text.vi) || blank(text.en)) {
      error(span.begin, "the label of `" + name + "` needs a Vietnamese and an English text",
            "write `" + name + " vi \"...\" en \"...\"`");
      complete = false;
    }
    if (complete) info.evidence_labels[name] = std::move(text);
  }

  bool is_in_scope(const std::string& name) const {
    return std::any_of(scope_.begin(), scope_.end(),
                       [&](const auto& entry) { return entry.first == name; });
  }

  bool is_declared(const std::string& name) {
    return pack_.params.count(name) || pack_.defines.count(name) || is_in_scope(name);
  }

  // --- Expressions ---------------------------------------------------------

  void expect(const Expr& e, const Type& t, TypeKind wanted) {
    if (!is(t, wanted)) {
      error(e.span.begin, "expected " + describe(Type{wanted, ""}) + ", found " + describe(t));
    }
  }

  // `e` with every call of a definition replaced by its body. Definitions
  // are checked, and so measured, before their callers: each body is
  // measured once, so this is linear however often definitions are called.
  Unfolded unfolded(const Expr& e) const {
    Unfolded u;
    for (const ExprPtr& child : e.children) {
      if (!child) continue;
      const Unfolded c = unfolded(*child);
      u.depth = std::max(u.depth, c.depth);
      u.size = saturating_add(u.size, c.size);
    }
    if (e.kind == ExprKind::kCall && pack_.defines.count(e.text)) {
      if (auto it = defines_.find(e.text); it != defines_.end()) {
        u.depth = std::max(u.depth, it->second.unfolded.depth);
        u.size = saturating_add(u.size, it->second.unfolded.size);
      }
    }
    ++u.depth;
    u.size = saturating_add(u.size, 1);
    return u;
  }

  // Reports `e` as too deep, once per declaration; `while_checking` (the
  // check itself went too deep, in a chain of definitions) once per pack,
  // since every restart down the same chain would report it again.
  void report_too_deep(const Expr& e, bool while_checking = false) {
    if (too_deep_reported_) return;
    too_deep_reported_ = true;
    if (while_checking) {
      if (chain_too_deep_reported_) return;
      chain_too_deep_reported_ = true;
    }
    error(e.span.begin,
          "with the definitions it calls, this expression nests more than " +
              std::to_string(kMaxUnfoldedNesting) + " levels deep",
          "call fewer definitions within one another");
  }

  void report_too_big(const Expr& e) {
    error(e.span.begin,
          "with the definitions it calls, this expression has more than " +
              std::to_string(kMaxUnfoldedSize) +
              " parts: each call stands for the whole of the definition it calls",
          "a definition that calls another several times repeats it each time; "
          "call each definition once, or fewer definitions within one another");
  }

  // Whether `e` calls a definition already over a limit (and so reported).
  bool calls_over_limit(const Expr& e) const {
    if (e.kind == ExprKind::kCall && pack_.defines.count(e.text)) {
      auto it = defines_.find(e.text);
      if (it != defines_.end() &&
          (it->second.unfolded.too_deep() || it->second.unfolded.too_big())) {
        return true;
      }
    }
    return std::any_of(e.children.begin(), e.children.end(),
                       [&](const ExprPtr& child) { return child && calls_over_limit(*child); });
  }

  // Reports `e` when it is too deep or too big unfolded, unless a definition
  // it calls was reported for it already: a chain of definitions is
  // reported once, where it first goes over.
  void check_unfolded(const Expr& e) {
    const Unfolded u = unfolded(e);
    if ((!u.too_deep() && !u.too_big()) || calls_over_limit(e)) return;
    if (u.too_deep()) {
      report_too_deep(e);
    } else {
      report_too_big(e);
    }
  }

  // Checks `e` and returns its type. Checking a call checks the definition
  // it calls, so the recursion is bounded like evaluation: past
  // kMaxUnfoldedNesting it stops with a diagnostic.
  Type check(const Expr& e) {
    struct Depth {
      std::size_t& depth;
      explicit Depth(std::size_t& d) : depth(++d) {}
      ~Depth() { --depth; }
    } depth(check_depth_);
    if (check_depth_ > kMaxUnfoldedNesting) {
      report_too_deep(e, true);
      return {};
    }
    return check_expr(e);
  }

  Type check_expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::kNumber: return {TypeKind::kNumber, ""};
      case ExprKind::kString: return {TypeKind::kString, ""};
      case ExprKind::kBool: return {TypeKind::kBool, ""};
      case ExprKind::kList:
        for (const ExprPtr& item : e.children) check(*item);
        return {TypeKind::kList, ""};
      case ExprKind::kName: return check_name(e);
      case ExprKind::kField: return check_field(e);
      case ExprKind::kCall: return check_call(e);
      case ExprKind::kUnary: return check_unary(e);
      case ExprKind::kBinary: return check_binary(e);
      case ExprKind::kFilter: return check_comprehension(e, false);
      case ExprKind::kAggregate: return check_comprehension(e, true);
    }
    return {};
  }

  std::vector<std::string> visible_names() {
    std::vector<std::string> names;
    for (const auto& [name, type] : scope_) names.push_back(name);
    for (const auto& [name, p] : pack_.params) names.push_back(name);
    for (const Builtin& b : builtin_values()) names.push_back(b.name);
    for (const std::string& r : registers_catalogue_.names()) names.push_back(r);
    return names;
  }

  Type check_name(const Expr& e) {
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->first == e.text) return it->second;
    }
    if (auto p = pack_.params.find(e.text); p != pack_.params.end()) {
      const Expr& v = *p->second->value;
      if (v.kind == ExprKind::kList) return {TypeKind::kList, ""};
      if (v.kind == ExprKind::kString) return {TypeKind::kString, ""};
      if (v.kind == ExprKind::kBool) return {TypeKind::kBool, ""};
      return {TypeKind::kNumber, ""};
    }
    if (const Builtin* b = find_builtin_value(e.text)) return b->type;
    if (registers_catalogue_.find(e.text)) {
      registers_.insert(e.text);
      return {TypeKind::kCollection, e.text};
    }
    if (pack_.defines.count(e.text)) {
      error(e.span.begin, "`" + e.text + "` is a definition: call it with its arguments",
            "write `" + e.text + "(...)`");
      return {};
    }
    error(e.span.begin, "unknown name `" + e.text + "`", did_you_mean(e.text, visible_names()));
    return {};
  }

  Type check_field(const Expr& e) {
    const Type object = check(*e.children[0]);
    if (object.kind == TypeKind::kAny) return {};
    if (object.kind == TypeKind::kWindow) {
      if (auto field = window_field(e.text)) return *field;
      error(e.span.end - e.text.size(), "a window has no field `" + e.text + "`",
            did_you_mean(e.text, {"start", "end", "year", "label"}));
      return {};
    }
    if (object.kind != TypeKind::kRecord) {
      error(e.span.begin, "only a record has fields; this is " + describe(object));
      return {};
    }
    const RegisterSchema* r = registers_catalogue_.find(object.register_name);
    if (r == nullptr) return {};  // a record of an unknown register: reported already
    if (const FieldSchema* f = r->find_field(e.text)) {
      pack_.fields_read[r->name].insert(f->name);
      if (f->type == FieldType::kCode) coded_fields_[&e] = f;
      return type_of_field(*f);
    }
    std::vector<std::string> fields;
    for (const FieldSchema& f : r->fields) fields.push_back(f.name);
    error(e.span.end - e.text.size(),
          "register `" + r->name + "` has no field `" + e.text + "`",
          did_you_mean(e.text, fields));
    return {};
  }

  Type check_call(const Expr& e) {
    std::vector<Type> args;
    for (const ExprPtr& arg : e.children) args.push_back(check(*arg));
    if (pack_.defines.count(e.text)) {
      DefineState& state = defines_[e.text];
      if (state.checking) {
        error(e.span.begin, "`" + e.text + "` uses itself; definitions cannot be recursive");
        return {};
      }
      check_define(e.text);
      const Define& define = *state.define;
      if (args.size() != define.parameters.size()) {
        error(e.span.begin, "`" + e.text + "` takes " +
                                std::to_string(define.parameters.size()) + " argument(s), not " +
                                std::to_string(args.size()));
        return state.result;
      }
      for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& wanted = define.parameters[i].register_name;
        if (args[i].kind == TypeKind::kAny) continue;
        if (auto scalar = scalar_type(wanted)) {
          if (args[i].kind != scalar->kind) {
            error(e.children[i]->span.begin,
                  "expected " + describe(*scalar) + ", found " + describe(args[i]));
          }
        } else if (args[i].kind != TypeKind::kRecord || args[i].register_name != wanted) {
          error(e.children[i]->span.begin, "expected a record of `" + wanted + "`, found " +
                                               describe(args[i]));
        }
      }
      registers_.insert(state.registers.begin(), state.registers.end());
      return state.result;
    }
    if (const BuiltinFunction* f = find_builtin_function(e.text)) {
      for (std::size_t i = 0; i < e.children.size(); ++i) {
        if (const NumberRange* range = builtin_argument_range(e.text, i)) {
          narrow_param(*e.children[i], *range);
        }
      }
      std::string problem = f->check(args);
      if (!problem.empty()) error(e.span.begin, "`" + e.text + "`: " + problem);
      return f->result(args);
    }
    std::vector<std::string> names;
    for (const auto& [name, d] : pack_.defines) names.push_back(name);
    for (const BuiltinFunction& f : builtin_functions()) names.push_back(f.name);
    error(e.span.begin, "unknown function `" + e.text + "`", did_you_mean(e.text, names));
    return {};
  }

  Type check_unary(const Expr& e) {
    const Type operand = check(*e.children[0]);
    switch (e.unary_op) {
      case UnaryOp::kNot:
        expect(*e.children[0], operand, TypeKind::kBool);
        return {TypeKind::kBool, ""};
      case UnaryOp::kNegate:
        expect(*e.children[0], operand, TypeKind::kNumber);
        return {TypeKind::kNumber, ""};
      case UnaryOp::kIsMissing:
      case UnaryOp::kIsNotMissing:
        return {TypeKind::kBool, ""};
    }
    return {};
  }

  Type check_binary(const Expr& e) {
    const Type lhs = check(*e.children[0]);
    const Type rhs = check(*e.children[1]);
    const Expr& l = *e.children[0];
    const Expr& r = *e.children[1];
    const bool scalar_mismatch = lhs.kind != TypeKind::kAny && rhs.kind != TypeKind::kAny &&
                                 lhs.kind != rhs.kind;
    switch (e.binary_op) {
      case BinaryOp::kOr:
      case BinaryOp::kAnd:
        expect(l, lhs, TypeKind::kBool);
        expect(r, rhs, TypeKind::kBool);
        return {TypeKind::kBool, ""};
      case BinaryOp::kEqual:
      case BinaryOp::kNotEqual:
        if (scalar_mismatch) {
          error(r.span.begin, "cannot compare " + describe(lhs) + " with " + describe(rhs));
        }
        check_codes(l, r);
        check_codes(r, l);
        return {TypeKind::kBool, ""};
      case BinaryOp::kLess:
      case BinaryOp::kLessEqual:
      case BinaryOp::kGreater:
      case BinaryOp::kGreaterEqual:
        if (!is(lhs, TypeKind::kNumber) && !is(lhs, TypeKind::kDate)) {
          error(l.span.begin, "only numbers and dates are ordered; this is " + describe(lhs));
        } else if (scalar_mismatch) {
          error(r.span.begin, "cannot compare " + describe(lhs) + " with " + describe(rhs));
        }
        return {TypeKind::kBool, ""};
      case BinaryOp::kAdd:
      case BinaryOp::kSubtract:
      case BinaryOp::kMultiply:
      case BinaryOp::kDivide:
        expect(l, lhs, TypeKind::kNumber);
        expect(r, rhs, TypeKind::kNumber);
        return {TypeKind::kNumber, ""};
      case BinaryOp::kCoalesce:
        if (scalar_mismatch) {
          error(r.span.begin, "`??` needs two values of one kind: " + describe(lhs) +
                                  " and " + describe(rhs));
        }
        return lhs.kind == TypeKind::kAny ? rhs : lhs;
      case BinaryOp::kStartsWith:
      case BinaryOp::kContains:
        expect(l, lhs, TypeKind::kString);
        expect(r, rhs, TypeKind::kString);
        return {TypeKind::kBool, ""};
      case BinaryOp::kStartsWithAny:
      case BinaryOp::kContainsAny:
        expect(l, lhs, TypeKind::kString);
        expect(r, rhs, TypeKind::kList);
        return {TypeKind::kBool, ""};
      case BinaryOp::kIn:
        expect(r, rhs, TypeKind::kList);
        check_codes(l, r);
        return {TypeKind::kBool, ""};
    }
    return {};
  }

  // A coded field compared with a literal (or a list, or a parameter holding
  // one): each text must be one of the field's codes, or the comparison
  // could never be true and the rule would pass silently.
  void check_codes(const Expr& field_expr, const Expr& other) {
    auto it = coded_fields_.find(&field_expr);
    if (it == coded_fields_.end()) return;
    const FieldSchema& field = *it->second;
    const Expr* literal = &other;
    if (other.kind == ExprKind::kName) {
      auto p = pack_.params.find(other.text);
      if (p == pack_.params.end()) return;
      literal = p->second->value.get();
    }
    std::vector<const Expr*> items;
    if (literal->kind == ExprKind::kString) items.push_back(literal);
    if (literal->kind == ExprKind::kList) {
      for (const ExprPtr& item : literal->children) {
        if (item->kind == ExprKind::kString) items.push_back(item.get());
      }
    }
    std::vector<std::string> codes;
    for (const CodeForms& c : field.codes) codes.push_back(c.code);
    if (!field.code_otherwise.empty()) codes.push_back(field.code_otherwise);
    for (const Expr* item : items) {
      const std::string code = text::normalize_free_text(item->text);
      if (std::find(codes.begin(), codes.end(), code) != codes.end()) continue;
      std::string list;
      for (const std::string& c : codes) list += (list.empty() ? "" : ", ") + c;
      // A parameter's value may sit in another file: point at the use.
      const std::size_t at = literal == &other ? item->span.begin : other.span.begin;
      error(at, "`" + item->text + "` is not a code of `" + field.name + "` (" + list + ")",
            did_you_mean(code, codes));
    }
  }

  Type check_comprehension(const Expr& e, bool aggregate) {
    const Type source = check(*e.children[0]);
    Type element{};
    if (source.kind == TypeKind::kCollection) {
      element = {TypeKind::kRecord, source.register_name};
    } else if (source.kind != TypeKind::kAny) {
      error(e.children[0]->span.begin,
            "expected a register or a collection, found " + describe(source));
    }
    scope_.emplace_back(e.text, element);
    if (e.children[1]) expect(*e.children[1], check(*e.children[1]), TypeKind::kBool);
    Type projected{};
    const bool has_projection = aggregate && e.children[2];
    if (has_projection) projected = check(*e.children[2]);
    const bool has_key = aggregate && e.children.size() > 3 && e.children[3];
    Type key{};
    if (has_key) key = check(*e.children[3]);
    scope_.pop_back();
    if (!aggregate) {
      // A filter over something already reported is of no known type.
      if (source.kind != TypeKind::kCollection) return {};
      return {TypeKind::kCollection, source.register_name};
    }

    const std::size_t at = e.span.begin;
    if (e.distinct && e.aggregate_op != AggregateOp::kCountDistinct) {
      error(at, "`distinct` goes only with `count`");
    }
    if (has_key && e.aggregate_op != AggregateOp::kLatest) {
      error(e.children[3]->span.begin, "`by` goes only with `latest`");
    }
    switch (e.aggregate_op) {
      case AggregateOp::kCount:
        if (has_projection) {
          error(at, "`count` counts records; to count values write `count(distinct ... for ...)`");
        }
        return {TypeKind::kNumber, ""};
      case AggregateOp::kCountDistinct:
        if (!has_projection) {
          error(at, "`count(distinct ...)` needs the value to count: "
                    "`count(distinct s.staff_id for s in ...)`");
        }
        return {TypeKind::kNumber, ""};
      case AggregateOp::kExists:
      case AggregateOp::kNone:
        if (has_projection) error(at, "`exists` and `none` take no value before `for`");
        return {TypeKind::kBool, ""};
      case AggregateOp::kSum:
        if (!has_projection) error(at, "`sum` needs the value to add: `sum(s.x for s in ...)`");
        else expect(*e.children[2], projected, TypeKind::kNumber);
        return {TypeKind::kNumber, ""};
      case AggregateOp::kMin:
      case AggregateOp::kMax:
        if (!has_projection) error(at, "`min` and `max` need a value: `max(s.x for s in ...)`");
        else if (!is(projected, TypeKind::kNumber) && !is(projected, TypeKind::kDate)) {
          error(e.children[2]->span.begin, "only numbers and dates have a minimum; this is " +
                                               describe(projected));
        }
        return projected;
      case AggregateOp::kLatest:
        if (!has_projection || !has_key) {
          error(at, "`latest` needs a value and an order: `latest(r.value for r in ... by r.reported_on)`");
        } else if (!is(key, TypeKind::kNumber) && !is(key, TypeKind::kDate) &&
                   !is(key, TypeKind::kString)) {
          error(e.children[3]->span.begin, "`by` orders by a number, a date or text; this is " +
                                               describe(key));
        }
        return projected;
    }
    return {};
  }

  const RegisterCatalogue& registers_catalogue_;  // the registers rules may read
  RulePack pack_;
  std::shared_ptr<const Source> source_;
  std::map<std::string, DefineState> defines_;
  std::size_t check_depth_ = 0;      // check() calls now on the stack
  bool too_deep_reported_ = false;   // for the declaration being checked
  bool chain_too_deep_reported_ = false;
  std::vector<std::pair<std::string, Type>> scope_;
  std::set<std::string> registers_;
  std::unordered_map<const Expr*, const FieldSchema*> coded_fields_;
  std::map<std::string, NumberRange> param_uses_;  // what uses of parameters allow
  Diagnostics diagnostics_;
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

}  // namespace genaudit::rules
