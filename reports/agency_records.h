// An inspection record (biên bản kiểm tra) per audited body
// (`--per-agency DIR`): one document for every subject with at least one
// finding, in the style of a Vietnamese administrative document — the
// inspecting body and the national heading, the record's title, the body
// inspected, the period and as-of date (and, when a lenient read left out
// rows of this agency, a note saying how many, per register), the findings with their citations,
// figures and register rows (and their status since the last run and an
// expired waiver's note, when they have them), the body's findings waivers
// set aside, listed apart with justification, approver and expiry, what
// the body is asked to do, a line for the deadline ("Thời hạn thực hiện:
// ...."), signatures and recipients. A body whose only findings are waived
// gets no record: there is nothing it is asked to do.
//
// Each record is written twice, as <stem>.html (self-contained, prints on
// A4) and <stem>.md, where <stem> is the subject's code made safe for any
// file system (safe_file_stem) and made distinct: a second subject whose
// stem is already taken, ignoring case, gets "-2", "-3", ...
#pragma once

#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/output/staged_outputs.h"
#include "reports/finding_groups.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct AgencyRecord {
  SubjectFindings subject;
  std::string file_stem;  // unique among the records, safe for any file system
};

// The records of `report`, in group_by_subject() order. Points into
// `report`, which must outlive them.
std::vector<AgencyRecord> agency_records(const AuditReport& report);

// One record as a self-contained HTML page (A4 when printed).
std::string render_agency_record_html(const AuditReport& report, const AgencyRecord& record,
                                      Language lang);

// One record as Markdown.
std::string render_agency_record_markdown(const AuditReport& report, const AgencyRecord& record,
                                          Language lang);

// Stages every record of `report` in `outputs` as `dir`/<stem>.html and
// <stem>.md (`dir` created when missing, with its parents); when they are
// published, files of the same names are replaced, other files are left
// alone. No finding: nothing is written, and it succeeds. Returns false
// with a reason in `error` (in `lang`) when a file cannot be written.
bool write_agency_records(const AuditReport& report, Language lang, const std::string& dir,
                          StagedOutputs& outputs, std::string* error);

}  // namespace genaudit
