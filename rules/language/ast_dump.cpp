#include "rules/language/ast_dump.h"

#include <cstdio>

namespace genaudit::rules {
namespace {

const char* name_of(BinaryOp op) {
  switch (op) {
    case BinaryOp::kOr: return "or";
    case BinaryOp::kAnd: return "and";
    case BinaryOp::kEqual: return "==";
    case BinaryOp::kNotEqual: return "!=";
    case BinaryOp::kLess: return "<";
    case BinaryOp::kLessEqual: return "<=";
    case BinaryOp::kGreater: return ">";
    case BinaryOp::kGreaterEqual: return ">=";
    case BinaryOp::kAdd: return "+";
    case BinaryOp::kSubtract: return "-";
    case BinaryOp::kMultiply: return "*";
    case BinaryOp::kDivide: return "/";
    case BinaryOp::kCoalesce: return "??";
    case BinaryOp::kStartsWith: return "starts-with";
    case BinaryOp::kStartsWithAny: return "starts-with-any";
    case BinaryOp::kContains: return "contains";
    case BinaryOp::kContainsAny: return "contains-any";
    case BinaryOp::kIn: return "in";
  }
  return "?";
}

const char* name_of(UnaryOp op) {
  switch (op) {
    case UnaryOp::kNot: return "not";
    case UnaryOp::kNegate: return "neg";
    case UnaryOp::kIsMissing: return "is-missing";
    case UnaryOp::kIsNotMissing: return "is-not-missing";
  }
  return "?";
}

const char* name_of(AggregateOp op) {
  switch (op) {
    case AggregateOp::kCount: return "count";
    case AggregateOp::kCountDistinct: return "count-distinct";
    case AggregateOp::kSum: return "sum";
    case AggregateOp::kMin: return "min";
    case AggregateOp::kMax: return "max";
    case AggregateOp::kExists: return "exists";
    case AggregateOp::kNone: return "none";
    case AggregateOp::kLatest: return "latest";
  }
  return "?";
}

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string span(const SourceSpan& s) {
  return "@" + std::to_string(s.begin) + "-" + std::to_string(s.end);
}

std::string number(double n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

std::string optional_dump(const ExprPtr& e) { return e ? dump(*e) : "_"; }

}  // namespace

std::string dump(const Expr& e) {
  std::string out;
  switch (e.kind) {
    case ExprKind::kNumber: return number(e.number) + (e.percent ? "%" : "");
    case ExprKind::kString: return quote(e.text);
    case ExprKind::kBool: return e.boolean ? "true" : "false";
    case ExprKind::kName: return e.text;
    case ExprKind::kList:
      out = "(list";
      for (const ExprPtr& c : e.children) out += " " + dump(*c);
      return out + ")";
    case ExprKind::kField: return "(. " + dump(*e.children[0]) + " " + e.text + ")";
    case ExprKind::kCall:
      out = "(call " + e.text;
      for (const ExprPtr& c : e.children) out += " " + dump(*c);
      return out + ")";
    case ExprKind::kUnary: return std::string("(") + name_of(e.unary_op) + " " + dump(*e.children[0]) + ")";
    case ExprKind::kBinary:
      return std::string("(") + name_of(e.binary_op) + " " + dump(*e.children[0]) + " " +
             dump(*e.children[1]) + ")";
    case ExprKind::kFilter:
      return "(filter " + e.text + " " + dump(*e.children[0]) + " " +
             optional_dump(e.children[1]) + ")";
    case ExprKind::kAggregate:
      out = std::string("(") + name_of(e.aggregate_op) + " " + e.text + " " +
            dump(*e.children[0]) + " " + optional_dump(e.children[1]) + " " +
            optional_dump(e.children[2]);
      if (e.children.size() > 3 && e.children[3]) out += " by " + dump(*e.children[3]);
      return out + ")";
  }
  return out;
}

std::string dump(const RuleFile& file) {
  std::string out;
  for (const Declaration& d : file.declarations) {
    switch (d.kind) {
      case DeclarationKind::kParam:
        out += "param " + d.param.name + " = " + dump(*d.param.value) + " " + span(d.param.span) + "\n";
        break;
      case DeclarationKind::kDefine:
        out += "define " + d.define.name + "(";
        for (std::size_t i = 0; i < d.define.parameters.size(); ++i) {
          out += (i ? ", " : "") + d.define.parameters[i].name + ": " +
                 d.define.parameters[i].register_name;
        }
        out += ") = " + dump(*d.define.body) + " " + span(d.define.span) + "\n";
        break;
      case DeclarationKind::kRule:
        out += std::string(d.rule.kind == RuleKind::kFinding ? "finding " : "indicator ") +
               d.rule.id + " " + span(d.rule.span) + "\n";
        for (const Statement& s : d.rule.statements) {
          out += "  ";
          switch (s.kind) {
            case StatementKind::kMeta:
              out += "meta " + s.meta.key;
              for (const auto& [lang, text] : s.meta.localized) out += " " + lang + " " + quote(text);
              if (!s.meta.value.empty()) out += " " + quote(s.meta.value);
              break;
            case StatementKind::kFor:
              out += "for " + s.name + " in " + s.register_name;
              if (s.expr) out += " where " + dump(*s.expr);
              break;
            case StatementKind::kPer:
              out += std::string("per ") +
                     (s.window == WindowKind::kMonth     ? "month"
                      : s.window == WindowKind::kQuarter ? "quarter"
                                                         : "year") +
                     " " + s.name;
              break;
            case StatementKind::kLet: out += "let " + s.name + " = " + dump(*s.expr); break;
            case StatementKind::kWhen: out += "when " + dump(*s.expr); break;
            case StatementKind::kValue: out += "value " + dump(*s.expr); break;
            case StatementKind::kTarget:
              out += std::string("target ") + name_of(s.comparison) + " " + dump(*s.expr);
              break;
            case StatementKind::kNeeds:
              out += "needs";
              for (const auto& [name, sp] : s.names) out += " " + name;
              break;
            case StatementKind::kEvidence:
              out += "evidence";
              for (std::size_t i = 0; i < s.names.size(); ++i) {
                out += " " + s.names[i].first;
                if (i >= s.labels.size() || s.labels[i].empty()) continue;
                out += " (label";
                for (const auto& [lang, text] : s.labels[i]) out += " " + lang + " " + quote(text);
                out += ")";
              }
              break;
          }
          out += " " + span(s.span) + "\n";
        }
        break;
    }
  }
  return out;
}

}  // namespace genaudit::rules
