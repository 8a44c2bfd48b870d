// What an inspection record says, as plain text: every rendering (Word,
// HTML, Markdown) lays out this one content, so they never say different
// things. The facts of the inspection file fill the heading, the basis,
// who attended, the deadline, the closing and the signatures; a fact the
// file does not give is a dotted blank (reports/record_texts.h), never an
// invented value. Rule codes, citations' sources, file digests and what
// was not read go to the appendix, not the body.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/audit/inspection.h"
#include "reports/agency_records.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

using Labelled = std::vector<std::pair<std::string, std::string>>;  // label, text

struct RecordFinding {
  std::string heading;  // the rule's title, in plain words
  Labelled details;     // period, basis, severity, status since the last run, notes
  Labelled figures;     // the evidence: figure, value
  std::vector<std::string> rows;  // the register rows it rests on, per file
};

struct RecordParty {
  std::string heading;             // "1. Đoàn kiểm tra:"
  std::vector<std::string> people; // "- Ông/Bà ..., ...;" or blank lines
};

struct RecordSignature {
  std::string title;  // "TRƯỞNG ĐOÀN KIỂM TRA"
  std::string hint;   // "(Ký, ghi rõ họ tên)"
  std::string name;   // from the inspection file; empty: signed by hand
};

struct RecordAppendixRule {
  std::string matter;  // "1", "2"...: the finding's number in the body
  std::string rule_id;
  std::string citation;
};

struct RecordContent {
  std::string page_title;  // "Biên bản kiểm tra — SNV"
  // The heading: issuing body left, national heading right.
  std::string superior_body;
  std::string issuing_body;
  std::string number;      // "Số: 15/BB-ĐKT"
  std::string country;
  std::string motto;
  std::string place_date;  // "Khánh Hòa, ngày 12 tháng 11 năm 2025"
  std::string title;
  std::string subtitle;
  std::vector<std::string> basis;  // "Căn cứ ..." paragraphs
  std::string opening;             // time, date, place, the agency
  std::string attendance_heading;
  std::vector<RecordParty> parties;  // the team, the agency's representatives
  std::string subject_heading;
  std::vector<std::string> subject_lines;  // name, code, period, as-of date
  // Rows of this agency a lenient read left out, one sentence per register
  // (reports/intake_texts.h) under `notes_label`; empty when none was.
  std::string notes_label;
  std::vector<std::string> notes;
  std::string findings_heading;
  std::string findings_intro;
  std::string figure_label;  // the figures table's columns
  std::string value_label;
  std::string rows_label;
  std::vector<RecordFinding> findings;
  // The body's findings that waivers set aside, apart from those it is
  // asked to remedy; empty when there is none.
  std::string waived_heading;
  std::string waived_intro;
  std::vector<RecordFinding> waived;
  std::string comments_heading;
  std::string comments_intro;
  std::vector<std::string> comment_lines;  // dotted lines to write on
  std::string requests_heading;
  std::string requests_intro;
  std::vector<std::string> requests;  // one per rule: the remedy and its periods
  std::string deadline;
  std::string report_back;
  std::string closing;
  RecordSignature sign_agency;
  RecordSignature sign_team;
  std::string recipients_label;
  std::vector<std::string> recipients;
  // The appendix: rules, files read, what was not read.
  std::string appendix_heading;
  std::string appendix_intro;
  std::string rules_heading;
  std::vector<std::string> rules_columns;  // matter, rule, basis
  std::vector<RecordAppendixRule> rules;
  std::string sources_heading;
  std::vector<std::string> sources_columns;  // file, digest
  std::vector<std::pair<std::string, std::string>> sources;
  // The bodies the requests name that succeeded the plan's, as of the
  // as-of date (engine/audit/responsibility.h), each with its decision and,
  // when its citation is not confirmed, a warning; empty when none did.
  std::string bodies_heading;
  std::vector<std::string> bodies;
};

RecordContent record_content(const AuditReport& report, const AgencyRecord& record,
                             const Inspection& inspection, Language lang);

}  // namespace genaudit
