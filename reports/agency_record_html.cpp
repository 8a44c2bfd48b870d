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
table.signatures td { width: 50%; text-align: center; vertical-align: top; font-weight: bold; padding-bottom: 25mm; }
table.signatures em { font-weight: normal; }
.recipients { font-size: 11pt; margin-top: 4mm; break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } }
)css";

std::string e(std::string_view text) { return escape_html(text); }

}  // namespace

std::string render_agency_record_html(const AuditReport& report, const AgencyRecord& record,
                                      Language lang) {
  const RecordContent c = record_content(report, record, lang);
  auto t = [&](DocText id) { return e(doc_text(id, lang)); };
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += lang == Language::kEnglish ? "en" : "vi";
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"generator\" content=\"genaudit\">\n<title>" +
      e(c.page_title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";

  out += "<table class=\"heading\"><tr><td class=\"left\"><div>" + t(DocText::kRecordAuthority) +
         "</div><div class=\"upper\">" + t(DocText::kRecordTeam) +
         "</div><span class=\"underline\"></span><div>" + t(DocText::kRecordNumber) +
         "</div></td>\n<td class=\"right\"><div class=\"upper\">" + t(DocText::kRecordCountry) +
         "</div><div class=\"motto\">" + t(DocText::kRecordMotto) +
         "</div><span class=\"underline\"></span><div class=\"place-date\">" +
         t(DocText::kRecordPlaceDate) + "</div></td></tr></table>\n";
  out += "<h1>" + t(DocText::kRecordTitle) + "</h1>\n<p class=\"subtitle\">" +
         t(DocText::kRecordSubtitle) + "</p>\n<p class=\"indent\">" + e(c.basis) + "</p>\n";

  out += "<h2>" + t(DocText::kRecordSubjectHeading) + "</h2>\n";
  for (const std::string& line : c.subject_lines) out += "<p>" + e(line) + "</p>\n";
  if (!c.sources.empty()) {
    out += "<p>" + t(DocText::kRecordSources) + ":</p>\n<ul class=\"sources\">";
    for (const std::string& s : c.sources) out += "<li><code>" + e(s) + "</code></li>";
    out += "</ul>\n";
  }
  for (const std::string& note : c.notes) {
    out += "<p class=\"note\"><strong>" + e(c.notes_label) + ":</strong> " + e(note) + "</p>\n";
  }

  out += "<h2>" + t(DocText::kRecordFindingsHeading) + "</h2>\n<p class=\"indent\">" +
         e(c.findings_intro) + "</p>\n<ol class=\"findings\">\n";
  auto finding_items = [&](const std::vector<RecordFinding>& findings) {
    for (const RecordFinding& f : findings) {
      out += "<li><p><strong>" + e(f.heading) + "</strong></p>";
      for (const auto& [label, text] : f.details) {
        out += "<p><span class=\"label\">" + e(label) + ":</span> " + e(text) + "</p>";
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

  out += "<h2>" + t(DocText::kRecordRequestsHeading) + "</h2>\n<p class=\"indent\">" +
         e(c.requests_intro) + "</p>\n<ol class=\"requests\">\n";
  for (const std::string& r : c.requests) out += "<li>" + e(r) + "</li>\n";
  out += "</ol>\n<p class=\"deadline\">" + t(DocText::kRecordDeadline) +
         "</p>\n<p class=\"indent\">" + t(DocText::kRecordReportBack) + "</p>\n";

  out += "<table class=\"signatures\"><tr><td>" + t(DocText::kRecordSignSubject) + "<br><em>" +
         t(DocText::kRecordSignHint) + "</em></td><td>" + t(DocText::kRecordSignTeam) + "<br><em>" +
         t(DocText::kRecordSignHint) + "</em></td></tr></table>\n";
  out += "<div class=\"recipients\"><strong><em>" + t(DocText::kRecordRecipients) +
         "</em></strong><br>- " + t(DocText::kRecordRecipientSubject) + "<br>- " +
         t(DocText::kRecordRecipientHomeAffairs) + "<br>- " + t(DocText::kRecordRecipientFile) +
         "</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace genaudit
