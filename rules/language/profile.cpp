#include "rules/language/profile.h"


#include <algorithm>

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
                const std::string& what) {
    if (range.contains(value)) return true;
    error(node.source().begin, out_of_range_message(what, value, false, range));
    return false;
  }

  // The value of `node` as a literal of the same kind as `original`, or
  // null after reporting what was expected.
  ExprPtr convert(const toml::node& node, const Expr& original, const std::string& name) {
    switch (original.kind) {
      case ExprKind::kNumber:
        if (auto v = node.value<double>(); v && (node.is_integer() || node.is_floating_point())) {
          if (!in_range(node, *v, range_of(name, original.percent), "`" + name + "`")) {
            return nullptr;
          }
          ExprPtr e = literal(ExprKind::kNumber);
          e->number = *v;
          e->percent = original.percent;
          return e;
        }
        error(node.source().begin, "`" + name + "` takes a number" +
                                       (original.percent ? " (a percentage, e.g. 35)" : ""));
        return nullptr;
      case ExprKind::kString:
        if (auto v = node.value<std::string>()) {
          ExprPtr e = literal(ExprKind::kString);
          e->text = *v;
          return e;
        }
        error(node.source().begin, "`" + name + "` takes text");
        return nullptr;
      case ExprKind::kBool:
        if (auto v = node.value<bool>()) {
          ExprPtr e = literal(ExprKind::kBool);
          e->boolean = *v;
          return e;
        }
        error(node.source().begin, "`" + name + "` takes true or false");
        return nullptr;
      case ExprKind::kList: {
        const toml::array* array = node.as_array();
        const bool numbers = !original.items().empty() &&
                             original.items()[0]->kind == ExprKind::kNumber;
        ExprPtr e = literal(ExprKind::kList);
        bool items_in_range = true;
        for (std::size_t i = 0; array && i < array->size(); ++i) {
          const toml::node& item = *array->get(i);
          ExprPtr converted;
          if (numbers && (item.is_integer() || item.is_floating_point())) {
            converted = literal(ExprKind::kNumber);
            converted->number = *item.value<double>();
            items_in_range &= in_range(item, converted->number, range_of(name, false),
                                       "item " + std::to_string(i + 1) + " of `" + name + "`");
          } else if (!numbers && item.is_string()) {
            converted = literal(ExprKind::kString);
            converted->text = *item.value<std::string>();
          }
          if (!converted) {
            array = nullptr;
            break;
          }
          e->children.push_back(converted);
        }
        if (array) return items_in_range ? e : nullptr;
        error(node.source().begin, std::string("`") + name + "` takes a list of " +
                                       (numbers ? "numbers" : "strings"));
        return nullptr;
      }
      default: return nullptr;
    }
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
