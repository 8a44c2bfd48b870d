// The shape of a rule: its description (title, remedy, citation, lead,
// severity, each once), which statements a finding or an indicator has, how
// many and in what order, and its evidence (lets of the rule, each once,
// labelled in both languages). Internal to the checker (checker.cpp drives
// it); what the statements' expressions mean is expr_types.h's.
#pragma once

#include <set>
#include <string>

#include "rules/language/ast.h"
#include "rules/language/check_context.h"
#include "rules/language/rule_pack.h"

namespace genaudit::rules {

// Checks the description of `rule` and sets info's title, remedy, citation,
// lead and severity from it.
void check_description(const Rule& rule, RuleInfo& info, CheckContext& context);

// Whether `title` states that a figure is in percent, as the plan's titles
// do with "(%)": a '%' in its Vietnamese text.
bool title_states_percent(const LocalizedText& title);

// Checks the statements of one rule for their place, as they come: next()
// for each statement in the order written, before its expressions are
// checked, then finish(). Evidence labels go into the info given.
class RuleShape {
 public:
  // REQUIRES: `rule`, `info` and `context` outlive this object.
  RuleShape(const Rule& rule, RuleInfo& info, CheckContext& context);

  void next(const Statement& s);
  void finish();

 private:
  void check_evidence(const Statement& s);
  void check_label(const std::string& name, SourceSpan span, const EvidenceLabel& label,
                   bool missing);

  const Rule& rule_;
  RuleInfo& info_;
  CheckContext& context_;
  const bool finding_;
  int whens_ = 0, values_ = 0, targets_ = 0, fors_ = 0, pers_ = 0;
  bool per_before_for_ = false;  // reported once, at the `per`
  int bound_ = 0;  // names bound so far by `for`, `per` and `let`
  std::set<std::string> lets_;
  std::set<std::string> evidence_;
};

}  // namespace genaudit::rules
