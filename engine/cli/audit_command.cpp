// `genaudit audit`: import (or open) the registers, run the rule pack for
// the period, and write the report.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <SQLiteCpp/Exception.h>

#include "engine/audit/audit_runner.h"
#include "engine/audit/data_folder.h"
#include "engine/cli/commands.h"
#include "engine/cli/diagnostics_output.h"
#include "engine/cli/output_file.h"
#include "engine/core/audit_period.h"
#include "engine/store/audit_store.h"
#include "reports/json_report.h"
#include "reports/terminal.h"
#include "reports/text_report.h"

namespace genaudit::cli {

int run_audit_command(const AuditOptions& options) {
  const rules::Language lang = options.lang;
  const std::optional<AuditPeriod> period = parse_period(options.period);
  if (!period) {
    usage_error(lang, "kỳ kiểm tra \"" + options.period + "\" không hợp lệ — cần YYYY hoặc YYYY-MM..YYYY-MM",
                "the period \"" + options.period + "\" is not valid — expected YYYY or YYYY-MM..YYYY-MM");
    return 2;
  }
  Date as_of = period->last_day();
  if (!options.as_of.empty()) {
    const std::optional<Date> date = parse_iso_date(options.as_of);
    if (!date) {
      usage_error(lang, "ngày \"" + options.as_of + "\" không hợp lệ — cần YYYY-MM-DD",
                  "the date \"" + options.as_of + "\" is not valid — expected YYYY-MM-DD");
      return 2;
    }
    as_of = *date;
  }
  if (options.format != "text" && options.format != "json") {
    usage_error(lang, "định dạng \"" + options.format + "\" không hỗ trợ — cần text hoặc json",
                "the format \"" + options.format + "\" is not supported — expected text or json");
    return 2;
  }
  if (options.data_dir.empty() == options.db_path.empty()) {
    usage_error(lang, "cần đúng một trong --data DIR hoặc --db FILE",
                "give exactly one of --data DIR or --db FILE");
    return 2;
  }

  std::optional<rules::RulePack> pack = load_pack_or_report(options.rules_path);
  if (!pack) return 2;

  try {
    std::unique_ptr<AuditStore> store;
    if (!options.data_dir.empty()) {
      if (!std::filesystem::is_directory(options.data_dir)) {
        usage_error(lang, "không tìm thấy thư mục dữ liệu \"" + options.data_dir + "\"",
                    "the data folder \"" + options.data_dir + "\" does not exist");
        return 2;
      }
      store = std::make_unique<AuditStore>(":memory:");
      FolderImport imported = import_data_folder(*store, options.data_dir);
      for (const IgnoredColumns& i : imported.ignored) print_ignored_columns(i.file, i.columns, lang);
      if (!imported.ok()) {
        print_input_errors(imported.errors, imported.error_count, lang);
        return 2;
      }
    } else {
      if (!std::filesystem::is_regular_file(options.db_path)) {
        usage_error(lang, "không tìm thấy cơ sở dữ liệu \"" + options.db_path + "\"",
                    "the database \"" + options.db_path + "\" does not exist");
        return 2;
      }
      store = std::make_unique<AuditStore>(options.db_path);
    }
    const Dataset dataset = store->load();
    const AuditDates dates{period->first_day(), period->last_day(), as_of};
    const AuditReport report = run_audit(*pack, dataset, store->imports(), period->text, dates);

    std::string content;
    if (options.format == "json") {
      content = audit_to_json_text(report, lang);
    } else {
      content = render_text_report(report, lang,
                                   options.output.empty() && should_use_color(1));
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
