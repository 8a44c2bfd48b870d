// The rule language's syntax tree: plain C++, no parser types. The parser
// builds it, the checker annotates nothing but reads it, the evaluator walks
// it. Every node keeps the span of text it came from so that diagnostics and
// explanations point back into the rule file.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rules/language/source.h"

namespace genaudit::rules {

enum class ExprKind {
  kNumber,     // 12, 2.5, 30% (percent literals are the number 30)
  kString,     // "Giám đốc"
  kBool,       // true, false
  kList,       // ["a", "b"]: children are the items
  kName,       // a parameter, definition, let, variable or builtin: text
  kField,      // children[0].text: the field `text` of a record
  kCall,       // text(children...): a definition or a builtin function
  kUnary,      // unary_op children[0]
  kBinary,     // children[0] binary_op children[1]
  kFilter,     // [text in children[0] where children[1]]
  kAggregate,  // aggregate_op(children[2] for text in children[0] where children[1])
  kIf,         // if children[0] then children[1] else children[2]
  kDuration,   // `30 days`, `1 month`, `2 years`: the whole number `number` of
               // `duration_unit`
};

// The units of a duration added to or taken from a date.
enum class DurationUnit { kDays, kMonths, kYears };

// "30 days", "1 month": a duration as the formatter writes it.
std::string duration_text(double amount, DurationUnit unit);

enum class UnaryOp { kNot, kNegate, kIsMissing, kIsNotMissing };

enum class BinaryOp {
  kOr, kAnd,
  kEqual, kNotEqual, kLess, kLessEqual, kGreater, kGreaterEqual,
  kAdd, kSubtract, kMultiply, kDivide,
  kCoalesce,       // a ?? b: a unless it is missing
  kStartsWith, kStartsWithAny, kContains, kContainsAny, kIn,
};

enum class AggregateOp {
  kCount, kCountDistinct, kSum, kMin, kMax, kExists, kNone,
  kLatest,  // the projected value of the row with the greatest `by` key
  // The distinct values projected, missing ones left out: only the groups
  // a `for` ranges over (`for d in distinct(a.district for a in agencies)`).
  kDistinct,
};

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

struct Expr {
  ExprKind kind = ExprKind::kNumber;
  SourceSpan span;
  double number = 0;
  bool percent = false;  // written as 30%
  bool boolean = false;
  bool distinct = false;  // count(distinct ...)
  std::string text;      // string value, name, field, callee, or bound variable
  UnaryOp unary_op = UnaryOp::kNot;
  BinaryOp binary_op = BinaryOp::kOr;
  AggregateOp aggregate_op = AggregateOp::kCount;
  DurationUnit duration_unit = DurationUnit::kDays;
  // Operands, arguments or list items. For kFilter and kAggregate:
  // [0] the source collection, [1] the condition or null, [2] (aggregate
  // only) the projected value or null, [3] (aggregate only) the `by` key
  // or null.
  std::vector<ExprPtr> children;
  // Nodes on the longest path from here down, this one included; the
  // parser keeps it within ParseLimits::max_nesting.
  std::size_t depth = 1;

  // Named access to `children`, by kind; REQUIRES: the kind named. The
  // pointers may be null where the comment on `children` says so.
  const ExprPtr& operand() const { return children[0]; }      // kUnary
  const ExprPtr& left() const { return children[0]; }         // kBinary
  const ExprPtr& right() const { return children[1]; }        // kBinary
  const ExprPtr& record() const { return children[0]; }       // kField: `record.text`
  const ExprPtr& collection() const { return children[0]; }   // kFilter, kAggregate
  const ExprPtr& condition() const { return children[1]; }    // kFilter, kAggregate
  const ExprPtr& projection() const { return children[2]; }   // kAggregate
  const ExprPtr& order_key() const { return children[3]; }    // kAggregate: `by`
  const std::vector<ExprPtr>& arguments() const { return children; }  // kCall
  const std::vector<ExprPtr>& items() const { return children; }      // kList
  const ExprPtr& test() const { return children[0]; }         // kIf: `if test`
  const ExprPtr& then_value() const { return children[1]; }   // kIf
  const ExprPtr& else_value() const { return children[2]; }   // kIf
};

// One entry of a rule's description: `title vi "..." en "..."`,
// `citation "..."`, `severity high`.
struct MetaEntry {
  std::string key;
  std::string value;  // an untagged string or a bare word; empty when tagged
  std::vector<std::pair<std::string, std::string>> localized;  // (lang, text)
  SourceSpan span;
};

enum class StatementKind { kMeta, kFor, kPer, kNeeds, kLet, kWhen, kValue, kTarget, kEvidence };

// What an evidence item is called in reports: `women vi "Số cán bộ nữ" en
// "Women on staff"` gives (vi, ...), (en, ...) in the order written; empty
// when the item has no label (reports then show its name).
using EvidenceLabel = std::vector<std::pair<std::string, std::string>>;

// The windows of the audit period a finding can be stated per (`per month m`).
enum class WindowKind { kMonth, kQuarter, kYear };

struct Statement {
  StatementKind kind = StatementKind::kMeta;
  SourceSpan span;
  MetaEntry meta;                  // kMeta
  std::string name;                // kFor, kPer: variable; kLet: name
  std::string register_name;       // kFor: the register iterated (empty over groups)
  SourceSpan register_span;        // kFor
  // kFor: what names each row as a subject, as written (`key n.outlet_code,
  // n.published_on`); empty: the register's code, or else its file and row.
  std::vector<ExprPtr> keys;
  // kFor over groups (`for d in distinct(a.district for a in agencies
  // where ...)`): the comprehension, a kAggregate node whose projection
  // gives each group's value; null over the rows of a register.
  ExprPtr groups;
  WindowKind window = WindowKind::kMonth;  // kPer
  // kLet, kWhen, kValue, kTarget; kFor: the `where` condition or null.
  ExprPtr expr;
  BinaryOp comparison = BinaryOp::kGreaterEqual;  // kTarget
  std::vector<std::pair<std::string, SourceSpan>> names;  // kEvidence, kNeeds
  std::vector<EvidenceLabel> labels;  // kEvidence: one per name, in the same order
  // kEvidence: one per name, what reports say when the item has no value
  // (`first_sent ... missing vi "chưa gửi" en "not sent"`); empty when not written.
  std::vector<EvidenceLabel> missing_texts;
};

enum class RuleKind { kFinding, kIndicator };

struct Rule {
  RuleKind kind = RuleKind::kFinding;
  std::string id;
  SourceSpan span;
  SourceSpan id_span;
  std::vector<Statement> statements;  // in the order written
};

struct Param {
  std::string name;
  // A literal (number, percentage, text, true/false, list, duration), or
  // an expression of literals, other parameters, the audit's dates and
  // builtin functions: `param b = a * 2`, `param deadline = date(2025, 12, 10)`.
  ExprPtr value;
  SourceSpan span;
};

struct DefineParameter {
  std::string name;
  // The register whose record it is, or a scalar type: text, number, date,
  // bool.
  std::string register_name;
  SourceSpan span;
};

struct Define {
  std::string name;
  std::vector<DefineParameter> parameters;
  ExprPtr body;
  SourceSpan span;
};

// Everything one rule file declares, in the order written.
enum class DeclarationKind { kParam, kDefine, kRule };

struct Declaration {
  DeclarationKind kind = DeclarationKind::kParam;
  Param param;
  Define define;
  Rule rule;
};

struct RuleFile {
  std::shared_ptr<const Source> source;
  std::vector<Declaration> declarations;
};

}  // namespace genaudit::rules
