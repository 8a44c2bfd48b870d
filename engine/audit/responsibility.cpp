#include "engine/audit/responsibility.h"

#include <algorithm>

namespace genaudit {

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
    // The steps are those of the Vietnamese text's replacements (the
    // English one names the same bodies, where the table has English names).
    r.remedy.vi = rules::resolve_bodies_in_text(bodies, rule.remedy.vi, rule.id, as_of, false,
                                                &r.remedy_steps);
    r.remedy.en = rules::resolve_bodies_in_text(bodies, rule.remedy.en, rule.id, as_of, true);
    std::vector<rules::BodySuccession> rule_steps = r.lead.steps;
    rule_steps.insert(rule_steps.end(), r.remedy_steps.begin(), r.remedy_steps.end());
    r.confirmed = std::all_of(rule_steps.begin(), rule_steps.end(),
                              [](const rules::BodySuccession& s) { return s.confirmed; });
    steps.insert(steps.end(), rule_steps.begin(), rule_steps.end());
    out.by_rule.emplace(rule.id, std::move(r));
  }
  for (const rules::BodySuccession& row : bodies.rows) {
    if (std::any_of(steps.begin(), steps.end(),
                    [&](const rules::BodySuccession& s) { return rules::same_row(s, row); })) {
      out.applied.push_back(row);
    }
  }
  return out;
}

}  // namespace genaudit
