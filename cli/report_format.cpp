#include "cli/report_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"

namespace genaudit::cli {

std::string format_of_extension(const std::string& output_path) {
  std::string ext = std::filesystem::path(output_path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".xlsx") return "xlsx";
  if (ext == ".docx") return "docx";
  if (ext == ".csv") return "csv";
  if (ext == ".md") return "md";
  if (ext == ".json") return "json";
  if (ext == ".txt") return "text";
  return "";
}

std::optional<std::string> resolve_report_format(const std::string& format,
                                                 const std::string& output_path,
                                                 Language lang) {
  static const std::vector<std::string> kFormats = {"text", "json", "html", "md", "csv", "xlsx",
                                                    "docx"};
  const std::string named = output_path.empty() ? "" : format_of_extension(output_path);
  if (format.empty()) return named.empty() ? "text" : named;
  if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end()) {
    usage_error(lang, command_text(CommandText::kFormatNotSupported, lang, {format}));
    return std::nullopt;
  }
  // `--format json --output report.html` is a slip of one or the other:
  // writing either would surprise whoever opens the file.
  if (!named.empty() && named != format) {
    const std::string ext = std::filesystem::path(output_path).extension().string();
    usage_error(lang, command_text(CommandText::kFormatContradictsOutput, lang,
                                   {format, ext, output_path, named}));
    return std::nullopt;
  }
  return format;
}

}  // namespace genaudit::cli
