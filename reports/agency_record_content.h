// What an inspection record says, apart from its fixed heading and closing,
// as plain text: the HTML and Markdown renderings both lay out this one
// content, so they never say different things.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/audit/audit_report.h"
#include "reports/agency_records.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct RecordFinding {
  std::string heading;                                       // "O1.S4 — <title>"
  std::vector<std::pair<std::string, std::string>> details;  // label, text
};

struct RecordContent {
  std::string page_title;                  // "Biên bản kiểm tra — SNV"
  std::string basis;                       // the paragraph stating the basis
  std::vector<std::string> subject_lines;  // name, code, period, as-of date
  std::vector<std::string> sources;        // "staff.csv (SHA-256 …)", files behind the findings
  // Rows of this agency a lenient read left out, one sentence per register
  // (reports/intake_texts.h), under `notes_label`; empty when none was.
  std::string notes_label;
  std::vector<std::string> notes;
  std::string findings_intro;
  std::vector<RecordFinding> findings;  // each with its status and expired waiver, if any
  // The body's findings that waivers set aside, apart from those it is
  // asked to remedy: each with its period, justification, approver, expiry
  // and source. Empty when there is none.
  std::string waived_heading;
  std::string waived_intro;
  std::vector<RecordFinding> waived;
  std::string requests_intro;
  std::vector<std::string> requests;  // one per rule: the remedy, the rule, its periods
};

RecordContent record_content(const AuditReport& report, const AgencyRecord& record,
                             Language lang);

}  // namespace genaudit
