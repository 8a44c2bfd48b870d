// An inspection record as Markdown: the same content as the HTML record,
// the heading as two short blocks, the sections as numbered headings.
#include "reports/agency_record_content.h"
#include "reports/agency_records.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/markdown_blocks.h"

namespace genaudit {


std::string render_agency_record_markdown(const AuditReport& report, const AgencyRecord& record,
                                          Language lang) {
  const RecordContent c = record_content(report, record, lang);
  auto t = [&](DocText id) { return escape_markdown(doc_text(id, lang)); };
  std::string out;
  out += t(DocText::kRecordAuthority) + "  \n**" + t(DocText::kRecordTeam) + "**  \n" +
         t(DocText::kRecordNumber) + "\n\n";
  out += "**" + t(DocText::kRecordCountry) + "**  \n**" + t(DocText::kRecordMotto) + "**  \n*" +
         t(DocText::kRecordPlaceDate) + "*\n\n";
  out += markdown_heading(1, doc_text(DocText::kRecordTitle, lang));
  out += "**" + t(DocText::kRecordSubtitle) + "**\n\n" + escape_markdown(c.basis) + "\n\n";

  out += markdown_heading(2, doc_text(DocText::kRecordSubjectHeading, lang));
  for (const std::string& line : c.subject_lines) out += "- " + escape_markdown(line) + "\n";
  if (!c.sources.empty()) {
    out += "- " + t(DocText::kRecordSources) + ":\n";
    for (const std::string& s : c.sources) out += "  - " + escape_markdown(s) + "\n";
  }
  for (const std::string& note : c.notes) out += markdown_item(c.notes_label, note);
  out += "\n";

  out += markdown_heading(2, doc_text(DocText::kRecordFindingsHeading, lang));
  out += escape_markdown(c.findings_intro) + "\n\n";
  auto finding_list = [&](const std::vector<RecordFinding>& findings) {
    std::size_t n = 0;
    for (const RecordFinding& f : findings) {
      out += std::to_string(++n) + ". **" + escape_markdown(f.heading) + "**\n";
      for (const auto& [label, text] : f.details) {
        out += "   - *" + escape_markdown(label) + ":* " + escape_markdown(text) + "\n";
      }
    }
    out += "\n";
  };
  finding_list(c.findings);
  if (!c.waived.empty()) {
    out += markdown_heading(3, c.waived_heading);
    out += escape_markdown(c.waived_intro) + "\n\n";
    finding_list(c.waived);
  }

  out += markdown_heading(2, doc_text(DocText::kRecordRequestsHeading, lang));
  out += escape_markdown(c.requests_intro) + "\n\n";
  std::size_t n = 0;
  for (const std::string& r : c.requests)
    out += std::to_string(++n) + ". " + escape_markdown(r) + "\n";
  out += "\n**" + t(DocText::kRecordDeadline) + "**\n\n" + t(DocText::kRecordReportBack) + "\n\n";

  out += "| " + t(DocText::kRecordSignSubject) + " | " + t(DocText::kRecordSignTeam) +
         " |\n| :---: | :---: |\n| *" + t(DocText::kRecordSignHint) + "* | *" +
         t(DocText::kRecordSignHint) + "* |\n\n";
  out += "***" + t(DocText::kRecordRecipients) + "***\n\n- " + t(DocText::kRecordRecipientSubject) +
         "\n- " + t(DocText::kRecordRecipientHomeAffairs) + "\n- " +
         t(DocText::kRecordRecipientFile) + "\n";
  return out;
}

}  // namespace genaudit
