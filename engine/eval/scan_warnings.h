// Warnings about rules that run, but slowly: a scan of a register repeated
// for each row of an iteration around it, which the evaluator cannot look
// up in an index (engine/eval/access_plan.h). A user's rule counting, for
// each of 30 000 staff, the staff of other agencies (`!=`) took 36 s; the
// same count by `==` is a lookup.
//
// The catalogue knows the registers but not how many rows they will hold,
// so the warning is static: any such nested scan, whatever the registers.
// It follows the evaluator's rules (evaluator.cpp, for_each_match):
//  - a comprehension over a whole register is looked up in an index when
//    its condition has an equality `t.field == value` (the value not
//    reading `t`); without one, each evaluation reads every row, except a
//    filter whose condition reads the row alone, worked out once and shared;
//  - a comprehension over a collection a scan kept (a filter of a whole
//    register without such an equality) is looked up too when its
//    condition has such an equality (narrowed_indexes.h: the collection's
//    own index, from its second probe on; a collection made anew for each
//    row around is a scan there already, warned of at its filter), and
//    reads every row of it otherwise;
//  - a collection an index gave (the staff of one agency) is a few rows.
// Iterations are a finding's `for` and every comprehension, through `let`s
// and the definitions a rule calls (unfolded: the checker bounds their
// unfolded size).
#pragma once

#include "rules/language/diagnostic.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// One warning (Severity::kWarning) for each comprehension of `pack` that
// reads every row of a register for each row of an iteration around it, at
// the comprehension, in the order the rules are written.
rules::Diagnostics nested_scan_warnings(const rules::RulePack& pack);

}  // namespace genaudit
