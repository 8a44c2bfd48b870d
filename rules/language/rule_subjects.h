// What a finding's `for` makes its subjects (rule_pack.h's SubjectKind):
// checks the statement's register or groups, its `key` and its `where`,
// binds its variable, and records in the rule's info how subjects are
// found and named. Internal to the checker (checker.cpp drives it).
#pragma once

#include "rules/language/ast.h"
#include "rules/language/check_context.h"
#include "rules/language/expr_types.h"
#include "rules/language/rule_pack.h"

namespace genaudit::rules {

// Checks `for` statement `s` of the rule whose info is `info`.
void check_subjects(const Statement& s, RuleInfo& info, ExprTypes& types, CheckContext& context);

}  // namespace genaudit::rules
