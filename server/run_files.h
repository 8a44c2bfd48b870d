// The documents of a run audited in the workspace, in every format of the
// command line and made by the same report code, right after the run is
// recorded: kept beside the database, in `<db>.workspace/runs/<id>/`:
//
//   summary.docx                             the province summary report
//                                            (reports/summary_docx.h)
//   report.html  report.xlsx  report.md  report.json
//   report.csv  report-indicators.csv  report-coverage.csv  report-waived.csv
//   report-intake.csv
//   records/<stem>.docx .html .md            one inspection record per
//                                            agency with findings
//   records/index.json                       {subject code: stem}
//   records.zip                              every record, for download
//
// In Vietnamese, the language of the documents an inspection files. A run
// recorded by `genaudit audit --db` has its JSON report only (kept in the
// database, engine/store/run_history.h).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit/audit_report.h"

namespace genaudit::server {

class Workspace;

// Renders and writes every document of `report`, the run `run`. False with
// the reason in `error` when one cannot be written (those written stay).
// The records carry the facts of the inspection file kept with the run
// (RunHistory::inspection(), inspection_upload.h), dotted blanks without one;
// so does the summary.
bool render_run_files(Workspace& workspace, const AuditReport& report, long run,
                      std::string* error);

// The documents of `run` at the folder's top (report.*, records.zip), by
// name, sorted; none for a run that has none.
std::vector<std::string> run_file_names(const Workspace& workspace, long run);

// The document `name` of `run`, when it is one of run_file_names():
// the name is looked up among the files listed, never joined as sent.
std::optional<std::filesystem::path> run_file(const Workspace& workspace, long run,
                                              const std::string& name);

// The inspection record of agency `subject` in run `run` (`extension`
// "docx", "html" or "md"), when the run has one for it.
std::optional<std::filesystem::path> agency_record_file(const Workspace& workspace, long run,
                                                        const std::string& subject,
                                                        const std::string& extension);

}  // namespace genaudit::server
