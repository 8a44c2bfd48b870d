#include "engine/cli/audit_inputs.h"

#include <filesystem>

#include "engine/audit/data_folder.h"
#include "engine/cli/diagnostics_output.h"
#include "engine/core/audit_period.h"

namespace genaudit::cli {

std::optional<AuditWhen> parse_audit_when(const std::string& period_text, const std::string& as_of_text,
                                          rules::Language lang) {
  const std::optional<AuditPeriod> period = parse_period(period_text);
  if (!period) {
    usage_error(lang, "kỳ kiểm tra \"" + period_text + "\" không hợp lệ — cần YYYY hoặc YYYY-MM..YYYY-MM",
                "the period \"" + period_text + "\" is not valid — expected YYYY or YYYY-MM..YYYY-MM");
    return std::nullopt;
  }
  Date as_of = period->last_day();
  if (!as_of_text.empty()) {
    const std::optional<Date> date = parse_iso_date(as_of_text);
    if (!date) {
      usage_error(lang, "ngày \"" + as_of_text + "\" không hợp lệ — cần YYYY-MM-DD",
                  "the date \"" + as_of_text + "\" is not valid — expected YYYY-MM-DD");
      return std::nullopt;
    }
    as_of = *date;
  }
  return AuditWhen{period->text, {period->first_day(), period->last_day(), as_of}};
}

std::unique_ptr<AuditStore> open_registers(const std::string& data_dir, const std::string& db_path,
                                           rules::Language lang) {
  if (data_dir.empty() == db_path.empty()) {
    usage_error(lang, "cần đúng một trong --data DIR hoặc --db FILE",
                "give exactly one of --data DIR or --db FILE");
    return nullptr;
  }
  if (!data_dir.empty()) {
    if (!std::filesystem::is_directory(data_dir)) {
      usage_error(lang, "không tìm thấy thư mục dữ liệu \"" + data_dir + "\"",
                  "the data folder \"" + data_dir + "\" does not exist");
      return nullptr;
    }
    auto store = std::make_unique<AuditStore>(":memory:");
    FolderImport imported = import_data_folder(*store, data_dir);
    for (const IgnoredColumns& i : imported.ignored) print_ignored_columns(i.file, i.columns, lang);
    if (!imported.ok()) {
      print_input_errors(imported.errors, imported.error_count, lang);
      return nullptr;
    }
    return store;
  }
  if (!std::filesystem::is_regular_file(db_path)) {
    usage_error(lang, "không tìm thấy cơ sở dữ liệu \"" + db_path + "\"",
                "the database \"" + db_path + "\" does not exist");
    return nullptr;
  }
  return std::make_unique<AuditStore>(db_path);
}

}  // namespace genaudit::cli
