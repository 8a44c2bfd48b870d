// `genaudit audit`: import (or open) the registers, run the rule pack for
// the period, and write the report.
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
#include "reports/json_report.h"
#include "reports/terminal.h"
#include "reports/text_report.h"

namespace genaudit::cli {

int run_audit_command(const AuditOptions& options) {
  const rules::Language lang = options.lang;
  const std::optional<AuditWhen> when = parse_audit_when(options.period, options.as_of, lang);
  if (!when) return 2;
  if (options.format != "text" && options.format != "json") {
    usage_error(lang, "định dạng \"" + options.format + "\" không hỗ trợ — cần text hoặc json",
                "the format \"" + options.format + "\" is not supported — expected text or json");
    return 2;
  }
  std::optional<rules::RulePack> pack = load_pack_or_report(options.rules_path, options.profile);
  if (!pack) return 2;
  try {
    std::unique_ptr<AuditStore> store = open_registers(options.data_dir, options.db_path, lang);
    if (!store) return 2;
    const Dataset dataset = store->load();
    const AuditReport report = run_audit(*pack, dataset, store->imports(), when->period_text, when->dates);
    std::string content;
    if (options.format == "json") {
      content = audit_to_json_text(report, lang);
    } else {
      content = render_text_report(report, lang, options.output.empty() && should_use_color(1));
    }
    std::string error;
    if (!write_output(options.output, content, &error)) {
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
