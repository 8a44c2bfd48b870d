// `genaudit explain` for people: why a rule fired or did not for one
// subject — each `let` with its value and the register rows behind it,
// then the `when` — or how an indicator's value came about, as the
// evaluator explains it (engine/eval/evaluator.h).
//
// Every function is pure; the text comes out as the terminal shows it,
// one line per step, each line ending in "\n".
#pragma once

#include <string>
#include <vector>

#include "engine/core/language.h"
#include "engine/eval/evaluator.h"

namespace genaudit {

// One explanation: the rule's id and title; for a finding, the subject with
// its rows and window, then (unless the subject is out of the rule's scope)
// each step and the conclusion; for an indicator, each step and the result.
// A step is the statement as written, on one line, then its value (a `let`
// the rule labels as evidence called by its label, as reports call it) and
// the register rows behind it:
//
//   let female_share = share(women, known)
//     Tỷ lệ nữ = 30
//
// REQUIRES: `explanation.rule` is set, and every step's statement is one of
// that rule's.
std::string render_explanation(const Explanation& explanation, Language lang);

// Each explanation of `explanations`, in order, a blank line between two.
std::string render_explanations(const std::vector<Explanation>& explanations, Language lang);

}  // namespace genaudit
