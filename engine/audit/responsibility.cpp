#include "engine/audit/responsibility.h"

#include <algorithm>

namespace genaudit {
namespace {

// The rows that the bodies named in `text` resolve through, for `rule_id`:
// each body once, however many rows of the table start from it.
void add_steps_in_text(const rules::SuccessorBodies& bodies, const std::string& text,
                       const std::string& rule_id, Date as_of,
                       std::vector<rules::BodySuccession>* steps) {
  std::vector<std::string> named;
  for (const rules::BodySuccession& row : bodies.rows) {
    if (text.find(row.body) == std::string::npos ||
        std::find(named.begin(), named.end(), row.body) != named.end()) {
      continue;
    }
    named.push_back(row.body);
    const rules::ResolvedBody body = rules::resolve_body(bodies, row.body, rule_id, as_of);
    steps->insert(steps->end(), body.steps.begin(), body.steps.end());
  }
}

bool same_row(const rules::BodySuccession& a, const rules::BodySuccession& b) {
  return a.body == b.body && a.from == b.from && a.rules == b.rules;
}

}  // namespace

Responsibility Responsibilities::of(const rules::RuleInfo& rule) const {
  auto it = by_rule.find(rule.id);
  if (it != by_rule.end()) return it->second;
  Responsibility plain;
  plain.lead.name = rule.lead;
  plain.remedy = rule.remedy;
  return plain;
}

const std::string& Responsibilities::lead_of(const rules::RuleInfo& rule) const {
  auto it = by_rule.find(rule.id);
  return it != by_rule.end() ? it->second.lead.name : rule.lead;
}

const rules::LocalizedText& Responsibilities::remedy_of(const rules::RuleInfo& rule) const {
  auto it = by_rule.find(rule.id);
  return it != by_rule.end() ? it->second.remedy : rule.remedy;
}

Responsibilities resolve_responsibilities(const rules::RulePack& pack, Date as_of) {
  Responsibilities out;
  const rules::SuccessorBodies& bodies = pack.bodies;
  std::vector<rules::BodySuccession> steps;
  for (const rules::RuleInfo& rule : pack.rules) {
    Responsibility r;
    r.lead = rules::resolve_body(bodies, rule.lead, rule.id, as_of);
    r.remedy.vi = rules::resolve_bodies_in_text(bodies, rule.remedy.vi, rule.id, as_of, false);
    r.remedy.en = rules::resolve_bodies_in_text(bodies, rule.remedy.en, rule.id, as_of, true);
    add_steps_in_text(bodies, rule.remedy.vi, rule.id, as_of, &r.remedy_steps);
    std::vector<rules::BodySuccession> rule_steps = r.lead.steps;
    rule_steps.insert(rule_steps.end(), r.remedy_steps.begin(), r.remedy_steps.end());
    r.confirmed = std::all_of(rule_steps.begin(), rule_steps.end(),
                              [](const rules::BodySuccession& s) { return s.confirmed; });
    steps.insert(steps.end(), rule_steps.begin(), rule_steps.end());
    out.by_rule.emplace(rule.id, std::move(r));
  }
  for (const rules::BodySuccession& row : bodies.rows) {
    if (std::any_of(steps.begin(), steps.end(),
                    [&](const rules::BodySuccession& s) { return same_row(s, row); })) {
      out.applied.push_back(row);
    }
  }
  return out;
}

}  // namespace genaudit
