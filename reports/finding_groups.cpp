// Groupings of findings; see finding_groups.h.
#include "reports/finding_groups.h"

#include <map>
#include <utility>

#include "reports/document_texts.h"
#include "reports/human_values.h"

namespace genaudit {
namespace {

// Appends `f` to the group keyed `key`, creating it at the end when new.
void add_to(std::vector<FindingGroup>& groups, const std::string& key, const Finding* f) {
  for (FindingGroup& g : groups) {
    if (g.key == key) {
      g.findings.push_back(f);
      return;
    }
  }
  groups.push_back({key, {f}});
}

}  // namespace

std::vector<FindingGroup> group_by_objective(const AuditReport& report) {
  static const char* const kOrder[] = {"O1", "O2", "O3", "O4", "O5", "O6", "V", ""};
  std::vector<FindingGroup> groups;
  for (const char* objective : kOrder) {
    FindingGroup g{objective, {}};
    for (const Finding& f : report.findings) {
      if (objective_of(rule_or_empty(f.rule).id) == objective) g.findings.push_back(&f);
    }
    if (!g.findings.empty()) groups.push_back(std::move(g));
  }
  return groups;
}

std::vector<FindingGroup> group_by_lead(const AuditReport& report) {
  std::vector<FindingGroup> groups;
  for (const Finding& f : report.findings) add_to(groups, report.responsibility.lead_of(rule_or_empty(f.rule)), &f);
  return groups;
}

std::vector<FindingGroup> group_by_rule(const std::vector<const Finding*>& findings) {
  std::vector<FindingGroup> groups;
  for (const Finding* f : findings) add_to(groups, rule_or_empty(f->rule).id, f);
  return groups;
}

std::vector<SubjectFindings> group_by_subject(const AuditReport& report) {
  std::map<std::pair<std::string, std::string>, SubjectFindings> by_key;
  for (const Finding& f : report.findings) {
    const std::string& reg = rule_or_empty(f.rule).subject_register;
    SubjectFindings& s = by_key[{f.subject, reg}];
    if (s.findings.empty()) {
      s.subject = f.subject;
      s.subject_name = f.subject_name;
      s.subject_register = reg;
    }
    s.findings.push_back(&f);
  }
  std::vector<SubjectFindings> out;
  for (auto& [key, s] : by_key) out.push_back(std::move(s));
  return out;
}

FigureColumns figure_columns(const std::vector<const Finding*>& findings, Language lang) {
  FigureColumns out;
  for (const Finding* f : findings) {
    out.has_period = out.has_period || f->period.has_value();
    for (const EvidenceItem& item : f->evidence) {
      std::size_t at = 0;
      while (at < out.names.size() && out.names[at] != item.name) ++at;
      if (at == out.names.size()) {
        out.names.push_back(item.name);
        out.labels.push_back(evidence_label(f->rule, item.name, lang));
        out.numeric.push_back(true);
      }
      if (!item.value.is<double>() && !item.value.is_missing()) out.numeric[at] = false;
    }
  }
  for (const Finding* f : findings) {
    std::vector<std::string> row(out.names.size(), kNoValueText);
    for (const EvidenceItem& item : f->evidence) {
      for (std::size_t i = 0; i < out.names.size(); ++i) {
        if (out.names[i] == item.name) {
          row[i] = evidence_value_text(f->rule, item, lang);
        }
      }
    }
    out.cells.push_back(std::move(row));
  }
  return out;
}

std::size_t finding_index(const AuditReport& report, const Finding* finding) {
  if (report.findings.empty() || finding < report.findings.data() ||
      finding >= report.findings.data() + report.findings.size()) {
    return report.findings.size();
  }
  return static_cast<std::size_t>(finding - report.findings.data());
}

}  // namespace genaudit
