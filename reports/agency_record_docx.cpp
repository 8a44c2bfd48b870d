// An inspection record as a Word document in the layout of Nghị định
// 30/2020/NĐ-CP: a borderless heading table (the issuing body, its number
// and symbol left; the Quốc hiệu and Tiêu ngữ, place and date right, each
// with its short line below), the title centred, the body in Times New
// Roman 13 pt justified, evidence in ruled tables, a borderless signature
// table, "Nơi nhận" in 12/11 pt, and the appendix on a page of its own.
#include "reports/agency_record_content.h"
#include "reports/agency_records.h"
#include "reports/docx/decree30.h"
#include "reports/record_texts.h"

namespace genaudit {
namespace {

using docx::Align;
using docx::Cell;
using docx::Paragraph;
using docx::Run;
using WordTable = docx::Table;
using namespace docx::decree30;

void add_findings(const RecordContent& c, const std::vector<RecordFinding>& findings, int width,
                  std::vector<docx::Block>& body) {
  int n = 0;
  for (const RecordFinding& f : findings) {
    Paragraph title = bold(std::to_string(++n) + ". " + f.heading, Align::kJustify);
    title.keep_with_next = true;
    body.push_back(title);
    for (const auto& [label, value] : f.details) {
      Paragraph p;
      p.align = Align::kJustify;
      p.space_after = 40;
      p.indent_left = docx::mm(5);
      p.runs = {Run{label + ": ", false, true}, Run{value}};
      body.push_back(p);
    }
    if (!f.figures.empty()) {
      std::vector<std::vector<std::string>> rows;
      for (const auto& [label, value] : f.figures) rows.push_back({label, value});
      body.push_back(ruled_table({width * 3 / 5, width - width * 3 / 5},
                                 {c.figure_label, c.value_label}, rows));
    }
    if (!f.rows.empty()) {
      std::vector<std::vector<std::string>> rows;
      for (const std::string& r : f.rows) rows.push_back({r});
      body.push_back(ruled_table({width}, {c.rows_label}, rows));
    }
  }
}

WordTable signatures(const RecordContent& c, int width) {
  WordTable t;
  t.borders = false;
  t.widths = {width / 2, width - width / 2};
  // Titles in one row, names in the next: the names line up however the
  // titles wrap.
  std::vector<Cell> titles, names;
  for (const RecordSignature* s : {&c.sign_agency, &c.sign_team}) {
    titles.push_back(cell({bold(s->title, Align::kCenter), italic(s->hint, Align::kCenter)}));
    Paragraph name = bold(s->name, Align::kCenter);
    name.space_before = 1600;  // room to sign
    names.push_back(cell({name}));
  }
  t.rows.push_back(std::move(titles));
  t.rows.push_back(std::move(names));
  return t;
}

}  // namespace

std::vector<docx::Block> agency_record_blocks(const AuditReport& report, const AgencyRecord& record,
                                              Language lang, const Inspection& inspection) {
  const RecordContent c = record_content(report, record, inspection, lang);
  const int width = docx::PageSetup{}.text_width();
  std::vector<docx::Block> body;

  body.push_back(heading_table({c.superior_body, c.issuing_body, c.number, c.country, c.motto,
                                 c.place_date},
                                width));

  Paragraph title = bold(c.title, Align::kCenter, kTitle);
  title.space_before = 240;
  title.space_after = 0;
  body.push_back(title);
  Paragraph subtitle = bold(c.subtitle, Align::kCenter, kBody);
  subtitle.indent_left = subtitle.indent_right = docx::mm(10);
  body.push_back(subtitle);
  body.push_back(short_line(width, width / 5));

  for (const std::string& b : c.basis) body.push_back(italic(b, Align::kJustify));
  body.push_back(indented(c.opening));

  body.push_back(heading(c.attendance_heading));
  for (const RecordParty& party : c.parties) {
    body.push_back(text(party.heading));
    for (const std::string& person : party.people) {
      Paragraph p = text(person, Align::kLeft);
      p.indent_left = docx::mm(5);
      body.push_back(p);
    }
  }

  body.push_back(heading(c.subject_heading));
  for (const std::string& line : c.subject_lines) body.push_back(text(line));
  for (const std::string& note : c.notes) {
    Paragraph p;
    p.space_after = 60;
    p.runs = {Run{c.notes_label + ": ", true}, Run{note}};
    body.push_back(p);
  }

  body.push_back(heading(c.findings_heading));
  body.push_back(indented(c.findings_intro));
  add_findings(c, c.findings, width, body);
  if (!c.waived.empty()) {
    body.push_back(heading(c.waived_heading));
    body.push_back(indented(c.waived_intro));
    add_findings(c, c.waived, width, body);
  }

  body.push_back(heading(c.comments_heading));
  body.push_back(italic(c.comments_intro));
  for (const std::string& line : c.comment_lines) body.push_back(text(line, Align::kLeft));

  body.push_back(heading(c.requests_heading));
  body.push_back(indented(c.requests_intro));
  int n = 0;
  for (const std::string& r : c.requests) {
    Paragraph p = text(std::to_string(++n) + ". " + r);
    p.indent_left = docx::mm(5);
    body.push_back(p);
  }
  body.push_back(bold(c.deadline, Align::kJustify));
  body.push_back(indented(c.report_back));
  body.push_back(indented(c.closing));
  body.push_back(signatures(c, width));

  for (Paragraph& p : recipients(c.recipients_label, c.recipients)) body.push_back(std::move(p));

  // The appendix, on a page of its own.
  body.push_back(docx::PageBreak{});
  body.push_back(bold(c.appendix_heading, Align::kCenter, kBody));
  body.push_back(italic(c.appendix_intro, Align::kCenter));
  body.push_back(heading(c.rules_heading));
  std::vector<std::vector<std::string>> rules;
  for (const RecordAppendixRule& r : c.rules) rules.push_back({r.matter, r.rule_id, r.citation});
  body.push_back(ruled_table({width / 5, width / 5, width - 2 * (width / 5)}, c.rules_columns, rules));
  if (!c.sources.empty()) {
    body.push_back(heading(c.sources_heading));
    std::vector<std::vector<std::string>> sources;
    for (const auto& [file, digest] : c.sources) sources.push_back({file, digest});
    WordTable t = ruled_table({width * 3 / 10, width - width * 3 / 10}, c.sources_columns, sources);
    t.size = 20;  // 10 pt: a digest is 64 characters on one line
    body.push_back(t);
  }
  if (!c.bodies.empty()) {
    body.push_back(heading(c.bodies_heading));
    for (const std::string& line : c.bodies) body.push_back(text("- " + line, Align::kJustify, kBody));
  }
  return body;
}

docx::Document records_document(std::string title, Language lang) {
  return docx::decree30::document(std::move(title), lang);
}

docx::Document agency_record_document(const AuditReport& report, const AgencyRecord& record,
                                      Language lang, const Inspection& inspection) {
  docx::Document doc = records_document(
      record_text(RecordText::kTitle, lang) + " — " + record.subject.subject, lang);
  doc.body = agency_record_blocks(report, record, lang, inspection);
  return doc;
}

}  // namespace genaudit
