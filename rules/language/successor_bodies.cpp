#include "rules/language/successor_bodies.h"


#include <algorithm>
#include <set>

#include "rules/language/profile.h"
#include "rules/language/suggest.h"
#include "rules/language/toml_diagnostics.h"

namespace genaudit::rules {
namespace {

const std::vector<std::string> kRowKeys = {"body",     "successor", "body_en", "successor_en",
                                           "from",     "decision",  "confirmed", "rules",
                                           "note"};

class SuccessionReader {
 public:
  SuccessionReader(std::shared_ptr<const Source> source, SuccessionSource kind)
      : source_(std::move(source)), kind_(kind) {}

  Diagnostics run(SuccessorBodies& out) {
    std::optional<toml::table> parsed = parse_toml(source_, diagnostics_);
    if (!parsed) return std::move(diagnostics_);
    const toml::table& root = *parsed;
    for (const auto& [key, node] : root) {
      const std::string name(key.str());
      if (name == "succession") {
        read_rows(node);
      } else if (kind_ == SuccessionSource::kBodiesFile) {
        error(key.source().begin, "unknown key `" + name + "`: a bodies file holds only "
                                  "[[succession]] rows",
              did_you_mean(name, {"succession"}));
      }
    }
    if (!diagnostics_.empty()) return std::move(diagnostics_);
    for (BodySuccession& row : rows_) {
      auto same = std::find_if(out.rows.begin(), out.rows.end(),
                               [&](const BodySuccession& r) { return same_row(r, row); });
      if (same != out.rows.end()) {
        *same = std::move(row);
      } else {
        out.rows.push_back(std::move(row));
      }
    }
    return {};
  }

 private:
  void error(const toml::source_position& at, std::string message, std::string hint = "") {
    diagnostics_.push_back(toml_diagnostic(source_, at, std::move(message), std::move(hint)));
  }

  void read_rows(const toml::node& node) {
    const toml::array* rows = node.as_array();
    if (!rows || !rows->is_array_of_tables()) {
      error(node.source().begin, "`succession` must be rows: [[succession]]");
      return;
    }
    for (const toml::node& row : *rows) read_row(*row.as_table());
  }

  // The text at `key` of `row`; reports it missing (when `required`) or
  // not text. A present but empty text is as good as missing.
  std::string text(const toml::table& row, const char* key, bool required) {
    const toml::node* node = row.get(key);
    if (!node) {
      if (required) error(row.source().begin, "this row has no `" + std::string(key) + "`");
      return "";
    }
    auto value = node->value<std::string>();
    if (!value || (required && value->empty())) {
      error(node->source().begin, "`" + std::string(key) + "` takes a non-empty text");
      return "";
    }
    return *value;
  }

  void read_row(const toml::table& row) {
    for (const auto& [key, value] : row) {
      const std::string name(key.str());
      if (std::find(kRowKeys.begin(), kRowKeys.end(), name) == kRowKeys.end()) {
        error(key.source().begin, "unknown key `" + name + "` in [[succession]]",
              did_you_mean(name, kRowKeys));
      }
    }
    BodySuccession s;
    s.body = text(row, "body", true);
    s.successor = text(row, "successor", true);
    s.body_en = text(row, "body_en", false);
    s.successor_en = text(row, "successor_en", false);
    s.decision = text(row, "decision", true);
    s.note = text(row, "note", false);
    if (const toml::node* from = row.get("from")) {
      const toml::date* d = from->is_date() ? &from->as_date()->get() : nullptr;
      const auto date = d ? Date::from_ymd(d->year, d->month, d->day) : std::nullopt;
      if (date) {
        s.from = *date;
      } else {
        error(from->source().begin, "`from` takes a date: from = 2025-03-01");
      }
    } else {
      error(row.source().begin, "this row has no `from` (the date the successor answers from)");
    }
    if (const toml::node* confirmed = row.get("confirmed")) {
      if (auto v = confirmed->value<bool>()) {
        s.confirmed = *v;
      } else {
        error(confirmed->source().begin, "`confirmed` takes true or false");
      }
    } else {
      error(row.source().begin,
            "this row has no `confirmed`: say whether the decision was checked (true or false)");
    }
    if (const toml::node* rules = row.get("rules")) {
      const toml::array* ids = rules->as_array();
      for (std::size_t i = 0; ids && i < ids->size(); ++i) {
        auto id = ids->get(i)->value<std::string>();
        if (!id || id->empty()) {
          ids = nullptr;
          break;
        }
        s.rules.push_back(*id);
      }
      if (!ids || s.rules.empty()) {
        error(rules->source().begin, "`rules` takes a non-empty list of rule ids: rules = [\"O2.T3\"]");
      }
    }
    if (!s.body.empty() && s.body == s.successor) {
      error(row.source().begin, "`" + s.body + "` cannot succeed itself");
    }
    for (const BodySuccession& earlier : rows_) {
      if (same_row(earlier, s) && !s.body.empty()) {
        error(row.source().begin, "a second row for `" + s.body + "` from " + s.from.iso() +
                                      " (with the same rules): keep one");
      }
    }
    rows_.push_back(std::move(s));
  }

  std::shared_ptr<const Source> source_;
  SuccessionSource kind_;
  Diagnostics diagnostics_;
  std::vector<BodySuccession> rows_;
};

bool applies(const BodySuccession& row, std::string_view body, const std::string& rule_id,
             Date as_of) {
  if (row.body != body || row.from > as_of) return false;
  return row.rules.empty() ||
         std::any_of(row.rules.begin(), row.rules.end(),
                     [&](const std::string& p) { return rule_id_matches(p, rule_id); });
}

// Of two rows that both apply, whether `a` is the one to follow: a row for
// named rules before a general one, then the later date.
bool preferred(const BodySuccession& a, const BodySuccession& b) {
  if (a.rules.empty() != b.rules.empty()) return !a.rules.empty();
  return a.from > b.from;
}

}  // namespace

Diagnostics read_successor_bodies(const std::shared_ptr<const Source>& source,
                                  SuccessionSource kind, SuccessorBodies& out) {
  return SuccessionReader(source, kind).run(out);
}

bool ResolvedBody::confirmed() const {
  return std::all_of(steps.begin(), steps.end(),
                     [](const BodySuccession& s) { return s.confirmed; });
}

ResolvedBody resolve_body(const SuccessorBodies& bodies, std::string_view body,
                          const std::string& rule_id, Date as_of) {
  ResolvedBody resolved{std::string(body), "", {}};
  std::set<const BodySuccession*> used;
  for (;;) {
    const BodySuccession* next = nullptr;
    for (const BodySuccession& row : bodies.rows) {
      if (used.count(&row) || !applies(row, resolved.name, rule_id, as_of)) continue;
      if (!next || preferred(row, *next)) next = &row;
    }
    if (!next) return resolved;
    used.insert(next);
    resolved.name = next->successor;
    resolved.name_en = next->successor_en;
    resolved.steps.push_back(*next);
  }
}

bool same_row(const BodySuccession& a, const BodySuccession& b) {
  return a.body == b.body && a.from == b.from && a.rules == b.rules;
}

std::string resolve_bodies_in_text(const SuccessorBodies& bodies, const std::string& text,
                                   const std::string& rule_id, Date as_of, bool english,
                                   std::vector<BodySuccession>* steps) {
  // The names to look for, longest first, so that a name containing
  // another is replaced whole; each with the plan's (Vietnamese) name the
  // table resolves.
  std::vector<std::pair<std::string, std::string>> names;  // as written, plan's name
  for (const BodySuccession& row : bodies.rows) {
    const std::string& written = english ? row.body_en : row.body;
    if (!written.empty()) names.emplace_back(written, row.body);
  }
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a < b;
  });
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::string out;
  std::size_t at = 0;
  std::vector<std::string> stepped;  // the plan's names whose steps are in `steps`
  while (at < text.size()) {
    const auto found = std::find_if(names.begin(), names.end(), [&](const auto& n) {
      return text.compare(at, n.first.size(), n.first) == 0;
    });
    if (found == names.end()) {
      out += text[at++];
      continue;
    }
    const ResolvedBody body = resolve_body(bodies, found->second, rule_id, as_of);
    if (steps && std::find(stepped.begin(), stepped.end(), found->second) == stepped.end()) {
      stepped.push_back(found->second);
      steps->insert(steps->end(), body.steps.begin(), body.steps.end());
    }
    if (body.steps.empty()) {
      out += found->first;
    } else if (english) {
      // A successor with no English name keeps its Vietnamese one: a
      // name, not a translation, is what must not be wrong.
      out += body.name_en.empty() ? body.name : body.name_en;
    } else {
      out += body.name;
    }
    at += found->first.size();
  }
  return out;
}

}  // namespace genaudit::rules
