// What the audit database keeps of an audit run, as plain values: the
// registers it read, its findings under stable keys, its indicator results.
// engine/audit/history.h makes them from an audit report and compares them.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace genaudit {

// A register file as imported: one entry of the import log.
struct RegisterFileInfo {
  std::string register_name;
  std::string file;    // as the user named it
  std::string sha256;  // of the file's bytes
  long rows = 0;       // data rows imported
};

// A finding's identity across runs: its rule, its subject's code and its
// period. Two findings with the same key are the same finding.
struct FindingKey {
  std::string rule;
  std::string subject;  // the code, case, spacing and Unicode form folded
  std::string period;   // "" when the finding has none
  auto operator<=>(const FindingKey&) const = default;
};

using FindingKeys = std::set<FindingKey>;

// The key of a finding of `rule` for the subject coded `subject` (folded as
// registers compare codes) in `period`.
FindingKey finding_key(const std::string& rule, const std::string& subject,
                       const std::optional<std::string>& period);

// A finding as a run recorded it.
struct RecordedFinding {
  FindingKey key;
  std::string subject;       // as written
  std::string subject_name;
  std::optional<std::string> period;
  std::string evidence_json;  // the evidence object of the JSON report
  bool waived = false;
};

struct RecordedIndicator {
  std::string rule;
  std::string status;  // "met", "not_met", "no_data"
  std::optional<double> value;
  double target = 0;
  std::string comparison;  // ">=", ">", "<=", "<"
};

struct RunInfo {
  long id = 0;
  std::string recorded_at;  // UTC: YYYY-MM-DDTHH:MM:SSZ
  std::string period;       // as given
  std::string period_start, period_end, as_of;  // YYYY-MM-DD
  std::string pack_version;
  std::string rules;    // --rules PATH; empty: the built-in pack
  std::string profile;  // --profile FILE; empty: none
  std::optional<long> baseline;
  long findings = 0;  // active findings, a baseline not applied
  long waived = 0;
  long indicators_met = 0, indicators_not_met = 0, indicators_no_data = 0;
  long skipped = 0;
  std::vector<RegisterFileInfo> registers;  // the import log as the run read it
};

struct RunRecord {
  RunInfo info;  // id and recorded_at are set when recorded
  std::vector<RecordedFinding> findings;  // active and waived
  std::vector<RecordedIndicator> indicators;
};

}  // namespace genaudit
