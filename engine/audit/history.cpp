// Finding keys, statuses and the comparison of two runs; see history.h.
#include "engine/audit/history.h"

#include <algorithm>
#include <map>

#include "engine/core/unicode_text.h"

namespace genaudit {

FindingKey finding_key(const Finding& finding) {
  return finding_key(finding.rule != nullptr ? finding.rule->id : "", finding.subject,
                     finding.period);
}

FindingStatus finding_status(const FindingKey& key, const FindingKeys& previous,
                             const FindingKeys& earlier) {
  if (previous.count(key)) return FindingStatus::kPersisting;
  if (earlier.count(key)) return FindingStatus::kRegressed;
  return FindingStatus::kNew;
}

void mark_finding_statuses(AuditReport& report, const FindingKeys& previous,
                           const FindingKeys& earlier) {
  for (Finding& f : report.findings) f.status = finding_status(finding_key(f), previous, earlier);
  for (WaivedFinding& w : report.waived) {
    w.finding.status = finding_status(finding_key(w.finding), previous, earlier);
  }
}

std::size_t keep_findings_new_since(AuditReport& report, const FindingKeys& baseline) {
  const std::size_t before = report.findings.size();
  report.findings.erase(std::remove_if(report.findings.begin(), report.findings.end(),
                                       [&](const Finding& f) {
                                         return baseline.count(finding_key(f)) > 0;
                                       }),
                        report.findings.end());
  return before - report.findings.size();
}

RunRecord make_run_record(const AuditReport& report, const std::string& rules_path,
                          const std::string& profile,
                          std::string (*evidence_json)(const Finding&)) {
  RunRecord record;
  RunInfo& info = record.info;
  info.period = report.period;
  info.period_start = report.dates.period_start.iso();
  info.period_end = report.dates.period_end.iso();
  info.as_of = report.dates.as_of.iso();
  info.pack_version = report.pack_version;
  info.rules = rules_path;
  info.profile = profile;
  info.findings = static_cast<long>(report.findings.size());
  info.waived = static_cast<long>(report.waived.size());
  info.skipped = static_cast<long>(report.skipped.size());
  info.registers = report.registers;
  auto add = [&](const Finding& f, bool waived) {
    record.findings.push_back(
        {finding_key(f), f.subject, f.subject_name, f.period, evidence_json(f), waived});
  };
  for (const Finding& f : report.findings) add(f, false);
  for (const WaivedFinding& w : report.waived) add(w.finding, true);
  for (const IndicatorResult& i : report.indicators) {
    switch (i.status) {
      case IndicatorStatus::kMet: ++info.indicators_met; break;
      case IndicatorStatus::kNotMet: ++info.indicators_not_met; break;
      case IndicatorStatus::kNoData: ++info.indicators_no_data; break;
    }
    record.indicators.push_back({i.rule != nullptr ? i.rule->id : "", indicator_status_code(i.status),
                                 i.value, i.target, comparison_code(i.comparison)});
  }
  return record;
}

bool IndicatorChange::status_changed() const {
  return !from || !to || from->status != to->status;
}

bool IndicatorChange::value_changed() const {
  return !from || !to || from->value != to->value;
}

RunDiff diff_runs(RunInfo a, RunInfo b, const std::vector<RecordedFinding>& findings_a,
                  const std::vector<RecordedFinding>& findings_b, const FindingKeys& before_a,
                  const std::vector<RecordedIndicator>& indicators_a,
                  const std::vector<RecordedIndicator>& indicators_b) {
  RunDiff diff;
  diff.from = std::move(a);
  diff.to = std::move(b);
  FindingKeys keys_a, keys_b;
  for (const RecordedFinding& f : findings_a) keys_a.insert(f.key);
  for (const RecordedFinding& f : findings_b) keys_b.insert(f.key);
  for (const RecordedFinding& f : findings_b) {
    if (keys_a.count(f.key)) {
      diff.persisting.push_back(f);
    } else if (before_a.count(f.key)) {
      diff.regressed.push_back(f);
    } else {
      diff.added.push_back(f);
    }
  }
  for (const RecordedFinding& f : findings_a) {
    if (!keys_b.count(f.key)) diff.resolved.push_back(f);
  }
  const auto by_key = [](const RecordedFinding& x, const RecordedFinding& y) {
    return x.key < y.key;
  };
  for (auto* list : {&diff.added, &diff.regressed, &diff.resolved, &diff.persisting}) {
    std::sort(list->begin(), list->end(), by_key);
  }
  std::map<std::string, IndicatorChange> changes;
  for (const RecordedIndicator& i : indicators_a) {
    changes[i.rule].rule = i.rule;
    changes[i.rule].from = i;
  }
  for (const RecordedIndicator& i : indicators_b) {
    changes[i.rule].rule = i.rule;
    changes[i.rule].to = i;
  }
  for (auto& [rule, change] : changes) diff.indicators.push_back(std::move(change));
  return diff;
}

}  // namespace genaudit
