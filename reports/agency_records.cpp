// Lists the inspection records of an audit and writes them into a folder;
// see agency_records.h.
#include "reports/agency_records.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "reports/escaping.h"

namespace genaudit {
namespace {


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

bool write_agency_records(const AuditReport& report, Language lang, const std::string& dir,
                          StagedOutputs& outputs, std::string* error) {
  const std::vector<AgencyRecord> records = agency_records(report);
  if (records.empty()) return true;
  const std::filesystem::path folder(dir);
  if (!outputs.create_folder(folder, error)) return false;
  for (const AgencyRecord& r : records) {
    if (!outputs.add(folder / (r.file_stem + ".html"), render_agency_record_html(report, r, lang),
                     error) ||
        !outputs.add(folder / (r.file_stem + ".md"), render_agency_record_markdown(report, r, lang),
                     error)) {
      return false;
    }
  }
  return true;
}

}  // namespace genaudit
