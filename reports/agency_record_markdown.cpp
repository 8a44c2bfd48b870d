// An inspection record as Markdown: the same content as the HTML record,
// the heading as two short blocks, the sections as numbered headings.
#include "reports/agency_record_content.h"
#include "reports/agency_records.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/markdown_blocks.h"

namespace genaudit {


std::string render_agency_record_markdown(const AuditReport& report, const AgencyRecord& record,
                                          Language lang, const Inspection& inspection) {
  const RecordContent c = record_content(report, record, inspection, lang);
  auto m = [](std::string_view text) { return escape_markdown(text); };
  std::string out;
  out += m(c.superior_body) + "  \n**" + m(c.issuing_body) + "**  \n" + m(c.number) + "\n\n";
  out += "**" + m(c.country) + "**  \n**" + m(c.motto) + "**  \n*" + m(c.place_date) + "*\n\n";
  out += markdown_heading(1, c.title);
  out += "**" + m(c.subtitle) + "**\n\n";
  for (const std::string& b : c.basis) out += m(b) + "\n\n";
  out += m(c.opening) + "\n\n";

  out += markdown_heading(2, c.attendance_heading);
  for (const RecordParty& party : c.parties) {
    out += m(party.heading) + "\n\n";
    for (const std::string& person : party.people) out += m(person) + "  \n";
    out += "\n";
  }

  out += markdown_heading(2, c.subject_heading);
  for (const std::string& line : c.subject_lines) out += "- " + m(line) + "\n";
  for (const std::string& note : c.notes) out += markdown_item(c.notes_label, note);
  out += "\n";

  out += markdown_heading(2, c.findings_heading);
  out += m(c.findings_intro) + "\n\n";
  auto finding_list = [&](const std::vector<RecordFinding>& findings) {
    std::size_t n = 0;
    for (const RecordFinding& f : findings) {
      out += std::to_string(++n) + ". **" + m(f.heading) + "**\n";
      for (const auto& [label, text] : f.details) {
        out += "   - *" + m(label) + ":* " + m(text) + "\n";
      }
      if (!f.figures.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const auto& [label, value] : f.figures) rows.push_back({label, value});
        out += "\n" + markdown_table({c.figure_label, c.value_label}, rows) + "\n";
      }
      if (!f.rows.empty()) {
        out += "   - *" + m(c.rows_label) + ":*\n";
        for (const std::string& r : f.rows) out += "     - " + m(r) + "\n";
      }
    }
    out += "\n";
  };
  finding_list(c.findings);
  if (!c.waived.empty()) {
    out += markdown_heading(3, c.waived_heading);
    out += m(c.waived_intro) + "\n\n";
    finding_list(c.waived);
  }

  out += markdown_heading(2, c.comments_heading);
  out += "*" + m(c.comments_intro) + "*\n\n";
  for (const std::string& line : c.comment_lines) out += m(line) + "  \n";
  out += "\n";

  out += markdown_heading(2, c.requests_heading);
  out += m(c.requests_intro) + "\n\n";
  std::size_t n = 0;
  for (const std::string& r : c.requests) out += std::to_string(++n) + ". " + m(r) + "\n";
  out += "\n**" + m(c.deadline) + "**\n\n" + m(c.report_back) + "\n\n" + m(c.closing) + "\n\n";

  out += markdown_table({c.sign_agency.title, c.sign_team.title},
                        {{c.sign_agency.hint, c.sign_team.hint}, {c.sign_agency.name, c.sign_team.name}}) +
         "\n";
  out += "***" + m(c.recipients_label) + "***\n\n";
  for (const std::string& r : c.recipients) out += m(r) + "  \n";
  out += "\n---\n\n";

  out += markdown_heading(2, c.appendix_heading);
  out += "*" + m(c.appendix_intro) + "*\n\n";
  out += markdown_heading(3, c.rules_heading);
  std::vector<std::vector<std::string>> rules;
  for (const RecordAppendixRule& r : c.rules) rules.push_back({r.matter, r.rule_id, r.citation});
  out += markdown_table(c.rules_columns, rules) + "\n";
  if (!c.sources.empty()) {
    out += markdown_heading(3, c.sources_heading);
    std::vector<std::vector<std::string>> sources;
    for (const auto& [file, digest] : c.sources) sources.push_back({file, digest});
    out += markdown_table(c.sources_columns, sources);
  }
  if (!c.bodies.empty()) {
    out += "\n" + markdown_heading(3, c.bodies_heading);
    for (const std::string& line : c.bodies) out += "- " + m(line) + "\n";
  }
  return out;
}

}  // namespace genaudit
