// Lists the inspection records of an audit and writes them into a folder;
// see agency_records.h.
#include "reports/agency_records.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "reports/docx/docx_writer.h"
#include "reports/escaping.h"
#include "reports/human_values.h"
#include "reports/record_texts.h"

namespace genaudit {
namespace {

constexpr const char* kAllRecordsFile = "all-records.docx";

// `stem` as a relative URL path: every byte but letters, digits, '.', '_'
// and '-' percent-encoded.
std::string url_path(const std::string& stem) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : stem) {
    if (std::isalnum(c) && c < 0x80) {
      out += static_cast<char>(c);
    } else if (c == '.' || c == '_' || c == '-') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

std::vector<AgencyRecord> agency_records(const AuditReport& report) {
  std::vector<AgencyRecord> records;
  std::set<std::string> taken;  // lower case: some file systems ignore case
  for (SubjectFindings& s : group_by_subject(report)) {
    const std::string base = safe_file_stem(s.subject);
    std::string stem = base;
    for (int n = 2; taken.count(lower(stem)); ++n) stem = base + "-" + std::to_string(n);
    taken.insert(lower(stem));
    records.push_back({std::move(s), stem});
  }
  return records;
}

std::string render_records_index(const AuditReport& report, const std::vector<AgencyRecord>& records,
                                 const std::map<std::string, std::string>& districts,
                                 Language lang) {
  auto t = [&](RecordText id, const std::vector<std::string>& args = {}) {
    return escape_html(record_text(id, lang, args));
  };
  const std::string unknown = record_text(RecordText::kIndexUnknownDistrict, lang);
  // District -> records, the districts in name order, the unknown last.
  std::map<std::string, std::vector<const AgencyRecord*>> by_district;
  bool any_unknown = false;
  for (const AgencyRecord& r : records) {
    const auto d = districts.find(r.subject.subject);
    const bool known = d != districts.end() && !d->second.empty();
    any_unknown = any_unknown || !known;
    by_district[known ? d->second : std::string()].push_back(&r);
  }
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += lang == Language::kEnglish ? "en" : "vi";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n<title>" +
         t(RecordText::kIndexTitle) +
         "</title>\n<style>body{font:13pt/1.4 \"Times New Roman\",\"Liberation Serif\",serif;"
         "max-width:180mm;margin:10mm auto;}table{border-collapse:collapse;width:100%;}"
         "th,td{border:1px solid #000;padding:1mm 2mm;text-align:left;vertical-align:top;}"
         "td.n{text-align:right;}h2{font-size:13pt;margin-top:6mm;}</style>\n</head>\n<body>\n";
  out += "<h1>" + t(RecordText::kIndexTitle) + "</h1>\n<p>" +
         t(RecordText::kIndexIntro,
           {std::to_string(records.size()), report.period, date_text(report.dates.as_of, lang)}) +
         "</p>\n<p><a href=\"" + std::string(kAllRecordsFile) + "\">" +
         t(RecordText::kIndexPrintFile, {kAllRecordsFile}) + "</a></p>\n";
  if (any_unknown) out += "<p><em>" + t(RecordText::kIndexNoDistrictField) + "</em></p>\n";
  auto section = [&](const std::string& district, std::vector<const AgencyRecord*> list) {
    std::sort(list.begin(), list.end(), [](const AgencyRecord* a, const AgencyRecord* b) {
      return std::pair(a->subject.subject_name, a->subject.subject) <
             std::pair(b->subject.subject_name, b->subject.subject);
    });
    out += "<h2>" + escape_html(district.empty() ? unknown : district) + " (" +
           std::to_string(list.size()) + ")</h2>\n<table><thead><tr><th>" +
           t(RecordText::kIndexColumnAgency) + "</th><th>" + t(RecordText::kIndexColumnCode) +
           "</th><th>" + t(RecordText::kIndexColumnFindings) + "</th><th>" +
           t(RecordText::kIndexColumnFiles) + "</th></tr></thead><tbody>\n";
    for (const AgencyRecord* r : list) {
      const std::string href = escape_html(url_path(r->file_stem));
      out += "<tr><td>" + escape_html(r->subject.subject_name) + "</td><td>" +
             escape_html(r->subject.subject) + "</td><td class=\"n\">" +
             std::to_string(r->subject.findings.size()) + "</td><td><a href=\"" + href +
             ".docx\">.docx</a> · <a href=\"" + href + ".html\">.html</a> · <a href=\"" + href +
             ".md\">.md</a></td></tr>\n";
    }
    out += "</tbody></table>\n";
  };
  for (const auto& [district, list] : by_district) {
    if (!district.empty()) section(district, list);
  }
  if (by_district.count("")) section("", by_district[""]);
  return out + "</body>\n</html>\n";
}

bool records_folder_is_fresh(const std::string& dir, Language lang, std::string* error) {
  std::error_code ec;
  const std::filesystem::path folder(dir);
  if (!std::filesystem::exists(folder, ec)) return true;
  // A folder with anything in it: refused. Anything else (a file where the
  // folder should be, a folder that cannot be listed) is left to the
  // writing, which says why it cannot be made or written.
  if (!std::filesystem::is_directory(folder, ec)) return true;
  std::filesystem::directory_iterator it(folder, ec);
  if (ec || it == std::filesystem::directory_iterator()) return true;
  *error = record_text(RecordText::kFolderNotEmpty, lang, {dir});
  return false;
}

bool write_agency_records(const AuditReport& report, Language lang, const std::string& dir,
                          StagedOutputs& outputs, std::string* error, const RecordFacts& facts) {
  if (!records_folder_is_fresh(dir, lang, error)) return false;
  const std::vector<AgencyRecord> records = agency_records(report);
  if (records.empty()) return true;
  const std::filesystem::path folder(dir);
  if (!outputs.create_folder(folder, error)) return false;
  const Inspection& in = facts.inspection;
  docx::Document all = records_document(record_text(RecordText::kIndexTitle, lang), lang);
  for (const AgencyRecord& r : records) {
    const docx::Document one = agency_record_document(report, r, lang, in);
    if (!all.body.empty()) all.body.push_back(docx::SectionBreak{});  // numbered from 1
    all.body.insert(all.body.end(), one.body.begin(), one.body.end());
    const std::optional<std::string> word = docx::docx_bytes(one, error);
    if (!word || !outputs.add(folder / (r.file_stem + ".docx"), *word, error) ||
        !outputs.add(folder / (r.file_stem + ".html"), render_agency_record_html(report, r, lang, in),
                     error) ||
        !outputs.add(folder / (r.file_stem + ".md"),
                     render_agency_record_markdown(report, r, lang, in), error)) {
      return false;
    }
  }
  const std::optional<std::string> merged = docx::docx_bytes(all, error);
  return merged && outputs.add(folder / kAllRecordsFile, *merged, error) &&
         outputs.add(folder / "index.html",
                     render_records_index(report, records, facts.districts, lang), error);
}

}  // namespace genaudit
