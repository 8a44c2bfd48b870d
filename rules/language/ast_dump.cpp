#include "rules/language/ast_dump.h"

#include <cstdio>

#include "rules/language/operators.h"

namespace genaudit::rules {
namespace {

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
      for (const ExprPtr& item : e.items()) out += " " + dump(*item);
      return out + ")";
    case ExprKind::kField: return "(. " + dump(*e.record()) + " " + e.text + ")";
    case ExprKind::kCall:
      out = "(call " + e.text;
      for (const ExprPtr& argument : e.arguments()) out += " " + dump(*argument);
      return out + ")";
    case ExprKind::kUnary:
      return std::string("(") + unary_operator(e.unary_op).dump_name + " " + dump(*e.operand()) +
             ")";
    case ExprKind::kBinary:
      return std::string("(") + binary_operator(e.binary_op).dump_name + " " + dump(*e.left()) +
             " " + dump(*e.right()) + ")";
    case ExprKind::kFilter:
      return "(filter " + e.text + " " + dump(*e.collection()) + " " +
             optional_dump(e.condition()) + ")";
    case ExprKind::kIf:
      return "(if " + dump(*e.test()) + " " + dump(*e.then_value()) + " " +
             dump(*e.else_value()) + ")";
    case ExprKind::kDuration: return "(duration " + duration_text(e.number, e.duration_unit) + ")";
    case ExprKind::kAggregate:
      out = std::string("(") + aggregate_operator(e.aggregate_op).dump_name + " " + e.text + " " +
            dump(*e.collection()) + " " + optional_dump(e.condition()) + " " +
            optional_dump(e.projection());
      if (e.order_key()) out += " by " + dump(*e.order_key());
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
              out += "for " + s.name + " in " + (s.groups ? dump(*s.groups) : s.register_name);
              for (std::size_t i = 0; i < s.keys.size(); ++i) {
                out += (i == 0 ? " key " : ", ") + dump(*s.keys[i]);
              }
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
              out += std::string("target ") + binary_operator(s.comparison).dump_name + " " +
                     dump(*s.expr);
              break;
            case StatementKind::kNeeds:
              out += "needs";
              for (const auto& [name, sp] : s.names) out += " " + name;
              break;
            case StatementKind::kEvidence:
              out += "evidence";
              for (std::size_t i = 0; i < s.names.size(); ++i) {
                out += " " + s.names[i].first;
                if (i < s.labels.size() && !s.labels[i].empty()) {
                  out += " (label";
                  for (const auto& [lang, text] : s.labels[i]) out += " " + lang + " " + quote(text);
                  out += ")";
                }
                if (i < s.missing_texts.size() && !s.missing_texts[i].empty()) {
                  out += " (missing";
                  for (const auto& [lang, text] : s.missing_texts[i]) {
                    out += " " + lang + " " + quote(text);
                  }
                  out += ")";
                }
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
