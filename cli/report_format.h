// Which format `audit` writes its report in: --format when given, else the
// one --output's extension names (report.html is HTML), else text.
#pragma once

#include <optional>
#include <string>

#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// The format a file extension names: .html .htm .xlsx .docx .csv .md .json
// .txt
// (any case); "" for any other extension or none.
std::string format_of_extension(const std::string& output_path);

// The format to write: `format` (empty: not given) checked against the
// formats `audit` writes and against --output's extension, which must not
// name another one. On a problem, reports it (usage_error) and returns
// nullopt; the caller exits 2 having written nothing.
std::optional<std::string> resolve_report_format(const std::string& format,
                                                 const std::string& output_path,
                                                 Language lang);

}  // namespace genaudit::cli
