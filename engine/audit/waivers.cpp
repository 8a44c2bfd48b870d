// Reads waiver files and applies waivers; see waivers.h.
#include "engine/audit/waivers.h"

#include <toml++/toml.h>

#include <algorithm>
#include <memory>

#include "engine/core/unicode_text.h"
#include "engine/core/audit_period.h"
#include "rules/language/suggest.h"

namespace genaudit {
namespace {

using rules::Diagnostic;
using rules::Source;

const std::vector<std::string> kKeys = {"rule",          "subject",     "period",
                                        "justification", "approved_by", "expires"};

std::string subject_key(const std::string& subject) { return text::normalize_free_text(subject); }

class WaiverReader {
 public:
  WaiverReader(std::shared_ptr<const Source> source, const KnownRules& known_rules)
      : source_(std::move(source)), known_rules_(known_rules) {}

  WaiverFile run() {
    toml::table root;
    try {
      root = toml::parse(source_->text(), source_->name());
    } catch (const toml::parse_error& e) {
      error(e.source().begin, std::string(e.description()));
      return finish();
    }
    for (const auto& [key, node] : root) {
      const std::string name(key.str());
      if (name != "waiver") {
        error(key.source().begin, "unknown key `" + name + "`: a waiver file holds [[waiver]] tables",
              rules::did_you_mean(name, {"waiver"}));
        continue;
      }
      const toml::array* list = node.as_array();
      if (!list) {
        error(node.source().begin, "`waiver` must be a list of tables: write [[waiver]]");
        continue;
      }
      for (const toml::node& item : *list) {
        if (const toml::table* table = item.as_table()) {
          read_waiver(*table);
        } else {
          error(item.source().begin, "each waiver must be a table: write [[waiver]]");
        }
      }
    }
    return finish();
  }

 private:
  void error(const toml::source_position& at, std::string message, std::string hint = "") {
    file_.problems.push_back({source_,
                              source_->offset_of(static_cast<int>(at.line),
                                                 static_cast<int>(at.column)),
                              std::move(message), std::move(hint)});
  }

  WaiverFile finish() {
    if (!file_.problems.empty()) file_.waivers.clear();
    return std::move(file_);
  }

  // The non-empty text of `key`, or nullopt after reporting the problem.
  std::optional<std::string> text_of(const toml::table& table, const std::string& key,
                                     const std::string& what) {
    const toml::node* node = table.get(key);
    if (!node) {
      error(table.source().begin, "this waiver has no `" + key + "` (" + what + ")");
      return std::nullopt;
    }
    const std::optional<std::string> value = node->value_exact<std::string>();
    if (!value) {
      error(node->source().begin, "`" + key + "` takes text in quotes (" + what + ")");
      return std::nullopt;
    }
    if (text::trim(*value).empty()) {
      error(node->source().begin, "`" + key + "` is empty: give " + what);
      return std::nullopt;
    }
    return std::string(text::trim(*value));
  }

  std::optional<Date> date_of(const toml::table& table) {
    const toml::node* node = table.get("expires");
    if (!node) {
      error(table.source().begin, "this waiver has no `expires` (its expiry date, YYYY-MM-DD)");
      return std::nullopt;
    }
    if (const auto* d = node->as_date()) {
      const toml::date& date = d->get();
      if (auto day = Date::from_ymd(date.year, date.month, date.day)) return day;
    } else if (const auto* s = node->as_string()) {
      if (auto day = parse_iso_date(text::trim(s->get()))) return day;
      error(node->source().begin,
            "\"" + s->get() + "\" is not a date: `expires` takes a real day, YYYY-MM-DD");
      return std::nullopt;
    }
    error(node->source().begin, "`expires` takes a date, YYYY-MM-DD, without a time");
    return std::nullopt;
  }

  void read_waiver(const toml::table& table) {
    for (const auto& [key, node] : table) {
      const std::string name(key.str());
      if (std::find(kKeys.begin(), kKeys.end(), name) == kKeys.end()) {
        error(key.source().begin, "unknown key `" + name + "` in a waiver",
              rules::did_you_mean(name, kKeys));
      }
    }
    const std::size_t before = file_.problems.size();
    Waiver w;
    const auto rule = text_of(table, "rule", "a finding rule's id, e.g. O1.S4");
    const auto subject = text_of(table, "subject", "the subject's code");
    const auto justification = text_of(table, "justification", "why the finding is set aside");
    const auto approved_by = text_of(table, "approved_by", "who approved the waiver");
    const auto expires = date_of(table);
    if (const toml::node* period = table.get("period")) {
      // Stored canonical, as findings' windows are labelled: "03/2025" is
      // the waiver of "2025-03".
      const std::optional<std::string> value = period->value_exact<std::string>();
      const std::optional<AuditPeriod> unit =
          value ? parse_period_unit(*value) : std::optional<AuditPeriod>{};
      if (!unit) {
        error(period->source().begin,
              "`period` takes one year, quarter or month in quotes: \"2025\", \"2025-Q1\", "
              "\"2025-03\" or \"03/2025\"");
      } else {
        w.period = unit->text;
      }
    }
    if (rule) {
      const auto known = known_rules_.find(*rule);
      const toml::node& at = *table.get("rule");
      if (known == known_rules_.end()) {
        std::vector<std::string> ids;
        for (const auto& [id, kind] : known_rules_) ids.push_back(id);
        error(at.source().begin, "the rule pack has no rule `" + *rule + "`",
              rules::did_you_mean(*rule, ids));
      } else if (known->second != rules::RuleKind::kFinding) {
        error(at.source().begin,
              "`" + *rule + "` is an indicator: only the findings of a rule can be waived");
      }
    }
    if (file_.problems.size() != before) return;
    w.rule = *rule;
    w.subject = *subject;
    w.justification = *justification;
    w.approved_by = *approved_by;
    w.expires = *expires;
    const int line = static_cast<int>(table.source().begin.line);
    w.source = source_->name() + ":" + std::to_string(line);
    const std::string key = w.rule + "\n" + subject_key(w.subject) + "\n" + w.period.value_or("");
    const auto [seen, fresh] = lines_.try_emplace(key, line);
    if (!fresh) {
      error(table.source().begin,
            "this waiver repeats the one at line " + std::to_string(seen->second) +
                " (same rule, subject and period)");
      return;
    }
    file_.waivers.push_back(std::move(w));
  }

  std::shared_ptr<const Source> source_;
  const KnownRules& known_rules_;
  WaiverFile file_;
  std::map<std::string, int> lines_;  // rule, subject, period -> line
};

}  // namespace

WaiverFile read_waivers(const std::string& name, const std::string& text,
                        const KnownRules& known_rules) {
  return WaiverReader(std::make_shared<Source>(name, text), known_rules).run();
}

bool is_waiver_period(const std::string& p) { return parse_period_unit(p).has_value(); }

bool waiver_covers(const Waiver& waiver, const Finding& finding) {
  if (finding.rule == nullptr || finding.rule->id != waiver.rule) return false;
  if (subject_key(finding.subject) != subject_key(waiver.subject)) return false;
  if (!waiver.period) return true;
  if (!finding.period) return false;
  if (*waiver.period == *finding.period) return true;
  // A year holds its quarters and months, a quarter its months.
  const std::optional<AuditPeriod> w = parse_period_unit(*waiver.period);
  const std::optional<AuditPeriod> f = parse_period_unit(*finding.period);
  return w && f && w->contains(*f);
}

bool waiver_expired_on(const Waiver& waiver, Date as_of) { return waiver.expires < as_of; }

void apply_waivers(AuditReport& report, const std::vector<Waiver>& waivers) {
  if (waivers.empty()) return;
  std::vector<bool> used(waivers.size());
  std::vector<Finding> active;
  for (Finding& f : report.findings) {
    const Waiver* in_force = nullptr;
    for (std::size_t i = 0; i < waivers.size(); ++i) {
      if (!waiver_covers(waivers[i], f)) continue;
      used[i] = true;
      if (!waiver_expired_on(waivers[i], report.dates.as_of)) {
        if (!in_force) in_force = &waivers[i];
      } else if (!f.waiver_expired || *f.waiver_expired < waivers[i].expires) {
        f.waiver_expired = waivers[i].expires;
      }
    }
    if (in_force) {
      f.waiver_expired.reset();
      report.waived.push_back({std::move(f), *in_force});
    } else {
      active.push_back(std::move(f));
    }
  }
  report.findings = std::move(active);
  for (std::size_t i = 0; i < waivers.size(); ++i) {
    if (!used[i]) report.unused_waivers.push_back(waivers[i]);
  }
}

}  // namespace genaudit
