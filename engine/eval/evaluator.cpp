#include "engine/eval/evaluator.h"

#include <algorithm>
#include <memory>
#include <optional>

#include "engine/eval/expressions.h"
#include "engine/eval/finding_subjects.h"
#include "engine/eval/truth.h"
#include "engine/eval/value_order.h"
#include "engine/eval/windows.h"
#include "rules/language/builtins.h"

namespace genaudit {

using rules::BinaryOp;
using rules::Expr;
using rules::StatementKind;

namespace {

// A `let` as the frame holds it while the subject is evaluated: its value
// may still be a record or a collection of a table, so a result keeps only
// ResultValue::of() it (results.h).
struct BoundLet {
  std::string name;
  Value value;
};

}  // namespace

// The driver: a rule's subjects, windows and statements, and the findings,
// indicators and explanations they make. Each statement's expression is
// evaluated by Expressions (expressions.h), which hands filters and
// aggregates to Comprehensions (comprehensions.h), in the EvaluationFrame
// (evaluation_frame.h) the driver starts for each subject with its record
// and window and then binds the lets to, in the order written.
class Evaluator::Impl {
 public:
  Impl(const rules::RulePack& pack, const Dataset& dataset, AuditDates dates,
       SharedRowSets* shared)
      : pack_(pack),
        dataset_(dataset),
        dates_(dates),
        own_shared_(shared ? nullptr : std::make_unique<SharedRowSets>()),
        expressions_(pack, dataset, dates, shared ? *shared : *own_shared_,
                     [this](const std::string& name) { return is_global(name); }) {}

  std::vector<Finding> evaluate_finding(const rules::RuleInfo& rule, std::uint32_t first_row,
                                        std::uint32_t end_row, RuleCoverage* coverage) {
    std::vector<Finding> findings;
    RuleCoverage counted;
    const std::vector<Window> windows = windows_of(rule);
    for (const Subject& subject : subjects(rule, first_row, end_row)) {
      if (!subject_in_scope(rule, subject)) continue;
      ++counted.subjects_checked;
      for (const Window& window : windows) {
        std::vector<BoundLet> lets;
        std::vector<EvidenceRow> rows;
        const Truth when = evaluate_subject(rule, subject, window, lets, rows, nullptr);
        ++counted.checked;
        if (when == Truth::kMissing) ++counted.without_data;
        if (when != Truth::kTrue) continue;
        ++counted.breached;
        Finding f;
        f.rule = &rule;
        SubjectName named = name_subject(rule, subject, expressions_);
        f.subject = std::move(named.code);
        f.subject_name = std::move(named.name);
        f.subject_key = std::move(named.key);
        if (rule.has_window) f.period = window.label;
        f.evidence = pick(lets, rule);
        if (subject.table) f.rows.push_back(source_row(*subject.table, subject.row));
        f.rows.insert(f.rows.end(), rows.begin(), rows.end());
        findings.push_back(std::move(f));
      }
    }
    expressions_.frame().clear();
    if (coverage) *coverage += counted;
    return findings;
  }

  std::vector<Explanation> explain(const rules::RuleInfo& rule, const std::string& subject,
                                   const std::string& period) {
    std::vector<Explanation> out;
    if (rule.kind == rules::RuleKind::kIndicator) {
      Explanation e;
      e.rule = &rule;
      e.indicator = evaluate_indicator_traced(rule, &e.steps);
      out.push_back(std::move(e));
      return out;
    }
    // Subjects are found by name as rules compare text: case, spacing and
    // Unicode form aside (`snv` is SNV).
    const ValueKey wanted = key_of(Value{make_text(subject)});
    for (const Subject& candidate : subjects(rule, 0, kAllRows)) {
      start_subject(rule, candidate, nullptr);
      SubjectName named = name_subject(rule, candidate, expressions_);
      if (!(key_of(Value{make_text(named.code)}) == wanted)) continue;
      const bool in_scope = subject_in_scope(rule, candidate);
      for (const Window& window : windows_of(rule)) {
        if (!period.empty() && window.label != period) continue;
        Explanation e;
        e.rule = &rule;
        e.subject = named.code;
        e.subject_name = named.name;
        if (candidate.table) e.subject_rows.push_back(source_row(*candidate.table, candidate.row));
        if (rule.has_window) e.period = window.label;
        e.in_scope = in_scope;
        if (in_scope) {
          std::vector<BoundLet> lets;
          std::vector<EvidenceRow> rows;
          e.when_parts.emplace();
          e.fired = evaluate_subject(rule, candidate, window, lets, rows, &e.steps,
                                     &*e.when_parts) == Truth::kTrue;
        }
        out.push_back(std::move(e));
      }
    }
    expressions_.frame().clear();
    return out;
  }

  IndicatorResult evaluate_indicator(const rules::RuleInfo& rule) {
    return evaluate_indicator_traced(rule, nullptr);
  }

  std::uint64_t rows_touched() const { return subject_rows_ + expressions_.rows_touched(); }

 private:
  // The names that mean the same all through the audit unless a variable
  // hides them: those Expressions::global_value() gives a value.
  bool is_global(const std::string& name) const {
    return pack_.params.count(name) || rules::find_builtin_value(name) != nullptr ||
           pack_.catalogue->find(name) != nullptr;
  }

  // The windows a finding rule is evaluated for: the audit as a whole (one
  // window with no label) when it has no `per`.
  std::vector<Window> windows_of(const rules::RuleInfo& rule) const {
    return rule.has_window ? audit_windows(rule.window, dates_) : std::vector<Window>{Window{}};
  }

  static constexpr std::uint32_t kAllRows = ~std::uint32_t{0};

  // The subjects of a finding rule among rows [first_row, end_row) of its
  // register; a rule over groups has them all in the slice that starts at
  // row 0 (AuditEvaluation gives it one).
  std::vector<Subject> subjects(const rules::RuleInfo& rule, std::uint32_t first_row,
                                std::uint32_t end_row) {
    if (rule.subject_kind == rules::SubjectKind::kGroup) {
      if (first_row != 0) return {};
      return group_subjects(rule, expressions_);
    }
    const Table* table = dataset_.find(rule.subject_register);
    end_row = std::min<std::uint32_t>(end_row, static_cast<std::uint32_t>(table->row_count()));
    std::vector<Subject> out;
    out.reserve(end_row > first_row ? end_row - first_row : 0);
    for (std::uint32_t row = first_row; row < end_row; ++row) out.push_back(row_subject(table, row));
    return out;
  }

  // Whether the subject passes the rule's `for ... where`.
  bool subject_in_scope(const rules::RuleInfo& rule, const Subject& subject) {
    ++subject_rows_;
    const Expr* filter = for_statement(rule).expr.get();
    if (!filter) return true;
    EvaluationFrame& frame = start_subject(rule, subject, nullptr);
    const bool in = truth(expressions_.eval(*filter)) == Truth::kTrue;
    frame.clear();
    return in;
  }

  // Evaluates a finding's lets and `when` for one subject and window: the
  // truth of the `when` (true: a finding; missing: undecided, no data).
  // Fills `lets`, the rows of the collections among them when it is a
  // finding, and, when `steps` is given, each statement's value and, in
  // `when_parts`, the truth of each part of the `when`.
  Truth evaluate_subject(const rules::RuleInfo& rule, const Subject& subject,
                        const Window& window, std::vector<BoundLet>& lets,
                        std::vector<EvidenceRow>& rows, std::vector<ExplanationStep>* steps,
                        ConditionPart* when_parts = nullptr) {
    EvaluationFrame& frame = start_subject(rule, subject, rule.has_window ? &window : nullptr);
    Truth when = Truth::kMissing;
    for (const rules::Statement& s : rule.rule->statements) {
      if (s.kind == StatementKind::kLet) {
        Value v = expressions_.eval(*s.expr);
        if (steps) steps->push_back({&s, ResultValue::of(v), rows_in(v)});
        lets.push_back({s.name, v});
        frame.bind(s.name, std::move(v));
      } else if (s.kind == StatementKind::kWhen) {
        const Value v = expressions_.eval(*s.expr);
        when = truth(v);
        if (steps) steps->push_back({&s, ResultValue::of(v), {}});
        if (when_parts) *when_parts = trace_condition(expressions_, *s.expr);
      }
    }
    // The rows behind the collections, only for a finding: most subjects
    // are not one, and their rows (an agency's posts) are many.
    if (when == Truth::kTrue) {
      for (const BoundLet& let : lets) {
        const std::vector<EvidenceRow> behind = rows_in(let.value);
        rows.insert(rows.end(), behind.begin(), behind.end());
      }
    }
    return when;
  }

  // The register rows of a collection value (none for other values).
  static std::vector<EvidenceRow> rows_in(const Value& v) {
    std::vector<EvidenceRow> out;
    if (!v.is<CollectionRef>()) return out;
    const CollectionRef& c = v.as<CollectionRef>();
    for (std::size_t i = 0; i < c.size(); ++i) out.push_back(source_row(*c.table, c.at(i)));
    return out;
  }

  IndicatorResult evaluate_indicator_traced(const rules::RuleInfo& rule,
                                            std::vector<ExplanationStep>* steps) {
    IndicatorResult result;
    result.rule = &rule;
    EvaluationFrame& frame = expressions_.frame();
    frame.clear();
    std::vector<BoundLet> lets;
    Value value{Missing{}};
    Value target{Missing{}};
    for (const rules::Statement& s : rule.rule->statements) {
      switch (s.kind) {
        case StatementKind::kLet: {
          Value v = expressions_.eval(*s.expr);
          if (steps) steps->push_back({&s, ResultValue::of(v), rows_in(v)});
          lets.push_back({s.name, v});
          frame.bind(s.name, std::move(v));
          break;
        }
        case StatementKind::kValue: {
          std::optional<ShareOperands> operands;
          value = expressions_.eval_share(*s.expr, operands);
          if (operands) {
            const auto number = [](const Value& v) {
              return v.is<double>() ? std::optional<double>(result_number(v.as<double>()))
                                  : std::nullopt;
            };
            result.ratio = IndicatorRatio{number(operands->part), number(operands->whole)};
          }
          if (steps) steps->push_back({&s, ResultValue::of(value), {}});
          break;
        }
        case StatementKind::kTarget:
          target = expressions_.eval(*s.expr);
          result.comparison = s.comparison;
          if (steps) steps->push_back({&s, ResultValue::of(target), {}});
          break;
        default: break;
      }
    }
    result.evidence = pick(lets, rule);
    frame.clear();
    if (target.is<double>()) result.target = result_number(target.as<double>());
    if (!value.is<double>() || !target.is<double>()) {
      result.status = IndicatorStatus::kNoData;
      return result;
    }
    result.value = result_number(value.as<double>());
    const int order = compare(value, target);
    bool met = false;
    switch (result.comparison) {
      case BinaryOp::kGreaterEqual: met = order >= 0; break;
      case BinaryOp::kGreater: met = order > 0; break;
      case BinaryOp::kLessEqual: met = order <= 0; break;
      case BinaryOp::kLess: met = order < 0; break;
      default: break;
    }
    result.status = met ? IndicatorStatus::kMet : IndicatorStatus::kNotMet;
    return result;
  }

  // The evidence the rule names (`evidence a, b`), as values the results
  // own, so that they never point into the registers.
  static std::vector<EvidenceItem> pick(const std::vector<BoundLet>& lets,
                                        const rules::RuleInfo& rule) {
    std::vector<EvidenceItem> out;
    for (const rules::Statement& s : rule.rule->statements) {
      if (s.kind != StatementKind::kEvidence) continue;
      for (const auto& [name, span] : s.names) {
        for (const BoundLet& let : lets) {
          if (let.name == name) out.push_back({name, ResultValue::of(let.value)});
        }
      }
    }
    return out;
  }

  // Starts the frame for a rule's subject, with the window when the rule
  // has one; returns it for the lets.
  EvaluationFrame& start_subject(const rules::RuleInfo& rule, const Subject& subject,
                                 const Window* window) {
    EvaluationFrame& frame = expressions_.frame();
    frame.clear();
    frame.bind(rule.subject_variable, subject.value);
    if (window) frame.bind(rule.window_variable, Value{window});
    return frame;
  }

  const rules::RulePack& pack_;
  const Dataset& dataset_;
  AuditDates dates_;
  // The row sets shared with the audit's other evaluators, or this one's.
  std::unique_ptr<SharedRowSets> own_shared_;
  Expressions expressions_;
  std::uint64_t subject_rows_ = 0;  // the subject rows read (rows_touched())
};

Evaluator::Evaluator(const rules::RulePack& pack, const Dataset& dataset, AuditDates dates,
                     SharedRowSets* shared)
    : impl_(std::make_unique<Impl>(pack, dataset, dates, shared)) {}

Evaluator::~Evaluator() = default;

std::vector<Explanation> Evaluator::explain(const rules::RuleInfo& rule, const std::string& subject,
                                           const std::string& period) {
  return impl_->explain(rule, subject, period);
}

std::vector<Finding> Evaluator::evaluate_finding(const rules::RuleInfo& rule,
                                                 std::uint32_t first_row, std::uint32_t end_row,
                                                 RuleCoverage* coverage) {
  return impl_->evaluate_finding(rule, first_row, end_row, coverage);
}

IndicatorResult Evaluator::evaluate_indicator(const rules::RuleInfo& rule) {
  return impl_->evaluate_indicator(rule);
}

std::uint64_t Evaluator::rows_touched() const { return impl_->rows_touched(); }

}  // namespace genaudit
