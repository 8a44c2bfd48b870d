#include "server/run_files.h"

#include <zip.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/output/staged_outputs.h"
#include "reports/agency_records.h"
#include "reports/csv_report.h"
#include "reports/docx/docx_writer.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/summary_docx.h"
#include "reports/xlsx_report.h"
#include "server/inspection_upload.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

namespace fs = std::filesystem;

constexpr Language kDocumentLanguage = Language::kVietnamese;

fs::path folder_of(const Workspace& workspace, long run) {
  return workspace.files() / "runs" / std::to_string(run);
}

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// `records.zip`: every file of records/ but the index, at the archive's
// top. libzip, as the XLSX reader uses it.
bool write_records_zip(const fs::path& folder, std::string* error) {
  int code = 0;
  const fs::path target = folder / "records.zip";
  zip_t* archive = zip_open(target.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) {
    *error = "cannot create " + target.string();
    return false;
  }
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder / "records", ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name != "index.json") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  // libzip reads the sources at zip_close(): the contents live until then.
  std::vector<std::string> contents;
  contents.reserve(names.size());
  for (const std::string& name : names) {
    contents.push_back(read_whole(folder / "records" / name));
    zip_source_t* source =
        zip_source_buffer(archive, contents.back().data(), contents.back().size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source != nullptr) zip_source_free(source);
      zip_discard(archive);
      *error = "cannot add " + name + " to " + target.string();
      return false;
    }
  }
  if (zip_close(archive) != 0) {
    *error = std::string("cannot write ") + target.string() + ": " + zip_strerror(archive);
    zip_discard(archive);
    return false;
  }
  return true;
}

}  // namespace

bool render_run_files(Workspace& workspace, const AuditReport& report, long run,
                      std::string* error) {
  const Language lang = kDocumentLanguage;
  const std::optional<Inspection> inspection = kept_inspection(workspace, run, error);
  if (!inspection) return false;
  const fs::path folder = folder_of(workspace, run);
  std::error_code ec;
  fs::create_directories(folder / "records", ec);
  if (ec) {
    *error = "cannot create " + (folder / "records").string() + ": " + ec.message();
    return false;
  }
  StagedOutputs outputs(lang);
  const auto path = [&](const std::string& name) { return (folder / name).string(); };
  nlohmann::json index = nlohmann::json::object();
  for (const AgencyRecord& record : agency_records(report)) {
    index[record.subject.subject] = record.file_stem;
  }
  const std::optional<std::string> summary =
      docx::docx_bytes(summary_document(report, lang, *inspection), error);
  const bool staged =
      summary && outputs.add(path("summary.docx"), *summary, error) &&
      outputs.add(path("report.html"), render_html_report(report, lang), error) &&
      outputs.add(path("report.md"), render_markdown_report(report, lang), error) &&
      outputs.add(path("report.json"), audit_to_json_text(report, lang), error) &&
      outputs.add(path("report.csv"), render_csv_findings(report, lang), error) &&
      outputs.add(path("report-indicators.csv"), render_csv_indicators(report, lang), error) &&
      outputs.add(path("report-coverage.csv"), render_csv_coverage(report, lang), error) &&
      outputs.add(path("report-waived.csv"), render_csv_waived(report, lang), error) &&
      outputs.add(path("report-intake.csv"), render_csv_intake(report, lang), error) &&
      write_xlsx_report(report, lang, path("report.xlsx"), outputs, error) &&
      write_agency_records(report, lang, path("records"), outputs, error,
                           RecordFacts{*inspection, {}}) &&
      outputs.add(path("records/index.json"), index.dump(1), error);
  return staged && outputs.publish(error) && write_records_zip(folder, error);
}

std::vector<std::string> run_file_names(const Workspace& workspace, long run) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder_of(workspace, run), ec)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<fs::path> run_file(const Workspace& workspace, long run, const std::string& name) {
  for (const std::string& listed : run_file_names(workspace, run)) {
    if (listed == name) return folder_of(workspace, run) / listed;
  }
  return std::nullopt;
}

std::optional<fs::path> agency_record_file(const Workspace& workspace, long run,
                                           const std::string& subject,
                                           const std::string& extension) {
  if (extension != "html" && extension != "md" && extension != "docx") return std::nullopt;
  const fs::path records = folder_of(workspace, run) / "records";
  const nlohmann::json index =
      nlohmann::json::parse(read_whole(records / "index.json"), nullptr, false);
  if (!index.is_object() || !index.contains(subject) || !index[subject].is_string()) {
    return std::nullopt;
  }
  const std::string file = index[subject].get<std::string>() + "." + extension;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(records, ec)) {
    if (entry.is_regular_file() && entry.path().filename().string() == file) return entry.path();
  }
  return std::nullopt;
}

}  // namespace genaudit::server
