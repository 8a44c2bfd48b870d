// Everything one audit run produced, ready for a report: the run's facts,
// the registers it read, and its findings, indicators and skipped rules.
#pragma once

#include <string>
#include <vector>

#include "engine/audit/results.h"
#include "engine/eval/evaluator.h"

namespace genaudit {

struct RegisterFileInfo {
  std::string register_name;
  std::string file;    // as the user named it
  std::string sha256;  // of the file's bytes
  long rows = 0;       // data rows imported
};

struct AuditReport {
  std::string period;  // as given: "2025" or "2025-01..2025-06"
  AuditDates dates;
  std::string pack_version;
  std::vector<RegisterFileInfo> registers;  // the registers present
  std::vector<Finding> findings;            // by rule in pack order, then subject
  std::vector<IndicatorResult> indicators;  // in pack order
  std::vector<SkippedRule> skipped;         // in pack order

  // 1 when there is a finding or an unmet indicator, else 0.
  int exit_status() const;
};

}  // namespace genaudit
