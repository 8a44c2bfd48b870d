// A waiver: a decision, approved by someone and justified, to set aside the
// findings of one rule for one subject (and optionally one period) until an
// expiry date. Waivers come from a TOML file (engine/audit/waivers.h) or are
// stored in the audit database (`genaudit waivers import`).
#pragma once

#include <optional>
#include <string>

#include "engine/core/date.h"

namespace genaudit {

struct Waiver {
  std::string rule;                   // a finding rule's id
  std::string subject;                // the subject's code, as written
  std::optional<std::string> period;  // canonical "YYYY", "YYYY-Qn" or "YYYY-MM"; none: every period
  std::string justification;
  std::string approved_by;
  Date expires;        // in force up to and including this day
  std::string source;  // where it was written: "waivers.toml:4"
};

}  // namespace genaudit
