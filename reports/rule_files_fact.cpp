#include "reports/rule_files_fact.h"

#include "reports/document_texts.h"

namespace genaudit {

std::optional<std::string> rule_files_fact(const AuditReport& report, Language lang) {
  if (report.added_rule_files.empty() && !report.replaces_builtin_pack) return std::nullopt;
  std::string files;
  for (const std::string& f : report.added_rule_files) files += (files.empty() ? "" : ", ") + f;
  return format_doc_text(
      report.replaces_builtin_pack ? DocText::kFactRuleFilesOnly : DocText::kFactRuleFilesAdded,
      lang, {files});
}

}  // namespace genaudit
