// An inspection record as a self-contained HTML page in the layout of a
// Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): the
// inspecting body top left, the national heading top right, the title
// centred, Times New Roman on A4 with the decree's margins.
#include "reports/agency_record_content.h"
#include "reports/agency_records.h"
#include "reports/document_texts.h"
#include "reports/escaping.h"

namespace genaudit {
namespace {


constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 170mm; padding: 12mm 0; color: #000; background: #fff;
       font: 13pt/1.45 "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
table.heading { width: 100%; border-collapse: collapse; margin-bottom: 8mm; }
table.heading td { vertical-align: top; text-align: center; padding: 0; font-size: 12pt; }
table.heading td.left { width: 40%; }
table.heading div { white-space: nowrap; }
.upper { font-weight: bold; text-transform: none; }
.motto { font-weight: bold; font-size: 12.5pt; }
.underline { display: block; width: 35%; margin: 1mm auto 2mm; border-top: 1px solid #000; }
.motto + .underline { width: 55%; }
.place-date { font-style: italic; margin-top: 2mm; }
h1 { text-align: center; font-size: 14pt; margin: 4mm 0 1mm; }
p.subtitle { text-align: center; font-weight: bold; margin: 0 8mm 6mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font-size: 13pt; font-style: italic; margin: 4mm 0 2mm; break-after: avoid; }
p { margin: 1.5mm 0; text-align: justify; }
p.indent { text-indent: 10mm; }
ol, ul { margin: 1mm 0; padding-left: 10mm; }
ol.findings > li { margin-bottom: 3mm; }
ol.findings p { margin: .5mm 0; }
.label { font-style: italic; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 10pt; word-break: break-all; }
p.deadline { font-weight: bold; margin-top: 4mm; }
p.note { border-left: 1.5mm solid #000; padding-left: 3mm; }
table.signatures { width: 100%; margin-top: 10mm; border-collapse: collapse; break-inside: avoid; }
table.signatures td { width: 50%; text-align: center; vertical-align: top; font-weight: bold; padding-bottom: 5mm; }
table.signatures em { font-weight: normal; }
.recipients { font-size: 11pt; margin-top: 4mm; break-inside: avoid; }
p.person { margin-left: 10mm; }
p.blank, p.hint { text-align: left; }
p.hint { font-style: italic; }
.signer { margin-top: 22mm; }
table.figures { border-collapse: collapse; margin: 1.5mm 0; font-size: 12pt; }
table.figures th, table.figures td { border: 1px solid #000; padding: .5mm 2mm; text-align: left; vertical-align: top; }
section.appendix { break-before: page; margin-top: 10mm; }
@media print { body { padding: 0; max-width: none; } }
)css";

std::string e(std::string_view text) { return escape_html(text); }

}  // namespace

std::string render_agency_record_html(const AuditReport& report, const AgencyRecord& record,
                                      Language lang, const Inspection& inspection) {
  const RecordContent c = record_content(report, record, inspection, lang);
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += lang == Language::kEnglish ? "en" : "vi";
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"generator\" content=\"genaudit\">\n<title>" +
      e(c.page_title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";

  out += "<table class=\"heading\"><tr><td class=\"left\"><div>" + e(c.superior_body) +
         "</div><div class=\"upper\">" + e(c.issuing_body) +
         "</div><span class=\"underline\"></span><div>" + e(c.number) +
         "</div></td>\n<td class=\"right\"><div class=\"upper\">" + e(c.country) +
         "</div><div class=\"motto\">" + e(c.motto) +
         "</div><span class=\"underline\"></span><div class=\"place-date\">" + e(c.place_date) +
         "</div></td></tr></table>\n";
  out += "<h1>" + e(c.title) + "</h1>\n<p class=\"subtitle\">" + e(c.subtitle) + "</p>\n";
  for (const std::string& b : c.basis) out += "<p class=\"indent basis\">" + e(b) + "</p>\n";
  out += "<p class=\"indent\">" + e(c.opening) + "</p>\n";

  out += "<h2>" + e(c.attendance_heading) + "</h2>\n";
  for (const RecordParty& party : c.parties) {
    out += "<p>" + e(party.heading) + "</p>\n";
    for (const std::string& person : party.people) out += "<p class=\"person\">" + e(person) + "</p>\n";
  }

  out += "<h2>" + e(c.subject_heading) + "</h2>\n";
  for (const std::string& line : c.subject_lines) out += "<p>" + e(line) + "</p>\n";
  for (const std::string& note : c.notes) {
    out += "<p class=\"note\"><strong>" + e(c.notes_label) + ":</strong> " + e(note) + "</p>\n";
  }

  out += "<h2>" + e(c.findings_heading) + "</h2>\n<p class=\"indent\">" + e(c.findings_intro) +
         "</p>\n<ol class=\"findings\">\n";
  auto finding_items = [&](const std::vector<RecordFinding>& findings) {
    for (const RecordFinding& f : findings) {
      out += "<li><p><strong>" + e(f.heading) + "</strong></p>";
      for (const auto& [label, text] : f.details) {
        out += "<p><span class=\"label\">" + e(label) + ":</span> " + e(text) + "</p>";
      }
      if (!f.figures.empty()) {
        out += "<table class=\"figures\"><thead><tr><th>" + e(c.figure_label) + "</th><th>" +
               e(c.value_label) + "</th></tr></thead><tbody>";
        for (const auto& [label, value] : f.figures) {
          out += "<tr><td>" + e(label) + "</td><td>" + e(value) + "</td></tr>";
        }
        out += "</tbody></table>";
      }
      if (!f.rows.empty()) {
        out += "<p><span class=\"label\">" + e(c.rows_label) + ":</span></p><ul class=\"rows\">";
        for (const std::string& r : f.rows) out += "<li>" + e(r) + "</li>";
        out += "</ul>";
      }
      out += "</li>\n";
    }
  };
  finding_items(c.findings);
  out += "</ol>\n";
  if (!c.waived.empty()) {
    out += "<h3>" + e(c.waived_heading) + "</h3>\n<p class=\"indent\">" + e(c.waived_intro) +
           "</p>\n<ol class=\"findings waived\">\n";
    finding_items(c.waived);
    out += "</ol>\n";
  }

  out += "<h2>" + e(c.comments_heading) + "</h2>\n<p class=\"hint\">" + e(c.comments_intro) + "</p>\n";
  for (const std::string& line : c.comment_lines) out += "<p class=\"blank\">" + e(line) + "</p>\n";

  out += "<h2>" + e(c.requests_heading) + "</h2>\n<p class=\"indent\">" + e(c.requests_intro) +
         "</p>\n<ol class=\"requests\">\n";
  for (const std::string& r : c.requests) out += "<li>" + e(r) + "</li>\n";
  out += "</ol>\n<p class=\"deadline\">" + e(c.deadline) + "</p>\n<p class=\"indent\">" +
         e(c.report_back) + "</p>\n<p class=\"indent\">" + e(c.closing) + "</p>\n";

  auto signature = [&](const RecordSignature& s) {
    return "<td>" + e(s.title) + "<br><em>" + e(s.hint) + "</em><div class=\"signer\">" +
           e(s.name) + "</div></td>";
  };
  out += "<table class=\"signatures\"><tr>" + signature(c.sign_agency) + signature(c.sign_team) +
         "</tr></table>\n";
  out += "<div class=\"recipients\"><strong><em>" + e(c.recipients_label) + "</em></strong>";
  for (const std::string& r : c.recipients) out += "<br>" + e(r);
  out += "</div>\n";

  out += "<section class=\"appendix\"><h2>" + e(c.appendix_heading) + "</h2>\n<p class=\"hint\">" +
         e(c.appendix_intro) + "</p>\n<h3>" + e(c.rules_heading) + "</h3>\n<table class=\"figures\"><thead><tr>";
  for (const std::string& col : c.rules_columns) out += "<th>" + e(col) + "</th>";
  out += "</tr></thead><tbody>";
  for (const RecordAppendixRule& r : c.rules) {
    out += "<tr><td>" + e(r.matter) + "</td><td><code>" + e(r.rule_id) + "</code></td><td>" +
           e(r.citation) + "</td></tr>";
  }
  out += "</tbody></table>\n";
  if (!c.sources.empty()) {
    out += "<h3>" + e(c.sources_heading) + "</h3>\n<table class=\"figures sources\"><thead><tr>";
    for (const std::string& col : c.sources_columns) out += "<th>" + e(col) + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto& [file, digest] : c.sources) {
      out += "<tr><td>" + e(file) + "</td><td><code>" + e(digest) + "</code></td></tr>";
    }
    out += "</tbody></table>\n";
  }
  if (!c.bodies.empty()) {
    out += "<h3>" + e(c.bodies_heading) + "</h3>\n<ul class=\"bodies\">";
    for (const std::string& line : c.bodies) out += "<li>" + e(line) + "</li>";
    out += "</ul>\n";
  }
  out += "</section>\n</body>\n</html>\n";
  return out;
}

}  // namespace genaudit
