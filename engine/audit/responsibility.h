// Who answers for each rule on the audit's as-of date: the rule's lead and
// the bodies its remedy names, resolved through the pack's table of
// successor bodies (rules/language/successor_bodies.h). Reports and
// documents name these bodies; the JSON report keeps the plan's `lead` and
// `remedy` as they were and adds these beside them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/core/date.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct Responsibility {
  rules::ResolvedBody lead;
  rules::LocalizedText remedy;  // with the bodies it names as of the date
  // The rows of the table the bodies the remedy names went through.
  std::vector<rules::BodySuccession> remedy_steps;
  // Whether every succession the lead and remedy went through was
  // confirmed (true when none was applied).
  bool confirmed = true;
};

struct Responsibilities {
  std::map<std::string, Responsibility> by_rule;  // by rule id
  // Every row of the table some rule's lead or remedy went through, in
  // the table's order: what a report lists under its responsibilities.
  std::vector<rules::BodySuccession> applied;

  // The responsibility for `rule`; for a rule not resolved (a report put
  // together without a pack), its plan's lead and remedy as they are.
  Responsibility of(const rules::RuleInfo& rule) const;
  // The body that answers for `rule` on the as-of date: its resolved lead,
  // or the plan's lead for a rule not resolved.
  const std::string& lead_of(const rules::RuleInfo& rule) const;
  // Its remedy with the bodies it names as of the date, or the plan's.
  const rules::LocalizedText& remedy_of(const rules::RuleInfo& rule) const;
};

Responsibilities resolve_responsibilities(const rules::RulePack& pack, Date as_of);

}  // namespace genaudit
