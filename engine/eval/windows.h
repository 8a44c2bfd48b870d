// The windows of an audit period: what `per` states a finding for, and
// what `period`, `months(w)`, `quarters(w)` and `years(w)` give as values.
//
// Months and quarters are those wholly inside the period that end on or
// before the as-of date: one not yet over cannot have failed. Years are
// every year with at least one month in the period, whatever the as-of
// date: a year's duties fall due inside it (V.19's report is due on 10
// December, before the year ends), so a yearly rule states when its year is
// due (`when deadline <= as_of`). That difference is deliberate and tested
// (tests/eval/subjects_and_windows_test.cpp).
#pragma once

#include <array>
#include <vector>

#include "engine/eval/evaluator.h"
#include "engine/data/value.h"
#include "rules/language/ast.h"

namespace genaudit {

std::vector<Window> audit_windows(rules::WindowKind kind, const AuditDates& dates);

// The audit period as one window: its first and last day, its first year,
// and its label ("2025", "2025-01..2025-06").
Window period_window(const AuditDates& dates);

// The windows of one audit, made once: values may point at them
// (WindowPtr) for as long as this object lives.
class AuditWindows {
 public:
  explicit AuditWindows(const AuditDates& dates);
  AuditWindows(const AuditWindows&) = delete;
  AuditWindows& operator=(const AuditWindows&) = delete;

  // `period`.
  const Window* period() const { return &period_; }

  // The windows of `kind` that audit_windows() gives lying in `w`: months
  // and quarters inside it, years overlapping it; in time order, as a list
  // of WindowPtr values.
  ListPtr within(rules::WindowKind kind, const Window& w) const;

 private:
  Window period_;
  std::array<std::vector<Window>, 3> of_kind_;  // by WindowKind
  std::array<ListPtr, 3> in_period_;           // within(kind, period_), made once
};

}  // namespace genaudit
