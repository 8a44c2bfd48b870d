// The province summary report (báo cáo tổng hợp) as a Word document:
// `audit --format docx`. The sections are summary_content.h's, the same
// words and numbers as the HTML report's summary; this file only frames
// them as a report in Decree 30's layout (reports/docx/decree30.h): the
// heading with the issuing body, number and symbol, place and date; the
// title and what it is about; "Kính gửi"; the basis; the sections
// numbered I, II, ...; the closing sentence; "Nơi nhận" beside the head
// of the team's signature. Those facts come from the inspection file's
// [summary], [issuing_body], [decision], [record] place name and the
// team's lead, each a dotted blank when not given.
#pragma once

#include "engine/audit/audit_report.h"
#include "engine/audit/inspection.h"
#include "engine/core/language.h"
#include "reports/docx/document.h"

namespace genaudit {

// The summary of `report` in `lang`; `report.summary` should have been
// made (summary_facts), else the indicators section says so.
docx::Document summary_document(const AuditReport& report, Language lang,
                                 const Inspection& inspection);

}  // namespace genaudit
