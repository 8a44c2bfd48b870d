// What the database commands share; see database_commands.h.
#include "cli/database_commands.h"

#include <filesystem>

#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"
#include "reports/escaping.h"

namespace genaudit::cli {

bool database_exists(const std::string& db_path, Language lang) {
  if (std::filesystem::is_regular_file(db_path)) return true;
  usage_error(lang, command_text(CommandText::kDatabaseNotFound, lang, {db_path}));
  return false;
}

bool text_or_json(const std::string& format, Language lang) {
  if (format == "text" || format == "json") return true;
  usage_error(lang, command_text(CommandText::kFormatNotTextOrJson, lang, {format}));
  return false;
}

std::string json_text(const nlohmann::json& j) {
  return json_inert(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) + "\n";
}

}  // namespace genaudit::cli
