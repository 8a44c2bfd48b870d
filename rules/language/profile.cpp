#include "rules/language/profile.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "engine/core/unicode_text.h"

#include "rules/language/rule_texts.h"
#include "rules/language/suggest.h"
#include "rules/language/toml_diagnostics.h"

namespace genaudit::rules {
namespace {

class ProfileReader {
 public:
  ProfileReader(RulePack& pack, std::shared_ptr<const Source> source)
      : pack_(pack), source_(std::move(source)) {}

  Diagnostics run() {
    std::optional<toml::table> parsed = parse_toml(source_, diagnostics_);
    if (!parsed) return std::move(diagnostics_);
    const toml::table& root = *parsed;
    for (const auto& [key, node] : root) {
      const std::string name(key.str());
      if (name == "params") {
        read_params(node);
      } else if (name == "rules") {
        read_rules(node);
      } else if (name != "succession") {  // read below, by successor_bodies
        error(key.source().begin, "unknown table `" + name + "`",
              did_you_mean(name, {"params", "rules", "succession"}));
      }
    }
    bodies_ = pack_.bodies;
    Diagnostics succession = read_successor_bodies(source_, SuccessionSource::kProfile, bodies_);
    diagnostics_.insert(diagnostics_.end(), succession.begin(), succession.end());
    if (diagnostics_.empty()) commit();
    return std::move(diagnostics_);
  }

 private:
  void error(const toml::source_position& at, std::string message, std::string hint = "") {
    diagnostics_.push_back(toml_diagnostic(source_, at, std::move(message), std::move(hint)));
  }

  static ExprPtr literal(ExprKind kind) {
    auto e = std::make_shared<Expr>();
    e->kind = kind;
    return e;
  }

  // The range of parameter `name` (rule_pack.h); the range of its literal
  // alone for a pack the checker did not give one.
  NumberRange range_of(const std::string& name, bool percent) const {
    auto it = pack_.param_ranges.find(name);
    return it != pack_.param_ranges.end() ? it->second : literal_range(percent);
  }

  // Whether `value` (at `node`) is within `range`; reports it when not.
  // TOML has nan and inf, which no rule file can write.
  bool in_range(const toml::node& node, double value, const NumberRange& range,
                const std::string& what, bool written_percent = false) {
    if (range.contains(value)) return true;
    error(node.source().begin, out_of_range_message(what, value, written_percent, range));
    return false;
  }

  // A TOML number as a number literal, within the parameter's range.
  ExprPtr number(const toml::node& node, const std::string& name, const std::string& what,
                 bool percent) {
    const double v = *node.value<double>();
    if (!in_range(node, v, range_of(name, percent), what)) return nullptr;
    ExprPtr e = literal(ExprKind::kNumber);
    e->number = v;
    e->percent = percent;
    return e;
  }

  // A percentage as a profile must write it, a TOML string "35%": a bare
  // number is refused, since 0.5 would be read as 0.5% where 50% was meant
  // (and was, silently, before: O1.S4 gave 719 findings instead of 193).
  ExprPtr percentage(const toml::node& node, const std::string& name, const std::string& what) {
    if (node.is_integer() || node.is_floating_point()) {
      const double v = *node.value<double>();
      const double meant = v > 0 && v <= 1 ? v * 100 : v;
      error(node.source().begin,
            what + " is a percentage: write it as text with its sign, \"" +
                format_number(meant, true) + "\" (a bare number such as " + format_number(v) +
                " could mean " + format_number(v, true) + " or " + format_number(v * 100, true) +
                ")",
            "did you mean `\"" + format_number(meant, true) + "\"`?");
      return nullptr;
    }
    const std::optional<std::string> text = node.value<std::string>();
    std::optional<double> v;
    if (text && text->size() > 1 && text->back() == '%') {
      std::string digits = text->substr(0, text->size() - 1);
      while (!digits.empty() && digits.back() == ' ') digits.pop_back();
      double parsed = 0;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
      if (ec == std::errc() && end == digits.data() + digits.size()) v = parsed;
    }
    if (!v) {
      error(node.source().begin, what + " takes a percentage written as text, e.g. \"35%\"");
      return nullptr;
    }
    if (!in_range(node, *v, range_of(name, true), what, true)) return nullptr;
    ExprPtr e = literal(ExprKind::kNumber);
    e->number = *v;
    e->percent = true;
    return e;
  }

  // A text of `name`: one of the codes of the field the rules compare it
  // with, when they compare it with one (as a rule file's text must be).
  ExprPtr code_or_text(const toml::node& node, const std::string& name, const std::string& what) {
    const std::optional<std::string> v = node.value<std::string>();
    if (!v) {
      error(node.source().begin, what + " takes text");
      return nullptr;
    }
    if (auto coded = pack_.param_codes.find(name); coded != pack_.param_codes.end()) {
      const FieldSchema& field = *coded->second;
      std::vector<std::string> codes;
      for (const CodeForms& c : field.codes) codes.push_back(c.code);
      if (!field.code_otherwise.empty()) codes.push_back(field.code_otherwise);
      const std::string code = text::normalize_free_text(*v);
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
        std::string list;
        for (const std::string& c : codes) list += (list.empty() ? "" : ", ") + c;
        // "đài tỉnh" is how a register writes provincial_broadcaster.
        std::string hint = did_you_mean(code, codes);
        for (const CodeForms& c : field.codes) {
          for (const std::string& form : c.forms) {
            if (text::normalize_free_text(form) == code) {
              hint = "`" + *v + "` is how a register writes `" + c.code + "`: write the code";
            }
          }
        }
        error(node.source().begin,
              what + ": `" + *v + "` is not a code of `" + field.name + "` (" + list +
                  "): the rules compare " + "`" + name + "` with it and would match nothing",
              hint);
        return nullptr;
      }
    }
    ExprPtr e = literal(ExprKind::kString);
    e->text = *v;
    return e;
  }

  // A TOML date as `date(year, month, day)`.
  ExprPtr date_value(const toml::node& node, const std::string& what) {
    const toml::date* d = node.as_date() ? &node.as_date()->get() : nullptr;
    if (!d) {
      error(node.source().begin, what + " takes a date, written unquoted: 2025-12-10");
      return nullptr;
    }
    ExprPtr call = literal(ExprKind::kCall);
    call->text = "date";
    for (const double part : {double(d->year), double(d->month), double(d->day)}) {
      ExprPtr n = literal(ExprKind::kNumber);
      n->number = part;
      call->children.push_back(n);
    }
    return call;
  }

  // A duration written as text: "30 days", "1 month", "2 years".
  ExprPtr duration_value(const toml::node& node, const std::string& what) {
    const std::optional<std::string> v = node.value<std::string>();
    ExprPtr e = literal(ExprKind::kDuration);
    bool ok = false;
    if (v) {
      const std::size_t space = v->find(' ');
      const std::string digits = v->substr(0, space);
      const std::string unit = space == std::string::npos ? "" : v->substr(space + 1);
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), e->number);
      ok = ec == std::errc() && end == digits.data() + digits.size() && !digits.empty() &&
           digits.find_first_not_of("0123456789") == std::string::npos && e->number <= 3660000;
      if (unit == "day" || unit == "days") {
        e->duration_unit = DurationUnit::kDays;
      } else if (unit == "month" || unit == "months") {
        e->duration_unit = DurationUnit::kMonths;
      } else if (unit == "year" || unit == "years") {
        e->duration_unit = DurationUnit::kYears;
      } else {
        ok = false;
      }
    }
    if (ok) return e;
    error(node.source().begin, what + " takes a duration written as text: \"30 days\", "
                                      "\"1 month\" or \"2 years\"");
    return nullptr;
  }

  // The value of `node` as parameter `name` takes it: of the parameter's
  // type (rule_pack.h: param_types), a percentage as "35%", a code one of
  // its field's codes, a number in its range; or null after reporting what
  // was expected, at the value's line and column.
  ExprPtr convert(const toml::node& node, const Expr& original, const std::string& name) {
    const std::string what = "`" + name + "`";
    Type type;
    if (auto t = pack_.param_types.find(name); t != pack_.param_types.end()) type = t->second;
    switch (type.kind) {
      case TypeKind::kNumber:
        if (type.unit == NumberUnit::kPercent || original.percent) {
          return percentage(node, name, what);
        }
        if (node.is_integer() || node.is_floating_point()) return number(node, name, what, false);
        error(node.source().begin,
              what + " takes a number" +
                  (node.is_string() ? ", not text (it is not a percentage): write it unquoted"
                                    : ""));
        return nullptr;
      case TypeKind::kString: return code_or_text(node, name, what);
      case TypeKind::kBool:
        if (auto v = node.value<bool>()) {
          ExprPtr e = literal(ExprKind::kBool);
          e->boolean = *v;
          return e;
        }
        error(node.source().begin, what + " takes true or false");
        return nullptr;
      case TypeKind::kDate: return date_value(node, what);
      case TypeKind::kDuration: return duration_value(node, what);
      case TypeKind::kList: return list(node, original, name);
      default:
        error(node.source().begin, what + " cannot be set by a profile");
        return nullptr;
    }
  }

  // The literal list a list parameter holds, through parameters naming
  // others; null when there is none.
  const Expr* list_literal(const Expr& value) const {
    const Expr* at = &value;
    for (int hops = 0; at && hops < 64 && at->kind == ExprKind::kName; ++hops) {
      const auto p = pack_.params.find(at->text);
      at = p == pack_.params.end() ? nullptr : p->second->value.get();
    }
    return at && at->kind == ExprKind::kList ? at : nullptr;
  }

  ExprPtr list(const toml::node& node, const Expr& original, const std::string& name) {
    const toml::array* array = node.as_array();
    const Expr* written = list_literal(original);
    const bool numbers = written && !written->items().empty() &&
                         written->items()[0]->kind == ExprKind::kNumber;
    const bool percents = numbers && std::any_of(written->items().begin(), written->items().end(),
                                                 [](const ExprPtr& i) { return i->percent; });
    if (!array) {
      error(node.source().begin, std::string("`") + name + "` takes a list of " +
                                     (percents ? "percentages (\"35%\")"
                                      : numbers ? "numbers"
                                                : "strings"));
      return nullptr;
    }
    ExprPtr e = literal(ExprKind::kList);
    bool items_ok = true;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& item = *array->get(i);
      const std::string what = "item " + std::to_string(i + 1) + " of `" + name + "`";
      ExprPtr converted;
      if (percents) {
        converted = percentage(item, name, what);
      } else if (numbers && (item.is_integer() || item.is_floating_point())) {
        converted = number(item, name, what, false);
      } else if (!numbers && item.is_string()) {
        converted = code_or_text(item, name, what);
      } else {
        error(item.source().begin, what + (numbers ? " takes a number" : " takes text"));
      }
      items_ok &= converted != nullptr;
      if (converted) e->children.push_back(converted);
    }
    return items_ok ? e : nullptr;
  }

  void read_params(const toml::node& node) {
    const toml::table* table = node.as_table();
    if (!table) {
      error(node.source().begin, "`params` must be a table: [params]");
      return;
    }
    std::vector<std::string> known;
    for (const auto& [name, p] : pack_.params) known.push_back(name);
    for (const auto& [key, value] : *table) {
      const std::string name(key.str());
      auto it = pack_.params.find(name);
      if (it == pack_.params.end()) {
        error(key.source().begin, "the pack has no parameter `" + name + "`",
              did_you_mean(name, known));
        continue;
      }
      if (ExprPtr converted = convert(value, *it->second->value, name)) {
        params_.push_back({name, converted, it->second->span});
      }
    }
  }

  std::vector<std::string> patterns(const toml::node& node, const std::string& key) {
    std::vector<std::string> out;
    const toml::array* array = node.as_array();
    for (std::size_t i = 0; array && i < array->size(); ++i) {
      if (auto v = array->get(i)->value<std::string>()) {
        out.push_back(*v);
        const bool matches = std::any_of(pack_.rules.begin(), pack_.rules.end(),
                                         [&](const RuleInfo& r) { return rule_id_matches(*v, r.id); });
        if (!matches) {
          std::vector<std::string> ids;
          for (const RuleInfo& r : pack_.rules) ids.push_back(r.id);
          error(array->get(i)->source().begin, "`" + *v + "` matches no rule of the pack",
                did_you_mean(*v, ids));
        }
      } else {
        array = nullptr;
      }
    }
    if (!array) error(node.source().begin, "`" + key + "` takes a list of rule ids");
    return out;
  }

  void read_rules(const toml::node& node) {
    const toml::table* table = node.as_table();
    if (!table) {
      error(node.source().begin, "`rules` must be a table: [rules]");
      return;
    }
    for (const auto& [key, value] : *table) {
      const std::string name(key.str());
      if (name == "only") {
        only_ = patterns(value, name);
        has_only_ = true;
      } else if (name == "skip") {
        skip_ = patterns(value, name);
      } else {
        error(key.source().begin, "unknown key `" + name + "` in [rules]",
              did_you_mean(name, {"only", "skip"}));
      }
    }
  }

  void commit() {
    pack_.bodies = std::move(bodies_);
    for (Param& p : params_) {
      pack_.param_overrides.push_back(std::make_unique<Param>(p));
      pack_.params[p.name] = pack_.param_overrides.back().get();
    }
    auto chosen = [&](const RuleInfo& r) {
      const auto match = [&](const std::string& pattern) { return rule_id_matches(pattern, r.id); };
      if (has_only_ && std::none_of(only_.begin(), only_.end(), match)) return false;
      return std::none_of(skip_.begin(), skip_.end(), match);
    };
    pack_.rules.erase(std::remove_if(pack_.rules.begin(), pack_.rules.end(),
                                     [&](const RuleInfo& r) { return !chosen(r); }),
                      pack_.rules.end());
    fill_rule_texts(pack_);  // titles and remedies say the profile's values
  }

  RulePack& pack_;
  std::shared_ptr<const Source> source_;
  Diagnostics diagnostics_;
  std::vector<Param> params_;
  SuccessorBodies bodies_;  // the pack's rows with the profile's
  std::vector<std::string> only_;
  std::vector<std::string> skip_;
  bool has_only_ = false;
};

}  // namespace

bool rule_id_matches(const std::string& pattern, const std::string& id) {
  // Classic glob matching with `*` only, iterative with one backtrack point.
  std::size_t p = 0, i = 0, star = std::string::npos, mark = 0;
  while (i < id.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = i;
    } else if (p < pattern.size() && pattern[p] == id[i]) {
      ++p;
      ++i;
    } else if (star != std::string::npos) {
      p = star + 1;
      i = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

Diagnostics apply_profile(RulePack& pack, const std::string& name, const std::string& text) {
  return ProfileReader(pack, std::make_shared<Source>(name, text)).run();
}

}  // namespace genaudit::rules
