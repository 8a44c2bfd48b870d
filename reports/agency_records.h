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
// The facts only the inspection knows (engine/audit/inspection.h) fill the
// heading, who attended, time and place, the deadline, the closing and the
// signatures; without them the record has dotted blanks to fill by hand.
//
// Each record is written three times, as <stem>.docx (Word, Nghị định
// 30/2020/NĐ-CP layout), <stem>.html (self-contained, prints on A4) and
// <stem>.md, where <stem> is the subject's code made safe for any file
// system (safe_file_stem) and made distinct: a second subject whose stem
// is already taken, ignoring case, gets "-2", "-3", ... Beside them,
// index.html lists the records by district and agency, and
// all-records.docx holds every record, each its own section, to print at
// once.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/audit/inspection.h"
#include "engine/output/staged_outputs.h"
#include "reports/docx/document.h"
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

// What the records say beyond the audit: the inspection's facts, and each
// agency's district (by subject code, from the agencies register's
// "Huyện, thị xã, thành phố"; an agency not listed is under "Không rõ
// huyện" in the index).
struct RecordFacts {
  Inspection inspection;
  std::map<std::string, std::string> districts;
};

// One record as a self-contained HTML page (A4 when printed).
std::string render_agency_record_html(const AuditReport& report, const AgencyRecord& record,
                                      Language lang, const Inspection& inspection = {});

// One record as Markdown.
std::string render_agency_record_markdown(const AuditReport& report, const AgencyRecord& record,
                                          Language lang, const Inspection& inspection = {});

// One record as the body of a Word document, and as a whole document.
std::vector<docx::Block> agency_record_blocks(const AuditReport& report, const AgencyRecord& record,
                                              Language lang, const Inspection& inspection);
docx::Document agency_record_document(const AuditReport& report, const AgencyRecord& record,
                                      Language lang, const Inspection& inspection = {});
// An empty Word document set up for records: A4, the decree's margins,
// Times New Roman 13 pt, the page number centred in the header from page 2.
docx::Document records_document(std::string title, Language lang);

// index.html: the records by district, then agency, each with its number
// of findings and links to its files, and a link to all-records.docx.
std::string render_records_index(const AuditReport& report, const std::vector<AgencyRecord>& records,
                                 const std::map<std::string, std::string>& districts,
                                 Language lang);

// Whether `dir` may receive the records: it does not exist yet, or it is
// an empty folder. False with a sentence in `lang` in `error` (what to do
// about it included) otherwise, before anything is written.
bool records_folder_is_fresh(const std::string& dir, Language lang, std::string* error);

// Stages every record of `report` in `outputs` as `dir`/<stem>.docx,
// <stem>.html and <stem>.md, with index.html and all-records.docx (`dir`
// created when missing, with its parents). `dir` must be fresh
// (records_folder_is_fresh), so that it holds this run's records only. No
// finding: nothing is written, and it succeeds. Returns false with a reason
// in `error` (in `lang`) when `dir` is not fresh or a file cannot be written.
bool write_agency_records(const AuditReport& report, Language lang, const std::string& dir,
                          StagedOutputs& outputs, std::string* error,
                          const RecordFacts& facts = {});

}  // namespace genaudit
