// `genaudit audit`: import (or open) the registers, run the rule pack for
// the period, and write the report.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <SQLiteCpp/Exception.h>

#include "engine/audit/audit_runner.h"
#include "engine/cli/audit_inputs.h"
#include "engine/cli/commands.h"
#include "engine/cli/diagnostics_output.h"
#include "engine/cli/output_file.h"
#include "engine/store/audit_store.h"
#include "reports/agency_records.h"
#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/xlsx_report.h"
#include "reports/terminal.h"
#include "reports/text_report.h"

namespace genaudit::cli {

namespace {

// `path` with `-indicators` before its extension: report.csv -> report-indicators.csv.
std::string indicators_path(const std::string& path) {
  const std::filesystem::path p(path);
  return (p.parent_path() / (p.stem().string() + "-indicators" + p.extension().string())).string();
}

// Writes the report in the format asked for, to --output or standard output.
bool write_report(const AuditReport& report, const AuditOptions& options, std::string* error) {
  const rules::Language lang = options.lang;
  const std::string& format = options.format;
  if (format == "xlsx") return write_xlsx_report(report, lang, options.output, error);
  if (format == "csv") {
    // Findings go where asked; indicators beside them when that is a file.
    return write_output(options.output, render_csv_findings(report, lang), error) &&
           (options.output.empty() ||
            write_output(indicators_path(options.output), render_csv_indicators(report, lang), error));
  }
  std::string content;
  if (format == "json") {
    content = audit_to_json_text(report, lang);
  } else if (format == "html") {
    content = render_html_report(report, lang);
  } else if (format == "md") {
    content = render_markdown_report(report, lang);
  } else {
    content = render_text_report(report, lang, options.output.empty() && should_use_color(1));
  }
  return write_output(options.output, content, error);
}

}  // namespace

int run_audit_command(const AuditOptions& options) {
  const rules::Language lang = options.lang;
  const std::optional<AuditWhen> when = parse_audit_when(options.period, options.as_of, lang);
  if (!when) return 2;
  static const std::vector<std::string> kFormats = {"text", "json", "html", "md", "csv", "xlsx"};
  if (std::find(kFormats.begin(), kFormats.end(), options.format) == kFormats.end()) {
    usage_error(lang,
                "định dạng \"" + options.format + "\" không hỗ trợ — cần text, json, html, md, csv hoặc xlsx",
                "the format \"" + options.format + "\" is not supported — expected text, json, html, md, csv or xlsx");
    return 2;
  }
  if (options.format == "xlsx" && options.output.empty()) {
    usage_error(lang, "định dạng xlsx cần --output FILE", "the xlsx format needs --output FILE");
    return 2;
  }
  std::optional<rules::RulePack> pack = load_pack_or_report(options.rules_path, options.profile);
  if (!pack) return 2;
  try {
    std::unique_ptr<AuditStore> store = open_registers(options.data_dir, options.db_path, lang);
    if (!store) return 2;
    const Dataset dataset = store->load(&pack->fields_read);
    const AuditReport report = run_audit(*pack, dataset, store->imports(), when->period_text, when->dates);
    std::string error;
    if (!write_report(report, options, &error) ||
        (!options.per_agency_dir.empty() &&
         !write_agency_records(report, lang, options.per_agency_dir, &error))) {
      usage_error(lang, error, error);
      return 2;
    }
    return report.exit_status();
  } catch (const SQLite::Exception& e) {
    usage_error(lang, std::string("lỗi cơ sở dữ liệu: ") + e.what(),
                std::string("database error: ") + e.what());
    return 2;
  }
}

}  // namespace genaudit::cli
