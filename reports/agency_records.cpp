// Lists the inspection records of an audit and writes them into a folder;
// see agency_records.h.
#include "reports/agency_records.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>

#include "reports/escaping.h"

namespace genaudit {
namespace {

using rules::Language;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string say(Language lang, const std::string& vi, const std::string& en) {
  return lang == Language::kEnglish ? en : vi;
}

// Writes `content` to `path` through a temporary file renamed over it.
bool write_file(const std::filesystem::path& path, const std::string& content, Language lang,
                std::string* error) {
  const std::filesystem::path temporary =
      path.parent_path() / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
  std::error_code ec;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) {
      std::filesystem::remove(temporary, ec);
      *error = say(lang, "không ghi được tệp \"" + path.string() + "\"",
                   "cannot write \"" + path.string() + "\"");
      return false;
    }
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    const std::string reason = ec.message();
    std::filesystem::remove(temporary, ec);
    *error = say(lang, "không ghi được tệp \"" + path.string() + "\": ",
                 "cannot write \"" + path.string() + "\": ") +
             reason;
    return false;
  }
  return true;
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
                          std::string* error) {
  const std::vector<AgencyRecord> records = agency_records(report);
  if (records.empty()) return true;
  const std::filesystem::path folder(dir);
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (!std::filesystem::is_directory(folder, ec)) {
    *error = say(lang, "không tạo được thư mục \"" + dir + "\"",
                 "cannot create the folder \"" + dir + "\"");
    return false;
  }
  for (const AgencyRecord& r : records) {
    if (!write_file(folder / (r.file_stem + ".html"), render_agency_record_html(report, r, lang),
                    lang, error) ||
        !write_file(folder / (r.file_stem + ".md"), render_agency_record_markdown(report, r, lang),
                    lang, error)) {
      return false;
    }
  }
  return true;
}

}  // namespace genaudit
