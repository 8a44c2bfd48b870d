#include "rules/language/rule_texts.h"

#include <cmath>
#include <vector>

#include "engine/core/date.h"
#include "rules/language/number_range.h"
#include "rules/language/suggest.h"

namespace genaudit::rules {
namespace {

constexpr int kMaxHops = 64;  // parameters naming parameters: the checker forbids cycles

struct Placeholder {
  std::size_t at = 0;  // offset of `{` in the text
  std::size_t size = 0;  // `{name}` with its braces
  std::string name;
};

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The `{name}`s of `text`; a brace around anything else is text.
std::vector<Placeholder> placeholders(const std::string& text) {
  std::vector<Placeholder> out;
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    std::size_t end = open + 1;
    while (end < text.size() && name_char(text[end])) ++end;
    if (end > open + 1 && end < text.size() && text[end] == '}') {
      out.push_back({open, end + 1 - open, text.substr(open + 1, end - open - 1)});
    }
  }
  return out;
}

const Expr* param_expr(const RulePack& pack, const std::string& name) {
  const auto p = pack.params.find(name);
  return p == pack.params.end() ? nullptr : p->second->value.get();
}

// The number `e` stands for, folded: literals, parameters, - + * /, abs,
// round, min, max. Nullopt for anything else (as_of, text, ...).
std::optional<double> folded_number(const RulePack& pack, const Expr& e, int hops = 0) {
  if (hops > kMaxHops) return std::nullopt;
  switch (e.kind) {
    case ExprKind::kNumber: return e.number;
    case ExprKind::kName:
      if (const Expr* v = param_expr(pack, e.text)) return folded_number(pack, *v, hops + 1);
      return std::nullopt;
    case ExprKind::kUnary:
      if (e.unary_op != UnaryOp::kNegate) return std::nullopt;
      if (auto v = folded_number(pack, *e.operand(), hops + 1)) return -*v;
      return std::nullopt;
    case ExprKind::kBinary: {
      const auto a = folded_number(pack, *e.left(), hops + 1);
      const auto b = folded_number(pack, *e.right(), hops + 1);
      if (!a || !b) return std::nullopt;
      switch (e.binary_op) {
        case BinaryOp::kAdd: return *a + *b;
        case BinaryOp::kSubtract: return *a - *b;
        case BinaryOp::kMultiply: return *a * *b;
        case BinaryOp::kDivide: return *b == 0 ? std::nullopt : std::optional<double>(*a / *b);
        default: return std::nullopt;
      }
    }
    case ExprKind::kCall: {
      std::vector<double> args;
      for (const ExprPtr& arg : e.arguments()) {
        const auto v = folded_number(pack, *arg, hops + 1);
        if (!v) return std::nullopt;
        args.push_back(*v);
      }
      if (e.text == "abs" && args.size() == 1) return std::fabs(args[0]);
      if (e.text == "min" && args.size() == 2) return std::min(args[0], args[1]);
      if (e.text == "max" && args.size() == 2) return std::max(args[0], args[1]);
      if (e.text == "round" && args.size() == 2) {
        const double scale = std::pow(10.0, args[1]);
        return std::round(args[0] * scale) / scale;
      }
      return std::nullopt;
    }
    default: return std::nullopt;
  }
}

// Whether `e` is written as a percentage: a `%` literal, or a parameter
// holding one, directly or through others.
bool is_percent(const RulePack& pack, const Expr& e, int hops = 0) {
  if (e.kind == ExprKind::kNumber) return e.percent;
  if (e.kind == ExprKind::kName && hops < kMaxHops) {
    if (const Expr* v = param_expr(pack, e.text)) return is_percent(pack, *v, hops + 1);
  }
  return false;
}

std::string number_in(double value, bool percent, Language lang) {
  std::string text = format_number(value);
  if (lang == Language::kVietnamese) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text + (percent ? "%" : "");
}

std::string duration_in(const Expr& e, Language lang) {
  if (lang == Language::kEnglish) return duration_text(e.number, e.duration_unit);
  const char* unit = e.duration_unit == DurationUnit::kDays     ? "ngày"
                     : e.duration_unit == DurationUnit::kMonths ? "tháng"
                                                                : "năm";
  return number_in(e.number, false, lang) + " " + unit;
}

std::optional<std::string> shown(const RulePack& pack, const Expr& e, Language lang, int hops) {
  if (hops > kMaxHops) return std::nullopt;
  switch (e.kind) {
    case ExprKind::kString: return e.text;
    case ExprKind::kBool:
      return lang == Language::kVietnamese ? (e.boolean ? "có" : "không")
                                           : (e.boolean ? "yes" : "no");
    case ExprKind::kDuration: return duration_in(e, lang);
    case ExprKind::kList: {
      std::string out;
      for (const ExprPtr& item : e.items()) {
        const auto one = shown(pack, *item, lang, hops + 1);
        if (!one) return std::nullopt;
        out += (out.empty() ? "" : ", ") + *one;
      }
      return out;
    }
    case ExprKind::kName:
      if (const Expr* v = param_expr(pack, e.text)) {
        if (auto number = folded_number(pack, e)) {
          return number_in(*number, is_percent(pack, e), lang);
        }
        return shown(pack, *v, lang, hops + 1);
      }
      return std::nullopt;
    case ExprKind::kCall:
      if (e.text == "date" && e.arguments().size() == 3) {
        std::optional<double> parts[3];
        for (int i = 0; i < 3; ++i) parts[i] = folded_number(pack, *e.arguments()[i]);
        if (!parts[0] || !parts[1] || !parts[2]) return std::nullopt;
        const auto d = Date::from_ymd(static_cast<int>(*parts[0]), static_cast<int>(*parts[1]),
                                      static_cast<int>(*parts[2]));
        if (!d) return std::nullopt;
        return lang == Language::kVietnamese ? d->dmy() : d->iso();
      }
      [[fallthrough]];
    default:
      if (auto number = folded_number(pack, e)) {
        return number_in(*number, is_percent(pack, e), lang);
      }
      return std::nullopt;
  }
}

std::string filled(const RulePack& pack, const std::string& text, Language lang) {
  std::string out;
  std::size_t from = 0;
  for (const Placeholder& p : placeholders(text)) {
    out += text.substr(from, p.at - from);
    const auto value = shown_param(pack, p.name, lang);
    out += value ? *value : text.substr(p.at, p.size);  // the checker allows only known ones
    from = p.at + p.size;
  }
  return out + text.substr(from);
}

// The offset in the file of `needle` inside the meta entry at `span`, or
// the entry's start.
std::size_t offset_in(const Source& source, const SourceSpan& span, const std::string& needle) {
  const std::size_t end = std::min(span.end, source.text().size());
  const std::size_t found = source.text().find(needle, span.begin);
  return found != std::string::npos && found < end ? found : span.begin;
}

}  // namespace

std::optional<std::string> shown_param(const RulePack& pack, const std::string& name,
                                       Language lang) {
  if (!param_expr(pack, name)) return std::nullopt;
  Expr reference;
  reference.kind = ExprKind::kName;
  reference.text = name;
  return shown(pack, reference, lang, 0);
}

void check_placeholders(const Rule& rule, const RuleInfo& info, CheckContext& context) {
  std::vector<std::string> names;
  for (const auto& [name, p] : context.pack.params) names.push_back(name);
  for (const Statement& s : rule.statements) {
    if (s.kind != StatementKind::kMeta || (s.meta.key != "title" && s.meta.key != "remedy")) {
      continue;
    }
    for (const auto& [lang, text] : s.meta.localized) {
      for (const Placeholder& p : placeholders(text)) {
        const std::size_t at = offset_in(*context.source, s.meta.span, "{" + p.name + "}");
        if (!context.pack.params.count(p.name)) {
          context.error(at, "`{" + p.name + "}` names no parameter",
                        did_you_mean(p.name, names).empty()
                            ? "a placeholder is a parameter's name in braces: `{threshold}`"
                            : did_you_mean(p.name, names));
        } else if (!shown_param(context.pack, p.name, Language::kEnglish)) {
          context.error(at, "`{" + p.name + "}` cannot be shown in a " + s.meta.key +
                                ": its value is known only when the audit runs");
        }
      }
    }
  }
  (void)info;
}

void fill_rule_texts(RulePack& pack) {
  for (RuleInfo& rule : pack.rules) {
    for (auto [text, written] : {std::pair{&rule.title, &rule.title_template},
                                 std::pair{&rule.remedy, &rule.remedy_template}}) {
      text->vi = filled(pack, written->vi, Language::kVietnamese);
      text->en = filled(pack, written->en, Language::kEnglish);
    }
  }
}

}  // namespace genaudit::rules
