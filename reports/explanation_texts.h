// The words `genaudit explain` puts around a rule's own statements
// (reports/explanation_text.h), in Vietnamese and English: a catalogue
// keyed by ExplanationText, its rows data only in
// reports/texts/explanation.cpp.
//
// Texts may hold placeholders {0}..{9}, filled by the catalogue's format().
// All text is UTF-8 in NFC.
#pragma once

#include "engine/core/text_catalogue.h"

namespace genaudit {

enum class ExplanationText {
  // A step's value.
  kNoData,
  kTrue,
  kFalse,
  // The register rows behind a subject or a step.
  kRows,  // {0} the file (and sheet), {1} the row numbers, {2} how many
  // The subject of a finding.
  kSubject,  // {0} the subject's code
  kPeriod,   // {0} the window; follows the subject's rows
  kOutOfScope,
  // The outcome.
  kConclusionFinding,
  kConclusionNoFinding,
  kResult,  // {0} the indicator's status
  // The truth of each part of a `when` (explain RULE SUBJECT WINDOW).
  kWhenParts,
  kNotNeeded,  // a part the evaluator did not need: the parts before it decided
  // `explain --timings`.
  kTimingsTitle,   // {0} how many rules were timed
  kTimingsRule,    // column headers
  kTimingsTime,
  kTimingsRows,
  kTimingsResult,
  kTimingsFindings,    // {0} how many findings
  kTimingsTotal,       // {0} the sum of the times
  kTimingsRowsMeaning,
  kTimingsNotRun,  // {0} the rule, {1} the registers missing; keep last (the catalogue's last id)
};

// The catalogue of every ExplanationText, kNoData to kTimingsNotRun.
const TextCatalogue<ExplanationText>& explanation_texts();

}  // namespace genaudit
