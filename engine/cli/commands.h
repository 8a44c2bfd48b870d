// The subcommands of `genaudit`. Each returns the process exit status:
// 0 clean, 1 findings or unmet indicators, 2 a usage or input error.
#pragma once

#include <string>
#include <vector>

#include "rules/language/rule_pack.h"

namespace genaudit::cli {

struct AuditOptions {
  std::string data_dir;
  std::string db_path;
  std::string period;
  std::string as_of;
  std::string format = "text";
  std::string output;
  std::string rules_path;  // empty: the plan's pack built into the program
  rules::Language lang = rules::Language::kVietnamese;
};

int run_audit_command(const AuditOptions& options);

struct ImportOptions {
  std::string db_path;
  std::vector<std::string> paths;
  rules::Language lang = rules::Language::kVietnamese;
};

int run_import_command(const ImportOptions& options);

// `genaudit rules check [PATH]`.
int run_rules_check_command(const std::string& path);

}  // namespace genaudit::cli
