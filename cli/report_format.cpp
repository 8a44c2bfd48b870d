#include "cli/report_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "cli/diagnostics_output.h"

namespace genaudit::cli {

std::string format_of_extension(const std::string& output_path) {
  std::string ext = std::filesystem::path(output_path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".xlsx") return "xlsx";
  if (ext == ".csv") return "csv";
  if (ext == ".md") return "md";
  if (ext == ".json") return "json";
  if (ext == ".txt") return "text";
  return "";
}

std::optional<std::string> resolve_report_format(const std::string& format,
                                                 const std::string& output_path,
                                                 Language lang) {
  static const std::vector<std::string> kFormats = {"text", "json", "html", "md", "csv", "xlsx"};
  const std::string named = output_path.empty() ? "" : format_of_extension(output_path);
  if (format.empty()) return named.empty() ? "text" : named;
  if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end()) {
    usage_error(lang,
                "định dạng \"" + format + "\" không hỗ trợ — cần text, json, html, md, csv hoặc xlsx",
                "the format \"" + format +
                    "\" is not supported — expected text, json, html, md, csv or xlsx");
    return std::nullopt;
  }
  // `--format json --output report.html` is a slip of one or the other:
  // writing either would surprise whoever opens the file.
  if (!named.empty() && named != format) {
    const std::string ext = std::filesystem::path(output_path).extension().string();
    usage_error(lang,
                "--format " + format + " mâu thuẫn với đuôi \"" + ext + "\" của --output " +
                    output_path + " (đuôi đó là định dạng " + named +
                    ") — bỏ --format, hoặc đổi tên tệp; chưa ghi gì",
                "--format " + format + " contradicts the extension \"" + ext + "\" of --output " +
                    output_path + " (which is the " + named +
                    " format) — drop --format or rename the file; nothing was written");
    return std::nullopt;
  }
  return format;
}

}  // namespace genaudit::cli
